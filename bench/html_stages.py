"""Per-page CPU milliseconds by stage of `contentlint check -j 1 --no-cache` on HTML, unprofiled,
against trafilatura's own `bare_extraction` on the same pages (issue 18).

    python bench/html_stages.py DIR [--runs 3]

Wraps the steps of `sources.html.parse` (tree parse, page facts, `scan_html`, visible
words, trafilatura, the blocks built from its result, finalize), file loading, the
per-document rules, the features and the corpus stage with `time.process_time`, so the
figures carry no profiler overhead and hold on a shared machine; then times the floor the
harness (`bench/run` section 1) measures: `bare_extraction` of each file's bytes with the
harness's options. Prints the minimum over runs of each stage, in ms per page, and the
ratio of the whole lint to the floor (one process: the harness's ratio, with 2 workers,
also carries the pool's overhead on both sides).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from md_stages import check_runs, timed, totals


def floor(paths: list[Path], bare_extraction: Callable[..., Any]) -> float:
    """CPU seconds of the harness's extraction floor over `paths` (see bench/speed.py)."""
    start = time.process_time()
    for p in paths:
        bare_extraction(
            p.read_bytes(),
            with_metadata=True,
            include_tables=True,
            include_links=True,
            include_images=True,
        )
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(args.folder.rglob("*.htm*"))
    os.chdir(args.folder)
    import contentlint.rules  # noqa: F401  (registers the rules and features)
    import trafilatura
    from contentlint.cli import main as cli
    from contentlint.engine import core
    from contentlint.model import registry
    from contentlint.sources import base, files, html

    bare = trafilatura.bare_extraction
    files.load = timed("  load+parse (all)", files.load)
    html.decode = timed("decode", html.decode)
    html.parse_tree = timed("lxml parse", html.parse_tree)
    html._page_facts = timed("page facts", html._page_facts)
    html.scan_html = timed("scan_html", html.scan_html)
    html._visible_words = timed("visible words", html._visible_words)
    html._main_content = timed("  main content (all)", html._main_content)
    trafilatura.bare_extraction = timed("trafilatura bare_extraction", trafilatura.bare_extraction)
    # the same extraction, on the page's tree itself (`html._extract_in_place`)
    html._extract_in_place = timed("trafilatura bare_extraction", html._extract_in_place)
    html.finalize = timed("  finalize (all)", html.finalize)
    base.settle_language = timed("finalize: language", base.settle_language)
    core.run_document_rules = timed("document rules", core.run_document_rules)
    core.Engine._corpus_stage = timed("corpus stage", core.Engine._corpus_stage)
    for feat in registry.all_features():
        object.__setattr__(feat, "fn", timed(f"feature {feat.name}", feat.fn))

    def add_floor() -> None:
        totals["FLOOR bare_extraction(bytes)"] = floor(paths, bare)

    runs = check_runs(cli, args.runs, "TOTAL contentlint check", add_floor)
    best = {key: min(values) for key, values in runs.items()}
    n = len(paths)
    best["main content: blocks"] = (
        best["  main content (all)"] - best["trafilatura bare_extraction"]
    )
    print(f"{n} pages, best of {args.runs} runs, CPU")
    for key, value in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{key:34s} {value:7.2f} s  {value * 1000 / n:6.2f} ms/page")
    over = best["TOTAL contentlint check"] - best["FLOOR bare_extraction(bytes)"]
    ratio = best["TOTAL contentlint check"] / best["FLOOR bare_extraction(bytes)"]
    print(f"overhead over the floor {over * 1000 / n:.2f} ms/page; ratio {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
