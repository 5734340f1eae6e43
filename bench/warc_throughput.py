"""WARC throughput: `check --scheduler local:N` against the in-process pool `-j N` (issue 19).

    python bench/warc_throughput.py                         # 100k pages, 8 WARC files, 2 workers
    python bench/warc_throughput.py --pages 10000 --runs 1  # smaller, on a shared machine
    bench/run --only 7                                       # the same, into bench/RESULTS.md

`bench/synth_warc.py` writes the synthetic site of `bench/synth.py` (planted copies,
passages, doorways, shared keywords) as `--files` gzipped WARC files, as a crawler
would have archived it (redirects, later captures, a 404, a loop, an image). Then each
run lints all of them, every page read, extracted and judged by the default rules,
the cross-document stage included, problems written as JSON Lines:
  * `contentlint check -j N` (the in-process worker pool);
  * `contentlint check --scheduler local:N` (a `LocalCluster` of N single-threaded
    worker processes on 127.0.0.1, shards of each WARC file on the workers).
It prints, per run, wall seconds, pages per second, CPU seconds of the whole process
tree (user + system of contentlint and every process it started: pool workers, the
Dask scheduler, nannies and workers) and the peak of their summed resident memory
(sampled every 0.2 s), and checks that both executors wrote the same problems. On a
shared machine compare the CPU seconds; take wall figures on an idle one.
`bench(pages, ...)` is the same as a function, for `bench/run`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from crossdoc_dask import TreeMemory  # noqa: E402


def write_archives(pages: int, out: Path, files: int, jobs: int = 2) -> list[Path]:
    """The synthetic site as `files` WARC files under `out` (kept for later runs)."""
    import synth_warc

    files = max(2, files)  # one file is named differently; a crawl's segments are several
    existing = sorted(out.glob("site-*.warc.gz"))
    stamp = out / "pages.txt"
    if len(existing) == files and stamp.exists() and stamp.read_text() == f"{pages} {files}":
        return existing
    built, _, _ = synth_warc.synth.pages(pages, jobs)
    paths = synth_warc.write_warcs(built, out / "site.warc.gz", files=files)
    stamp.write_text(f"{pages} {files}")
    return paths


def run_once(executor: list[str], archives: list[Path], out: Path) -> dict[str, Any]:
    """One `contentlint check` of the archives: wall, CPU of the process tree, peak memory."""
    contentlint = str(Path(sys.executable).parent / "contentlint")
    cmd = [contentlint, "check", *executor, "--no-cache", "-q", "--exit-zero"]
    cmd += ["--output-format", "jsonl", "-o", str(out), *map(str, archives)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with TreeMemory() as mem:
        t = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=out.parent, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": mem.peak / 2**20}


def problems(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def bench(
    pages: int,
    files: int = 8,
    workers: int = 2,
    runs: int = 1,
    work: Path | None = None,
    log: Any = print,
) -> dict[str, Any]:
    """Both executors on the same archives, `runs` times each (alternating); the best
    wall and CPU of each, its peak memory, and whether their problems are the same."""
    with tempfile.TemporaryDirectory(prefix="warc-tp-") as tmp:
        folder = work or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        archives = write_archives(pages, folder / "warc", files, workers)
        log(f"  {pages:,} pages in {len(archives)} WARC files ({time.perf_counter() - t:.0f} s)")
        executors = {"pool": ["-j", str(workers)], "dask": ["--scheduler", f"local:{workers}"]}
        found: dict[str, list[dict[str, Any]]] = {k: [] for k in executors}
        outputs: dict[str, list[str]] = {}
        for r in range(runs):
            for name, args in executors.items():
                out = folder / f"{name}.jsonl"
                got = run_once(args, archives, out)
                found[name].append(got)
                log(
                    f"  run {r + 1} {name}: {got['wall_s']:.1f} s wall, {got['cpu_s']:.1f} s "
                    f"CPU, {got['peak_mb']:.0f} MB"
                )
                outputs[name] = problems(out)
    result: dict[str, Any] = {"pages": pages, "files": len(archives), "workers": workers}
    for name, runs_of in found.items():
        best = min(runs_of, key=lambda g: g["wall_s"])
        result[name] = {
            "wall_s": best["wall_s"],
            "pages_per_s": pages / best["wall_s"],
            "cpu_s": min(g["cpu_s"] for g in runs_of),
            "pages_per_cpu_s": pages / min(g["cpu_s"] for g in runs_of),
            "peak_mb": max(g["peak_mb"] for g in runs_of),
        }
    result["same_problems"] = outputs["pool"] == outputs["dask"]
    result["problems"] = len(outputs["pool"])
    result["load_average"] = os.getloadavg()[0]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--files", type=int, default=8, help="WARC files the site is split into")
    ap.add_argument("--workers", type=int, default=2, help="-j N and local:N")
    ap.add_argument("--runs", type=int, default=1, help="runs of each executor (best kept)")
    ap.add_argument("--work", type=Path, help="keep the WARC files here (reused next time)")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    result = bench(args.pages, args.files, args.workers, args.runs, args.work)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if result["same_problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
