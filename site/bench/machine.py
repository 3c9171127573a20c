"""A short description of the machine and the run, for the documents the benchmarks write."""

import os
import platform
import subprocess
from pathlib import Path


def _cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def _memory_gib():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def _version(command):
    try:
        output = subprocess.run(command, capture_output=True, text=True).stdout  # noqa: S603
        return output.strip().split("\n")[0]
    except OSError:
        return "not installed"


def describe(database, workers, redis=None):
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"CPU: {os.cpu_count()} × {_cpu_model()}; memory {_memory_gib():.1f} GiB",
        f"System: {platform.platform()}; Python {platform.python_version()}",
        f"Server: gunicorn, {workers} sync workers, production settings, loopback",
        f"Database: {database}; cache: "
        + ("Redis" if (os.environ.get("REDIS_URL") if redis is None else redis) else "in-process"),
        f"Load tool: {_version(['wrk', '--version'])}",
        f"Load average at start (1, 5, 15 min): {load}"
        + (
            f" — above the {os.cpu_count()} cores: other work shared the machine, so the "
            "figures are lower than the machine alone would give"
            if os.getloadavg()[0] > (os.cpu_count() or 1)
            else ""
        ),
    ]
