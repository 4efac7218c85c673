"""The batch runner: records in, one result or reject per record out, resumably.

Records already stored with the same hash are skipped before any parsing, so
a rerun of the same command after a crash only does the missing work. The
rest are parsed in worker processes (``svpress.batch.ordered_map``), turned
into the sink's rows there, and written in input order, ``commit_every``
records per transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from svpress.batch import DEFAULT_BATCH_SIZE, IDLE, Idle, PoolStats, ordered_map, peak_rss, resolve_jobs
from svpress.io.readers import Record
from svpress.io.sinks.base import Outcome, Prepare, Sink, Stored
from svpress.pipeline import parse

DEFAULT_COMMIT_EVERY = 500
"""Records per transaction: large enough that commits cost little, small enough
that a killed run redoes little."""

COMMIT_SECONDS = 2.0
"""A transaction is also committed after this long, so a slow stream still lands."""

IDLE_SECONDS = 0.5
"""With ``stream=True``: after this long without input, finish and commit what is in flight."""


@dataclass
class Summary:
    """What a run did. ``records = results + rejects + skipped``."""

    records: int = 0
    results: int = 0
    rejects: int = 0
    skipped: int = 0
    replaced: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    jobs: int = 1
    worker_peak_rss: dict[int, int] = field(default_factory=dict)
    worker_cpu_seconds: dict[int, float] = field(default_factory=dict)
    main_peak_rss: int = 0
    restarts: int = 0

    @property
    def rate(self) -> float:
        """Records per second over the whole run."""
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        parts = [
            f"{self.records:,} records",
            f"{self.results:,} results",
            f"{self.rejects:,} rejects",
            f"{self.skipped:,} skipped (already stored)",
        ]
        if self.replaced:
            parts.append(f"{self.replaced:,} replaced")
        if self.duplicates:
            parts.append(f"{self.duplicates:,} duplicate ids (the last one kept)")
        parts.append(f"{self.seconds:.1f} s")
        parts.append(f"{self.rate:,.0f} records/s")
        return " · ".join(parts)


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a run, after what was parsed was stored; ``summary`` says how far it got."""

    def __init__(self, summary: Summary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def _reject(record: Record, stage: str, reason: str) -> Outcome:
    return Outcome(record.id, record.source, record.sha256, record.encoding, stage=stage, reason=reason)


def process_chunk(chunk: list[Record], prepare: Prepare, fast: bool) -> list[Outcome]:
    """The worker side: parse each record and prepare the sink's form of it, or reject it."""
    out: list[Outcome] = []
    for record in chunk:
        if record.text is None:
            out.append(_reject(record, record.stage, record.reason or "unreadable"))
            continue
        try:
            doc = parse(record.text, fast=fast).to_dict()
            payload = prepare(record, doc, dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"))
        except Exception as exc:  # one bad release never stops a batch
            out.append(_reject(record, "parse", f"{type(exc).__name__}: {exc}"))
            continue
        out.append(Outcome(record.id, record.source, record.sha256, record.encoding, payload=payload))
    return out


def _crashed(record: Record, reason: str) -> Outcome:
    return _reject(record, "parse", reason)


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_DONE = object()


def _prefetch(records: Iterable[Record], idle_after: float) -> Iterator[Record | Idle]:
    """Read ``records`` in a thread; yield ``IDLE`` whenever none came for ``idle_after`` seconds."""
    q: queue.Queue[object] = queue.Queue(maxsize=1024)

    def pump() -> None:
        try:
            for r in records:
                q.put(r)
        except BaseException as exc:  # handed to the reading thread and raised there
            q.put(_Failed(exc))
        q.put(_DONE)

    # A daemon: if the run stops (Ctrl-C) while it waits on a quiet stdin, it must not hold up the exit.
    threading.Thread(target=pump, name="svpress-reader", daemon=True).start()
    while True:
        try:
            item = q.get(timeout=idle_after)
        except queue.Empty:
            yield IDLE
            continue
        if item is _DONE:
            return
        if isinstance(item, _Failed):
            raise item.error
        yield item  # type: ignore[misc]  # only records and the two markers are queued


def run_batch(
    records: Iterable[Record],
    sink: Sink,
    *,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    commit_every: int = DEFAULT_COMMIT_EVERY,
    fast: bool = False,
    force: bool = False,
    retry_rejects: bool = False,
    stream: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Parse ``records`` into ``sink``; return the summary.

    A record whose id is stored with the same hash is skipped (``force``
    re-parses everything; ``retry_rejects`` re-parses stored rejects). A
    record whose text changed replaces what was stored. ``jobs`` worker
    processes (``-1``: one per core; ``1``: this process). ``stream``: the
    records come from a source that can pause (standard input); they are
    read in a thread, and whenever it pauses what is in flight is committed.
    """
    summary = Summary(jobs=resolve_jobs(jobs))
    batch_size, commit_every = max(1, batch_size), max(1, commit_every)
    stats = PoolStats()
    tick = progress or (lambda n: None)
    known: dict[str, Stored | None] = {}  # what lookup saw for ids in flight: replaced vs duplicate
    start = time.perf_counter()

    def check(chunk: list[Record]) -> Iterator[Record]:
        stored = {} if force else sink.lookup([r.id for r in chunk])
        skipped = 0
        for r in chunk:
            summary.records += 1
            prev = stored.get(r.id)
            if prev is not None and prev.sha256 == r.sha256 and not (retry_rejects and prev.rejected):
                skipped += 1
                continue
            known[r.id] = prev
            yield r
        if skipped:
            summary.skipped += skipped
            tick(skipped)

    def todo() -> Iterator[Record | Idle]:
        # One lookup per batch of records (or fewer, when a stream pauses).
        chunk: list[Record] = []
        for r in _prefetch(records, IDLE_SECONDS) if stream else records:
            if isinstance(r, Idle):
                yield from check(chunk)
                chunk = []
                yield r
                continue
            chunk.append(r)
            if len(chunk) >= batch_size:
                yield from check(chunk)
                chunk = []
        yield from check(chunk)

    def flush(buf: list[Outcome]) -> None:
        if not buf:
            return
        report = sink.write(buf)
        for o in buf:
            if o.ok:
                summary.results += 1
            else:
                summary.rejects += 1
        for rid in report.replaced:
            if known.get(rid) is not None or force:
                summary.replaced += 1
            else:
                summary.duplicates += 1
        summary.duplicates += report.superseded
        summary.results -= report.refused  # stored as rejects after all
        summary.rejects += report.refused
        for o in buf:
            known.pop(o.id, None)
        tick(len(buf))
        buf.clear()

    outcomes = ordered_map(
        partial(process_chunk, prepare=sink.preparer(), fast=fast),
        todo(),
        n_process=summary.jobs,
        batch_size=batch_size,
        on_crash=_crashed,
        parse_kwargs={"fast": fast},
        stats=stats,
    )
    buf: list[Outcome] = []
    last = time.monotonic()
    try:
        for outcome in outcomes:
            if isinstance(outcome, Idle):  # the input paused: store what is done
                flush(buf)
                last = time.monotonic()
                continue
            buf.append(outcome)
            if len(buf) >= commit_every or time.monotonic() - last >= COMMIT_SECONDS:
                flush(buf)
                last = time.monotonic()
        flush(buf)
    except KeyboardInterrupt:
        # What is parsed is complete: keep it, so the rerun has less to do.
        flush(buf)
        summary.seconds = time.perf_counter() - start
        raise BatchInterrupted(summary) from None
    finally:
        summary.seconds = time.perf_counter() - start
        pid = os.getpid()
        summary.main_peak_rss = peak_rss()
        summary.worker_peak_rss = {p: m for p, m in stats.peak_rss.items() if p != pid}
        summary.worker_cpu_seconds = {p: c for p, c in stats.cpu_seconds.items() if p != pid}
        summary.restarts = stats.restarts
    return summary


def describe_memory(summary: Summary) -> str:
    """Peak memory of the parent and each worker, in MB."""
    mb = 1024 * 1024
    workers = ", ".join(f"{m / mb:.0f}" for m in sorted(summary.worker_peak_rss.values()))
    text = f"peak memory: main {summary.main_peak_rss / mb:.0f} MB"
    return text + (f"; workers {workers} MB" if workers else "")


__all__ = ["BatchInterrupted", "Summary", "describe_memory", "process_chunk", "run_batch"]
