"""Crawl benchmark: contentlint's crawler beside Scrapy-based advertools, same site, same run.

    python bench/crawl_bench.py                 # 2,000 pages at concurrency 8, then 10,000
    python bench/crawl_bench.py --pages 500 --big 0 --no-advertools

A generated site (every page ~450 words and 12 links, so a crawl from the home page
reaches all of them) is served by a threaded stdlib server in its own process on
127.0.0.1. Each crawler runs in its own process too, so its peak memory (ru_maxrss)
is its own. Figures:

* crawl rate (pages/s) of the fetch phase: contentlint's `run_crawl` (fetch, robots,
  link extraction, SQLite store with compressed bodies) and Scrapy's own
  `elapsed_time_seconds` for advertools (fetch, SEO field extraction, JSON lines);
* wall time and peak RSS of each whole process (interpreter start included);
* for 10,000 pages, the peak memory of the crawl and of the whole `contentlint crawl`
  command (crawl, then every rule over every page).

advertools is not a project dependency: `pip install advertools` to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

_SYLLABLES = [
    a + b for a in "bcdfghklmnprstvz" for b in ("a", "e", "i", "o", "u", "ar", "en", "ol")
]
#: 5,000 made-up words; each page draws its own mix, so pages are not near-copies
#: of each other (as on a real site) and duplicate detection has real work to do.
VOCAB = [
    _SYLLABLES[i % 128]
    + _SYLLABLES[(i * 7 + 3) % 128]
    + ("" if i % 3 else _SYLLABLES[(i * 13) % 128])
    for i in range(5000)
]


def page_html(i: int, n: int, paragraphs: int = 5, words_each: int = 90) -> bytes:
    """Page `i` of `n`: `paragraphs` paragraphs of `words_each` words and 12 links.

    The default (5 x 90 words) is this script's own; `bench/run` serves article-sized
    pages of 8 x 40 words, as issue 18 asks."""
    rng = random.Random(i)
    total = paragraphs * words_each
    words = [
        VOCAB[min(int(rng.paretovariate(1.2)) * 7 + rng.randrange(40), 4999)] for _ in range(total)
    ]
    paras = [" ".join(words[j : j + words_each]) + "." for j in range(0, total, words_each)]
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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else every response waits ~40 ms for a delayed ACK
    pages = 2000
    cache: ClassVar[list[bytes]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        n = self.pages
        if self.path == "/robots.txt":
            body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/":
            links = "".join(f'<a href="/p/{j}.html">{j}</a> ' for j in range(0, n, max(1, n // 50)))
            body, ctype = (
                f"<html><head><title>Home</title></head><body>{links}</body></html>".encode(),
                "text/html",
            )
        elif m := re.fullmatch(r"/p/(\d+)\.html", self.path):
            i = int(m.group(1))
            if i >= n:
                return self._send(404, b"not found", "text/plain")
            body, ctype = self.cache[i], "text/html; charset=utf-8"
        else:
            return self._send(404, b"not found", "text/plain")
        self._send(200, body, ctype)

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(pages: int, paragraphs: int = 5, words_each: int = 90) -> None:
    """Child process: serve the generated site, print the port."""
    _Handler.pages = pages
    _Handler.cache = [
        page_html(i, pages, paragraphs, words_each) for i in range(pages)
    ]  # the server must not be the bottleneck
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


def start_site(
    pages: int, paragraphs: int = 5, words_each: int = 90
) -> tuple[subprocess.Popen[str], str]:
    """Serve a generated site from a child process on 127.0.0.1: (process, origin)."""
    cmd = [sys.executable, __file__, "--serve", str(pages), "--shape", str(paragraphs)]
    proc = subprocess.Popen([*cmd, str(words_each)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, f"http://127.0.0.1:{proc.stdout.readline().strip()}"


def _peak_mb() -> float:
    """Peak RSS of this process and of its waited-for children, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run_ours(origin: str, db: str, concurrency: int, max_pages: int) -> None:
    """Child process: the crawl phase only (what `contentlint crawl` does before linting)."""
    from contentlint.sources.crawl import CrawlOptions, run_crawl

    options = CrawlOptions(
        start_urls=[origin + "/"], concurrency=concurrency, max_pages=max_pages, sitemaps=False
    )
    outcome = run_crawl(options, Path(db))
    print(json.dumps({"pages": outcome.fetched, "seconds": outcome.elapsed, "peak_mb": _peak_mb()}))


def run_advertools(origin: str, out: str, concurrency: int, log: str) -> None:
    """Child process: advertools' Scrapy crawl (scrapy runs in a grandchild process)."""
    import advertools as adv

    adv.crawl(
        [origin + "/"],
        out,
        follow_links=True,
        allowed_domains=["127.0.0.1"],  # its default, host:port, makes Scrapy drop every URL
        custom_settings={
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "ROBOTSTXT_OBEY": True,
            "LOG_FILE": log,
            "LOG_LEVEL": "INFO",
        },
    )
    with open(out, encoding="utf-8") as fh:
        pages = sum(1 for _ in fh)
    text = Path(log).read_text(encoding="utf-8", errors="replace")
    m = re.search(r"'elapsed_time_seconds': ([\d.]+)", text)
    print(
        json.dumps(
            {"pages": pages, "seconds": float(m.group(1)) if m else None, "peak_mb": _peak_mb()}
        )
    )


def _child(*args: str) -> tuple[dict[str, float], float]:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    wall = time.perf_counter() - start
    return json.loads(out.strip().splitlines()[-1]), wall


def _full_command(
    origin: str, db: str, concurrency: int, max_pages: int
) -> tuple[float, float, int]:
    """`contentlint crawl` end to end (crawl, then every rule): wall time, peak MB, exit code."""
    code = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, r.returncode)"
    )
    exe = str(Path(sys.executable).parent / "contentlint")
    cmd = [exe, "crawl", origin + "/", "--db", db, "--concurrency", str(concurrency),
           "--max-pages", str(max_pages), "--no-sitemaps", "--exit-zero", "--no-cache"]  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=True
    )
    wall, peak, rc = out.stdout.split()
    return float(wall), float(peak), int(rc)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--big", type=int, default=10_000, help="pages of the memory run (0: skip)")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--no-advertools", action="store_true")
    ap.add_argument("--no-full", action="store_true", help="skip the crawl+lint memory run")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--shape", type=int, nargs=2, default=[5, 90], help=argparse.SUPPRESS)
    ap.add_argument("--run-ours", nargs=4, help=argparse.SUPPRESS)
    ap.add_argument("--run-adv", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve(args.serve, *args.shape)
    if args.run_ours:
        origin, db, conc, maxp = args.run_ours
        return run_ours(origin, db, int(conc), int(maxp))
    if args.run_adv:
        origin, out, conc, log = args.run_adv
        return run_advertools(origin, out, int(conc), log)

    tmp = Path(tempfile.mkdtemp(prefix="crawl-bench-"))
    servers: list[subprocess.Popen[str]] = []

    def site(pages: int) -> str:
        proc, origin = start_site(pages)
        servers.append(proc)
        return origin

    try:
        n, c = args.pages, args.concurrency
        origin = site(n)
        print(
            f"site: {n} pages (+ home), {len(page_html(1, n)) / 1024:.1f} KB each, concurrency {c}"
        )
        ours, ours_wall = _child("--run-ours", origin, str(tmp / "ours.sqlite"), str(c), str(n + 1))
        rate = ours["pages"] / ours["seconds"]
        print(
            f"contentlint: {ours['pages']} pages in {ours['seconds']:.1f}s = {rate:.0f} pages/s "
            f"(process {ours_wall:.1f}s), peak {ours['peak_mb']:.0f} MB"
        )
        if not args.no_advertools:
            try:
                adv, adv_wall = _child(
                    "--run-adv", origin, str(tmp / "adv.jl"), str(c), str(tmp / "adv.log")
                )
            except subprocess.CalledProcessError as exc:
                print(f"advertools: failed ({exc.stderr.strip().splitlines()[-1:]})")
            else:
                adv_rate = adv["pages"] / adv["seconds"] if adv["seconds"] else float("nan")
                print(
                    f"advertools: {adv['pages']} pages in {adv['seconds']:.1f}s = {adv_rate:.0f} pages/s "
                    f"(process {adv_wall:.1f}s), peak {adv['peak_mb']:.0f} MB"
                )
                print(
                    f"ratio contentlint/advertools: {rate / adv_rate:.2f}x pages/s, "
                    f"{ours_wall / adv_wall:.2f}x process time, {ours['peak_mb'] / adv['peak_mb']:.2f}x peak memory"
                )
        if args.big:
            big = site(args.big)
            res, _ = _child("--run-ours", big, str(tmp / "big.sqlite"), str(c), str(args.big + 1))
            print(
                f"contentlint {args.big}-page crawl: {res['pages']} pages in {res['seconds']:.1f}s "
                f"({res['pages'] / res['seconds']:.0f} pages/s), peak {res['peak_mb']:.0f} MB "
                f"(target < 300 MB), store {(tmp / 'big.sqlite').stat().st_size / 1048576:.0f} MB"
            )
            if not args.no_full:
                full_wall, full_peak, rc = _full_command(
                    big, str(tmp / "full.sqlite"), c, args.big + 1
                )
                print(
                    f"contentlint crawl (crawl + all rules), {args.big} pages: {full_wall:.0f}s, "
                    f"peak {full_peak:.0f} MB per process (exit {rc})"
                )
    finally:
        for proc in servers:
            proc.terminate()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
