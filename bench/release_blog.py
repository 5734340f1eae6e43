"""The release-note blog target of issue 16, measured on a generated blog.

    python bench/release_blog.py [--posts 1000] [--layout jekyll|hugo] [--seed 0] [--keep DIR]

Builds `tests/release_blog.py` (about 80% release notes in five styles, 20% articles),
runs a default `contentlint check --no-cache --output-format json` over it as a separate
process, and prints the findings per release note and per article by rule and severity,
and how many release notes were classified as such. Target: no error-severity finding
on a release note, and fewer than one warning per two release notes (0.5) on average.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import release_blog  # noqa: E402


def measure(root: Path, truth: release_blog.Truth) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "contentlint.cli", "check", str(root), "--no-cache", "--exit-zero",
         "--output-format", "json"],
        capture_output=True, text=True, check=True, cwd=root,
    ).stdout  # fmt: skip
    problems = json.loads(out)
    releases = {str(root / p) for p in truth.releases} | set(truth.releases)
    articles = {str(root / p) for p in truth.articles} | set(truth.articles)
    by: dict[str, Counter[tuple[str, str]]] = {"release": Counter(), "article": Counter()}
    kinds: Counter[str] = Counter()
    seen: set[str] = set()
    for p in problems:
        group = "release" if p["path"] in releases else "article" if p["path"] in articles else None
        if group is None:
            continue
        by[group][(p["code"], p["severity"])] += 1
        if group == "release" and p["path"] not in seen:
            seen.add(p["path"])
            kinds[p.get("kind") or "?"] += 1
    n_rel, n_art = len(truth.releases), len(truth.articles)

    def per(group: str, severity: str, n: int) -> float:
        return sum(c for (_, s), c in by[group].items() if s == severity) / max(1, n)

    return {
        "releases": n_rel,
        "articles": n_art,
        "release_errors_per_note": per("release", "error", n_rel),
        "release_warnings_per_note": per("release", "warning", n_rel),
        "release_infos": sum(c for (_, s), c in by["release"].items() if s == "info"),
        "article_errors_per_article": per("article", "error", n_art),
        "article_warnings_per_article": per("article", "warning", n_art),
        "release_by_rule": sorted(by["release"].items(), key=lambda t: -t[1]),
        "article_by_rule": sorted(by["article"].items(), key=lambda t: -t[1]),
        "kinds_of_release_notes_with_findings": dict(kinds),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--layout", choices=("jekyll", "hugo"), default="jekyll")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="write the blog here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp) / "blog"
        root.mkdir(parents=True, exist_ok=True)
        truth = release_blog.build(root, args.posts, layout=args.layout, seed=args.seed)
        got = measure(root, truth)
    print(f"{got['releases']} release notes, {got['articles']} articles ({args.layout})")
    print(
        f"release notes: {got['release_errors_per_note']:.3f} errors and "
        f"{got['release_warnings_per_note']:.3f} warnings per note, "
        f"{got['release_infos']} info findings"
    )
    print(
        f"articles: {got['article_errors_per_article']:.3f} errors and "
        f"{got['article_warnings_per_article']:.3f} warnings per article"
    )
    ok = got["release_errors_per_note"] == 0 and got["release_warnings_per_note"] < 0.5
    print("target (0 errors, < 0.5 warnings per release note):", "met" if ok else "NOT met")
    print("on release notes, by rule:")
    for (code, sev), n in got["release_by_rule"]:  # type: ignore[attr-defined]
        print(f"  {code} {sev:8} {n}")
    print("on articles, by rule:")
    for (code, sev), n in got["article_by_rule"]:  # type: ignore[attr-defined]
        print(f"  {code} {sev:8} {n}")
    print("page kind of release notes with findings:", got["kinds_of_release_notes_with_findings"])


if __name__ == "__main__":
    main()
