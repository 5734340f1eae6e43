"""Per-document CPU milliseconds by stage of `contentlint check -j 1 --no-cache`, unprofiled.

    python bench/md_stages.py DIR [--runs 3]

Wraps the map stage's steps (load+parse, per-document rules, features by name) and the
corpus stage with `time.process_time`, so the figures carry no profiler overhead and hold
on a shared machine. Prints the minimum over runs (the least disturbed on a shared machine) of each stage, in ms per document.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

totals: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    return wrapper


def check_runs(
    cli: Callable[..., Any], runs: int, total: str, after: Callable[[], None] | None = None
) -> dict[str, list[float]]:
    """CPU seconds of each timed stage (and of the whole run, as `total`) in each of `runs`
    cold `contentlint check -j 1` runs of the current folder; `after` may add to `totals`."""
    out: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        totals.clear()
        start = time.process_time()
        try:
            cli(
                ["check", "-j", "1", "--no-cache", "--exit-zero", "-q", "-o", os.devnull, "."],
                standalone_mode=False,
            )
        except SystemExit:
            pass
        totals[total] = time.process_time() - start
        if after is not None:
            after()
        for key, value in totals.items():
            out[key].append(value)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.chdir(args.folder)
    start = time.process_time()
    import contentlint.rules  # noqa: F401  (registers the rules and features)
    from contentlint.cli import main as cli
    from contentlint.engine import core
    from contentlint.model import registry
    from contentlint.sources import files

    imports = time.process_time() - start
    files.load = timed("load+parse", files.load)
    core.run_document_rules = timed("document rules", core.run_document_rules)
    core.Engine._corpus_stage = timed("corpus stage", core.Engine._corpus_stage)
    for feat in registry.all_features():
        object.__setattr__(feat, "fn", timed(f"feature {feat.name}", feat.fn))
    ndocs = sum(1 for _ in files_in("."))
    runs = check_runs(cli, args.runs, "TOTAL")
    print(f"{ndocs} documents; imports {imports * 1000:.0f} ms CPU (once)")
    for key, values in sorted(runs.items(), key=lambda kv: -statistics.median(kv[1])):
        med = min(values)
        print(f"{key:32s} {med:7.2f} s  {med * 1000 / ndocs:6.2f} ms/doc")
    return 0


def files_in(root: str) -> list[str]:
    return [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".md")]


if __name__ == "__main__":
    sys.exit(main())
