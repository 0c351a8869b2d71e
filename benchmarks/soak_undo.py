"""Soak: 10,000 edits in the main window; the process's memory must stay bounded.

    .venv/bin/python -m benchmarks.soak_undo [EDITS] [--limit-mb MB]

Edits go through the ``Document`` as the panels and the canvas send them (rename, move,
change a number, add a step and connect it, delete it again, an undo and a redo now and
then), with the window shown offscreen and every event processed, so the scene, the panels
and the recovery keeper all react as in use; every 250 edits the checks, projection and
readiness of the model are computed, as the panels do when the user pauses. The resident memory (RSS) is read after a
warm-up of 1,000 edits and again at the end; the growth must stay below the limit (20 MB),
which holds because the undo history keeps at most ``Document.UNDO_LIMIT`` steps. Exit 0
when it holds, 1 when not.
"""
import argparse
import gc
import os
import random
import sys
import tempfile
import time

WARM_UP = 1_000


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak_undo")
    parser.add_argument("edits", nargs="?", type=int, default=10_000)
    parser.add_argument("--limit-mb", type=float, default=20.0)
    parser.add_argument("--verbose", action="store_true",
                        help="print the memory every 1,000 edits")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings, recent files and recovery copies of this run stay in a folder of its own.
    home = tempfile.mkdtemp(prefix="aios-soak-")
    os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from aios_designer.gui.main_window import MainWindow
    from aios_designer.model import make_step
    from aios_designer.templates import instantiate

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1600, 900)
    window.show()
    document = window.document
    document.replace_model(instantiate("support-triage", "en"))
    rng = random.Random(7)
    added: list[str] = []
    started = time.perf_counter()
    baseline = None
    for n in range(args.edits):
        if n == WARM_UP:
            app.processEvents()
            gc.collect()
            baseline = rss_mb()
        model = document.model
        step = rng.choice(model.steps)
        choice = rng.random()
        if choice < 0.3:
            document.set_fields(("steps", step.id), {"name": f"Step {n}"})
        elif choice < 0.55:
            document.move_steps({step.id: (step.position.x + rng.uniform(-20, 20),
                                           step.position.y, step.role_id)})
        elif choice < 0.7:
            document.set_fields(("steps", step.id), {"waiting_minutes": float(n % 90)})
        elif choice < 0.8 or not added:
            new = make_step("human_task", name=f"Extra {n}", role_id=step.role_id)
            with document.macro("Add"):
                document.add_elements("Add step", steps=[new])
                document.connect_steps(step.id, new.id)
            added.append(new.id)
        elif choice < 0.9:
            document.remove_elements([added.pop()])
        elif document.undo_stack.canUndo():
            document.undo_stack.undo()
            document.undo_stack.redo()
        if n % 50 == 0:
            app.processEvents()
        if n % 250 == 0:
            # What the Checks, KPI and Readiness panels compute once the facilitator pauses.
            # Done at fixed points: left to the panels' timers, it happens only when the
            # machine is slow enough for them to fire between edits, and the first time
            # imports the analysis libraries (about 40 MB), before or after the warm-up.
            document.analysis.readiness()
        if args.verbose and n % 1000 == 0:
            print(f"  {n:6d} edits: RSS {rss_mb():7.1f} MB, {len(sys.modules)} modules",
                  flush=True)
    app.processEvents()
    gc.collect()
    growth = rss_mb() - (baseline if baseline is not None else rss_mb())
    seconds = time.perf_counter() - started
    ok = growth < args.limit_mb
    print(f"soak.undo: {args.edits} edits in {seconds:.1f} s, undo history "
          f"{document.undo_stack.count()} steps (limit {document.undo_stack.undoLimit()}), "
          f"RSS growth after warm-up {growth:+.1f} MB (budget < {args.limit_mb:.0f} MB) "
          f"{'ok' if ok else 'OVER BUDGET'}")
    document.replace_model(document.model)  # no unsaved-changes prompt on close
    window.keeper.timer.stop()
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
