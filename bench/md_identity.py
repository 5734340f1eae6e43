"""Identity check of the Markdown source: every Document, field by field, and every problem.

    python bench/md_identity.py dump OUT.jsonl DIR...      # one JSON line per Markdown file
    python bench/md_identity.py compare DIR...             # reference parser vs pyromark
    python bench/md_identity.py check OUT_DIR DIR...       # contentlint check --select ALL, JSON

`dump` serialises what `contentlint.sources.markdown.parse` builds (blocks, headings,
links, images with lines and columns, title, description, kind, language…): run it before
and after a change and diff the two files. `compare` parses every file twice in one process,
once with the pyromark walk and once with the markdown-it-py reference kept in
tests/md_reference.py (until it is removed), and prints each difference. `check` writes
`contentlint check --no-cache --select ALL --output-format json` of each DIR, to diff.
The Rust blog (../shared/corpora/rust-blog, 754 posts) is the corpus of record; tests never
read ../shared, so this check lives here.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SUFFIXES = {".md", ".mdx", ".markdown"}


def files_under(dirs: list[str]) -> list[tuple[Path, Path]]:
    out = []
    for d in dirs:
        root = Path(d)
        for p in sorted(root.rglob("*")):
            if p.suffix.lower() in SUFFIXES and p.is_file():
                out.append((root, p))
    return out


def snapshot(doc: Any) -> dict[str, Any]:
    """Every field a parse sets, as plain data (memo and lines aside)."""
    data = {}
    for f in dataclasses.fields(doc):
        if f.name in ("memo", "lines"):
            continue
        value = getattr(doc, f.name)
        if dataclasses.is_dataclass(value):
            value = dataclasses.asdict(value)
        elif isinstance(value, list):
            value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
        data[f.name] = value
    return data


def parse_file(root: Path, path: Path, parse: Any = None) -> dict[str, Any]:
    from contentlint.engine.core import resolve_code
    from contentlint.model.settings import SourceSettings
    from contentlint.sources import markdown

    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    rel = PurePosixPath(path.relative_to(root).as_posix())
    try:
        doc = (parse or markdown.parse)(text, str(path), rel, SourceSettings(), resolve_code)
    except Exception as exc:  # front matter errors: the same error is the same result
        return {"error": f"{type(exc).__name__}: {exc}"}
    return snapshot(doc)


def dump(out: str, dirs: list[str]) -> int:
    with open(out, "w") as fh:
        for root, path in files_under(dirs):
            row = {"file": str(path.relative_to(root)), **parse_file(root, path)}
            fh.write(json.dumps(row, sort_keys=True, default=repr) + "\n")
    return 0


def compare(dirs: list[str]) -> int:
    sys.path.insert(0, str(REPO / "tests"))
    import md_reference

    n = bad = 0
    for root, path in files_under(dirs):
        n += 1
        new = json.dumps(parse_file(root, path), sort_keys=True, default=repr, indent=0)
        old = json.dumps(
            parse_file(root, path, md_reference.parse), sort_keys=True, default=repr, indent=0
        )
        if new != old:
            bad += 1
            import difflib

            diff = difflib.unified_diff(old.splitlines(), new.splitlines(), "reference", "new", n=1)
            print(f"--- {path}\n" + "\n".join(list(diff)[2:40]))
    print(f"{n} files, {bad} with a different Document")
    return 1 if bad else 0


def check(out_dir: str, dirs: list[str]) -> int:
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for d in dirs:
        cmd = [sys.executable, "-m", "contentlint.cli", "check", "--no-cache", "--select", "ALL"]
        cmd += ["--exit-zero", "--output-format", "json", "."]
        res = subprocess.run(cmd, cwd=d, capture_output=True, text=True, check=False)
        name = Path(d).resolve().name
        Path(out_dir, f"{name}.json").write_text(res.stdout)
        if res.returncode not in (0, 1):
            print(res.stderr, file=sys.stderr)
    return 0


def main() -> int:
    cmd, *rest = sys.argv[1:]
    if cmd == "dump":
        return dump(rest[0], rest[1:])
    if cmd == "compare":
        return compare(rest)
    if cmd == "check":
        return check(rest[0], rest[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
