"""A real PostgreSQL on 127.0.0.1 for the tests and benches, from the ``pgserver`` wheel.

The wheel ships PostgreSQL 16 binaries; a system ``pg_ctl`` is used instead when
``PHOTOBOOTH_PG_BIN`` points at one. The cluster uses password (SCRAM) auth on
TCP, like a real head office, so a kiosk role with a wrong password is refused.
PostgreSQL will not run as root, so under root (CI) the server runs as a
``pgserver`` system user, as the wheel itself does. The wheel's build has no
OpenSSL, so tests connect with ``sslmode=disable``; the product defaults to
``verify-full``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"


def _bin_dir() -> Path:
    explicit = os.environ.get("PHOTOBOOTH_PG_BIN")
    if explicit:
        return Path(explicit)
    from pgserver._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return None
    from pgserver.utils import ensure_prefix_permissions, ensure_user_exists

    ensure_user_exists("pgserver")
    ensure_prefix_permissions(_bin_dir())
    return "pgserver"


@dataclass
class PostgresServer:
    root: Path
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def dsn(
        self, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres"
    ) -> str:
        pw = self.password if password is None and user == SUPERUSER else (password or "")
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user} password={pw} sslmode=disable connect_timeout=5"

    def _pg(self, tool: str, *args: str) -> None:
        user = _run_as()
        done = subprocess.run(
            [str(_bin_dir() / tool), *args], capture_output=True, text=True, user=user, timeout=120
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
            )

    def start(self) -> PostgresServer:
        self.root.mkdir(parents=True, exist_ok=True)
        user = _run_as()
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if user:
            from pgserver.utils import ensure_prefix_permissions

            ensure_prefix_permissions(self.root)  # the server's user must reach its folder
            shutil.chown(self.root, user)
            shutil.chown(pwfile, user)
            self.root.chmod(0o700)
        self._pg(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--no-instructions",
        )
        pwfile.unlink()
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c max_connections=200"
        self._pg(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "start",
        )
        return self

    def stop(self, remove: bool = True) -> None:
        if (self.data / "postmaster.pid").exists():
            self._pg("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)

    def pg_dump(self, dbname: str = "postgres") -> bytes:
        """A plain-text dump, as a backup of head office would hold it."""
        env = {**os.environ, "PGPASSWORD": self.password}
        out = subprocess.run(
            [
                str(_bin_dir() / "pg_dump"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                dbname,
            ],
            check=True,
            capture_output=True,
            env=env,
            timeout=120,
        )
        return out.stdout


def start_postgres(root: Path | None = None) -> PostgresServer:
    return PostgresServer(root or Path(tempfile.mkdtemp(prefix="photobooth-pg-"))).start()
