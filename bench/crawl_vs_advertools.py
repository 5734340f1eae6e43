"""`contentlint crawl` (crawl + every default rule) beside advertools' crawl alone (issue 18).

    python bench/crawl_vs_advertools.py [--pages 2000] [--concurrency 8] [--runs 3]
        [--adv-python /tmp/advenv/bin/python]

Serves a site of article-sized pages (8 paragraphs of ~40 words, a nav of 12 links, so
a crawl from the home page reaches every page) from a threaded stdlib server in its own
process, then times, alternating, each as its own process at the same concurrency:

* `contentlint crawl URL --no-cache --no-sitemaps --exit-zero` (fetch, store, every
  default rule over every page: what a user runs);
* advertools' `crawl` (Scrapy) of the same site, nothing else, run with the Python of
  a separate virtual environment (advertools is not a project dependency).

Prints wall seconds and CPU seconds (user + system of the process tree) of each, and
the ratio of the medians (target: contentlint no slower than advertools).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crawl_bench  # the server and the advertools runner live there

HERE = Path(__file__).resolve()


def article_html(i: int, n: int) -> bytes:
    """An article-sized page: 8 paragraphs of ~40 words of the benchmark vocabulary."""
    rng = random.Random(i)
    vocab = crawl_bench.VOCAB
    words = [
        vocab[min(int(rng.paretovariate(1.2)) * 7 + rng.randrange(40), 4999)] for _ in range(320)
    ]
    paras = [" ".join(words[j : j + 40]).capitalize() + "." for j in range(0, 320, 40)]
    links = sorted(
        {(i + 1) % n, (i * 7 + 3) % n, (i * 31 + 11) % n} | {(i + k * 97) % n for k in range(1, 10)}
    )
    nav = "".join(f'<li><a href="/p/{j}.html">Page {j}</a></li>' for j in links)
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Page {i}: "
        f"{words[0]} {words[1]} {words[2]}</title><meta name='description' content='Page {i} "
        f"of the generated benchmark site.'></head><body><nav><ul>{nav}</ul></nav><main>"
        f"<article><h1>Page {i}</h1>{body}</article></main></body></html>"
    ).encode()


def serve(pages: int) -> None:
    crawl_bench._Handler.pages = pages
    crawl_bench._Handler.cache = [article_html(i, pages) for i in range(pages)]
    server = crawl_bench.ThreadingHTTPServer(("127.0.0.1", 0), crawl_bench._Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the process tree, exit code. The command's own bin
    folder leads PATH (advertools runs the `scrapy` script of its environment)."""
    env = {**os.environ, "PATH": f"{Path(cmd[0]).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    rc = subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    ).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, rc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--adv-python", default="/tmp/advenv/bin/python")
    ap.add_argument("--no-advertools", action="store_true")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="crawl-vs-adv-"))
    server = subprocess.Popen(
        [sys.executable, str(HERE), "--serve", str(args.pages)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        origin = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        size = len(article_html(1, args.pages)) / 1024
        print(
            f"site: {args.pages} pages (+ home), {size:.1f} KB each, concurrency {args.concurrency}"
        )
        exe = str(Path(sys.executable).parent / "contentlint")
        c = str(args.concurrency)
        ours: list[tuple[float, float]] = []
        adv: list[tuple[float, float]] = []
        for run in range(args.runs):
            db = tmp / f"ours-{run}.sqlite"
            cmd = [exe, "crawl", origin + "/", "--db", str(db), "--concurrency", c,
                   "--max-pages", str(args.pages + 1), "--no-sitemaps", "--exit-zero",
                   "--no-cache", "-q"]  # fmt: skip
            wall, cpu, rc = timed(cmd)
            ours.append((wall, cpu))
            print(
                f"run {run + 1}: contentlint crawl {wall:.1f} s wall, {cpu:.1f} s CPU (exit {rc})"
            )
            if args.no_advertools:
                continue
            out, log = tmp / f"adv-{run}.jl", tmp / f"adv-{run}.log"
            cmd = [args.adv_python, str(HERE.parent / "crawl_bench.py"), "--run-adv", origin,
                   str(out), c, str(log)]  # fmt: skip
            wall, cpu, rc = timed(cmd)
            adv.append((wall, cpu))
            lines = sum(1 for _ in out.open()) if out.exists() else 0
            print(
                f"run {run + 1}: advertools crawl {wall:.1f} s wall, {cpu:.1f} s CPU, {lines} pages (exit {rc})"
            )
        mo = statistics.median(w for w, _ in ours)
        print(
            f"\ncontentlint crawl: median {mo:.1f} s wall, {statistics.median(c for _, c in ours):.1f} s CPU"
        )
        if adv:
            ma = statistics.median(w for w, _ in adv)
            print(
                f"advertools crawl:  median {ma:.1f} s wall, {statistics.median(c for _, c in adv):.1f} s CPU"
            )
            print(f"advertools / contentlint wall: {ma / mo:.2f}x (target >= 1.0x)")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
