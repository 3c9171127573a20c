"""Prepare a throwaway database with the load data and run gunicorn on it with production settings.

Never the developer's db.sqlite3: SQLite lives in a temporary directory (kept between runs, so a
second run only checks migrations and skips the load data it already has), unless DATABASE_URL
points at PostgreSQL. REDIS_URL is passed on when set.
"""

import contextlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import services

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
WORK_DIR = Path(os.environ.get("BENCH_DIR", Path(tempfile.gettempdir()) / "osallisuus-bench"))


def add_load_arguments(parser, port):
    """The options the benchmark and the soak test share: what to load and where to serve it."""
    parser.add_argument("--organisations", type=int, default=330)
    parser.add_argument("--goals", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--port", type=int, default=port)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the content of the previous run's database"
    )


def environment(organisations, seed, stack=None):
    """The servers' environment; with a stack (services.py), that stack's database and cache."""
    env = dict(os.environ)
    if stack:
        for name, value in services.stack_environment(stack, organisations, seed, WORK_DIR).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
    elif not env.get("DATABASE_URL"):
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        database = WORK_DIR / f"bench-{organisations}-{seed}.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{database}"
    env.update(
        DJANGO_SETTINGS_MODULE="osallisuus_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),  # throwaway: nothing signed outlives the run
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PAGE_CACHE_ENABLED="true",
        PYTHONUNBUFFERED="1",
        # Only errors in the benchmark's output; slow requests are what it measures.
        LOG_LEVEL="ERROR",
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


@dataclass(frozen=True)
class LoadTime:
    """How long generate_load_data took, and how many organisations it created in that time."""

    created: int
    seconds: float


def prepare(env, organisations, goals, seed, reuse=False):
    """Migrate and load; with reuse, keep the content a previous run loaded as it is.

    Returns the load data's LoadTime, or None when nothing was loaded.
    """
    print(f"Database: {describe_database(env)}", flush=True)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "compile_catalogs")
    load_time = None if reuse else load(env, organisations, goals, seed)
    manage(env, "collectstatic", "--no-input", "-v0")
    if is_postgres(env):
        # The load's pages written out now, not by a checkpoint during the first measured rows.
        subprocess.run(["psql", env["DATABASE_URL"], "-qc", "CHECKPOINT"], check=True)  # noqa: S603, S607
    return load_time


def load(env, organisations, goals, seed):
    manage(env, "load_demo_content")
    started = time.monotonic()
    output = subprocess.run(  # noqa: S603
        [
            PYTHON,
            "manage.py",
            "generate_load_data",
            f"--organisations={organisations}",
            f"--goals={goals}",
            f"--seed={seed}",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    seconds = time.monotonic() - started
    print(output, end="", flush=True)
    created = re.search(r"Created (\d+) organisations", output)
    return LoadTime(int(created.group(1)) if created else 0, seconds)


def describe_database(env):
    url = env["DATABASE_URL"]
    return "PostgreSQL" if url.startswith(("postgres", "postgis")) else f"SQLite ({url[10:]})"


def is_postgres(env):
    return env["DATABASE_URL"].startswith(("postgres", "postgis"))


def ensure_wrk():
    """wrk from Debian, installed once like the browser dependencies."""
    if shutil.which("wrk"):
        return
    subprocess.run(["apt-get", "update", "-qq"], check=True)  # noqa: S607
    subprocess.run(  # noqa: S603
        ["apt-get", "install", "-y", "-qq", "wrk"],  # noqa: S607
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def workers():
    return int(os.environ.get("BENCH_WORKERS", 2 * (os.cpu_count() or 1) + 1))


@contextlib.contextmanager
def gunicorn(env, port, worker_count=None, stderr=None):
    """gunicorn on 127.0.0.1:port; the app's log lines go to stderr (a file, or inherited)."""
    command = [
        str(Path(PYTHON).with_name("gunicorn")),
        "osallisuus_site.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={worker_count or workers()}",
        "--worker-class=sync",
        "--log-level=warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=stderr)  # noqa: S603
    try:
        wait_until_up(port)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)  # noqa: S310
            return
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer on port {port} within {seconds} s")


def worker_pids(master):
    """The gunicorn workers: the processes whose parent is the master."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # The fourth field, after the command name in parentheses, is the parent's pid.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == master.pid:
                pids.append(int(stat.parent.name))
    return pids


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
