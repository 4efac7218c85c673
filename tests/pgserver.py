"""A throwaway PostgreSQL server for tests: initdb in a temporary folder, a free port on 127.0.0.1.

The binaries are found on PATH or in /usr/lib/postgresql/*/bin (Debian). As
root (CI runs as root) the server runs as the unprivileged ``nobody`` user,
since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

UNPRIVILEGED_USER = "nobody"


def find_binary(name: str) -> str | None:
    """``name`` on PATH, else in the newest /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found

    def version(path: str) -> int:
        part = Path(path).parts[-3]
        return int(part) if part.isdigit() else 0

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=version)
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One server: ``start()``, ``url(db)``, ``create_database()``, ``stop()``."""

    def __init__(self, initdb: str, pg_ctl: str) -> None:
        self.initdb = initdb
        self.pg_ctl = pg_ctl
        self.base = Path(tempfile.mkdtemp(prefix="svpress-pg-"))
        self.data = self.base / "data"
        self.port = 0
        self._as: dict[str, Any] = {}
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam(UNPRIVILEGED_USER)
            os.chown(self.base, pw.pw_uid, pw.pw_gid)
            self._as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), cwd=self.base, capture_output=True, text=True, check=False, timeout=120, **self._as
        )

    def start(self) -> None:
        """initdb, then start on a free port; raise RuntimeError with the server's words on failure."""
        init = self._run(self.initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()[-800:]}")
        last = ""
        for _ in range(3):  # the free port can be taken between choosing and binding
            self.port = _free_port()
            opts = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            proc = self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.base / "log"), "-w", "-o", opts, "start")
            if proc.returncode == 0:
                return
            last = proc.stderr.strip() + (self.base / "log").read_text(errors="replace")[-800:]
        raise RuntimeError(f"PostgreSQL did not start: {last}")

    def url(self, dbname: str = "postgres") -> str:
        """A libpq URL of ``dbname`` on this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def in_ci() -> bool:
    """True on CI, where a missing PostgreSQL is a failure rather than a skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer | str]:
    """A started server, or the reason there is none (binaries or psycopg missing)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        yield "psycopg is not installed (pip install 'svpress[postgres]')"
        return
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        yield "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin"
        return
    server = PostgresServer(initdb, pg_ctl)
    try:
        server.start()
    except (RuntimeError, OSError, KeyError, subprocess.SubprocessError) as exc:
        server.stop()
        yield f"could not start PostgreSQL: {exc}"
        return
    try:
        yield server
    finally:
        server.stop()
