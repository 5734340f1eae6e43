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
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from contentlint.model.document import Document
from contentlint.signals.cues import cues
from contentlint.signals.lines import key_line, meta_line
from contentlint.signals.names import (
    PLACEHOLDER_AUTHORS,
    clean_name,
    explicit_name,
    is_capitalised_name,
    name_kind,
    slugify,
    usable_name,
)
from contentlint.signals.sites import PROFILE_DIRS, absolute_url, same_site, site_hosts
from contentlint.signals.structured import (
    ORG_TYPES,
    content_nodes,
    jsonld_nodes,
    node_types,
    resolve_ref,
)

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
    #: | author-url | address | author-box | title | trafilatura
    source: str
    line: int = 1
    #: A profile URL for the author, when the page gives one (absolute when it can be).
    url: str | None = None
    kind: str = "person"  # person | organization
    #: Why an organisation: "organisation" (its type or its words) or "site name";
    #: "Person" for a person typed so by its markup (JSON-LD `Person`, h-card, microdata).
    why: str = ""

    @property
    def slug(self) -> str:
        return slugify(self.name)


def authors(
    doc: Document,
    keys: Sequence[str] = AUTHOR_KEYS,
    site_author: str = "",
) -> list[Author]:
    """Every author claim on the page, strongest sources first, one per name.

    Organisations are claims too (`kind == "organization"`): a newsroom, a company, a
    generic account, or the site's own name. `people` keeps only the people."""
    memo_key = ("authors", tuple(keys), site_author)
    memo = doc.memo.setdefault("facts", {})
    if memo_key not in memo:
        memo[memo_key] = _dedupe(_classified(doc, _find_authors(doc, keys, site_author)))
    return list(memo[memo_key])


def people(doc: Document, keys: Sequence[str] = AUTHOR_KEYS, site_author: str = "") -> list[Author]:
    """The authors that name a person (or named people)."""
    return [a for a in authors(doc, keys, site_author) if a.kind == "person"]


def author_claims(
    doc: Document, keys: Sequence[str] = AUTHOR_KEYS, site_author: str = ""
) -> list[Author]:
    """Every author claim, duplicates included (to see which sources agree)."""
    return list(_classified(doc, _find_authors(doc, keys, site_author)))


def _classified(doc: Document, found: Iterable[Author]) -> Iterator[Author]:
    """Mark as organisations the claims that are the site's own name, or name no person."""
    names: set[str] | None = None
    for a in found:
        if a.kind == "organization":
            yield a if a.why else _as_org(a, "organisation")
            continue
        if names is None:
            names = site_names(doc)
        typed = a.why == "Person" or a.source in ("hcard", "microdata")
        # a personal site is named after its author: markup that says Person wins
        if not typed and _compact(a.name) in names:
            yield _as_org(a, "site name")
        elif a.source == "config" or name_kind(a.name) == "person":
            yield a
        else:
            yield _as_org(a, "organisation")


def _as_org(a: Author, why: str) -> Author:
    return Author(a.name, a.source, a.line, a.url, "organization", why)


_ARTICLES = re.compile(r"^(?:the|de|het|die|der|das|la|le|les|el|los|las|il|lo|o|a|l')\s*", re.I)


def _compact(name: str) -> str:
    """`De Kempen Courant` -> `kempencourant`: names compared without case, spaces or article."""
    return re.sub(r"\W+|_", "", _ARTICLES.sub("", name.strip()).lower())


_TITLE_SPLIT = re.compile(r"\s+[|·•–—-]\s+|\s+::\s+|\s*[｜]\s*")


def site_names(doc: Document) -> set[str]:
    """The site's own names, compacted: `og:site_name`, the JSON-LD publisher and WebSite,
    the `<title>` suffix, the host name (`elbtal-anzeiger.de` -> `elbtalanzeiger`)."""
    memo = doc.memo.setdefault("facts", {})
    if "site_names" in memo:
        return set(memo["site_names"])
    out: set[str] = set()
    for key in ("og:site_name", "application-name", "twitter:site", "publisher"):
        value = doc.meta.get(key, "").strip().lstrip("@")
        if value:
            out.add(_compact(value))
    for _, node, index in jsonld_nodes(doc):
        types = node_types(node)
        if types & ({"WebSite"} | ORG_TYPES) and isinstance(node.get("name"), str):
            out.add(_compact(node["name"]))
        pub = resolve_ref(node.get("publisher"), index)
        for p in pub if isinstance(pub, list) else [pub]:
            p = resolve_ref(p, index)
            # a personal site's publisher is its author: that name stays a person's
            named = isinstance(p, dict) and isinstance(p.get("name"), str)
            if named and "Person" not in node_types(p):
                out.add(_compact(p["name"]))
    title = (doc.extra.get("page_signals") or {}).get("title") or ""
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1:
        out.add(_compact(parts[-1]))
    for host in site_hosts(doc):
        labels = host.split(".")
        label = labels[-3] if len(labels) > 2 and labels[-2] in ("co", "com") else labels[-2:][0]
        out.add(_compact(label))
    out.discard("")
    memo["site_names"] = frozenset(out)
    return out


def _dedupe(found: Iterable[Author]) -> list[Author]:
    out: list[Author] = []
    seen: dict[str, int] = {}
    for a in found:
        key = slugify(a.name) or a.name.lower()
        if key in seen:
            i = seen[key]
            if out[i].url is None and a.url:
                out[i] = replace(out[i], url=a.url)
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
                elif name.lower() in PLACEHOLDER_AUTHORS:
                    yield Author(
                        name, f"front-matter:{key}", key_line(doc, key), url, "organization"
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
    yield from _prose_bylines(doc)
    yield from _signature(doc)
    yield from _title_byline(doc)
    traf = (doc.extra.get("trafilatura") or {}).get("author")
    # trafilatura takes any byline-looking text, a sidebar's included: like htmldate, it
    # is trusted only where the page has no recognisable headline to anchor our own scan.
    if isinstance(traf, str) and not scanned.get("headline"):
        for part in re.split(r";\s*", traf):
            named = clean_name(part)
            if named:
                yield Author(named, "trafilatura", doc.title_line, None, name_kind(named))
    yield from _twitter_creator(doc)  # weakest: often a social-media editor's handle
    if site_author.strip():
        yield Author(site_author.strip(), "config", doc.title_line, None, name_kind(site_author))


_BYLINE_SOURCES = {
    "microdata": "microdata",
    "rel": "rel-author",
    "class": "byline",
    "text": "byline",
    "url": "author-url",
    "address": "address",
    "about": "author-box",
    "hcard": "hcard",
}


def _prose_bylines(doc: Document) -> Iterator[Author]:
    """A byline line in the text: `*Von Max Muster*` under a Markdown title, `Autor: …` at
    the end, `Text: Jan Berg` in an extracted article."""
    prose = doc.prose_blocks
    by_prefix = cues().by_prefix
    for block in [*prose[:3], *prose[-4:]] if len(prose) > 7 else prose:
        text = block.text.strip(" *_")
        if len(text) > 90 or not by_prefix.match(text):
            continue
        name = clean_name(text)
        if name and is_capitalised_name(name):
            yield Author(name, "byline", block.line, None, name_kind(name))
            return


def _title_byline(doc: Document) -> Iterator[Author]:
    """`Headline – Autor: Katrin Albers · Site`, `Headline | by Jane Doe`: a byline in `<title>`."""
    title = (doc.extra.get("page_signals") or {}).get("title") or ""
    by_prefix = cues().by_prefix
    for i, part in enumerate(_TITLE_SPLIT.split(title)):
        m = _TITLE_BY.search(part)
        if i and by_prefix.match(part):
            name = clean_name(part)
        elif m:  # "Headline by Jane Doe": two capitalised words at least
            name = clean_name(m.group(1))
            name = name if name and len(name.split()) >= 2 else None
        else:
            continue
        if name and is_capitalised_name(name):
            yield Author(name, "title", 1, None, name_kind(name))
            return


_TITLE_BY = re.compile(r"\s(?:by|By|BY)\s+(\S.{2,60})$")


def _signature(doc: Document) -> Iterator[Author]:
    """A signature under the article: `— Jane Doe`, `-- Max Muster, Berlin`."""
    for block in doc.prose_blocks[-3:]:
        m = _SIGNED.match(block.text.strip())
        if m:
            name = clean_name(m.group(1))
            if name and is_capitalised_name(name):
                yield Author(name, "byline", block.line, None, name_kind(name))
                return


_SIGNED = re.compile(r"^(?:—|–|--|-)\s*([^\W\d_][^,;:.!?]{1,50})(?:,[^,]{0,40})?$")


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


_WRITTEN_BY = re.compile(r"written by|author|autor|auteur|auteur|författare|автор|著者|作者", re.I)


def _meta_authors(doc: Document) -> Iterator[Author]:
    # Yoast: twitter:label1 "Written by", twitter:data1 the author's name
    for n in ("1", "2"):
        if _WRITTEN_BY.search(doc.meta.get(f"twitter:label{n}", "")):
            name = clean_name(doc.meta.get(f"twitter:data{n}", ""))
            if name:
                key = f"twitter:data{n}"
                yield Author(name, f"meta:{key}", meta_line(doc, key), None, name_kind(name))
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
            elif part.strip().lower() in PLACEHOLDER_AUTHORS:
                yield Author(part.strip(), f"meta:{key}", meta_line(doc, key), None, "organization")


def _twitter_creator(doc: Document) -> Iterator[Author]:
    """`twitter:creator` is the writer's handle, unless it is the site's (`twitter:site`)."""
    creator = doc.meta.get("twitter:creator", "").strip()
    site = doc.meta.get("twitter:site", "").strip().lower()
    if creator.lower() != site and re.fullmatch(r"@?\w{2,30}", creator):
        yield Author(creator, "meta:twitter:creator", meta_line(doc, "twitter:creator"))


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
                kind = (
                    "organization"
                    if kinds & ORG_TYPES and "Person" not in kinds
                    else "person"
                    if "Person" in kinds and name_kind(name) == "person"
                    else name_kind(name)
                )
                why = "Person" if kind == "person" and "Person" in kinds else ""
                yield Author(name, "json-ld", block.line, _jsonld_url(doc, entry), kind, why)


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
