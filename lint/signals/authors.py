"""Who wrote a page: every author claim, found once per document.

Expertise rules (E001, E006), rule packs and reports all ask this, so the answer is
computed here, once, from everything a real site uses: front matter (`author`,
`authors`, `by`, `contributors`...), `<meta name="author">`, `article:author`, Dublin
Core and analytics author tags, JSON-LD (`Article`/`BlogPosting`/`NewsArticle`...,
inside `@graph` too, with `@id` references followed; `author` as Person, Organization,
list or string), microdata `itemprop="author"`, `rel="author"` links, visible bylines
("By Jane Doe", elements whose class or id says byline/author), trafilatura's metadata,
and a site-wide author from config.

Visible bylines need the HTML tree: `signals.htmlscan.scan_html` records them in
`doc.extra["page_signals"]` at extraction time, and only those near the article's
headline (or microdata) count here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from contentlint.model.document import Document
from contentlint.signals.lines import key_line, meta_line
from contentlint.signals.names import clean_name, explicit_name, name_kind, slugify, usable_name
from contentlint.signals.sites import PROFILE_DIRS, absolute_url, same_site
from contentlint.signals.structured import ORG_TYPES, content_nodes, node_types, resolve_ref

#: Front-matter keys that name a page's author(s).
AUTHOR_KEYS: tuple[str, ...] = (
    "author",
    "authors",
    "by",
    "byline",
    "contributors",
    "contributor",
    "creator",
    "creators",
    "writer",
    "writers",
    "author_name",
    "authorName",
)
#: `<meta>` names and properties that carry the author's name (or profile URL).
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "article_author",
    "analyticsattributes.author",
)


@dataclass(frozen=True, slots=True)
class Author:
    """One claim about who wrote the page, and where it was found."""

    name: str
    #: front-matter:<key> | config | json-ld | meta:<name> | microdata | rel-author | byline
    #: | trafilatura
    source: str
    line: int = 1
    #: A profile URL for the author, when the page gives one (absolute when it can be).
    url: str | None = None
    kind: str = "person"  # person | organization

    @property
    def slug(self) -> str:
        return slugify(self.name)


def authors(
    doc: Document,
    keys: Sequence[str] = AUTHOR_KEYS,
    site_author: str = "",
) -> list[Author]:
    """Every author claim on the page, strongest sources first, one per name."""
    memo_key = ("authors", tuple(keys), site_author)
    memo = doc.memo.setdefault("facts", {})
    if memo_key not in memo:
        memo[memo_key] = _dedupe(_find_authors(doc, keys, site_author))
    return list(memo[memo_key])


def author_claims(
    doc: Document, keys: Sequence[str] = AUTHOR_KEYS, site_author: str = ""
) -> list[Author]:
    """Every author claim, duplicates included (to see which sources agree)."""
    return list(_find_authors(doc, keys, site_author))


def _dedupe(found: Iterable[Author]) -> list[Author]:
    out: list[Author] = []
    seen: dict[str, int] = {}
    for a in found:
        key = slugify(a.name) or a.name.lower()
        if key in seen:
            i = seen[key]
            if out[i].url is None and a.url:
                out[i] = Author(out[i].name, out[i].source, out[i].line, a.url, out[i].kind)
            continue
        seen[key] = len(out)
        out.append(a)
    return out


def _find_authors(doc: Document, keys: Sequence[str], site_author: str) -> Iterator[Author]:
    for key in keys:
        if key in doc.front_matter:
            for name, url in _fm_names(doc.front_matter[key]):
                if explicit_name(name):
                    yield Author(
                        name, f"front-matter:{key}", key_line(doc, key), url, name_kind(name)
                    )
    extra_fm = doc.front_matter.get("extra")
    if isinstance(extra_fm, dict):  # Zola keeps custom fields under [extra]
        for key in keys:
            if key in extra_fm:
                for name, url in _fm_names(extra_fm[key]):
                    if explicit_name(name):
                        yield Author(
                            name,
                            f"front-matter:extra.{key}",
                            key_line(doc, key),
                            url,
                            name_kind(name),
                        )
    yield from _jsonld_authors(doc)
    yield from _meta_authors(doc)
    scanned = doc.extra.get("page_signals") or {}
    for b in scanned.get("bylines", []):
        if b.get("near") or b.get("how") == "microdata":
            byline = clean_name(b["name"])
            if byline:
                url = absolute_url(doc, b.get("url"))
                yield Author(
                    byline,
                    _BYLINE_SOURCES.get(b["how"], "byline"),
                    b["line"],
                    url,
                    name_kind(byline),
                )
    yield from _signed_blocks(doc)
    traf = (doc.extra.get("trafilatura") or {}).get("author")
    # trafilatura takes any byline-looking text, a sidebar's included: like htmldate, it
    # is trusted only where the page has no recognisable headline to anchor our own scan.
    if isinstance(traf, str) and not scanned.get("headline"):
        for part in re.split(r";\s*", traf):
            named = clean_name(part)
            if named:
                yield Author(named, "trafilatura", doc.title_line, None, name_kind(named))
    if site_author.strip():
        yield Author(site_author.strip(), "config", doc.title_line, None, name_kind(site_author))


_BYLINE_SOURCES = {
    "microdata": "microdata",
    "rel": "rel-author",
    "class": "byline",
    "text": "byline",
}


_KO_SIGNED = re.compile(
    r"(?<![가-힣])(?:([가-힣]{2,4})\s?(?:기자|칼럼니스트|특파원)|(?:칼럼니스트|기자)\s([가-힣]{2,4}))(?![가-힣])"
)


def _signed_blocks(doc: Document) -> Iterator[Author]:
    """Korean articles sign off with the writer and a role: `홍길동 기자`, `칼럼니스트 박생강`."""
    prose = doc.prose_blocks
    for block in prose[-8:]:
        if len(block.text) > 80:
            continue
        m = _KO_SIGNED.search(block.text)
        if m:
            yield Author(m.group(1) or m.group(2), "byline", block.line, None, "person")
            return


def _fm_names(value: Any) -> Iterator[tuple[str, str | None]]:
    if isinstance(value, str):
        yield value.strip(), None
    elif isinstance(value, list):
        for v in value:
            yield from _fm_names(v)
    elif isinstance(value, dict):
        name = value.get("name") or value.get("title") or value.get("id")
        url = value.get("url") or value.get("link") or value.get("website")
        if isinstance(name, str):
            yield name.strip(), url if isinstance(url, str) else None


def _meta_authors(doc: Document) -> Iterator[Author]:
    for key in _AUTHOR_META:
        value = doc.meta.get(key, "").strip()
        if not value:
            continue
        if value.startswith(("http://", "https://", "/")):
            # article:author is often a profile URL: keep it for the profile check.
            yield from _author_from_url(doc, value, f"meta:{key}")
            continue
        for part in re.split(r"\s*[;|]\s*", value):
            if re.search(r"\S+@\S+\.\w", part):
                continue
            name = clean_name(part)
            if name:
                yield Author(name, f"meta:{key}", meta_line(doc, key), None, name_kind(name))


def _author_from_url(doc: Document, url: str, source: str) -> Iterator[Author]:
    """`https://site/people/meg-james` names Meg James; social profiles name nobody."""
    absolute = absolute_url(doc, url) or url
    parts = urlsplit(absolute)
    if not same_site(doc, absolute):
        return
    segs = [s for s in parts.path.split("/") if s]
    if len(segs) >= 2 and segs[-2].lower() in PROFILE_DIRS:
        name = segs[-1].replace("-", " ").replace("_", " ").strip().title()
        if name and usable_name(name):
            yield Author(name, source, meta_line(doc, source.split(":", 1)[-1]), absolute)


def _jsonld_authors(doc: Document) -> Iterator[Author]:
    for block, node, index in content_nodes(doc):
        author = node.get("author") or node.get("creator")
        for entry in author if isinstance(author, list) else [author]:
            entry = resolve_ref(entry, index)
            if isinstance(entry, str):
                name = explicit_name(entry)
                if name:
                    yield Author(name, "json-ld", block.line, None, name_kind(name))
            elif isinstance(entry, dict):
                raw = entry.get("name")
                if isinstance(raw, list):
                    raw = raw[0] if raw else None
                name = explicit_name(raw) if isinstance(raw, str) else None
                if not name:
                    continue
                kinds = node_types(entry)
                kind = "organization" if kinds & ORG_TYPES else name_kind(name)
                yield Author(name, "json-ld", block.line, _jsonld_url(doc, entry), kind)


def _jsonld_url(doc: Document, entry: Mapping[str, Any]) -> str | None:
    candidates: list[str] = []
    for key in ("url", "sameAs", "@id"):
        value = entry.get(key)
        for v in value if isinstance(value, list) else [value]:
            # An `@id` names a node: `https://site/author/jo/#author` is Jo's page, but
            # `https://site/#/schema/person/1` is only the home page.
            if isinstance(v, str) and v.startswith(("http://", "https://", "/")):
                page = v.split("#", 1)[0]
                if "#" not in v or urlsplit(page).path.strip("/"):
                    candidates.append(page)
    for c in candidates:  # a profile on the same site beats a social profile
        if same_site(doc, c):
            return absolute_url(doc, c)
    return candidates[0] if candidates else None
