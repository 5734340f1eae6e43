"""CPU of the parent process against its workers in `contentlint check -jN`, by stage.

    python bench/parent_cpu.py DIR [--jobs 2] [--cache]

The -j1 → -jN scaling is bounded by what the parent does alone (discovery, warm-up,
decoding the workers' records, the corpus stage, reporting). Prints the parent's CPU
seconds for each of those beside the workers' summed CPU (`resource.getrusage`).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from md_stages import timed
from md_stages import totals as spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", action="store_true", help="keep the cache (warm runs)")
    args = parser.parse_args()
    os.chdir(args.folder)
    wall = time.perf_counter()
    start = time.process_time()
    from contentlint.cli import main as cli
    from contentlint.engine import core
    from contentlint.model import codec

    spent["imports"] = time.process_time() - start
    core._preload = timed("warm-up (_preload)", core._preload)
    codec.decode_output = timed("decode worker records", codec.decode_output)
    core.drop_blocks = timed("drop_blocks", core.drop_blocks)
    core.Engine._corpus_stage = timed("corpus stage", core.Engine._corpus_stage)
    core.Engine.process_encoded = timed("map stage (parent side)", core.Engine.process_encoded)
    cmd = ["check", "-j", str(args.jobs), "--exit-zero", "-q", "-o", os.devnull, "."]
    if not args.cache:
        cmd.insert(1, "--no-cache")
    try:
        cli(cmd, standalone_mode=False)
    except SystemExit:
        pass
    parent = time.process_time() - start
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"wall {time.perf_counter() - wall:.2f} s")
    print(
        f"parent CPU {parent:.2f} s; workers CPU {kids.ru_utime + kids.ru_stime:.2f} s "
        f"(user {kids.ru_utime:.2f}, sys {kids.ru_stime:.2f}, {kids.ru_minflt} minor faults)"
    )
    for key, value in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  parent {key:28s} {value:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
