"""Pages a site generator builds by itself (tag lists, blog indexes, pagination).

The URL patterns are data (`data/generated_pages.yml`), one list per generator; links to
such pages are not broken even though no source file stands behind them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from contentlint.model.text import LANGUAGE_FOLDERS

_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$")
DEFAULT_TAXONOMIES = ("tags", "categories")


@cache
def _data() -> dict[str, list[str]]:
    text = (Path(__file__).parent / "data" / "generated_pages.yml").read_text("utf-8")
    return {str(k): [str(p) for p in v] for k, v in yaml.safe_load(text).items()}


@cache
def patterns(generator: str, taxonomies: tuple[str, ...] = DEFAULT_TAXONOMIES) -> re.Pattern[str]:
    """One regex for all of `generator`'s generated pages (never matches when unknown)."""
    names = "|".join(re.escape(t.lower()) for t in taxonomies if t) or "(?!)"
    found = [p.replace("{taxonomies}", names) for p in _data().get(generator, [])]
    return re.compile("|".join(f"(?:{p})" for p in found) or "(?!)")


def url_path(path: str) -> str:
    """`/de/Blog/Tags/x.html?y` -> `/blog/tags/x/`: the form the patterns are written for."""
    path = path.lower().partition("?")[0].partition("#")[0]
    for ext in ("/index.html", "/index.htm", ".html", ".htm"):
        if path.endswith(ext):
            path = path[: -len(ext)]
            break
    segs = [s for s in path.split("/") if s]
    if segs and _LANG_RE.match(segs[0]) and segs[0][:2] in LANGUAGE_FOLDERS:
        segs = segs[1:]
    return "/" + "".join(s + "/" for s in segs)


def is_generated(
    path: str, generator: str | None, taxonomies: tuple[str, ...] = DEFAULT_TAXONOMIES
) -> bool:
    """Whether `generator` builds a page at URL path `path` by itself."""
    if not generator:
        return False
    return bool(patterns(generator, tuple(taxonomies)).search(url_path(path)))
