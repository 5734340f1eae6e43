"""The synthetic site of `synth.py` as WARC files, as a crawler would have archived it.

    python bench/synth_warc.py --docs 1000 --out /tmp/site.warc.gz [--files 4]

Each page is served as HTML (its Markdown rendered inside a page template) at
`https://synth.example/<section>/<slug>/`. Besides the pages, every 50th page has an
old URL that redirects to it (301), every 100th a second, later capture with another
body (the first capture must win), and there is a 404, a redirect loop and an image, so
that everything a WARC reader keeps or skips is in it. With `--files N` the records are
dealt round-robin over N files (`site-0.warc.gz`...), as a crawl split into segments.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

ORIGIN = "https://synth.example"


def page_html(p: synth.Page) -> str:
    from markdown_it import MarkdownIt

    md = synth.markdown(p)
    body = md.split("---", 2)[2]  # the front matter becomes the head
    desc = p.front.get("description", "")
    links = body.replace("](/", f"]({ORIGIN}/")
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(p.title)}</title>"
        f'<meta name="description" content="{html.escape(str(desc))}">'
        f'<link rel="canonical" href="{url_of(p)}"></head><body>'
        f"<main><article><h1>{html.escape(p.title)}</h1>"
        f"{MarkdownIt().render(links)}</article></main></body></html>"
    )


def url_of(p: synth.Page) -> str:
    return f"{ORIGIN}/{p.section}/{p.slug}/"


def records(built: Sequence[synth.Page]) -> list[tuple[str, int, list[tuple[str, str]], bytes]]:
    """(url, status, headers, body) in archive order."""
    html_type = [("Content-Type", "text/html; charset=utf-8")]
    out: list[tuple[str, int, list[tuple[str, str]], bytes]] = []
    for i, p in enumerate(built):
        out.append((url_of(p), 200, html_type, page_html(p).encode()))
        if i % 50 == 0:
            out.append((f"{ORIGIN}/old/{i}", 301, [("Location", url_of(p))], b""))
        if i % 100 == 99:
            out.append((url_of(p), 200, html_type, b"<html><body><p>later capture</p></html>"))
    out.append((f"{ORIGIN}/gone/", 404, html_type, b"<html><body>not found</body></html>"))
    out.append((f"{ORIGIN}/loop-a", 302, [("Location", f"{ORIGIN}/loop-b")], b""))
    out.append((f"{ORIGIN}/loop-b", 302, [("Location", f"{ORIGIN}/loop-a")], b""))
    out.append((f"{ORIGIN}/logo.png", 200, [("Content-Type", "image/png")], b"\x89PNG...."))
    return out


def write_warcs(built: Sequence[synth.Page], out: Path, files: int = 1) -> list[Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out.parent.mkdir(parents=True, exist_ok=True)
    paths = [out] if files == 1 else [out.with_name(f"site-{n}.warc.gz") for n in range(files)]
    handles = [p.open("wb") for p in paths]
    writers = [WARCWriter(h, gzip=True) for h in handles]
    try:
        for n, (url, status, headers, body) in enumerate(records(built)):
            reason = {200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found"}
            http = StatusAndHeaders(
                f"{status} {reason[status]}",
                [*headers, ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            w = writers[n % files]
            w.write_record(
                w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )
    finally:
        for h in handles:
            h.close()
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--files", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    built, _, _ = synth.pages(args.docs, args.jobs)
    paths = write_warcs(built, args.out, args.files)
    print(f"wrote {len(built)} pages to {', '.join(map(str, paths))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
