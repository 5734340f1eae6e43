"""The hostile corpus on disk, timed: `contentlint check` over every kind of bad input.

    python bench/hostile.py [--jobs 2] [--runs 3] [--keep DIR]

Builds `tests/hostile_corpus.py` (64 kinds: binary, UTF-16, 50 MB sparse, 5 MB on one line,
100,000-deep HTML, billion laughs, FIFOs, symlink loops, …) in a temporary folder with the
default limits (5 MB, 10 s per file), then runs `contentlint check --no-cache` over it as a
separate process on that many worker processes, and prints wall and CPU seconds, the exit
status and the F001/F002 counts of each run. Target (issue 14): under 30 s on 2 cores.
As root the permission cases read fine; that changes outcomes, not time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="Build the corpus here and keep it.")
    args = ap.parse_args()
    top = args.keep or Path(tempfile.mkdtemp(prefix="contentlint-hostile-bench-"))
    root = top / "site"
    if root.exists():
        (root / "locked").chmod(0o755)
        shutil.rmtree(root)
    kinds = hostile_corpus.build(root)
    print(f"{len(kinds)} kinds of bad input in {root}; load average {os.getloadavg()[0]:.1f}")
    for i in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "contentlint.cli", "check", ".", "--no-cache",
             "-j", str(args.jobs), "--output-format", "json"],
            cwd=root, capture_output=True, env={**os.environ, "CONTENTLINT_NO_CACHE": "1"},
        )  # fmt: skip
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        problems = json.loads(proc.stdout or b"[]")
        f001 = len({p["path"] for p in problems if p["code"] == "F001"})
        f002 = len({p["path"] for p in problems if p["code"] == "F002"})
        slow = sum("max-file-time" in p["message"] for p in problems)
        print(
            f"run {i + 1}: {wall:.1f} s wall, {cpu:.1f} s CPU, exit {proc.returncode}, "
            f"F001 {f001} files ({slow} over the time limit), F002 {f002} files"
        )
    if args.keep is None:
        (root / "locked").chmod(0o755)
        shutil.rmtree(top)


if __name__ == "__main__":
    main()
