"""What the public functions accept: str, bytes decoded as the batch does, files; the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

import svpress
from svpress import DecodeError, InputTooLarge

RELEASE = "Pressmeddelande\n2021-05-04\n\nÅrets rapport är klar\n\nKontakt: Anna Ek, 070-123 45 67"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(RELEASE.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + RELEASE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(RELEASE.encode("utf-16"), id="utf-16-bom"),
        pytest.param(RELEASE.encode("cp1252"), id="cp1252"),
    ],
)
def test_inputs_parse_bytes_decodes_like_the_batch(data: bytes) -> None:
    r = svpress.parse(data)
    assert (r.title, r.published is not None, [p.e164 for p in r.phones]) == (
        "Årets rapport är klar",
        True,
        ["+46701234567"],
    )


def test_inputs_undecodable_bytes_raise_decode_error() -> None:
    with pytest.raises(DecodeError):
        svpress.parse(b"\x00\x01binary\x00")


def test_inputs_parse_file(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(RELEASE.encode("cp1252"))
    assert svpress.parse_file(f).title == "Årets rapport är klar"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda t: svpress.parse(t, max_chars=10), id="parse"),
        pytest.param(lambda t: svpress.entities(t, max_chars=10), id="entities"),
    ],
)
def test_inputs_size_limit_is_a_clear_error(call: object) -> None:
    with pytest.raises(InputTooLarge, match="exceeds the limit"):
        call("x" * 11)  # type: ignore[operator]


def test_inputs_size_limit_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SVPRESS_MAX_CHARS", "100")
    with pytest.raises(InputTooLarge):
        svpress.phones("0" * 101)
    assert svpress.parse("x" * 100).title == "x" * 100


def test_inputs_file_above_limit_refused_unread(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 1000)
    with pytest.raises(InputTooLarge):
        svpress.parse_file(f, max_chars=100)


@pytest.mark.parametrize("value", [None, 12, ["text"]], ids=["none", "int", "list"])
def test_inputs_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        svpress.parse(value)  # type: ignore[arg-type]


def test_parse_of_a_long_input_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    from svpress.pipeline import GC_PAUSE_CHARS

    text = "Rubrik\n\n" + "Ekby växer och Anna Ek är glad. " * (GC_PAUSE_CHARS // 30 + 1)
    assert len(text) >= GC_PAUSE_CHARS
    assert gc.isenabled()
    svpress.parse(text)
    assert gc.isenabled()
    gc.disable()
    try:
        svpress.parse(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
