"""contentlint side by side with its peers (issue 18): what `bench/run` runs.

    bench/run                          # every section, 3 runs each, writes bench/RESULTS.md
    bench/run --only 2,6 --runs 3      # some sections
    bench/run --quick --no-write       # smaller sizes, a smoke run

Sections (each contentlint and its peer alternating, medians of `--runs` runs, peak
memory summed over the process tree):
  1. HTML: `contentlint check` cold and warm vs trafilatura's `bare_extraction` alone
     (same pages, same number of worker processes) on the article-extraction benchmark
     replicated to 2,000 pages, each copy unique in its text;
  2. Markdown: the Rust blog cold at -j1 and -jN, and warm;
  3. pyseoanalyzer's per-page analysis vs `contentlint check` on the same HTML pages;
  4. advertools' crawl vs `contentlint crawl` (crawl and every rule) of a locally served
     2,000-page site of article-sized pages, same concurrency;
  5. linkrank's TF-IDF cannibalization check vs the cross-document stage (D, K and L
     rules) at 1k, 10k and 100k synthetic documents;
  6. the pre-commit case: one post changed, warm cache, the 754-post Rust blog;
  7. (only when asked: `--only 7`, an idle machine's job of about an hour) WARC
     throughput: 100k synthetic pages in 8 WARC files linted with `--scheduler local:N`
     and with the in-process pool `-j N` (`bench/warc_throughput.py`; 10k with --quick).

The peers live in their own virtual environment (`--peers-python`, made by bench/run);
contentlint runs from this interpreter's environment. The corpora come from ../shared.
The existing scripts do the work: `speed.timed` measures a command, `crawl_bench`
serves the site and drives advertools, `crossdoc` and `synth` build and judge the
synthetic sites, `peers.py` drives the peers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

REPO = BENCH.parent
RESULTS = BENCH / "RESULTS.md"
BEGIN, END = "<!-- bench/run: begin (generated, do not edit) -->", "<!-- bench/run: end -->"
BUSY = (
    " (a busy machine: wall times measure the load more than the code; compare CPU"
    " seconds, and take the figures of record on an idle machine)"
)
TITLES = {
    1: "HTML: contentlint check vs trafilatura's extraction alone",
    2: "Markdown: the Rust blog, cold and warm",
    3: "pyseoanalyzer's per-page analysis vs contentlint check",
    4: "Crawl: advertools vs contentlint crawl",
    5: "Cross-document stage vs linkrank's TF-IDF check",
    6: "Pre-commit: one post changed, warm cache",
    7: "WARC throughput: --scheduler local:N vs the in-process pool",
}

# ----- pure helpers (tested in tests/test_bench_harness.py) ---------------------------


def median(values: list[float]) -> float:
    """The median; NaN for no values (a section whose runs all failed)."""
    return statistics.median(values) if values else float("nan")


@dataclass
class Runs:
    """Repeated measurements of one command: wall and CPU seconds, peak MB."""

    label: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    failed: int = 0

    def add(
        self, wall: float, peak_mb: float, code: int, cpu: float, ok: tuple[int, ...] = (0, 1)
    ) -> None:
        """Record a run; one that exited with a code not in `ok` (contentlint's 1 means
        problems found, a peer's 1 an error) counts as failed, its figures dropped."""
        if code not in ok:
            self.failed += 1
            return
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.peak_mb.append(peak_mb)

    def row(self, docs: int | None = None) -> list[str]:
        """Table cells: what, median wall (min-max), docs/s, median CPU, peak MB."""
        w = median(self.wall)
        spread = f" ({min(self.wall):.2f}–{max(self.wall):.2f})" if len(self.wall) > 1 else ""
        rate = f"{docs / w:.0f}" if docs and w == w and w > 0 else "–"
        peak = f"{max(self.peak_mb):.0f}" if self.peak_mb else "–"
        failed = f", {self.failed} failed" if self.failed else ""
        return [
            f"{self.label} ({len(self.wall)} runs{failed})",
            f"{w:.2f}{spread}",
            rate,
            f"{median(self.cpu):.2f}",
            peak,
        ]


@dataclass
class Target:
    """One figure of the issue's targets: measured value, the bound, met or not."""

    what: str
    value: float
    unit: str
    bound: float
    at_most: bool  # True: value <= bound is met; False: value >= bound

    @property
    def met(self) -> bool | None:
        if self.value != self.value:  # NaN: not measured
            return None
        return self.value <= self.bound if self.at_most else self.value >= self.bound

    def row(self) -> list[str]:
        sign = "≤" if self.at_most else "≥"
        sep = "" if self.unit == "×" else " "
        verdict = {True: "pass", False: "**fail**", None: "not measured"}[self.met]
        ratio = self.value / self.bound if self.bound else float("nan")
        return [
            self.what,
            f"{self.value:.2f}{sep}{self.unit}",
            f"{sign} {self.bound:g}{sep}{self.unit}",
            verdict,
            f"{ratio:.2f}× the bound",
        ]


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table; numeric-looking columns (all but the first) right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in rows]
    return "\n".join(lines)


def runs_table(runs: list[Runs], docs: int | None, rate: str = "pages/s") -> str:
    """The table of a section's measured commands."""
    header = ["run", "wall s (min–max)", rate, "CPU s", "peak MB"]
    return table(header, [x.row(docs) for x in runs])


def update_results(text: str, header: str, sections: dict[int, str]) -> str:
    """`text` (RESULTS.md) with its generated block renewed: the header replaced, the
    sections given replaced, the sections of earlier runs not given kept as they were.
    Without a block, one is put after the first paragraph; the rest of the file (the
    hand-written sections) is never touched."""
    old: dict[int, str] = {}
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        block, after = rest.split(END, 1)
        for m in re.finditer(r"<!-- section (\d+) -->\n(.*?)<!-- /section \1 -->", block, re.S):
            old[int(m.group(1))] = m.group(2)
    else:
        head, sep, tail = text.partition("\n\n")
        second, sep2, tail2 = tail.partition("\n\n")
        before, after = head + sep + second + sep2, "\n\n" + tail2 if tail2 else "\n"
    merged = {**old, **{k: v.rstrip("\n") + "\n" for k, v in sections.items()}}
    body = "".join(
        f"<!-- section {k} -->\n{merged[k]}<!-- /section {k} -->\n" for k in sorted(merged)
    )
    return f"{before}{BEGIN}\n{header.rstrip()}\n\n{body}{END}{after}"


def _shuffled_text(text: str, rng: random.Random) -> str:
    """The words of a text node in another order (ASCII spaces only: the bytes of a
    page decoded with the wrong charset stay whole)."""
    words = text.split(" ")
    if len(words) < 3:
        return text
    rng.shuffle(words)
    return " ".join(words)


def unique_copy(html: bytes, copy: int, name: str) -> bytes:
    """Copy number `copy` of a page, unique in its text: the title, first H1 and
    description name the copy and the words of every text node are shuffled (seeded by page and copy), so that every
    word is still there, in the page's language, but no five-word shingle, passage or
    cache key is shared with the other copies. Copy 0 is the page itself."""
    if copy == 0:
        return html
    import lxml.html

    root = lxml.html.document_fromstring(html)
    encoding = root.getroottree().docinfo.encoding or "utf-8"
    rng = random.Random(f"{name}/{copy}")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag not in ("script", "style", "title") and el.text:
            el.text = _shuffled_text(el.text, rng)
        if el.tail:
            el.tail = _shuffled_text(el.tail, rng)
    # short texts (titles, one-word headings, descriptions) name the copy instead
    for el in root.xpath("//title | (//h1)[1]"):
        el.text = f"{el.text or ''} (copy {copy})"
    for el in root.xpath("//meta[@name='description' or @property='og:description']"):
        el.set("content", f"{el.get('content', '')} (copy {copy})")
    return lxml.html.tostring(root, encoding=encoding, doctype="<!DOCTYPE html>")


def replicate_html(src: Path, out: Path, count: int) -> int:
    """`count` pages in `out` from the *.html(.gz) pages of `src`, in copies made by
    `unique_copy`; returns the number written."""
    pages = sorted(src.glob("*.html.gz")) or sorted(src.glob("*.html"))
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        page = pages[i % len(pages)]
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        stem = page.name.split(".")[0]
        copy = i // len(pages)
        (out / f"{stem}-c{copy:02d}.html").write_bytes(unique_copy(data, copy, stem))
    return count


# ----- running ---------------------------------------------------------------------------


@dataclass
class Context:
    shared: Path
    work: Path
    jobs: int
    runs: int
    quick: bool
    peers_python: str
    log: Callable[[str], None] = print


def _exe() -> list[str]:
    return [sys.executable, "-m", "contentlint.cli"]


def _timed(
    runs: Runs, cmd: list[str], ctx: Context, cwd: Path | None = None, ok: tuple[int, ...] = (0, 1)
) -> None:
    """Run once, record, print a progress line."""
    from speed import timed

    wall, peak, code, cpu = timed(cmd, cwd)
    runs.add(wall, peak, code, cpu, ok)
    bad = "" if code in ok else f"  FAILED (exit {code})"
    ctx.log(
        f"    {runs.label}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak:.0f} MB"
        f"  (load {os.getloadavg()[0]:.1f}){bad}"
    )


def _rust_blog(ctx: Context, dest: Path) -> int:
    src = ctx.shared / "corpora" / "rust-blog" / "content"
    if ctx.quick:
        (dest / "content").mkdir(parents=True)
        posts = sorted(src.glob("*.md"))[:150]
        for p in posts:
            shutil.copy2(p, dest / "content" / p.name)
    else:
        shutil.copytree(src, dest / "content")
    return sum(1 for _ in (dest / "content").rglob("*.md"))


def section_html(ctx: Context) -> tuple[str, list[Target]]:
    from speed import TRAFILATURA_SCRIPT

    n = 200 if ctx.quick else 2000
    pages = ctx.work / "html"
    src = ctx.shared / "corpora" / "article-extraction-benchmark" / "html"
    ctx.log(f"  replicating {src.name} to {n} unique pages")
    replicate_html(src, pages, n)
    script = ctx.work / "traf.py"
    script.write_text(TRAFILATURA_SCRIPT)
    cold, warm = Runs("contentlint check, cold"), Runs("contentlint check, warm")
    floor = Runs("trafilatura bare_extraction alone")
    check = [*_exe(), "check", "-q", "--exit-zero", "-j", str(ctx.jobs), "--cache-dir"]
    for r in range(ctx.runs):
        ctx.log(f"  run {r + 1}/{ctx.runs}")
        cache = ctx.work / f"cache-html-{r}"
        peer = [sys.executable, str(script), str(pages), str(ctx.jobs)]
        order = [(floor, peer, (0,)), (cold, [*check, str(cache), str(pages)], (0, 1))]
        for runs, cmd, ok in order if r % 2 == 0 else order[::-1]:
            _timed(runs, cmd, ctx, ok=ok)
        _timed(warm, [*check, str(cache), str(pages)], ctx)
    ratio = median(cold.wall) / median(floor.wall)
    speedup = median(cold.wall) / median(warm.wall)
    text = (
        f"{n} pages ({src.parent.name}, 181 pages in copies unique in their text), "
        f"{ctx.jobs} worker processes on both sides.\n\n"
        + runs_table([cold, floor, warm], n, "pages/s")
    )
    return text, [
        Target("HTML cold / trafilatura alone", ratio, "×", 1.2, True),
        Target("HTML warm speed-up over cold", speedup, "×", 30, False),
    ]


def section_markdown(ctx: Context) -> tuple[str, list[Target]]:
    n = _rust_blog(ctx, ctx.work / "rust-blog")
    check = [*_exe(), "check", "-q", "--exit-zero", "--cache-dir"]
    one, many = Runs("cold -j1"), Runs(f"cold -j{ctx.jobs}")
    warm = Runs(f"warm -j{ctx.jobs}, nothing changed")
    for r in range(ctx.runs):
        ctx.log(f"  run {r + 1}/{ctx.runs}")
        order = [(one, 1), (many, ctx.jobs)]
        for runs, jobs in order if r % 2 == 0 else order[::-1]:
            cache = str(ctx.work / f"cache-md-{jobs}-{r}")
            _timed(runs, [*check, cache, "-j", str(jobs), "content"], ctx, ctx.work / "rust-blog")
        cache = str(ctx.work / f"cache-md-{ctx.jobs}-{r}")
        _timed(warm, [*check, cache, "-j", str(ctx.jobs), "content"], ctx, ctx.work / "rust-blog")
    text = f"{n} posts of the Rust blog, every default rule.\n\n" + runs_table(
        [one, many, warm], n, "docs/s"
    )
    return text, [
        Target(f"Markdown cold -j{ctx.jobs}", n / median(many.wall), "docs/s", 400, False),
        Target(
            f"-j1 → -j{ctx.jobs} scaling", median(one.wall) / median(many.wall), "×", 1.7, False
        ),
        Target("Markdown warm, nothing changed", median(warm.wall), "s", 0.5, True),
    ]


def section_pyseo(ctx: Context) -> tuple[str, list[Target]]:
    pages = ctx.work / "html-181"
    src = ctx.shared / "corpora" / "article-extraction-benchmark" / "html"
    n = replicate_html(src, pages, 40 if ctx.quick else len(list(src.glob("*.html.gz"))))
    ours, peer = Runs("contentlint check, no cache"), Runs("pyseoanalyzer Page.analyze")
    check = [*_exe(), "check", "-q", "--exit-zero", "--no-cache", "-j", str(ctx.jobs)]
    for r in range(ctx.runs):
        ctx.log(f"  run {r + 1}/{ctx.runs}")
        pcmd = [ctx.peers_python, str(BENCH / "peers.py"), "pyseo", str(pages), str(ctx.jobs)]
        order = [(peer, pcmd, (0,)), (ours, [*check, str(pages)], (0, 1))]
        for runs, cmd, ok in order if r % 2 == 0 else order[::-1]:
            _timed(runs, cmd, ctx, ok=ok)
    text = (
        f"The {n} real pages of the HTML set, {ctx.jobs} worker processes on both sides; "
        "pyseoanalyzer analyses each page given as HTML (`Page.analyze(raw_html=...)`: "
        "trafilatura's metadata and text, two BeautifulSoup parses, its word counts and "
        "warnings), contentlint runs every default rule and the cross-document stage. "
        "No target: the ratio says what contentlint's extra judging costs.\n\n"
        + runs_table([ours, peer], n, "pages/s")
        + f"\n\ncontentlint / pyseoanalyzer: {median(ours.wall) / median(peer.wall):.2f}× "
        f"the wall time, {median(ours.cpu) / median(peer.cpu):.2f}× the CPU time."
    )
    return text, []


def section_crawl(ctx: Context) -> tuple[str, list[Target]]:
    import crawl_bench

    n, conc = (300 if ctx.quick else 2000), 8
    server, origin = crawl_bench.start_site(n, 8, 40)
    ours, adv = Runs("contentlint crawl (crawl + every rule)"), Runs("advertools crawl alone")
    fetched: list[int] = []
    try:
        for r in range(ctx.runs):
            ctx.log(f"  run {r + 1}/{ctx.runs}")
            db, out = ctx.work / f"crawl-{r}.sqlite", ctx.work / f"adv-{r}.jl"
            lint = str(Path(sys.executable).parent / "contentlint")
            mine = [lint, "crawl", origin + "/", "--db", str(db), "--concurrency", str(conc)]
            mine += ["--max-pages", str(n + 1), "--no-sitemaps", "--exit-zero", "--no-cache", "-q"]
            # advertools runs `scrapy` from PATH: the peers' environment's
            path = f"PATH={Path(ctx.peers_python).parent}{os.pathsep}{os.environ.get('PATH', '')}"
            theirs = ["env", path, ctx.peers_python, crawl_bench.__file__, "--run-adv", origin]
            theirs += [str(out), str(conc), str(ctx.work / f"adv-{r}.log")]
            order = [(adv, theirs, (0,)), (ours, mine, (0, 1))]
            for runs, cmd, ok in order if r % 2 == 0 else order[::-1]:
                _timed(runs, cmd, ctx, ok=ok)
            if out.exists():
                fetched.append(sum(1 for _ in out.open(encoding="utf-8")))
    finally:
        server.terminate()
        server.wait()
    text = (
        f"A site of {n} pages (+ home) served on 127.0.0.1 by `bench/crawl_bench.py`, "
        f"8 paragraphs of 40 words and 12 links each, concurrency {conc} on both sides; "
        f"advertools fetched {', '.join(map(str, fetched)) or '?'} URLs a run.\n\n"
        + runs_table([ours, adv], n, "pages/s")
    )
    ratio = median(ours.wall) / median(adv.wall)
    return text, [Target("contentlint crawl / advertools crawl", ratio, "×", 1.0, True)]


def _crossdoc_child(n: int, runs: int, jobs: int, texts: str) -> None:
    """In a child process: build the synthetic site, run the stage `runs` times."""
    import gc

    import crossdoc

    _, _, _, docs, gen_s, feat_s = crossdoc.site(n, jobs, False, Path(texts))
    print(
        f"    generated in {gen_s:.0f} s, features in {feat_s:.0f} s", file=sys.stderr, flush=True
    )
    gc.collect()
    walls, cpus, peak = [], [], 0.0
    for _ in range(runs):
        gc.collect()
        with crossdoc.PeakMemory() as mem:
            t, c = time.perf_counter(), time.process_time()
            crossdoc.run_stage(docs)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        peak = max(peak, mem.peak / 2**20)
        print(f"    stage run: {walls[-1]:.2f} s", file=sys.stderr, flush=True)
    out = {"wall": walls, "cpu": cpus, "peak_mb": peak, "generate_s": gen_s + feat_s}
    print(json.dumps(out))


def section_crossdoc(ctx: Context) -> tuple[str, list[Target]]:
    sizes = [300, 1000, 3000] if ctx.quick else [1000, 10_000, 100_000]
    rows, stage, targets = [], {}, []
    for n in sizes:
        texts = ctx.work / f"synth-{n}.jsonl"
        ctx.log(f"  {n:,} documents: generating, then the stage {ctx.runs} times")
        cmd = [
            sys.executable,
            __file__,
            "--crossdoc-child",
            str(n),
            str(ctx.runs),
            str(ctx.jobs),
            str(texts),
        ]
        t = time.perf_counter()
        res = json.loads(
            subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
            .stdout.strip()
            .splitlines()[-1]
        )
        ours = Runs(f"{n:,}: contentlint D, K and L rules")
        for w, c in zip(res["wall"], res["cpu"], strict=True):
            ours.add(w, res["peak_mb"], 0, c)
        ctx.log(
            f"    stage {median(ours.wall):.2f} s wall, {median(ours.cpu):.2f} s CPU, "
            f"{res['peak_mb']:.0f} MB (generating took {time.perf_counter() - t:.0f} s)"
        )
        stage[n] = (median(ours.wall), median(ours.cpu))
        peer = Runs(f"{n:,}: linkrank TF-IDF cannibalization")
        method = ""
        for _ in range(ctx.runs):
            out = subprocess.run(
                [ctx.peers_python, str(BENCH / "peers.py"), "cannibal", str(texts)],
                check=True,
                capture_output=True,
                text=True,
            )
            got = json.loads(out.stdout.strip().splitlines()[-1])
            peer.add(got["seconds"], got["peak_mb"], 0, got["cpu"])
            method = got["method"]
            ctx.log(f"    peer: {got['seconds']:.2f} s, {got['peak_mb']:.0f} MB ({method})")
        texts.unlink()
        rows += [ours.row(n), [*peer.row(n)[:4], f"{max(peer.peak_mb):.0f} ({method})"]]
        if n == sizes[-1]:
            targets += [
                Target(f"cross-document stage, {n:,} docs", stage[n][0], "s", 10, True),
                Target(f"peak memory, {n:,} docs", res["peak_mb"] / 1024, "GB", 1.2, True),
            ]
    a, b = sizes[-2], sizes[-1]
    targets.append(Target(f"stage growth {a:,} → {b:,}", stage[b][0] / stage[a][0], "×", 11, True))
    text = (
        "Synthetic sites from `bench/synth.py` (planted copies, passages, doorways, shared "
        "keywords). contentlint: the corpus stage alone (`bench/crossdoc.py`'s "
        "`run_stage`), in one process after the documents and features were built; peak "
        "memory is that process's (documents included). linkrank: its "
        "`cannibalization_content` (same-keyword titles, TF-IDF cosine ≥ 0.80) on the "
        "same titles and texts, each run a separate process.\n\n"
        + table(["run", "wall s (min–max)", "docs/s", "CPU s", "peak MB"], rows)
        + f"\n\nCPU growth {a:,} → {b:,}: {stage[b][1] / stage[a][1]:.1f}×."
    )
    return text, targets


def section_precommit(ctx: Context) -> tuple[str, list[Target]]:
    repo = ctx.work / "precommit"
    n = _rust_blog(ctx, repo)
    ctx.log(f"  warming the cache on {n} posts")
    subprocess.run(
        [*_exe(), "check", "-q", "--exit-zero"], cwd=repo, check=True, stdout=subprocess.DEVNULL
    )
    posts = sorted((repo / "content").glob("*.md"))
    hook_cmd = [*_exe(), "check", "--force-exclude", "-q", "--exit-zero"]
    # and the hook once, on an unchanged post, as the previous commit left it: a run with
    # paths does not yet reuse all that a whole-folder run cached (about 2 s more CPU)
    subprocess.run(
        [*hook_cmd, str(posts[-1].relative_to(repo))],
        cwd=repo,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    hook = Runs("contentlint check --force-exclude CHANGED.md")
    for r in range(ctx.runs):
        post = posts[(r * 97) % len(posts)]
        with post.open("a", encoding="utf-8") as fh:
            fh.write(f"\n\nA sentence added by bench/run in round {r + 1}.\n")
        rel = str(post.relative_to(repo))
        _timed(hook, [*hook_cmd, rel], ctx, repo)
    text = (
        f"A copy of the Rust blog ({n} posts) with a warm cache (`.contentlint/`: a run "
        "on the folder, then the hook's command once on an unchanged post), then "
        "each run appends a sentence to one post and runs the hook's command on it (compared "
        "with every post, as the hook does).\n\n" + runs_table([hook], None, "docs/s")
    )
    return text, [Target("pre-commit, one post changed", median(hook.wall), "s", 0.8, True)]


def section_warc(ctx: Context) -> tuple[str, list[Target]]:
    import warc_throughput

    n = 10_000 if ctx.quick else 100_000
    r = warc_throughput.bench(n, 8, ctx.jobs, ctx.runs, ctx.work, ctx.log)
    rows = [
        [
            f"{r['pages']:,} pages: {label}",
            f"{r[k]['wall_s']:.1f}",
            f"{r[k]['pages_per_s']:.0f}",
            f"{r[k]['cpu_s']:.1f}",
            f"{r[k]['pages_per_cpu_s']:.0f}",
            f"{r[k]['peak_mb']:.0f}",
        ]
        for k, label in (
            ("pool", f"`-j {ctx.jobs}` (in-process pool)"),
            ("dask", f"`--scheduler local:{ctx.jobs}`"),
        )
    ]
    text = (
        f"`bench/warc_throughput.py`: the synthetic site of `bench/synth.py` as {r['files']} "
        "gzipped WARC files, linted whole (default rules, the cross-document stage "
        "included, JSON Lines out), best of the runs. CPU is the process tree's (pool "
        "workers; Dask scheduler, nannies and workers); peak memory is summed over it. "
        f"Same problems from both: {'yes' if r['same_problems'] else '**no**'} "
        f"({r['problems']:,} lines).\n\n"
        + table(["run", "wall s", "pages/s", "CPU s", "pages/CPU s", "peak MB"], rows)
    )
    return text, []


SECTIONS = {
    1: section_html,
    2: section_markdown,
    3: section_pyseo,
    4: section_crawl,
    5: section_crossdoc,
    6: section_precommit,
    7: section_warc,
}


def machine() -> str:
    """CPU model and cores, for the header."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores"


def versions(peers_python: str) -> str:
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    code = (
        "import importlib.metadata as m\n"
        "print(', '.join(f'{p} {m.version(p)}' for p in "
        "('advertools', 'pyseoanalyzer', 'linkrank', 'scikit-learn', 'scrapy')))"
    )
    out = subprocess.run([peers_python, "-c", code], capture_output=True, text=True)
    from importlib.metadata import version

    peers = out.stdout.strip() or "peers not installed"
    return f"contentlint at {rev or '?'}, trafilatura {version('trafilatura')}; {peers}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--only", default="1,2,3,4,5,6", help="sections, e.g. 2,6")
    ap.add_argument("--runs", type=int, default=3, help="runs of each measurement (medians)")
    ap.add_argument("--quick", action="store_true", help="smaller sizes: a smoke run")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--peers-python", default=str(BENCH / ".peers-venv" / "bin" / "python"))
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--no-write", action="store_true", help="print only")
    ap.add_argument("--crossdoc-child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.crossdoc_child:
        n, runs, jobs, texts = args.crossdoc_child
        _crossdoc_child(int(n), int(runs), int(jobs), texts)
        return 0
    only = sorted({int(x) for x in args.only.split(",") if x.strip()})
    if not set(only) <= set(SECTIONS) or args.runs < 1:
        ap.error(f"--only takes section numbers from 1 to {len(SECTIONS)}; --runs >= 1")
    if not (args.shared / "corpora").is_dir():
        ap.error(f"no corpora under {args.shared}; pass --shared PATH")
    # An installed wheel has its bytecode; a checkout run with PYTHONDONTWRITEBYTECODE
    # (or never imported) would compile ~100 modules in every timed start (~0.13 s).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "lint"), str(REPO / "rules")],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    started, load0 = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), os.getloadavg()[0]
    t0 = time.perf_counter()
    done: dict[int, str] = {}
    summary: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        for k in only:
            print(f"[{time.perf_counter() - t0:6.0f} s] {k}. {TITLES[k]}", flush=True)
            ctx = Context(
                args.shared,
                Path(tmp) / f"s{k}",
                args.jobs,
                args.runs,
                args.quick,
                args.peers_python,
                lambda s: print(s, flush=True),
            )
            ctx.work.mkdir()
            t, when = time.perf_counter(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            text, targets = SECTIONS[k](ctx)
            rows = [[str(k), *x.row()] for x in targets]
            if args.quick:  # the targets are set for the full sizes: a smoke run only
                for row in rows:
                    row[4] += " (quick sizes)"
            summary += rows
            note = f"Measured {when}{' (--quick sizes)' if args.quick else ''}, load average {os.getloadavg()[0]:.1f} at the end"
            done[k] = (
                f"### {k}. {TITLES[k]}\n\n{note}; {time.perf_counter() - t:.0f} s.\n\n{text}\n"
                + (
                    "\n"
                    + table(["§", "target", "measured", "bound", "verdict", "ratio"], rows)
                    + "\n"
                    if rows
                    else ""
                )
            )
            print(done[k], flush=True)
    total = time.perf_counter() - t0
    header = (
        f"## Side by side with the peers: `bench/run` (issue 18)\n\n"
        f"Last run {started}{' (--quick)' if args.quick else ''}, sections {args.only}, "
        f"{args.runs} runs each, {total / 60:.1f} min; {machine()}; load average "
        f"{load0:.1f} at the start{BUSY if load0 > (os.cpu_count() or 1) else ''}. "
        f"{versions(args.peers_python)}. Wall seconds are medians "
        "(min–max); CPU is user + system of the process and its workers; peak memory is "
        "the summed resident memory of the process tree. Each section says when it was "
        "last measured: `--only` renews only its sections."
    )
    print(table(["§", "target", "measured", "bound", "verdict", "ratio"], summary))
    print(f"\ntotal {total / 60:.1f} min")
    if not args.no_write:
        args.results.write_text(
            update_results(args.results.read_text(encoding="utf-8"), header, done),
            encoding="utf-8",
        )
        print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
