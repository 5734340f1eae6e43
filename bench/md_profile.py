"""CPU profile of `contentlint check -j 1 --no-cache` on a folder, in-process.

    python bench/md_profile.py DIR OUT.pstats

cProfile with a CPU-time timer (steadier than wall time on a shared machine); prints the
total and the 60 largest cumulative costs, and writes OUT.pstats for pstats.
"""

import cProfile
import os
import pstats
import sys
import time


def main() -> int:
    folder, out = sys.argv[1], sys.argv[2]
    out = os.path.abspath(out)
    os.chdir(folder)
    from contentlint.cli import main as cli

    prof = cProfile.Profile(time.process_time)
    start = time.process_time()
    prof.enable()
    try:
        args = ["check", "-j", "1", "--no-cache", "--exit-zero", "-q", "-o", os.devnull, "."]
        cli(args, standalone_mode=False)
    except SystemExit:
        pass
    prof.disable()
    print(f"total CPU {time.process_time() - start:.2f} s")
    prof.dump_stats(out)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
