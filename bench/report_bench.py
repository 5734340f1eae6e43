"""HTML site-audit report at scale: render 10,000 documents, open in Chromium, time it.

    python bench/report_bench.py [--docs 10000] [--runs 5] [--keep report.html]

Builds a synthetic report (tests/report/sample.py), renders it with render_html and loads
the file from file:// in Debian's Chromium through Playwright. Measures:
  * file size (and gzip size, as a CI artifact would be stored);
  * render time in Python;
  * first paint: the `first-contentful-paint` paint-timing entry (median of --runs loads),
    and `contentlint-ready`, the mark report.js sets once the table is live;
  * sort and filter: in-page, performance.now() from the click / change / input event
    through the handler and the next frame (requestAnimationFrame, then a task, so the new
    rows are laid out and painted), median and worst of --runs each.
Budget (issue brief): first paint <= 2 s, sort and filter <= 300 ms on 2 cores.
Prints a Markdown table row.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from contentlint.report.html import render_html  # noqa: E402
from report.browser import CHROMIUM_ARGS as ARGS  # noqa: E402
from report.browser import find_chromium  # noqa: E402
from report.sample import make_report  # noqa: E402

# One interaction, timed in the page: event -> handler -> next frame painted.
TIMED = """async ([kind, sel, value]) => {
  const el = document.querySelector(sel);
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  await frame();
  const t0 = performance.now();
  if (kind === 'click') el.click();
  else { el.value = value; el.dispatchEvent(new Event(kind, {bubbles: true})); }
  await frame();
  return performance.now() - t0;
}"""

SORTS = [
    ("click", 'th[data-key="overall"] button', ""),
    ("click", 'th[data-key="overall"] button', ""),
    ("click", 'th[data-key="doc"] button', ""),
    ("click", 'th[data-key="words"] button', ""),
    ("click", 'th[data-key="priority"] button', ""),
]
FILTERS = [
    ("change", "#f-severity", "error"),
    ("change", "#f-severity", ""),
    ("change", "#f-rule", "T001"),
    ("change", "#f-rule", ""),
    ("input", "#f-q", "sourdough"),
    ("input", "#f-q", "filler world"),
    ("input", "#f-q", ""),
    ("change", "#f-section", "blog/"),
    ("change", "#f-section", ""),
]


def chromium() -> str:
    exe = find_chromium()
    if exe is None:
        sys.exit("Chromium not found: apt-get install chromium")
    return exe


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="also write the report here")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    report = make_report(args.docs, seed=0)
    t0 = time.perf_counter()
    page_html = render_html(report)
    render_s = time.perf_counter() - t0
    data = page_html.encode("utf-8")
    size_mb = len(data) / 1e6
    gz_mb = len(gzip.compress(data, 6)) / 1e6

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_bytes(data)
        if args.keep:
            args.keep.write_bytes(data)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=ARGS)
            fcp: list[float] = []
            ready: list[float] = []
            sort_ms: list[float] = []
            filter_ms: list[float] = []
            errors: list[str] = []
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.goto(path.as_uri(), wait_until="load")
                page.wait_for_timeout(100)
                fcp.append(
                    page.evaluate(
                        "performance.getEntriesByName('first-contentful-paint')[0].startTime"
                    )
                )
                ready.append(
                    page.evaluate("performance.getEntriesByName('contentlint-ready')[0].startTime")
                )
                for step in SORTS:
                    sort_ms.append(page.evaluate(TIMED, list(step)))
                for step in FILTERS:
                    filter_ms.append(page.evaluate(TIMED, list(step)))
                page.close()
            browser.close()
    if errors:
        print("page errors:", *errors, sep="\n  ")

    def mm(xs: list[float]) -> str:
        return f"{statistics.median(xs):.0f} / {max(xs):.0f}"

    ok = max(fcp) <= 2000 and max(sort_ms) <= 300 and max(filter_ms) <= 300
    print(f"{args.docs:,} documents, {args.runs} loads; sort and filter: median / worst (ms)")
    print(
        "| docs | file size | gzip | render (Python) | first contentful paint | table ready "
        "| sort | filter | budget |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|:---|")
    print(
        f"| {args.docs:,} | {size_mb:.1f} MB | {gz_mb:.2f} MB | {render_s * 1000:.0f} ms "
        f"| {statistics.median(fcp):.0f} ms (worst {max(fcp):.0f}) "
        f"| {statistics.median(ready):.0f} ms | {mm(sort_ms)} ms | {mm(filter_ms)} ms "
        f"| {'met' if ok else 'MISSED'} |"
    )


if __name__ == "__main__":
    main()
