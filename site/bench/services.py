"""The two stacks `make bench` measures, and starting PostgreSQL and Redis where they are not running.

- sqlite: the embedded default, a SQLite file in $BENCH_DIR and the in-process page cache;
- postgres: the production stack, PostgreSQL (BENCH_POSTGRES_URL, `{n}` replaced by N) and Redis
  (BENCH_REDIS_URL, a key prefix per N).
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlparse

STACKS = ("sqlite", "postgres")
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/osallisuus_bench_{n}"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


def stack_environment(stack, organisations, seed, work_dir):
    """DATABASE_URL and REDIS_URL (or none) of a stack; starts its services first."""
    if stack == "sqlite":
        work_dir.mkdir(parents=True, exist_ok=True)
        database = work_dir / f"bench-{organisations}-{seed}.sqlite3"
        return {"DATABASE_URL": f"sqlite:///{database}", "REDIS_URL": None}
    if stack != "postgres":
        raise SystemExit(f"Unknown stack {stack!r}: choose from {', '.join(STACKS)}.")
    database_url = POSTGRES_URL.replace("{n}", str(organisations))
    ensure_postgres(database_url)
    ensure_redis(REDIS_URL)
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"osallisuus-bench-{organisations}",
    }


def _answers(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def _wait_for(host, port, name, seconds=30):
    deadline = time.monotonic() + seconds
    while not _answers(host, port):
        if time.monotonic() > deadline:
            raise SystemExit(f"{name} did not start on {host}:{port}.")
        time.sleep(0.5)


def ensure_postgres(url):
    """Start the local cluster as CI does, then create the benchmark database if it is missing."""
    address = urlparse(url)
    host, port = address.hostname or "127.0.0.1", address.port or 5432
    if not _answers(host, port):
        version = sorted(Path("/etc/postgresql").iterdir())[-1].name
        subprocess.run(  # noqa: S603
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],  # noqa: S607
            check=True,
        )
        _wait_for(host, port, "PostgreSQL")
    import psycopg

    name = address.path.lstrip("/")
    server = address._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def ensure_redis(url):
    address = urlparse(url)
    host, port = address.hostname or "127.0.0.1", address.port or 6379
    if _answers(host, port):
        return
    if not shutil.which("redis-server"):
        subprocess.run(["apt-get", "update", "-qq"], check=True)  # noqa: S607
        subprocess.run(  # noqa: S603
            ["apt-get", "install", "-y", "-qq", "redis-server"],  # noqa: S607
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    subprocess.run(  # noqa: S603
        ["redis-server", "--daemonize", "yes", "--port", str(port)],  # noqa: S607
        check=True,
    )
    _wait_for(host, port, "Redis")
