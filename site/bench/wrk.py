"""Run wrk and read requests/s, latency percentiles and errors from its report."""

import re
import subprocess
from dataclasses import dataclass

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def _milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def run(url, headers=None, seconds=10, connections=8, threads=2, script=None):
    threads = min(threads, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command.append("--timeout=10s")  # a slow answer is a latency, not an error
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    return parse(output)


def parse(output):
    def find(pattern, default=None):
        match = re.search(pattern, output)
        return match.group(1) if match else default

    errors = int(find(r"Non-2xx or 3xx responses: (\d+)", "0"))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket:
        errors += sum(int(number) for number in socket.groups())
    requests = int(find(r"(\d+) requests in"))
    if requests == 0:  # wrk prints zero latencies when nothing came back
        return Result(0.0, float("nan"), float("nan"), 0, errors)
    return Result(
        requests_per_second=float(find(r"Requests/sec:\s+([\d.]+)")),
        p50_ms=_milliseconds(find(r"50%\s+([\d.]+\w+)")),
        p99_ms=_milliseconds(find(r"99%\s+([\d.]+\w+)")),
        requests=requests,
        errors=errors,
    )
