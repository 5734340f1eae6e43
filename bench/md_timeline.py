"""Wall and CPU timeline of one cold `contentlint check -jN` run: where the serial and
idle time goes (issue 18).

    python bench/md_timeline.py DIR [--jobs 2] [--runs 3]

Runs, in this process, what `bench/run --only 2` times (`check -q --exit-zero --cache-dir
FRESH -jN content`, output to /dev/null) and prints, for the run least disturbed by other
load (smallest total CPU): the parent's stages as wall offsets from the process start with
their CPU, and each worker's start, first and last batch, batches and CPU. Stages are
timed by wrapping functions (fork carries the wrappers into the workers), so no code is
changed. The idle share is wall x jobs minus every process's CPU.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _boot_now() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


def process_start() -> float:
    """This process's start, in CLOCK_BOOTTIME seconds (10 ms resolution)."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[19]) / os.sysconf("SC_CLK_TCK")


START = process_start()
LOG: list[tuple[str, float, float, float, float]] = []  # name, wall0, wall1, cpu0, cpu1
WORKER_LOG = ""


def stamp(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        w0, c0 = _boot_now() - START, time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            LOG.append((name, w0, _boot_now() - START, c0, time.process_time()))

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__module__ = fn.__module__
    return wrapper


def worker_stamp(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Appends `pid name wall0 wall1 cpu` to the worker log (pool workers never run atexit)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        w0 = _boot_now() - START
        try:
            return fn(*args, **kwargs)
        finally:
            ru = resource.getrusage(resource.RUSAGE_SELF)
            with open(WORKER_LOG, "a") as fh:
                fh.write(
                    f"{os.getpid()} {name} {w0:.4f} {_boot_now() - START:.4f} "
                    f"{ru.ru_utime + ru.ru_stime:.4f}\n"
                )

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__module__ = fn.__module__
    return wrapper


AGG: dict[str, list[float]] = {}  # name -> [calls, cpu]


def summed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """CPU summed over many calls (too many for the timeline)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        c0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            agg = AGG.setdefault(name, [0.0, 0.0])
            agg[0] += 1
            agg[1] += time.process_time() - c0

    return wrapper


def child(folder: str, jobs: int) -> dict[str, Any]:
    global WORKER_LOG
    os.chdir(folder)
    WORKER_LOG = tempfile.mktemp(prefix="md-timeline-")
    from contentlint.cli import commands
    from contentlint.cli import main as cli
    from contentlint.engine import cache, core
    from contentlint.model import codec
    from contentlint.sources import files

    LOG.append(("interpreter + imports", 0.0, _boot_now() - START, 0.0, time.process_time()))
    commands._load = stamp("config", commands._load)
    commands.open_cache = stamp("open cache", commands.open_cache)
    files.FileSelector.discover = stamp("discover files", files.FileSelector.discover)
    cache.Cache.prepare = stamp("cache: hash files", cache.Cache.prepare)
    cache.Cache._fetch = stamp("cache: look up", cache.Cache._fetch)
    cache.Cache._write = stamp("cache: write", cache.Cache._write)
    core._preload = stamp("warm-up (_preload)", core._preload)
    core.Engine.process_encoded = stamp("map stage (parent)", core.Engine.process_encoded)
    core.Engine._corpus_stage = stamp("corpus stage", core.Engine._corpus_stage)
    commands.emit = stamp("report (emit)", commands.emit)
    codec.decode_output = summed("decode worker records", codec.decode_output)
    core.drop_blocks = summed("drop_blocks", core.drop_blocks)
    core.init_worker = worker_stamp("init", core.init_worker)
    core._process_many = worker_stamp("batch", core._process_many)
    store = tempfile.mkdtemp(prefix="md-timeline-cache-")
    cmd = ["check", "-q", "--exit-zero", "--cache-dir", store, "-j", str(jobs)]
    cmd += ["-o", os.devnull, "content"]
    try:
        cli(cmd, standalone_mode=False)
    except SystemExit:
        pass
    LOG.append(("run returned", _boot_now() - START, _boot_now() - START, 0, 0))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers: dict[str, list[tuple[str, float, float, float]]] = {}
    with open(WORKER_LOG) as fh:
        for line in fh:
            pid, name, w0, w1, cpu = line.split()
            workers.setdefault(pid, []).append((name, float(w0), float(w1), float(cpu)))
    os.unlink(WORKER_LOG)
    import shutil

    shutil.rmtree(store, ignore_errors=True)
    return {
        "log": LOG,
        "agg": AGG,
        "workers": workers,
        "parent_cpu": time.process_time(),
        "workers_cpu": kids.ru_utime + kids.ru_stime,
    }


def parent(args: argparse.Namespace) -> int:
    import json
    import subprocess

    best: dict[str, Any] | None = None
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, args.folder, "--jobs", str(args.jobs), "--child"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        w0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - w0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        data = json.loads(done.stdout)
        data["wall"] = wall
        data["cpu"] = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        print(f"run: {wall:.2f} s wall, {data['cpu']:.2f} s CPU (load {os.getloadavg()[0]:.1f})")
        if best is None or data["cpu"] < best["cpu"]:
            best = data
    assert best is not None
    show(best, args.jobs)
    return 0


def show(data: dict[str, Any], jobs: int) -> None:
    wall, cpu = data["wall"], data["cpu"]
    print(f"\nleast-CPU run: {wall:.2f} s wall (process start to exit), {cpu:.2f} s CPU in all")
    print(f"  parent {data['parent_cpu']:.2f} s CPU, workers {data['workers_cpu']:.2f} s CPU")
    print(f"  idle: {wall * jobs - cpu:.2f} core-s of {wall * jobs:.2f} ({jobs} cores)\n")
    print("parent stage                     start    end   wall ms  CPU ms")
    for name, w0, w1, c0, c1 in sorted(data["log"], key=lambda r: r[1]):
        print(f"  {name:28s} {w0:6.2f} {w1:6.2f} {1000 * (w1 - w0):8.0f} {1000 * (c1 - c0):7.0f}")
    print(f"  {'exit (after run returned)':28s} {'':6s} {wall:6.2f}")
    for name, (calls, spent) in data["agg"].items():
        print(f"  {name:28s} {int(calls)} calls, {1000 * spent:.0f} ms CPU")
    print("\nworker   init   first batch  last batch end  batches  CPU s  busy (batch wall) s")
    for pid, rows in sorted(data["workers"].items()):
        init = [r for r in rows if r[0] == "init"]
        batches = [r for r in rows if r[0] == "batch"]
        if not batches:  # -j1: the parent is the only process
            continue
        busy = sum(r[2] - r[1] for r in batches)
        print(
            f"  {pid:7s} {init[0][1] if init else float('nan'):5.2f} "
            f"{batches[0][1]:10.2f} {batches[-1][2]:14.2f} {len(batches):8d} "
            f"{batches[-1][3]:6.2f} {busy:8.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", help="a folder holding content/ (the Rust blog copy)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1, help="fresh processes; least CPU kept")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.child:
        return parent(args)
    import json

    data = child(args.folder, args.jobs)
    sys.stdout.write(json.dumps(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
