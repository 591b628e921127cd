"""Ctrl-C that is never lost.

Python raises KeyboardInterrupt wherever the main thread is when SIGINT arrives. Inside a
finalizer (a `__del__`, a weakref callback) the exception cannot propagate: Python prints it
as "Exception ignored in ..." with a traceback and carries on, so a build interrupted at that
moment ran to its end and exited 0. `own_ctrl_c` takes that report over: nothing is printed,
and the interrupt is raised again a few milliseconds later (SIGALRM), in the code that was
running. It also keeps numpy's BLAS from starting a helper thread (qa does no linear
algebra): a signal the kernel hands to such a thread reaches Python's main thread only when
it next releases the GIL.
"""
from __future__ import annotations

import os
import signal
import sys

AGAIN_AFTER = 0.005  # seconds: the finalizer has long returned by then
_report_others = sys.unraisablehook


def own_ctrl_c() -> None:
    """For the command line, which owns its process's signals; before numpy is imported."""
    global _report_others
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    if sys.unraisablehook is not swallowed_interrupt:
        _report_others = sys.unraisablehook
        sys.unraisablehook = swallowed_interrupt
    signal.signal(signal.SIGALRM, interrupt_again)


def swallowed_interrupt(unraisable) -> None:
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        signal.setitimer(signal.ITIMER_REAL, AGAIN_AFTER)
    else:
        _report_others(unraisable)


def interrupt_again(_signum, frame) -> None:
    if inside(frame, swallowed_interrupt):  # raised here, it would be lost again
        signal.setitimer(signal.ITIMER_REAL, AGAIN_AFTER)
        return
    raise KeyboardInterrupt


def inside(frame, function) -> bool:
    while frame is not None:
        if frame.f_code is function.__code__:
            return True
        frame = frame.f_back
    return False
