"""Worker processes of a build, under the build's full control.

Not multiprocessing.Pool: its terminate() can deadlock (a worker dead while holding the task
queue's lock, a result-handler thread waiting for it), and its workers take Ctrl-C themselves
and print tracebacks; one interrupted build in five hung there, holding the index lock.
Here each worker is a forked process with a pipe of its own: items go out round-robin and
results come back in the same order, with a bounded number in flight. Workers ignore SIGINT
(Ctrl-C is the parent's to handle), hold no copy of the build lock, and end when their pipe
closes; when the parent stops early (an error, Ctrl-C) it kills them outright and reaps them.
"""
from __future__ import annotations

import os
import signal
from collections import deque
from typing import Callable, Iterable, Iterator

from . import store

JOIN_TIMEOUT = 1.0  # seconds a worker is given to end on its own before it is killed


class Workers:
    """`count` forked processes that each apply `work` to the items they are sent; they
    run from entering a `with` block to leaving it."""

    def __init__(self, count: int, work: Callable):
        self.count, self.work = count, work
        self.processes, self.pipes = [], []

    def __enter__(self) -> Workers:
        try:
            # SIGINT is held back while forking, so that no child gets one before it has
            # chosen to ignore it; one that arrives meanwhile reaches the parent just after,
            # and may strike as the mask is restored: hence the outer handler.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                self.start()
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        except BaseException:
            self.stop(kill=True)
            raise
        return self

    def start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        for _ in range(self.count):
            mine, theirs = context.Pipe()
            self.pipes.append(mine)
            process = context.Process(target=serve, args=(theirs, self.work, list(self.pipes)),
                                      daemon=True, name="qa-index-worker")
            process.start()
            theirs.close()
            self.processes.append(process)

    def __exit__(self, kind, _error, _traceback) -> None:
        self.stop(kill=kind is not None)

    def map(self, items: Iterable, in_flight: int) -> Iterator[tuple]:
        """(item, work(item)) for each item, in order; at most `in_flight` items are out.

        Results are taken from whichever worker has one ready, not in the order they are
        handed out: a result fills more than a pipe holds, so a worker whose result waits
        behind another worker's slower item would stand idle, blocked in its send, until
        that item came back (the two workers in lockstep, each pair of items as slow as
        the slower one).

        Items must stay small (a few hundred bytes): the parent sends while a worker may
        stand blocked sending a result the parent is not reading yet, so an item bigger
        than what its pipe holds beside the worker's queued items hangs both (stems sent
        with the items did, at 1M paragraphs: `build.StemExchange` shares them by files)."""
        pending: deque = deque()
        self.received = {id(pipe): deque() for pipe in self.pipes}
        self.out = {id(pipe): 0 for pipe in self.pipes}
        for number, item in enumerate(items):
            pipe = self.pipes[number % len(self.pipes)]
            pipe.send(item)
            self.out[id(pipe)] += 1
            pending.append((item, pipe))
            if len(pending) >= in_flight:
                yield self.receive(*pending.popleft())
        while pending:
            yield self.receive(*pending.popleft())

    def receive(self, item, pipe) -> tuple:
        """`item`'s outcome from `pipe`, reading meanwhile every other worker's ready ones."""
        from multiprocessing.connection import wait

        mine = self.received[id(pipe)]
        while not mine:
            busy = [p for p in self.pipes if self.out[id(p)]]
            for ready in wait(busy):
                try:
                    self.received[id(ready)].append(ready.recv())
                except EOFError:
                    raise RuntimeError("an indexing worker process ended unexpectedly") \
                        from None
                self.out[id(ready)] -= 1
        done, outcome = mine.popleft()
        if not done:
            raise outcome
        return item, outcome

    def stop(self, kill: bool) -> None:
        """End every worker: at once (`kill`), or by closing its pipe and waiting a moment."""
        for pipe in self.pipes:
            pipe.close()
        try:
            for process in self.processes:
                if kill:
                    process.kill()
            for process in self.processes:
                process.join(JOIN_TIMEOUT)
        finally:
            for process in self.processes:
                if process.exitcode is None:
                    process.kill()
                    process.join(JOIN_TIMEOUT)


def serve(pipe, work: Callable, parent_ends: list) -> None:
    """A worker's life: apply `work` to each item received until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    for end in parent_ends:  # else the pipe would not close when the parent dies
        end.close()
    store.close_inherited_locks()  # the lock must die with the process that took it
    try:
        while True:
            reply(pipe, work, pipe.recv())
    except (EOFError, OSError):  # the parent closed the pipe, or is gone
        pass
    finally:
        os._exit(0)  # no atexit handlers, no flushing of buffers inherited from the parent


def reply(pipe, work: Callable, item) -> None:
    """Send back (True, work(item)), or (False, the exception) for the parent to raise."""
    try:
        outcome = (True, work(item))
    except Exception as exc:  # noqa: BLE001 - raised again in the parent
        outcome = (False, exc)
    try:
        pipe.send(outcome)
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - an outcome that cannot travel: its gist can
        pipe.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
