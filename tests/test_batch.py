"""parse_many and the ordered worker pool: order, per-item failures, laziness, crashed workers."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from functools import partial

import pytest

import svpress
from svpress.batch import IDLE, Idle, ParseFailure, PoolStats, ordered_map, parse_many
from synth import release_text


def test_batch_parse_many_matches_parse_in_order() -> None:
    texts = [release_text(i) for i in range(7)]
    got = list(parse_many(texts, batch_size=3))
    assert got == [svpress.parse(t) for t in texts]


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_parse_many_yields_failures_in_place(n_process: int) -> None:
    items: list[object] = [release_text(0), 42, "x" * 1000, None, release_text(1)]
    got = list(parse_many(items, n_process=n_process, batch_size=2, max_chars=900))  # type: ignore[call-overload]
    assert isinstance(got[0], svpress.PressRelease)
    assert isinstance(got[1], ParseFailure) and got[1].error == "TypeError" and "not int" in got[1].message
    assert isinstance(got[2], ParseFailure) and got[2].error == "InputTooLarge"
    assert isinstance(got[3], ParseFailure) and got[3].error == "TypeError"
    assert got[4] == svpress.parse(release_text(1))


def test_batch_parse_many_two_processes_equal_one() -> None:
    texts = [release_text(i) for i in range(40)]
    assert list(parse_many(texts, n_process=2, batch_size=4)) == list(parse_many(texts))


def test_batch_parse_many_pairs_keep_contexts_in_this_process() -> None:
    # Lambdas cannot be pickled: contexts must never travel to the workers.
    items = [(release_text(i), lambda i=i: i) for i in range(5)]
    got = list(parse_many(items, n_process=2, batch_size=2))
    assert [ctx() for _, ctx in got] == list(range(5))
    assert all(isinstance(r, svpress.PressRelease) for r, _ in got)


def test_batch_parse_many_empty_text_is_a_result() -> None:
    (result,) = parse_many([""])
    assert isinstance(result, svpress.PressRelease)
    assert result.title is None and result.body == ()


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_parse_many_is_lazy_over_an_endless_input(n_process: int) -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield release_text(i)

    got = list(itertools.islice(parse_many(endless(), n_process=n_process, batch_size=4), 10))
    assert len(got) == 10
    # At most the chunks in flight (2 per worker) beyond what was consumed.
    assert consumed <= 10 + 4 * 2 * n_process + 4


def test_batch_parse_many_is_a_generator() -> None:
    gen = parse_many(iter(["a"]))
    assert iter(gen) is gen


# --- the pool -----------------------------------------------------------------------------------


def _die_on(chunk: list[str], marker: str) -> list[str]:
    out = []
    for item in chunk:
        if item == marker:
            os._exit(3)  # a segfault or the OOM killer, as far as the parent can tell
        out.append(item.upper())
    return out


def _raise_on(chunk: list[str], marker: str) -> list[str]:
    if marker in chunk:
        raise ValueError("func itself failed")
    return [item.upper() for item in chunk]


def test_batch_pool_dead_worker_costs_only_its_item() -> None:
    items = [f"item{i}" for i in range(30)]
    items[13] = "die"
    stats = PoolStats()
    got = list(
        ordered_map(
            partial(_die_on, marker="die"),
            items,
            n_process=2,
            batch_size=4,
            on_crash=lambda item, reason: f"crashed:{item}",
            stats=stats,
        )
    )
    assert got == [("crashed:die" if i == 13 else f"ITEM{i}") for i in range(30)]
    assert stats.restarts >= 1


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_pool_func_error_isolated_to_its_item(n_process: int) -> None:
    items = ["a", "b", "bad", "c", "d"]
    got = list(
        ordered_map(
            partial(_raise_on, marker="bad"),
            items,
            n_process=n_process,
            batch_size=2,
            on_crash=lambda item, reason: f"failed:{item}:{reason}",
        )
    )
    if n_process == 1:  # in-process: the whole chunk is reported failed
        assert got == [
            "A",
            "B",
            "failed:bad:ValueError: func itself failed",
            "failed:c:ValueError: func itself failed",
            "D",
        ]
    else:  # workers: the chunk is redone item by item
        assert got == ["A", "B", "failed:bad:ValueError: func itself failed", "C", "D"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_pool_idle_marker_flushes_partial_chunks_in_order(n_process: int) -> None:
    items: list[str | Idle] = ["a", "b", IDLE, "c", IDLE, IDLE, "d", "e", "f"]
    got = list(ordered_map(partial(_raise_on, marker="-"), items, n_process=n_process, batch_size=4, on_crash=str))
    assert got == ["A", "B", IDLE, "C", IDLE, IDLE, "D", "E", "F"]


def test_batch_pool_reports_worker_memory() -> None:
    stats = PoolStats()
    list(
        ordered_map(
            partial(_raise_on, marker="-"), list("abcdef"), n_process=2, batch_size=1, on_crash=str, stats=stats
        )
    )
    assert stats.peak_rss and os.getpid() not in stats.peak_rss
    assert all(10 * 2**20 < m < 2**31 for m in stats.peak_rss.values())
