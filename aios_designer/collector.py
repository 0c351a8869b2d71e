"""Pausing Python's cyclic garbage collector for bulk work on a model.

Checking, projecting or exporting a large model makes hundreds of thousands of short-lived
containers and no garbage cycles. The collector's full passes scan the whole heap, which
grows with the model, and they come more often the more is allocated: the cost of a run
would grow with the square of the model's size. Paused for such a stretch, restored after.
"""
import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
