"""Extraction-stage speed: cold and warm runs of `contentlint check`, beside trafilatura.

    python bench/speed.py [--jobs 2] [--shared ../shared]
    python bench/speed.py --markdown-only --runs 5   # Markdown cold -j1 and -jN, medians

Reads ../shared/corpora (rust-blog Markdown, article-extraction-benchmark HTML), copies
them to a temporary folder, and times, each as a separate process on the same number of
worker processes:
  * contentlint cold (empty cache) and warm (nothing changed) on the Markdown posts;
  * the same on the 181 HTML pages;
  * trafilatura's own `bare_extraction` of the same HTML pages.
Prints seconds, docs/s and peak memory (summed RSS of the process tree, sampled).
Targets (issue 3): Markdown cold >= 400 docs/s on 2 cores; HTML cold within 1.3x of
trafilatura; warm <= 0.5 s on the Rust blog and >= 10x faster than cold on the HTML.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TRAFILATURA_SCRIPT = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

def extract(path):
    from trafilatura import bare_extraction
    r = bare_extraction(Path(path).read_bytes(), with_metadata=True, include_tables=True,
                        include_links=True, include_images=True)
    return 0 if r is None else 1

if __name__ == "__main__":
    import multiprocessing as mp
    files = sorted(str(p) for p in Path(sys.argv[1]).glob("*.html"))
    jobs = int(sys.argv[2])
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        n = sum(pool.map(extract, files, chunksize=max(1, len(files) // (jobs * 4))))
    print(n)
"""


def _tree_rss_kb(pid: int) -> int:
    """Summed resident memory of a process and its descendants (Linux /proc)."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, int, float]:
    """Wall seconds, peak tree RSS in MB, exit code, CPU seconds (user + system of the
    process and the workers it waited for: on a loaded machine the steadier figure)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.02)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    t.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace"))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, peak / 1024, proc.returncode, cpu


def row(label: str, n: int, secs: float, mb: float) -> None:
    print(f"{label:<44} {secs:7.2f} s  {n / secs:8.1f} docs/s  {mb:7.0f} MB peak")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument(
        "--markdown-only",
        action="store_true",
        help="only Markdown cold runs on the Rust blog, -j1 and -jN alternating",
    )
    ap.add_argument("--runs", type=int, default=1, help="runs of each (medians reported)")
    args = ap.parse_args()
    if args.markdown_only:
        return markdown_only(args)
    md_src = args.shared / "corpora" / "rust-blog" / "content"
    html_src = args.shared / "corpora" / "article-extraction-benchmark" / "html"
    if not md_src.is_dir() or not html_src.is_dir():
        print(f"corpora not found under {args.shared}; pass --shared PATH", file=sys.stderr)
        return 2
    exe = [sys.executable, "-m", "contentlint.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        md_dir = work / "rust-blog"
        shutil.copytree(md_src, md_dir / "content")
        html_dir = work / "html"
        html_dir.mkdir()
        for gz in sorted(html_src.glob("*.html.gz")):
            (html_dir / gz.name[:-3]).write_bytes(gzip.decompress(gz.read_bytes()))
        n_md = sum(1 for _ in (md_dir / "content").rglob("*.md"))
        n_html = sum(1 for _ in html_dir.glob("*.html"))
        print(f"{n_md} Markdown posts, {n_html} HTML pages, {args.jobs} worker processes\n")

        cache = work / "cache-md"
        common = ["check", "-q", "--exit-zero", "-j", str(args.jobs), "--cache-dir"]
        cold_md = timed([*exe, *common, str(cache), "content"], md_dir)
        warm_md = timed([*exe, *common, str(cache), "content"], md_dir)
        cache = work / "cache-html"
        cold_html = timed([*exe, *common, str(cache), str(html_dir)])
        warm_html = timed([*exe, *common, str(cache), str(html_dir)])
        script = work / "traf.py"
        script.write_text(TRAFILATURA_SCRIPT)
        traf = timed([sys.executable, str(script), str(html_dir), str(args.jobs)])

        row("Markdown cold (rust-blog)", n_md, *cold_md[:2])
        row("Markdown warm, nothing changed", n_md, *warm_md[:2])
        row("HTML cold (article-extraction-benchmark)", n_html, *cold_html[:2])
        row("HTML warm, nothing changed", n_html, *warm_html[:2])
        row("trafilatura bare_extraction, same pages", n_html, *traf[:2])
        print()
        md_rate = n_md / cold_md[0]
        ratio = cold_html[0] / traf[0]
        print(
            f"Markdown cold: {md_rate:.0f} docs/s (target >= 400)  {'OK' if md_rate >= 400 else 'MISSED'}"
        )
        print(
            f"Markdown warm: {warm_md[0]:.2f} s (target <= 0.5 s)  {'OK' if warm_md[0] <= 0.5 else 'MISSED'}"
        )
        print(
            f"HTML cold / trafilatura: {ratio:.2f}x (target <= 1.3x)  {'OK' if ratio <= 1.3 else 'MISSED'}"
        )
        speedup = cold_html[0] / warm_html[0]
        print(
            f"HTML warm speed-up: {speedup:.1f}x (target >= 10x)  {'OK' if speedup >= 10 else 'MISSED'}"
        )
    return 0


def markdown_only(args: argparse.Namespace) -> int:
    """Cold Markdown runs, -j1 and -jN alternating, each with a fresh cache; medians.

    The machine may be shared: medians of several alternating runs are the figure."""
    import statistics

    md_src = args.shared / "corpora" / "rust-blog" / "content"
    exe = [sys.executable, "-m", "contentlint.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(md_src, work / "rust-blog" / "content")
        n = sum(1 for _ in (work / "rust-blog" / "content").rglob("*.md"))
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        cpus: dict[int, list[float]] = {1: [], args.jobs: []}
        for run in range(args.runs):
            for jobs in times:
                cache = work / f"cache-{jobs}-{run}"
                cmd = [*exe, "check", "-q", "--exit-zero", "-j", str(jobs), "--cache-dir"]
                secs, _, _, cpu = timed([*cmd, str(cache), "content"], work / "rust-blog")
                times[jobs].append(secs)
                cpus[jobs].append(cpu)
                load = os.getloadavg()[0]
                print(
                    f"run {run + 1}: -j{jobs} {secs:.2f} s wall  {n / secs:.0f} docs/s  "
                    f"{cpu:.2f} s CPU  (load {load:.1f})",
                    flush=True,
                )
        med = {j: statistics.median(t) for j, t in times.items()}
        print(f"\n{n} posts, medians of {args.runs} runs")
        for jobs, secs in med.items():
            cpu = statistics.median(cpus[jobs])
            print(
                f"Markdown cold -j{jobs}: {secs:.2f} s wall  {n / secs:.0f} docs/s  {cpu:.2f} s CPU"
            )
        rate, ratio = n / med[args.jobs], med[1] / med[args.jobs]
        print(f"Markdown cold -j{args.jobs}: {rate:.0f} docs/s (target >= 400)")
        print(f"-j1 -> -j{args.jobs}: {ratio:.2f}x (target >= 1.7x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
