"""Identity check and corpus preparation for the HTML source (issue 18).

    python bench/html_identity.py prepare OUT_DIR [--copies 2000]   # unzip, replicate
    python bench/html_identity.py dump OUT.jsonl DIR...     # one JSON line per HTML file
    python bench/html_identity.py check OUT_DIR DIR...      # contentlint check JSON per DIR

`prepare` unzips ../shared/corpora/article-extraction-benchmark (181 pages) into OUT_DIR;
with `--copies N` it writes N pages, cycling through the 181, and makes every copy after
the first unique in its text: each word of seven letters or more in the visible text gets
a suffix naming the copy, so no shingle repeats across copies (neither the cache, keyed by
content, nor the duplicate rules see copies) while the markup, and so the extraction work,
stays the same. `dump` serialises what `contentlint.sources.html.parse` builds for each
file (blocks, headings, links, JSON-LD, page signals, trafilatura's metadata...) and
`check` writes `contentlint check --no-cache --select ALL --output-format json` of each
DIR: run both before and after a change and `cmp` the files. Tests never read ../shared,
so this check lives here.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpora" / "article-extraction-benchmark" / "html"

# Script and style bodies, tags, comments: left alone; the text between them is changed.
_MARKUP = re.compile(
    r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>)",
    re.DOTALL | re.IGNORECASE,
)
_LONG_WORD = re.compile(r"\b([A-Za-z]{7,})\b")


def _suffix(n: int) -> str:
    """Copy number as lower-case letters (1 -> 'qb'): a word stays a word."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out += chr(ord("a") + r)
        if n == 0:
            return "q" + out


def unique_copy(html: str, n: int) -> str:
    """The page with every long visible word suffixed by copy `n` (n = 0: unchanged)."""
    if n == 0:
        return html
    suffix = _suffix(n)
    parts = _MARKUP.split(html)
    for i in range(0, len(parts), 2):  # even indexes: text between markup
        parts[i] = _LONG_WORD.sub(lambda m: m.group(1) + suffix, parts[i])
    return "".join(parts)


def prepare(out: Path, copies: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pages = [
        (gz.name[: -len(".html.gz")], gzip.decompress(gz.read_bytes()))
        for gz in sorted(SHARED.glob("*.html.gz"))
    ]
    total = copies or len(pages)
    for i in range(total):
        name, data = pages[i % len(pages)]
        n = i // len(pages)
        if n == 0:
            (out / f"{name}.html").write_bytes(data)
            continue
        # Latin-1 round-trips any bytes; the suffixes are ASCII, so the charset is kept.
        text = unique_copy(data.decode("latin-1"), n)
        (out / f"{name}-{n}.html").write_bytes(text.encode("latin-1"))
    print(f"{total} pages in {out}")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    return value


def dump(out: Path, dirs: list[str]) -> None:
    from contentlint.engine.core import resolve_code
    from contentlint.model.settings import SourceSettings
    from contentlint.sources import html
    from contentlint.sources.files import newlines

    settings = SourceSettings()
    with out.open("w") as fh:
        for d in dirs:
            for p in sorted(Path(d).rglob("*.htm*")):
                text = newlines(html.decode(p.read_bytes()))
                doc = html.parse(text, str(p), None, settings, resolve_code)
                data = {f.name: _plain(getattr(doc, f.name)) for f in dataclasses.fields(doc)}
                data.pop("memo", None)
                data.pop("lines", None)
                fh.write(json.dumps(data, sort_keys=True, default=repr) + "\n")


def check(out: Path, dirs: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for d in dirs:
        name = d.strip("/").replace("/", "_")
        cmd = [sys.executable, "-m", "contentlint.cli", "check", "--no-cache", "--select", "ALL"]
        cmd += ["--output-format", "json", "--exit-zero", d]
        res = subprocess.run(cmd, capture_output=True, check=False)
        (out / f"{name}.json").write_bytes(res.stdout)
        print(f"{d}: exit {res.returncode}, {len(res.stdout)} bytes", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("out", type=Path)
    p.add_argument("--copies", type=int, default=0)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("dirs", nargs="+")
    c = sub.add_parser("check")
    c.add_argument("out", type=Path)
    c.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    if args.cmd == "prepare":
        prepare(args.out, args.copies)
    elif args.cmd == "dump":
        dump(args.out, args.dirs)
    else:
        check(args.out, args.dirs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
