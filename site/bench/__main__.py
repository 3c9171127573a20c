"""`make bench`: requests/s, p50 and p99 of the main requests, next to a static file, per N and stack.

A benchmark, not a test: it reports figures and compares them with the targets of issue 16, and it
never fails because the machine is slow. `make bench N=330,3300 STACKS=sqlite,postgres` runs every
combination and rewrites the generated part of docs/benchmarks.md (between the bench markers); the
hand-written profile notes around it are kept.
"""

import argparse
import datetime
import os
import re
from pathlib import Path

from . import server, targets, wrk
from .machine import describe
from .services import STACKS
from .verdicts import verdicts

DOCUMENT = server.ROOT / "docs" / "benchmarks.md"
CORES = os.cpu_count() or 1
WARM_UP_SECONDS = 2
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    server.add_load_arguments(parser, port=8106)
    parser.add_argument(
        "--sizes", default=None, help="N values, comma-separated (default: --organisations)"
    )
    parser.add_argument("--stacks", default=",".join(STACKS), help="sqlite, postgres or both")
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--output", type=Path, default=DOCUMENT)
    options = parser.parse_args()
    sizes = [int(n) for n in (options.sizes or str(options.organisations)).split(",") if n]
    stacks = [stack.strip() for stack in options.stacks.split(",") if stack.strip()]

    server.ensure_wrk()
    runs = []
    for organisations in sizes:
        for stack in stacks:
            runs.append(measure(options, organisations, stack))
    document = render(runs, options)
    print(document)
    write(options.output, document)
    print(f"Written to {options.output}")


def measure(options, organisations, stack):
    print(f"== N = {organisations}, {stack} ==", flush=True)
    env = server.environment(organisations, options.seed, stack)
    load_time = server.prepare(env, organisations, options.goals, options.seed, options.reuse)
    base = f"http://127.0.0.1:{options.port}"
    machine = describe(server.describe_database(env), server.workers(), env.get("REDIS_URL"))
    machine.append(_describe_load(load_time, organisations))
    rows = []
    with server.gunicorn(env, options.port):
        for target in targets.discover(base):
            # Warm up, uncounted: a burst at more connections than workers, so that every
            # worker has built its copies of this row's fragments, routes and responses.
            wrk.run(base + target.path, target.headers, WARM_UP_SECONDS, connections=8)
            # Cached rows: 8 connections, enough to saturate the workers. Uncached rows: as many
            # connections as cores, so p99 is the time to render rather than time in a queue.
            connections = CORES if target.uncached else 8
            result = wrk.run(
                base + target.path, target.headers, options.seconds, connections=connections
            )
            rows.append((target, result))
            print(f"{target.name}: {result.requests_per_second:.0f} req/s", flush=True)
    return {
        "organisations": organisations,
        "stack": stack,
        "machine": machine,
        "rows": rows,
        "load_time": load_time,
    }


def _describe_load(load_time, organisations):
    if load_time is None:
        return "Load data: kept from an earlier run (--reuse)"
    if load_time.created < organisations:
        return (
            f"Load data: {load_time.created} of {organisations} organisations created in "
            f"{load_time.seconds:.0f} s (the rest were kept from an earlier run)"
        )
    return f"Load data: `generate_load_data` created {organisations} organisations in {load_time.seconds:.0f} s"


def render(runs, options):
    lines = [
        START,
        f"Written by `make bench` on {datetime.date.today().isoformat()}: {options.goals} goals per "
        "programme, in fi, sv and en; wrk, "
        f"{options.seconds} s per row after a {WARM_UP_SECONDS} s warm-up at 8 connections; "
        "8 connections for cached rows. "
        '"Uncached" rows send an unknown session cookie, so the page cache steps aside as it does '
        f"for editors and every request is rendered; they use {CORES} connections (one per core), "
        "so that their latencies are rendering times, not time spent queueing.",
        "",
    ]
    for run in runs:
        lines += render_run(run)
    lines += ["## Against the targets of issue 16", "", *verdicts(runs), "", END]
    return "\n".join(lines) + "\n"


def render_run(run):
    rows = run["rows"]
    static = rows[0][1].requests_per_second or float("nan")
    lines = [
        f"### N = {run['organisations']}, {run['stack']}",
        "",
        *[f"- {line}" for line in run["machine"]],
        "",
        "| What | Path | req/s | p50 ms | p99 ms | × static | errors | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for target, result in rows:
        lines.append(
            f"| {target.name} | `{target.path}` | {result.requests_per_second:.0f} | "
            f"{result.p50_ms:.1f} | {result.p99_ms:.1f} | "
            f"{result.requests_per_second / static:.2f} | {result.errors} | {target.note} |"
        )
    return [*lines, ""]


def write(path, generated):
    """Replace the generated part of the document, or write it whole the first time."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in text and END in text:
        pattern = re.escape(START) + ".*?" + re.escape(END) + "\n?"
        text = re.sub(pattern, lambda _match: generated, text, flags=re.DOTALL)
    else:
        text = "# Benchmarks\n\n" + generated
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
