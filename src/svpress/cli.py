"""The ``svpress`` command: parse, schema, evaluate (and batch)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
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


def _cmd_batch(args: argparse.Namespace) -> int:
    from svpress.batch import resolve_jobs
    from svpress.io.readers import DEFAULT_GLOBS, STDIN, ReadOptions, iter_records
    from svpress.io.runner import BatchInterrupted, describe_memory, run_batch
    from svpress.io.sinks import SinkError, open_sink

    for name in args.inputs:
        if name != STDIN and not Path(name).exists():
            raise CliError(f"{name}: no such file or directory")
    if args.inputs.count(STDIN) > 1:
        raise CliError("standard input (-) can be read only once")
    if args.jobs is not None and args.jobs < 1:
        raise CliError("-j takes a number of processes, 1 or more")
    if args.batch_size < 1 or args.commit_every < 1:
        raise CliError("--batch-size and --commit-every take a number of records, 1 or more")
    options = ReadOptions(
        globs=tuple(args.glob) if args.glob else DEFAULT_GLOBS,
        text_field=args.text_field,
        id_field=args.id_field,
        stdin_format=args.stdin_format,
    )
    try:
        sink = open_sink(out=args.out, db=args.db)
    except SinkError as exc:
        raise CliError(str(exc)) from None
    bar = _progress_bar(args, options)
    failed = True
    try:
        summary = run_batch(
            iter_records(args.inputs, options),
            sink,
            jobs=resolve_jobs(args.jobs or -1),
            batch_size=args.batch_size,
            commit_every=args.commit_every,
            fast=args.fast,
            force=args.force,
            retry_rejects=args.retry_rejects,
            stream=STDIN in args.inputs,
            progress=bar.update if bar is not None else None,
        )
        failed = False
    except SinkError as exc:
        raise CliError(str(exc)) from None
    except BatchInterrupted as stop:
        if not args.quiet:
            print(f"svpress batch: interrupted: {stop.summary.line()} → {sink.description}", file=sys.stderr)
            print("svpress batch: run the same command again to continue", file=sys.stderr)
        return 130
    finally:
        if bar is not None:
            bar.close()
        try:
            sink.close()
        except (SinkError, OSError) as exc:
            if not failed:  # after a failure, its own message is the one to show
                raise CliError(f"{sink.description}: {exc}") from None
    if not args.quiet:
        print(f"svpress batch: {summary.line()} → {sink.description}", file=sys.stderr)
        if args.verbose:
            print(f"svpress batch: {summary.jobs} worker(s); {describe_memory(summary)}", file=sys.stderr)
    return 0


def _progress_bar(args: argparse.Namespace, options: Any) -> Any:
    """A tqdm bar on a terminal (count, rate, ETA once the total is counted), else None."""
    if args.quiet or not sys.stderr.isatty():
        return None
    import threading

    from tqdm import tqdm

    from svpress.io.readers import count_records

    bar = tqdm(total=None, unit=" rec", dynamic_ncols=True, file=sys.stderr, smoothing=0.05)

    def count() -> None:
        # Counting an archive takes a pass over it: do it beside the work, and
        # give the bar its total (hence an ETA) when known.
        try:
            total = count_records(args.inputs, options)
        except Exception:  # the bar just stays without a total
            return
        if total is not None:
            bar.total = total
            bar.refresh()

    threading.Thread(target=count, name="svpress-count", daemon=True).start()
    return bar


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``svpress`` command."""
    from svpress.batch import DEFAULT_BATCH_SIZE
    from svpress.io.runner import DEFAULT_COMMIT_EVERY

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

    b = sub.add_parser(
        "batch",
        help="parse files, folders, archives or JSON Lines into JSON Lines or a database",
        description=(
            "Parse every release in the inputs; each ends as one result or one reject row. "
            "Rerunning the same command skips what is already stored (by id and SHA-256). See docs/batch.md."
        ),
    )
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="file, folder (recursive), .zip, .tar[.gz|.bz2|.xz], .jsonl, or - for standard input",
    )
    where = b.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="FILE.jsonl", help="write JSON Lines to this file")
    where.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///path.db or postgresql://user@host/db (default: sqlite:///svpress.db)",
    )
    b.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    b.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="files in folders and members of archives to read (repeatable; default: *.txt and *.md)",
    )
    b.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field holding the text")
    b.add_argument("--id-field", metavar="NAME", help="JSON Lines: the field holding the id (default: file:line)")
    b.add_argument(
        "--stdin-format",
        choices=["auto", "jsonl", "text"],
        default="auto",
        help="standard input is JSON Lines or one text (auto: JSON Lines if it starts with '{')",
    )
    b.add_argument("--fast", action="store_true", help="rules only, no statistical model")
    b.add_argument("--force", action="store_true", help="parse again what is already stored, replacing it")
    b.add_argument("--retry-rejects", action="store_true", help="parse again the records stored as rejects")
    b.add_argument(
        "--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N", help="records sent to a worker at a time"
    )
    b.add_argument(
        "--commit-every", type=int, default=DEFAULT_COMMIT_EVERY, metavar="N", help="records written per transaction"
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    b.add_argument("-v", "--verbose", action="store_true", help="also print workers and peak memory")
    b.set_defaults(func=_cmd_batch)
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
