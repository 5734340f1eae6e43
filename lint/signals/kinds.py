"""Page kinds (issue 16): what a page is to a reader.

article, release-note, reference, listing, landing, legal — guessed from the path, the
front matter, the title and the page's structure, with patterns kept in data
(`data/page_kinds.yml`). Sources call `classify` once the document is read; config may
override the result per path (see `override`).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from contentlint.model.document import Document
from contentlint.model.text import LANGUAGE_FOLDERS
from contentlint.signals import datefacts

KINDS = ("article", "release-note", "reference", "listing", "landing", "legal")
#: Kinds a source may already have set that classification leaves alone.
_KEEP = frozenset({"redirect"})

_VERSION_RE = re.compile(
    r"(?<![\w.])v?\d+\.\d+(?:\.\d+)?(?:[-.]?(?:alpha|beta|rc|pre)[.\d]*)?(?![\w.])", re.I
)
_LANG_DIR_RE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$", re.I)


@cache
def patterns() -> dict[str, Any]:
    data = yaml.safe_load((Path(__file__).parent / "data" / "page_kinds.yml").read_text("utf-8"))
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "layouts":
            out[key] = {str(v).lower(): kind for kind, vals in value.items() for v in vals}
        else:
            out[key] = frozenset(str(v).lower() for v in value)
    return out


def is_lang_dir(name: str) -> bool:
    return bool(_LANG_DIR_RE.match(name)) and name[:2].lower() in LANGUAGE_FOLDERS


def _values(data: Mapping[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for k in keys:
        v = data.get(k)
        if isinstance(v, str):
            out.append(v.lower().strip())
        elif isinstance(v, list):
            out.extend(str(x).lower().strip() for x in v if isinstance(x, str | int | float))
    return out


def _release_title(title: str, p: Mapping[str, Any]) -> bool:
    if not _VERSION_RE.search(title):
        return False
    low = title.lower()
    words = re.findall(r"[\w.'-]+", low)
    if any(w in low for w in p["release_title_words"] if " " in w) or any(
        w in p["release_title_words"] for w in words
    ):
        return True
    # "Harbor 2.0", "Lumen 0.42.0": a name and a version, nothing else
    return len(words) <= 3


def classify(doc: Document, data: Mapping[str, Any] | None = None) -> str:
    """The page kind of `doc` (its path, front matter, title and blocks)."""
    if doc.kind == "template":  # a body-less page a theme renders: only a home or a list
        kind = _classify(doc, data)
        return kind if kind in ("landing", "listing") else "template"
    return _classify(doc, data)


def _classify(doc: Document, data: Mapping[str, Any] | None = None) -> str:
    if doc.kind in _KEEP or (doc.kind == "listing" and doc.format == "html"):
        return doc.kind
    p = patterns()
    data = data if data is not None else doc.front_matter
    explicit = _values(data, "kind", "page_kind", "pagekind")
    if explicit and explicit[0] in KINDS:
        return explicit[0]
    for value in _values(data, "layout", "type", "template", "pagetype"):
        kind = p["layouts"].get(value)
        if kind:
            return str(kind)

    path = PurePosixPath(doc.path.replace("\\", "/"))
    stem = path.stem.lower()
    if "." in stem and is_lang_dir(stem.rsplit(".", 1)[1]):  # pipelines.es.md
        stem = stem.rsplit(".", 1)[0]
    dirs = [d.lower() for d in path.parts[:-1] if d not in (".", "..")]
    parent = dirs[-1] if dirs else ""
    is_index = stem in ("index", "_index", "readme", "default")
    name = parent if is_index and stem != "_index" else stem
    title = re.split(r"\s+[|–—·]\s+|\s+-\s+", (doc.title or "").strip())[0]
    low_title = title.lower()

    if name in p["legal"] or stem in p["legal"]:
        return "legal"
    if low_title and any(t in low_title for t in p["legal_titles"]) and len(low_title) < 60:
        return "legal"
    if is_index and (not dirs or parent in p["content_roots"] or is_lang_dir(parent)):
        return "landing"
    if stem == "index" and parent.endswith("-pages"):  # docusaurus-plugin-content-pages
        return "landing"
    if name in p["landing_stems"] and not any(d in p["article_dirs"] for d in dirs):
        return "landing"
    if stem == "_index":
        return "listing"
    if (is_index and (parent in p["listing_stems"] or parent in p["listing_dirs"])) or (
        not is_index and stem in p["listing_stems"]
    ):
        return "listing"
    if any(d in p["listing_dirs"] for d in dirs):
        return "listing"

    extra = data.get("extra")
    if (
        stem in p["release_stems"]
        or any(d in p["release_dirs"] for d in dirs)
        or any(s in stem for s in ("changelog", "release-notes", "prerelease", "pre-release"))
        or (isinstance(extra, Mapping) and extra.get("release") is True)
        or data.get("release") is True
        or any(v in p["release_tags"] for v in _values(data, "tags", "categories", "category"))
        or (title and _release_title(title, p))
    ):
        return "release-note"

    in_articles = [i for i, d in enumerate(dirs) if d in p["article_dirs"]]
    in_reference = [i for i, d in enumerate(dirs) if d in p["reference_dirs"]]
    if in_reference and (not in_articles or max(in_reference) > max(in_articles)):
        return "reference"
    if in_articles:
        return "article"
    if not datefacts.dates(doc) and any(k.lower() in p["reference_keys"] for k in data):
        return "reference"
    if stem in p["reference_stems"]:
        return "reference"
    return _by_structure(doc)


def _by_structure(doc: Document) -> str:
    """Pages with nothing else to go by: read their shape.

    Mostly links in lists is a listing; headings such as "Parameters" and "Returns" make a
    reference page; an undated page making several calls to action is a landing page.
    """
    p = patterns()
    words = {"p": 0, "li": 0, "code": 0, "table": 0}
    for b in doc.blocks:
        n = len(b.text.split())
        if b.kind in words:
            words[b.kind] += n
    prose = words["p"] + words["li"]
    links = sum(1 for link in doc.links if link.internal)
    if prose and links >= 5 and words["li"] > 2 * words["p"] and prose / max(links, 1) < 15:
        return "listing"
    # A blog index of teasers: undated, and most subheadings are links to other pages
    # (not to their own section: many posts link each heading to its anchor).
    sub = [h for h in doc.headings if h.level > 1]
    if len(sub) >= 3 and not datefacts.dates(doc):
        linked = {
            link.text.strip().lower()
            for link in doc.links
            if link.internal and not link.href.startswith("#")
        }
        if sum(h.text.strip().lower() in linked for h in sub) * 3 >= len(sub) * 2:
            return "listing"
    heads = {h.text.lower().strip().rstrip(":").strip() for h in doc.headings if h.level > 1}
    if len(heads & p["reference_headings"]) >= 2:
        return "reference"
    if not datefacts.dates(doc):
        text = "\n".join(b.text for b in doc.blocks if b.kind in ("p", "li", "heading")).lower()
        if sum(1 for cue in p["landing_cues"] if cue in text) >= 2:
            return "landing"
    return "article"


def override(path: str, globs: Mapping[str, str] | Iterable[tuple[str, str]]) -> str | None:
    """The kind config gives `path` (`kinds: {"docs/**": reference}`), if any."""
    items = globs.items() if isinstance(globs, Mapping) else globs
    for pattern, kind in items:
        if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.rstrip("/") + "/*"):
            return kind
    return None


def summary(docs: Iterable[Document]) -> str:
    """`--statistics` line: how many pages of each kind were read."""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.kind] = counts.get(d.kind, 0) + 1
    order = {k: i for i, k in enumerate(KINDS)}
    ranked = sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    return ", ".join(f"{k} {n}" for k, n in ranked)
