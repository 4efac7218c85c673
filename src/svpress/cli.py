"""The ``svpress`` command: parse, schema, evaluate (and batch)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from svpress.errors import InputTooLarge, SvpressError
from svpress.inputs import BYTES_PER_CHAR_MAX, as_text, max_chars_setting, read_file

EXIT_USAGE = 2


class CliError(Exception):
    """An error reported as one line on stderr with exit status 2."""


def _read_input(name: str) -> str:
    """Read a file (or standard input) and decode it as svpress does everywhere; errors as one line."""
    try:
        if name == "-":
            limit = max_chars_setting() * BYTES_PER_CHAR_MAX
            data = sys.stdin.buffer.read(limit + 1)
            if len(data) > limit:
                raise InputTooLarge(len(data), max_chars_setting())
            return as_text(data, "parse")
        return read_file(name)
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{name}: is a directory") from None
    except OSError as exc:
        raise CliError(f"{name}: cannot read: {exc.strerror or exc}") from None
    except SvpressError as exc:
        message = str(exc)
        raise CliError(message if name in message else f"{name}: {message}") from None


def _dump(obj: Any, pretty: bool) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


def _cmd_parse(args: argparse.Namespace) -> int:
    from svpress.pipeline import parse

    text = _read_input(args.file)
    try:
        release = parse(text, fast=args.fast, nlp=args.nlp)
    except SvpressError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    print(_dump(release.to_dict(), args.pretty))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from svpress.schema import json_schema

    print(_dump(json_schema(), True))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from svpress.evaluate import evaluate, read_gold
    from svpress.pipeline import parse

    try:
        rows = read_gold(args.gold)
    except FileNotFoundError:
        raise CliError(f"{args.gold}: no such file") from None
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CliError(f"{args.gold}: cannot read gold file: {exc}") from None
    report = evaluate(rows, lambda row: parse(row["text"], fast=args.fast, nlp=args.nlp).to_dict())
    if args.json:
        out = report.to_json()
        if args.verbose:
            out["misses"] = report.misses
        print(_dump(out, False))
    else:
        if args.verbose:
            for rid, misses in report.misses.items():
                print(f"--- {rid}", _dump(misses, False))
        print(report.table())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``svpress`` command."""
    ap = argparse.ArgumentParser(prog="svpress", description="Parse Swedish press releases into typed data.")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one release and print its JSON")
    p.add_argument("file", help="a text file, or - for standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--fast", action="store_true", help="rules only, no statistical model")
    p.add_argument("--nlp", metavar="PIPELINE", help="an installed spaCy pipeline for people and organisations")
    p.set_defaults(func=_cmd_parse)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(func=_cmd_schema)

    e = sub.add_parser("evaluate", help="score against a gold JSON Lines file")
    e.add_argument("gold", help="gold JSONL (see docs/evaluation.md)")
    e.add_argument("--json", action="store_true", help="print a machine-readable summary")
    e.add_argument("-v", "--verbose", action="store_true", help="list each release's misses")
    e.add_argument("--fast", action="store_true", help="rules only, no statistical model")
    e.add_argument("--nlp", metavar="PIPELINE", help="an installed spaCy pipeline for people and organisations")
    e.set_defaults(func=_cmd_evaluate)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"svpress: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
