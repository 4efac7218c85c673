"""The command line: parse, schema, evaluate and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from svpress.cli import main


def test_cli_parse_missing_file_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "does-not-exist.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does-not-exist.txt" in err
    assert "Traceback" not in err


def test_cli_parse_binary_file_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\x00\x01\x02binary")
    assert main(["parse", str(f)]) == 2
    assert "bin.txt" in capsys.readouterr().err


def test_cli_parse_cp1252_file_decodes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes("Pressmeddelande\n\nÅrets rapport är klar".encode("cp1252"))
    assert main(["parse", str(f)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema_version"] == 1


def test_cli_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_cli_console_script_runs_as_module() -> None:
    proc = subprocess.run([sys.executable, "-m", "svpress.cli", "schema"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
