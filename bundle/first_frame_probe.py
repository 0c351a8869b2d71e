"""PyInstaller runtime hook of the desktop bundle: with ``AIOS_DESIGNER_PROBE`` set, the bundled
program reports when its main window has drawn its first frame and leaves.

Used by the bundle's smoke test (the window starts with a template and quits) and by the
start-up benchmark (``benchmarks/bench_bundle.py``), which cannot inject code into a frozen
program. ``AIOS_DESIGNER_PROBE=frame`` prints ``FRAME <time.perf_counter()>`` after the first
frame; ``=ready`` also waits until the model is drawn and the panels are filled (``READY``).
Without the variable this hook only reads the environment once.
"""


def _install(mode: str) -> None:
    import importlib.util
    import os
    import sys
    import time

    def watch(window):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class FirstFrame(QObject):
            def __init__(self):
                super().__init__(window)
                QTimer.singleShot(60_000, lambda: os._exit(3))
                self.handle = window.windowHandle()
                self.handle.installEventFilter(self)
                self.seen = False

            def eventFilter(self, watched, event):
                if (event.type() == QEvent.Type.Expose and not self.seen
                        and self.handle.isExposed()):
                    self.seen = True
                    QTimer.singleShot(0, self.drawn)
                return False

            def drawn(self):
                print("FRAME", time.perf_counter(), flush=True)
                if mode != "ready":
                    os._exit(0)

        def ready():
            window.repaint()
            print("READY", time.perf_counter(), window.windowTitle(), flush=True)
            os._exit(0)

        if mode == "ready":
            window.workspace_ready.connect(lambda: QTimer.singleShot(0, ready))
        return FirstFrame()

    class Watch:
        """Wraps ``open_window`` as soon as the GUI module has run, without importing it early."""

        def find_spec(self, fullname, path=None, target=None):
            if fullname != "aios_designer.gui.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            execute = spec.loader.exec_module

            def exec_module(module):
                execute(module)
                open_window = module.open_window

                def open_and_watch(args):
                    window = open_window(args)
                    window.first_frame_probe = watch(window)
                    return window

                module.open_window = open_and_watch

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Watch())


def _main() -> None:
    import os

    mode = os.environ.get("AIOS_DESIGNER_PROBE")
    if mode in ("frame", "ready"):
        _install(mode)


_main()
