"""Parse many releases: ``parse_many`` and the ordered, bounded process pool behind it.

Work is sent to worker processes in chunks; each worker loads the pipeline once
(in its initializer) and results come back in input order. At most a few
chunks per worker are in flight, so memory stays bounded however long the
input is. A worker that dies (a crash, the OOM killer) does not stop the run:
the pool is restarted and the lost chunks are redone one item at a time, so
that only the item that kills a worker ends as a failure.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, overload

from svpress.model import PressRelease
from svpress.pipeline import parse

if TYPE_CHECKING:  # multiprocessing is imported when workers start, not with svpress
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.connection import Connection

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

DEFAULT_BATCH_SIZE = 32
"""Items per chunk sent to a worker: large enough that inter-process traffic is
a small share of the work, small enough that results stream out steadily."""

IN_FLIGHT_PER_WORKER = 2
"""Chunks queued per worker: one running, one waiting, so no worker idles."""

# A short release that touches every stage, parsed once by each worker at start
# so that models, gazetteers and compiled patterns are loaded before real work.
_WARMUP_TEXT = (
    "Pressmeddelande\n2024-03-14\n\nNy rapport från Exempelkommunen\n\n"
    "Exempelkommunen presenterar i dag sin rapport om bostäder i Sverige.\n\n"
    "– Vi är nöjda med resultatet, säger Anna Andersson, kommundirektör.\n\n"
    "Kontakt: Anna Andersson, 070-123 45 67, anna.andersson@exempel.se\n"
)


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """An item that could not be parsed: the exception's class name and message.

    ``parse_many`` yields this in the item's place instead of raising, so one
    bad release never stops a batch.
    """

    error: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException) -> ParseFailure:
        """Describe ``exc``."""
        return cls(type(exc).__name__, str(exc))

    def __str__(self) -> str:
        return f"{self.error}: {self.message}" if self.message else self.error


@dataclass
class PoolStats:
    """What the pool saw, per worker process: peak resident memory (bytes), CPU seconds; and restarts."""

    peak_rss: dict[int, int] = field(default_factory=dict)
    cpu_seconds: dict[int, float] = field(default_factory=dict)
    restarts: int = 0

    def note(self, pid: int, peak: int, cpu: float = 0.0) -> None:
        """Record a worker's peak memory and CPU time as reported with a finished chunk."""
        if peak > self.peak_rss.get(pid, 0):
            self.peak_rss[pid] = peak
        self.cpu_seconds[pid] = max(cpu, self.cpu_seconds.get(pid, 0.0))


def peak_rss() -> int:
    """Peak resident memory of this process in bytes (VmHWM on Linux, else getrusage)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def resolve_jobs(n_process: int) -> int:
    """``n_process`` as a worker count: ``-1`` (or 0) means one per core."""
    return cpu_count() if n_process <= 0 else n_process


def _watch_parent(lifeline: Connection) -> None:
    # Workers hold both ends of the pool's queues, so a parent killed with
    # SIGKILL never gives them EOF there: they would wait forever. The lifeline's
    # only writer is the parent, so EOF here means it is gone (even while it is
    # an unreaped zombie, which still answers kill(pid, 0)).
    try:
        while True:
            lifeline.recv_bytes()
    except (EOFError, OSError):
        os._exit(1)


def _init_worker(lifeline: Connection, parse_kwargs: dict[str, Any]) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what to do,
    # workers finish their chunk instead of dying with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(lifeline,), name="svpress-lifeline", daemon=True).start()
    # A failing warm-up must not kill the worker: the items will report the error.
    with contextlib.suppress(Exception):
        parse(_WARMUP_TEXT, **parse_kwargs)


def _run_chunk(func: Callable[[list[T]], list[R]], chunk: list[T]) -> tuple[int, int, float, list[R]]:
    results = func(chunk)
    return os.getpid(), peak_rss(), time.process_time(), results


class Idle:
    """The input has nothing for now (a quiet stream): finish what is in flight and pass this on."""

    def __repr__(self) -> str:
        return "IDLE"


IDLE = Idle()


def _chunks(items: Iterable[T | Idle], size: int) -> Iterator[list[T] | Idle]:
    """Lists of ``size`` items; at ``IDLE``, the partial list so far and then ``IDLE``."""
    chunk: list[T] = []
    for item in items:
        if isinstance(item, Idle):
            if chunk:
                yield chunk
                chunk = []
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Workers:
    """A ProcessPoolExecutor that can be replaced when a worker dies."""

    def __init__(self, n: int, parse_kwargs: dict[str, Any], stats: PoolStats) -> None:
        self._n = n
        self._kwargs = parse_kwargs
        self._stats = stats
        import multiprocessing  # noqa: PLC0415 - imported only when workers are wanted

        # forkserver: workers start from a clean, single-threaded process, so a
        # progress-bar thread or an open database in the parent cannot leak into
        # them (fork would copy held locks), and it starts faster than spawn.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._ctx = multiprocessing.get_context(method)
        self._lifeline, self._keepalive = self._ctx.Pipe(duplex=False)
        self._ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        return ProcessPoolExecutor(
            max_workers=self._n,
            mp_context=self._ctx,
            initializer=_init_worker,
            initargs=(self._lifeline, self._kwargs),
        )

    def submit(self, func: Callable[[list[T]], list[R]], chunk: list[T]) -> Future[tuple[int, int, float, list[R]]]:
        return self._ex.submit(_run_chunk, func, chunk)

    def restart(self) -> None:
        self._ex.shutdown(wait=True, cancel_futures=True)
        self._stats.restarts += 1
        self._ex = self._new()

    def close(self) -> None:
        self._ex.shutdown(wait=True, cancel_futures=True)
        self._keepalive.close()
        self._lifeline.close()


def ordered_map(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T | Idle],
    *,
    n_process: int,
    batch_size: int,
    on_crash: Callable[[T, str], R],
    parse_kwargs: dict[str, Any] | None = None,
    stats: PoolStats | None = None,
) -> Iterator[R | Idle]:
    """Apply ``func`` to chunks of ``items`` in ``n_process`` workers; yield results in input order.

    ``func`` must be picklable (a module-level function or a ``functools.partial``
    of one) and return one result per item; it should catch its own per-item
    errors. ``on_crash(item, reason)`` stands in for an item whose processing
    killed its worker or raised out of ``func``. With ``n_process == 1`` all
    work happens in this process. An ``IDLE`` among the items (a quiet input
    stream) sends the partial chunk on, waits for everything in flight, and
    is passed on after its results.
    """
    stats = stats if stats is not None else PoolStats()
    batch_size = max(1, batch_size)
    if n_process == 1:
        for chunk in _chunks(items, batch_size):
            if isinstance(chunk, Idle):
                yield chunk
                continue
            try:
                results = func(chunk)
            except Exception as exc:  # a bug in func must not stop the batch
                results = [on_crash(item, f"{type(exc).__name__}: {exc}") for item in chunk]
            stats.note(os.getpid(), peak_rss())
            yield from results
        return

    workers = _Workers(n_process, parse_kwargs or {}, stats)
    source = _chunks(items, batch_size)
    inflight: deque[tuple[list[T], Future[tuple[int, int, float, list[R]]]]] = deque()
    limit = n_process * IN_FLIGHT_PER_WORKER
    try:
        while True:
            # Hand out what is finished before reading on: reading may block on
            # a slow stream (stdin), and finished work should not wait for it.
            while inflight and inflight[0][1].done():
                yield from _collect(workers, func, inflight, on_crash, stats)
            idle = False
            while len(inflight) < limit:
                step = next(source, None)
                if step is None:
                    break
                if isinstance(step, Idle):
                    idle = True
                    break
                inflight.append((step, workers.submit(func, step)))
            if idle:
                while inflight:
                    yield from _collect(workers, func, inflight, on_crash, stats)
                yield IDLE
                continue
            if not inflight:
                return
            yield from _collect(workers, func, inflight, on_crash, stats)
    except KeyboardInterrupt:
        # Ctrl-C: the workers ignore it and finish what they hold; hand that
        # out (the caller keeps it), then stop.
        while inflight:
            yield from _collect(workers, func, inflight, on_crash, stats)
        raise
    finally:
        workers.close()


def _collect(
    workers: _Workers,
    func: Callable[[list[T]], list[R]],
    inflight: deque[tuple[list[T], Future[tuple[int, int, float, list[R]]]]],
    on_crash: Callable[[T, str], R],
    stats: PoolStats,
) -> Iterator[R]:
    """Wait for the oldest chunk in flight and yield its results (or redo it item by item)."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    chunk, fut = inflight[0]
    try:
        pid, peak, cpu, results = fut.result()  # popped only once done: Ctrl-C here loses nothing
        stats.note(pid, peak, cpu)
    except BrokenProcessPool:
        # Every queued chunk went down with the pool: redo them one by one.
        lost = [c for c, _ in inflight]
        inflight.clear()
        workers.restart()
        for lost_chunk in lost:
            yield from _one_by_one(workers, func, lost_chunk, on_crash, stats)
        return
    except Exception:  # func raised, or its result could not be sent back
        inflight.popleft()
        yield from _one_by_one(workers, func, chunk, on_crash, stats)
        return
    inflight.popleft()
    yield from results


def _one_by_one(
    workers: _Workers,
    func: Callable[[list[T]], list[R]],
    chunk: list[T],
    on_crash: Callable[[T, str], R],
    stats: PoolStats,
) -> Iterator[R]:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    for item in chunk:
        try:
            pid, peak, cpu, results = workers.submit(func, [item]).result()
            stats.note(pid, peak, cpu)
        except BrokenProcessPool:
            workers.restart()
            results = [on_crash(item, "the worker process died while parsing this item")]
        except Exception as exc:
            results = [on_crash(item, f"{type(exc).__name__}: {exc}")]
        yield from results


def _parse_one(item: object, parse_kwargs: dict[str, Any]) -> PressRelease | ParseFailure:
    try:
        return parse(item, **parse_kwargs)  # type: ignore[arg-type]  # parse itself refuses non-str
    except Exception as exc:  # per-item failures are yielded, not raised
        return ParseFailure.from_exception(exc)


def _parse_chunk(chunk: list[object], parse_kwargs: dict[str, Any]) -> list[PressRelease | ParseFailure]:
    return [_parse_one(item, parse_kwargs) for item in chunk]


def _crashed(item: object, reason: str) -> PressRelease | ParseFailure:
    return ParseFailure("WorkerCrashed", reason)


@overload
def parse_many(
    items: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fast: bool = False,
    max_chars: int | None = None,
) -> Iterator[PressRelease | ParseFailure]: ...


@overload
def parse_many(
    items: Iterable[tuple[str, C]],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fast: bool = False,
    max_chars: int | None = None,
) -> Iterator[tuple[PressRelease | ParseFailure, C]]: ...


def parse_many(
    items: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fast: bool = False,
    max_chars: int | None = None,
) -> Iterator[Any]:
    """Parse texts (or ``(text, context)`` pairs) lazily, yielding results in input order.

    Each text yields a :class:`PressRelease`, or a :class:`ParseFailure` when
    it could not be parsed (too large, not a ``str`` …): nothing is raised per
    item. A pair yields ``(result, context)``; contexts stay in this process
    and need not be picklable. ``n_process`` worker processes (``-1``: one
    per core) each load the pipeline once; ``batch_size`` texts go to a worker
    at a time. This is a generator: it reads ``items`` only as fast as results
    are consumed.
    """
    parse_kwargs: dict[str, Any] = {"fast": fast, "max_chars": max_chars}
    contexts: deque[tuple[bool, Any]] = deque()

    def texts() -> Iterator[object]:
        for item in items:
            if isinstance(item, tuple) and len(item) == 2:
                contexts.append((True, item[1]))
                yield item[0]
            else:
                contexts.append((False, None))
                yield item

    results = ordered_map(
        partial(_parse_chunk, parse_kwargs=parse_kwargs),
        texts(),
        n_process=resolve_jobs(n_process),
        batch_size=batch_size,
        on_crash=_crashed,
        parse_kwargs=parse_kwargs,
    )
    for result in results:
        if isinstance(result, Idle):  # pragma: no cover - texts() never yields IDLE
            continue
        paired, context = contexts.popleft()
        yield (result, context) if paired else result
