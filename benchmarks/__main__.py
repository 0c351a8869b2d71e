"""``python -m benchmarks [--list] [--quick] [NAME ...]``: medians, ratios, budgets.

Exit 0 when every budget holds, 1 when one is exceeded, 2 on a usage error.
"""
import argparse
import os
import platform
import sys

from . import runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description="Run AIOS Designer benchmarks.")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="area (fileio), full name (fileio.load.2000) or glob ('*.2000'); "
                             "default: all")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--quick", action="store_true",
                        help="one to three rounds each: checks that they run, figures are rough")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    try:
        selected = runner.select(runner.discover(), args.names)
    except ValueError as exc:
        parser.error(str(exc))
    if not selected:
        parser.error(f"no benchmark matches {' '.join(args.names)} (see --list)")
    if args.list:
        for benchmark in selected:
            extra = f"  (vs {benchmark.baseline})" if benchmark.baseline else ""
            print(f"{benchmark.full_name}{extra}  {benchmark.note}".rstrip())
        return 0

    print(f"# Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs; medians of n rounds")
    results = runner.run(selected, quick=args.quick,
                         report=lambda r: print(runner.format_result(r), flush=True))
    over = [r for r in results if r.over_budget]
    if over:
        print(f"# {len(over)} over budget: {', '.join(r.benchmark.full_name for r in over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
