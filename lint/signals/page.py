"""Who wrote a page and when: author and date signals, found once per document.

Expertise rules (E001-E009), rule packs and reports all ask the same two questions,
so the answers are computed here, once, from everything a real site uses:

* authors: front matter (`author`, `authors`, `by`, `contributors`...), `<meta
  name="author">`, `article:author`, Dublin Core and analytics author tags, JSON-LD
  (`Article`/`BlogPosting`/`NewsArticle`..., inside `@graph` too, with `@id`
  references followed; `author` as Person, Organization, list or string), microdata
  `itemprop="author"`, `rel="author"` links, visible bylines ("By Jane Doe", elements
  whose class or id says byline/author), trafilatura's metadata, and a site-wide author
  from config;
* dates: front matter (`date`, `publishDate`, `lastmod`...), dates in the file path or
  in a front-matter `path`/`url`/`permalink` (`2019/10/15/slug`), the page URL,
  `article:published_time`/`modified_time` and similar meta tags, JSON-LD
  `datePublished`/`dateModified`, microdata, visible dates next to the headline
  (`<time datetime>`, "Published Nov 19, 2019", "2 days ago"), and htmldate (through
  trafilatura) as a last resort.

Visible bylines and dates need the HTML tree, which only exists while the page is
parsed: `scan_html` records them in `doc.extra["page_signals"]` at extraction time.
Only the ones near the article's headline, or inside its article element, count, and
nothing inside navigation, sidebars, comments or related-story lists does: those
carry other stories' bylines and dates.

A source that has an earlier version of a document (git for files, the crawl store
for pages) records it as `doc.extra["previous_version"]`:
`{"ref": str, "dates": {key: iso date}, "changed_words": int, "words": int}`, the
previous version's date fields and how much of its text changed since.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from contentlint.model.document import Document
from contentlint.model.text import collapse_whitespace, fold_for_ascii
from contentlint.signals import dates as datesmod
from lxml import etree

# ----- what counts ------------------------------------------------------------------------

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
#: Front-matter keys of the first publication date.
PUBLISHED_KEYS: tuple[str, ...] = (
    "date",
    "publishDate",
    "publish_date",
    "published",
    "pubDate",
    "pubdate",
    "date_published",
    "datePublished",
    "created",
    "created_at",
)
#: Front-matter keys of the last update.
MODIFIED_KEYS: tuple[str, ...] = (
    "lastmod",
    "last_modified",
    "lastModified",
    "last_modified_at",
    "updated",
    "updated_at",
    "modified",
    "date_modified",
    "dateModified",
)
DATE_KEYS: tuple[str, ...] = PUBLISHED_KEYS + MODIFIED_KEYS

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
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "article.published",
    "datepublished",
    "published",
    "publish-date",
    "publishdate",
    "pubdate",
    "og:pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "pub_date",
    "citation_publication_date",
    "datecreated",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "article.updated",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "updated-date",
)
#: JSON-LD types whose `author`/`datePublished` describe the page's own content.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicQuestionAction",
        "SatiricalArticle",
        "AdvertiserContentArticle",
    }
)
#: Further types whose author and dates are the page's own (reviews, recipes, pages).
_CONTENT_TYPES = ARTICLE_TYPES | {
    "Review",
    "ClaimReview",
    "HowTo",
    "Recipe",
    "WebPage",
    "MedicalWebPage",
    "AboutPage",
    "FAQPage",
    "QAPage",
    "CreativeWork",
    "Blog",
}
_ORG_TYPES = frozenset(
    {
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "EducationalOrganization",
        "GovernmentOrganization",
        "NGO",
        "LocalBusiness",
        "OnlineBusiness",
    }
)
#: Account names that say nothing about who wrote the page.
PLACEHOLDER_AUTHORS = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "root",
        "user",
        "guest",
        "anonymous",
        "unknown",
        "author",
        "null",
        "none",
        "n/a",
        "default",
    }
)
_ORG_WORDS = re.compile(
    r"\b(staff|team|desk|bureau|press|news|newsroom|editors|editorial|reuters|agency|"
    r"wire services?|media|inc|ltd|llc|gmbh|magazine|journal|times|post)\b",
    re.IGNORECASE,
)
_JUNK_JSONLD_DATE = re.compile(r"^0{1,4}1-01-01")


# ----- results ------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class DateFact:
    """One date the page states, its role, and where it was found."""

    #: ISO calendar day, or None for a relative date ("2 days ago") nothing resolves.
    value: str | None
    role: str  # published | modified | unknown
    #: front-matter:<key> | path | url | meta:<name> | json-ld | microdata | visible | htmldate
    source: str
    line: int = 1
    text: str = ""
    #: The other reading of an ambiguous numeric date (05/10/2018).
    alt: str | None = None
    relative: bool = False

    def matches(self, other: DateFact, tolerance_days: int) -> bool:
        """Same day within the tolerance, under either reading of an ambiguous date."""
        import datetime as dt

        mine = [v for v in (self.value, self.alt) if v]
        theirs = [v for v in (other.value, other.alt) if v]
        return any(
            abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= tolerance_days
            for a in mine
            for b in theirs
        )


_SLUG_DROP_RE = re.compile(r"['’.]")
_SLUG_GAP_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slugify(name: str) -> str:
    """`Jane O'Doe` -> `jane-odoe`: how sites name author pages and data files.

    Memoised: the E-E-A-T record slugs the text of every link on a page, and sites
    repeat their link texts."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = _SLUG_DROP_RE.sub("", folded)
    return _SLUG_GAP_RE.sub("-", folded).strip("-")


# ----- per-document facts, memoised -----------------------------------------------------------


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


def dates(doc: Document, keys: Sequence[str] = DATE_KEYS) -> list[DateFact]:
    """Every date the page states about itself, strongest sources first."""
    memo_key = ("dates", tuple(keys))
    memo = doc.memo.setdefault("facts", {})
    if memo_key not in memo:
        memo[memo_key] = list(_find_dates(doc, keys))
    return list(memo[memo_key])


def published(doc: Document) -> list[DateFact]:
    return [d for d in dates(doc) if d.role == "published" and d.value]


def last_updated(doc: Document) -> DateFact | None:
    """The latest resolved date the page claims (modified if any, else published)."""
    found = [d for d in dates(doc) if d.value and d.source != "htmldate"]
    if not found:
        found = [d for d in dates(doc) if d.value]
    if not found:
        return None
    return max(found, key=lambda d: (d.value or "", d.role == "modified"))


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


# ----- authors ----------------------------------------------------------------------------------


def _find_authors(doc: Document, keys: Sequence[str], site_author: str) -> Iterator[Author]:
    for key in keys:
        if key in doc.front_matter:
            for name, url in _fm_names(doc.front_matter[key]):
                if explicit_name(name):
                    yield Author(name, f"front-matter:{key}", key_line(doc, key), url, _kind(name))
    extra_fm = doc.front_matter.get("extra")
    if isinstance(extra_fm, dict):  # Zola keeps custom fields under [extra]
        for key in keys:
            if key in extra_fm:
                for name, url in _fm_names(extra_fm[key]):
                    if explicit_name(name):
                        yield Author(
                            name, f"front-matter:extra.{key}", key_line(doc, key), url, _kind(name)
                        )
    yield from _jsonld_authors(doc)
    yield from _meta_authors(doc)
    scanned = doc.extra.get("page_signals") or {}
    for b in scanned.get("bylines", []):
        if b.get("near") or b.get("how") == "microdata":
            byline = clean_name(b["name"])
            if byline:
                url = _absolute(doc, b.get("url"))
                yield Author(
                    byline, _BYLINE_SOURCES.get(b["how"], "byline"), b["line"], url, _kind(byline)
                )
    yield from _signed_blocks(doc)
    traf = (doc.extra.get("trafilatura") or {}).get("author")
    # trafilatura takes any byline-looking text, a sidebar's included: like htmldate, it
    # is trusted only where the page has no recognisable headline to anchor our own scan.
    if isinstance(traf, str) and not scanned.get("headline"):
        for part in re.split(r";\s*", traf):
            named = clean_name(part)
            if named:
                yield Author(named, "trafilatura", doc.title_line, None, _kind(named))
    if site_author.strip():
        yield Author(site_author.strip(), "config", doc.title_line, None, _kind(site_author))


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
                yield Author(name, f"meta:{key}", _meta_line(doc, key), None, _kind(name))


def _author_from_url(doc: Document, url: str, source: str) -> Iterator[Author]:
    """`https://site/people/meg-james` names Meg James; social profiles name nobody."""
    absolute = _absolute(doc, url) or url
    parts = urlsplit(absolute)
    if not _same_site(doc, absolute):
        return
    segs = [s for s in parts.path.split("/") if s]
    if len(segs) >= 2 and segs[-2].lower() in PROFILE_DIRS:
        name = segs[-1].replace("-", " ").replace("_", " ").strip().title()
        if name and usable_name(name):
            yield Author(name, source, _meta_line(doc, source.split(":", 1)[-1]), absolute)


#: Folders that hold author profile pages (`/authors/jane-doe/`), in several languages.
PROFILE_DIRS = frozenset(
    {
        "author",
        "authors",
        "people",
        "profile",
        "profiles",
        "staff",
        "team",
        "contributor",
        "contributors",
        "writers",
        "writer",
        "autoren",
        "autor",
        "auteur",
        "redacteur",
        "journalist",
        "bio",
    }
)


def _meta_line(doc: Document, key: str) -> int:
    """The source line of `<meta name|property="key">` (the title line if unknown).

    That is the first of the first 400 lines that `_META_ATTR` (with `key`) matches.
    Each line is lowered once per page (İ/ı/ſ/K folded first: the letters re.I matches
    to ASCII; lowering then keeps offsets), and the key's occurrences in it checked for
    the attribute around them: a case-insensitive search of every line cost ~0.5 ms a
    call, minified pages having lines of 100,000 characters.
    """
    if not key.isascii() or "\n" in key:
        pattern = re.compile(_META_ATTR.format(key=re.escape(key)), re.I)
        return _find_line(doc, pattern, 400) or doc.title_line
    lowered: list[str] = doc.memo.setdefault("signals.lowered_lines", [])
    lines = doc.lines or []
    needle = key.lower()
    for i in range(min(400, len(lines))):
        if i == len(lowered):
            lowered.append(fold_for_ascii(lines[i]))
        low = lowered[i]
        hit = low.find(needle)
        while hit >= 0:
            after = hit + len(needle)
            if after < len(low) and low[after] in "\"'" and _meta_attr_before(low, hit):
                return i + 1
            hit = low.find(needle, hit + 1)
    return doc.title_line


#: The attribute naming a meta tag's key; `{key}` is the escaped key.
_META_ATTR = r"""(?:name|property|itemprop)\s*=\s*["']{key}["']"""


def _meta_attr_before(low: str, end: int) -> bool:
    """Whether `low[:end]` ends like `_META_ATTR` before its key: name|property|itemprop,
    optional spaces, `=`, optional spaces, a quote."""
    j = end - 1
    if j < 0 or low[j] not in "\"'":
        return False
    j -= 1
    while j >= 0 and low[j].isspace():  # str.isspace: the characters re's \s matches
        j -= 1
    if j < 0 or low[j] != "=":
        return False
    j -= 1
    while j >= 0 and low[j].isspace():
        j -= 1
    return low.endswith(("name", "property", "itemprop"), 0, j + 1)


def key_line(doc: Document, key: str) -> int:
    """The line of a front-matter key (`key:`, `key =`, `"key":`), or 1."""
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*[:=]""")
    return _find_line(doc, pattern, 200) or 1


def _find_line(doc: Document, pattern: re.Pattern[str], limit: int) -> int | None:
    for i, line in enumerate((doc.lines or [])[:limit]):
        if pattern.search(line):
            return i + 1
    return None


def _jsonld_authors(doc: Document) -> Iterator[Author]:
    for block, node, index in content_nodes(doc):
        author = node.get("author") or node.get("creator")
        for entry in author if isinstance(author, list) else [author]:
            entry = _resolve(entry, index)
            if isinstance(entry, str):
                name = explicit_name(entry)
                if name:
                    yield Author(name, "json-ld", block.line, None, _kind(name))
            elif isinstance(entry, dict):
                raw = entry.get("name")
                if isinstance(raw, list):
                    raw = raw[0] if raw else None
                name = explicit_name(raw) if isinstance(raw, str) else None
                if not name:
                    continue
                kinds = _types(entry)
                kind = "organization" if kinds & _ORG_TYPES else _kind(name)
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
        if _same_site(doc, c):
            return _absolute(doc, c)
    return candidates[0] if candidates else None


# ----- JSON-LD helpers -----------------------------------------------------------------------


def jsonld_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    """(block, node, @id index) for every top-level node, `@graph` members included."""
    for block in doc.json_ld:
        if block.data is None:
            continue
        tops: list[Any] = []
        stack = [block.data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                if "@type" in item:
                    tops.append(item)
        index = {n["@id"]: n for n in tops if isinstance(n.get("@id"), str)}
        _index_nested(block.data, index)
        for node in tops:
            yield block, node, index


def _index_nested(data: Any, index: dict[str, Any], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for d in data:
            _index_nested(d, index, depth + 1)
    elif isinstance(data, dict):
        if isinstance(data.get("@id"), str) and len(data) > 1:
            index.setdefault(data["@id"], data)
        for v in data.values():
            if isinstance(v, (dict, list)):
                _index_nested(v, index, depth + 1)


def content_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    """Top-level JSON-LD nodes that describe the page's own content (articles, reviews)."""
    for block, node, index in jsonld_nodes(doc):
        if _types(node) & _CONTENT_TYPES:
            yield block, node, index


def article_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    for block, node, index in jsonld_nodes(doc):
        if _types(node) & ARTICLE_TYPES:
            yield block, node, index


def _types(node: Mapping[str, Any]) -> set[str]:
    t = node.get("@type") or node.get("type")
    values = t if isinstance(t, list) else [t]
    return {
        v.split("/")[-1].capitalize() if v.islower() else v.split("/")[-1]
        for v in values
        if isinstance(v, str)
    }


def _resolve(entry: Any, index: Mapping[str, Any]) -> Any:
    if isinstance(entry, dict) and set(entry) <= {"@id", "@type"} and entry.get("@id") in index:
        return index[entry["@id"]]
    return entry


def jsonld_author_names(node: Mapping[str, Any], index: Mapping[str, Any]) -> list[str]:
    """Names in a node's `author`, with `@id` references followed."""
    author = node.get("author")
    out: list[str] = []
    for entry in author if isinstance(author, list) else [author]:
        entry = _resolve(entry, index)
        raw = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(raw, str):
            name = clean_name(raw)
            if name:
                out.append(name)
    return out


def jsonld_date(value: Any) -> datesmod.Parsed | None:
    if not isinstance(value, str) or _JUNK_JSONLD_DATE.match(value.strip()):
        return None
    return datesmod.parse(value)


# ----- names ------------------------------------------------------------------------------------

_BY_PREFIX = re.compile(
    r"^\s*(?:[|/•·\-–—]\s*)*(?:(?:written|posted|published|reported|analysis|story|text|words|"
    r"reporting|photos?|compiled)\s+)?(?:by|von|por|par|di|door|av|af|de)\s*:?\s+|"
    r"^\s*(?:[|/•·\-–—]\s*)*(?:author|autor|auteur|autore|texte?|текст|автор|writer|"
    r"posted by|written by|by)\s*:\s*|"
    r"^.*?\b(?:publicado por|postado por|escrito por|publié par|écrit par|geschrieben von|"
    r"scritto da|pubblicato da)\s*:?\s*",
    re.IGNORECASE,
)
_NAME_CUT = re.compile(
    r"\s+[|•·]\s*|\s+[-–—]\s+|\s*／\s*|\s*@\w|\s+on\s+(?=\w+day\b|\w+\s+\d|\d)|\s+at\s+\d|"
    r"\s*\b(?:updated|published|posted|last updated|first published)\b|\s{2,}|\n|"
    r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "by",
        "von",
        "por",
        "par",
        "written by",
        "posted by",
        "share",
        "comments",
        "comment",
        "subscribe",
        "email",
        "print",
        "follow",
        "facebook",
        "twitter",
        "linkedin",
        "menu",
        "search",
        "home",
        "more",
        "advertisement",
        "sign in",
        "log in",
        "login",
        "read more",
        "view all",
        "see all",
        "close",
        "next",
        "previous",
        "biography",
        "bio",
        "about",
        "contact",
        "newsletter",
        "editor's picks",
        "related",
        "sponsored",
        "opinion",
        "news",
        "video",
        "photo",
        "photos",
        "image",
        "images",
        "getty images",
        "shutterstock",
        "view author archive",
        "all posts",
        "posts",
        "staff writer",
        "contributor",
        "senior contributor",
        "contributing writer",
        "reporter",
        "columnist",
        "editor",
        "writer",
        "correspondent",
        "guest author",
        "guest post",
    }
)
_CONNECTORS = frozenset(
    {
        "and",
        "&",
        "de",
        "da",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "del",
        "la",
        "le",
        "di",
        "bin",
        "al",
        "y",
        "e",
        "und",
        "et",
        "the",
        "of",
        "for",
        "mc",
        "st.",
    }
)


_ROLE_SUFFIX = re.compile(
    r",\s*[^,]*\b(?:writer|editor|editor-at-large|correspondent|reporter|columnist|contributor|"
    r"staff|journalist|producer|analyst|director)\b[^,]*$",
    re.IGNORECASE,
)


def _strip_role(name: str) -> str:
    """`Chris Cillizza, CNN Editor-at-large` -> `Chris Cillizza`; `LISA MASCARO, ERIC TUCKER` stays."""
    return _ROLE_SUFFIX.sub("", name)


def explicit_name(text: str | None) -> str | None:
    """A name given in a field meant for it (front matter, JSON-LD): taken as written.

    Only placeholders, URLs, e-mail addresses and dates are refused; "davidtwco and
    wesleywiser" or "Ben Striegel on behalf of the Edition 2024 Project Group" are
    what the site says, unlike the same words scraped from a page.
    """
    if not text:
        return None
    text = _BY_PREFIX.sub("", collapse_whitespace(text), count=1)
    text = _strip_role(re.split(r"\s+\|\s*", text, maxsplit=1)[0]).strip(" ,;|")
    low = text.lower()
    if not text or len(text) > 160 or low in PLACEHOLDER_AUTHORS or low in _NOT_NAMES:
        return None
    if "http" in low or re.search(r"\S+@\S+\.\w", text) or datesmod.parse(text):
        return None
    return text if any(ch.isalpha() for ch in text) else None


def clean_name(text: str | None) -> str | None:
    """A plausible author name from byline text, or None: `By Jane Doe | Nov 2` -> `Jane Doe`."""
    if not text:
        return None
    text = collapse_whitespace(text)
    text = _BY_PREFIX.sub("", text, count=1)
    text = _NAME_CUT.split(text, maxsplit=1)[0]
    text = re.sub(r",\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b).*$", "", text, flags=re.I)
    text = _strip_role(text).strip(" ,;:|-–—•·\u200b")
    return text if usable_name(text) else None


def usable_name(name: str) -> bool:
    """Looks like a person's or organisation's name, not a date, a handle or a button."""
    if not name or len(name) > 80 or name.lower() in PLACEHOLDER_AUTHORS:
        return False
    low = name.lower()
    if low in _NOT_NAMES or "http" in low or re.search(r"[@{}<>()\[\]‘’“”\"?!:]", name):
        return False
    if datesmod.parse(name) or datesmod.is_relative(name) or re.search(r"\b\d{3,}\b", name):
        return False
    if datesmod.is_month_day(name):
        return False
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 12 or name[0].isdigit():
        return False
    if len(words) > 6 and not re.search(r",|&|\band\b|\bund\b|\be\b|\by\b|\bet\b", name):
        return False  # a headline, not a list of names
    # Names are capitalised: two plain lowercase words make a sentence ("is a writer").
    lower = [w for w in words if w.isalpha() and w.islower() and w not in _CONNECTORS]
    if len(lower) >= 3 or (len(lower) == 2 and len(lower) * 2 > len(words)):
        return False
    return any(ch.isalpha() for ch in name)


def is_capitalised_name(name: str) -> bool:
    """Every word capitalised (or a connector): `Jane Doe`, `LISA MASCARO and ERIC TUCKER`."""
    words = [w.strip(",.'’()") for w in name.split()]
    words = [w for w in words if w]
    if words and not any(ch.isupper() or ch.islower() for ch in name):
        return True  # a script without letter case (Japanese, Korean, Chinese...)
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _kind(name: str) -> str:
    return "organization" if _ORG_WORDS.search(name) else "person"


def _absolute(doc: Document, url: str | None) -> str | None:
    if not url:
        return None
    hosts = site_hosts(doc)
    base = doc.url if doc.url and urlsplit(doc.url).netloc in hosts else None
    base = base or doc.canonical or doc.meta.get("og:url") or doc.url or "https://site.invalid/"
    try:
        return urljoin(base, url)
    except ValueError:
        return None


def _same_site(doc: Document, url: str) -> bool:
    """On the page's own site (subdomains included: people.ign.com is ign.com's)."""
    if url.startswith("/") and not url.startswith("//"):
        return True
    host = urlsplit(url).netloc.lower()
    if host == "site.invalid":
        return True  # resolved from a relative link on a page without a known URL
    return bool(host) and any(_registrable(host) == _registrable(h) for h in site_hosts(doc))


def site_hosts(doc: Document) -> list[str]:
    """Hosts the page says it lives on: its URL, else its canonical or `og:url`.

    A saved page linted as a file has a placeholder URL, but its canonical still names
    the real site.
    """
    hosts = []
    for candidate in (doc.url, doc.canonical, doc.meta.get("og:url")):
        host = urlsplit(candidate or "").netloc.lower()
        if host and host != "site.invalid":
            hosts.append(host)
    return hosts


def _registrable(host: str) -> str:
    labels = host.split(":")[0].removeprefix("www.").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})


def same_site(doc: Document, url: str) -> bool:
    return _same_site(doc, url)


# ----- dates ------------------------------------------------------------------------------------


def _find_dates(doc: Document, keys: Sequence[str]) -> Iterator[DateFact]:
    for key in keys:
        value = doc.front_matter.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            parsed = datesmod.parse(str(value))
            if parsed:
                role = "modified" if key in MODIFIED_KEYS else "published"
                yield _fact(parsed, role, f"front-matter:{key}", key_line(doc, key), str(value))
    for key in ("path", "url", "permalink"):
        value = doc.front_matter.get(key)
        if isinstance(value, str):
            day = datesmod.path_date(value)
            if day:
                yield DateFact(
                    day.isoformat(), "published", f"front-matter:{key}", key_line(doc, key), value
                )
    day = datesmod.path_date(doc.path)
    if day:
        yield DateFact(day.isoformat(), "published", "path", 1, doc.path)
    if doc.url and doc.format == "html":
        day = datesmod.path_date(urlsplit(doc.url).path)
        if day:
            yield DateFact(day.isoformat(), "published", "url", 1, doc.url)
    yield from _jsonld_dates(doc)
    for names, role in ((_PUBLISHED_META, "published"), (_MODIFIED_META, "modified")):
        for key in names:
            value = doc.meta.get(key, "")
            parsed = datesmod.parse(value) if value and not _JUNK_JSONLD_DATE.match(value) else None
            if parsed:
                yield _fact(parsed, role, f"meta:{key}", _meta_line(doc, key), value)
    scanned = doc.extra.get("page_signals") or {}
    for d in scanned.get("dates", []):
        if d.get("how") == "microdata" or d.get("near"):
            yield DateFact(
                d.get("value"),
                d.get("role", "unknown"),
                _VISIBLE_SOURCES.get(d.get("how", ""), "visible"),
                d.get("line", 1),
                d.get("text", ""),
                d.get("alt"),
                bool(d.get("relative")),
            )
    traf = (doc.extra.get("trafilatura") or {}).get("date")
    # htmldate reads the whole page, comments and scripts included: trust it only where
    # the page has no recognisable headline, so the visible-date scan above is blind.
    if isinstance(traf, str) and doc.format == "html" and not scanned.get("headline"):
        parsed = datesmod.parse(traf)
        if parsed:
            yield _fact(parsed, "published", "htmldate", doc.title_line, traf)


#: Dates in `<time>` or date-classed elements are "visible"; a bare date line near the
#: headline is "visible:text" (good enough to show a date exists, too loose to compare).
_VISIBLE_SOURCES = {
    "microdata": "microdata",
    "time": "visible",
    "class": "visible",
    "text": "visible:text",
}


def _fact(parsed: datesmod.Parsed, role: str, source: str, line: int, text: str) -> DateFact:
    return DateFact(
        parsed.day.isoformat(),
        role,
        source,
        line,
        text,
        parsed.alt.isoformat() if parsed.alt else None,
    )


def _jsonld_dates(doc: Document) -> Iterator[DateFact]:
    for block, node, _ in content_nodes(doc):
        for key, role in (
            ("datePublished", "published"),
            ("dateCreated", "published"),
            ("uploadDate", "published"),
            ("dateModified", "modified"),
        ):
            parsed = jsonld_date(node.get(key))
            if parsed:
                yield _fact(parsed, role, "json-ld", block.line, str(node.get(key)))


# ----- extraction time: the HTML tree --------------------------------------------------------

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_EXCLUDED_TAGS = frozenset({"aside", "nav", "form"})
_EXCLUDED_CLASS = re.compile(
    r"comment|sidebar|side-bar|widget|related|recommend|trending|popular|most-?read|"
    r"newsletter|promo|teaser|outbrain|taboola|recirc|more-stories|also-on|next-?up|up-?next|"
    r"rpwwt|ticker|mainnav|navbar|navigation|(?:^|[\s_-])nav(?:$|[\s_-])|menu|breadcrumb|"
    r"footer-nav|site-footer|share|social|subscribe|story-list|river|carousel|featured-article|"
    r"post-?list|article-?list|list-of",
    re.IGNORECASE,
)
_COMMENT_CLASS = re.compile(r"(?:^|\s)comment", re.IGNORECASE)
_BYLINE_CLASS = re.compile(
    r"by-?line|author|writer|contributor|posted-?by|submitted-?by|reporter|columnist",
    re.IGNORECASE,
)
_NOT_BYLINE_CLASS = re.compile(
    r"avatar|image|img|photo|pic|social|twitter|email|mail|follow|flyout|bio(?!s)|"
    r"description|desc|title|role|job|more|archive|rss|count|icon|label|reading|read-?time|"
    r"location|city|place|dateline|credit|gear|recent|__post|stories|__heading",
    re.IGNORECASE,
)
_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:name|fn|author-?name|authorname)(?:$|[\s_-])", re.I)
_DATE_CLASS = re.compile(
    r"date|time(?!line)|publish|posted|updated|modified|stamp|dateline", re.IGNORECASE
)
_MODIFIED_WORDS = re.compile(
    r"updat|modif|revised|aktualisiert|actualizado|atualizado|aggiornato|mis à jour|edited",
    re.IGNORECASE,
)
_PUBLISHED_WORDS = re.compile(
    r"publi|posted|first published|veröffentlicht|pubblicato|created|pubdate|issued",
    re.IGNORECASE,
)
_BY_ALONE = re.compile(
    r"^(?:[|/•·\-–—]\s*)?(?:(?:written|posted|analysis|reporting|text|story|words)\s+)?by\s*:?$|"
    r"^(?:von|por|par|door|texte?\s*:|текст\s*:|author\s*:|autor\s*:)$",
    re.IGNORECASE,
)
_TRAILING_BY = re.compile(r"^(?P<lead>.+?)\s+by\s*:?$", re.IGNORECASE)
_BY_TEXT = re.compile(
    r"^(?:[|/•·\-–—]\s*)?(?:(?:written|posted|analysis|reporting)\s+)?by\s*:?\s+\S|^von\s+\S|"
    r"(?:^|\s)(?:publicado por|postado por|escrito por|publié par|écrit par|geschrieben von|"
    r"scritto da|pubblicato da)\s*:?\s+\S",
    re.IGNORECASE,
)
#: How far (in text-bearing elements) a byline or date may sit from the headline.
WINDOW_BEFORE = 15
WINDOW_AFTER = 30
_ARTICLE_ITEMTYPE = re.compile(r"schema\.org/(\w*Article|BlogPosting|LiveBlogPosting|Report)\b")

# A page has ~800 elements and ~190 distinct class strings; testing each string with
# the three case-insensitive class patterns below cost more than the rest of the scan.
# One search of the lowered string tells the few that may match any of them.

#: Every match of _BYLINE_CLASS, _DATE_CLASS or _HEADLINE_CLASS contains one of these.
_CLASS_WORDS = re.compile(
    "byline|by-line|author|writer|contributor|posted|submitted|reporter|columnist|"
    "date|time|publish|updated|modified|stamp|headline|tit"
)


@lru_cache(maxsize=4096)
def _class_words(cls: str) -> bool:
    """Whether `cls` may match _BYLINE_CLASS, _DATE_CLASS or _HEADLINE_CLASS (a superset:
    the exact tests still decide)."""
    return _CLASS_WORDS.search(fold_for_ascii(cls)) is not None


_MICRODATA = etree.XPath("descendant-or-self::*[@itemprop or @itemscope]")


def scan_html(tree: Any) -> dict[str, Any]:
    """Bylines, `rel=author` links, microdata and visible dates, while the tree is whole.

    Returns a compact, picklable record for `doc.extra["page_signals"]`. Each candidate
    says whether it is near the headline (`near`), so the rules need no HTML.
    """
    body = tree.find("body")
    out: dict[str, Any] = {"headline": None, "bylines": [], "dates": [], "articles": []}
    if body is None:
        return out
    elements: list[Any] = []
    order: dict[Any, int] = {}
    texty: list[int] = []  # cumulative count of text-bearing elements, by document order
    count = 0
    classed: list[int] = []  # <time> and elements classed like a byline or a date, maybe
    heads: list[Any] = []  # possible headlines
    for i, el in enumerate(body.iter(etree.Element)):
        order[el] = i
        elements.append(el)
        tag = el.tag
        if tag not in _SKIP_TAGS and el.text and el.text.strip():
            count += 1
        texty.append(count)
        cls_attr, id_attr = el.get("class"), el.get("id")
        # A word of the class test lies in the class or in the id (no word has a space).
        cls_words = bool(cls_attr) and _class_words(cls_attr)
        if cls_words or tag in ("h1", "h2", "h3") or el.get("itemprop") == "headline":
            heads.append(el)
        if cls_words or tag == "time" or (id_attr and _class_words(id_attr)):
            classed.append(i)
    headline = _headline(tree, heads)
    h_pos = texty[order[headline]] if headline is not None else None
    h_article = _ancestor(headline, "article") if headline is not None else None
    if headline is not None:
        out["headline"] = headline.sourceline
    excluded_cache: dict[Any, bool] = {}

    def place(el: Any) -> tuple[bool, bool]:
        """(near the headline, excluded context) for an element."""
        if el not in order:  # <html> and <head>: page-level microdata
            return False, False
        if _excluded(el, excluded_cache):
            return False, True
        if h_pos is None:
            in_main = _ancestor(el, "article") is not None or _ancestor(el, "main") is not None
            return in_main, False
        distance = texty[order[el]] - h_pos
        near = -WINDOW_BEFORE <= distance <= WINDOW_AFTER
        if not near and h_article is not None and _ancestor(el, "article") is h_article:
            near = distance > 0  # an author box or date line at the end of the article
        return near, False

    bylines: list[dict[str, Any]] = out["bylines"]
    seen_names: dict[tuple[str, int], dict[str, Any]] = {}

    def add_byline(name: str | None, el: Any, how: str, url: str | None, near: bool) -> None:
        name = clean_name(name)
        if not name:
            return
        if how == "text" and not is_capitalised_name(name):
            return
        key = (name.lower(), el.sourceline or 0)
        if key in seen_names:
            if url and not seen_names[key]["url"]:
                seen_names[key]["url"] = url  # the same name again, now with its link
            return
        if len(bylines) >= 12:
            return
        entry = {"name": name, "line": el.sourceline or 1, "how": how, "url": url, "near": near}
        seen_names[key] = entry
        bylines.append(entry)

    # rel=author links (the <link> ones live in <head>)
    for el in tree.iter("a", "link"):
        if "author" not in (el.get("rel") or "").lower().split():
            continue
        if el.tag == "link":
            out.setdefault("rel_author", []).append(
                {"href": el.get("href"), "line": el.sourceline or 1}
            )
            continue
        near, excl = place(el)
        if not excl:
            add_byline(el.text_content(), el, "rel", el.get("href"), near or h_pos is None)
    # microdata (an Article item may be the whole <html>, with its dates in <head>)
    for el in _MICRODATA(tree):
        prop = (el.get("itemprop") or "").split()
        itemtype = el.get("itemtype") or ""
        if el.get("itemscope") is not None and _ARTICLE_ITEMTYPE.search(itemtype):
            out["articles"].append(_microdata_article(el, itemtype))
        if not prop:
            continue
        if "author" in prop or "creator" in prop:
            near, excl = place(el)
            if excl:
                continue
            name_el = next(iter(el.xpath(".//*[@itemprop='name']")), None)
            raw = (
                (name_el.get("content") or name_el.text_content())
                if name_el is not None
                else (el.get("content") or el.text_content())
            )
            link = el if el.tag == "a" else next(iter(el.iter("a")), None)
            add_byline(raw, el, "microdata", link.get("href") if link is not None else None, near)
        for p in prop:
            if p in ("datePublished", "dateModified", "dateCreated", "uploadDate"):
                near, excl = place(el)
                if excl:
                    continue
                raw = el.get("content") or el.get("datetime") or el.text_content()
                role = "modified" if p == "dateModified" else "published"
                _add_date(out["dates"], raw, raw, el, "microdata", role, near)
    # class/id bylines, "By" + name, and visible dates. Only elements near the headline
    # (a run of the document order: texty only grows) or with a byline or date class
    # (or <time>) can yield one; the rest of the page is not visited.
    if h_pos is None:
        visit: Iterable[int] = range(len(elements))
    else:
        near_run = range(
            bisect_left(texty, h_pos - WINDOW_BEFORE), bisect_right(texty, h_pos + WINDOW_AFTER)
        )
        visit = sorted(set(near_run).union(classed))
    for i in visit:
        el = elements[i]
        if el.tag in _SKIP_TAGS:
            continue
        raw_cls = el.get("class"), el.get("id")
        cls = f"{raw_cls[0] or ''} {raw_cls[1] or ''}" if raw_cls != (None, None) else ""
        text = el.text.strip() if el.text else ""
        if (
            cls
            and el.tag not in ("body", "html", "main", "article")
            and _byline_class(cls)
            and not _has_byline_child(el)
        ):
            near, excl = place(el)
            if not excl and (near or h_pos is None):
                for name, url in _byline_names(el):
                    add_byline(name, el, "class", url, near)
        # Text-based bylines and dates only count near the headline: test that cheaply first.
        close = h_pos is None or -WINDOW_BEFORE <= texty[i] - h_pos <= WINDOW_AFTER
        if close and text and len(text) <= 120 and _byline_text(text):
            near, excl = place(el)
            if not excl and near and not _in_prose(el):
                if _BY_TEXT.search(text) and not _BY_ALONE.match(text):
                    add_byline(text, el, "text", _first_href(el), near)
                else:
                    nxt = _next_text(elements, i)
                    if nxt is not None and len(nxt[1]) <= 80:
                        add_byline(nxt[1], nxt[0], "text", _first_href(nxt[0]), near)
        dated = el.tag == "time" or bool(cls and _date_class(cls) and len(el) <= 6)
        if close:
            tail = el.tail.strip() if el.tail else ""
            for loose in (text, tail) if not dated else (tail,):
                if loose and len(loose) <= 80 and _looks_dated(loose) and not _quoted(el):
                    # A date line without markup ("Monday, November 18th, 2019 at 11:08 a.m.").
                    near, excl = place(el)
                    if near and not excl:
                        label = f"{loose} {_prev_text(elements, i)}"
                        _add_date(out["dates"], loose, loose, el, "text", _date_role(label), near)
        if not dated:
            continue
        near, excl = place(el)
        if excl or not near:
            continue
        content = collapse_whitespace(" ".join(el.itertext()))
        if len(content) > 160:
            continue
        attr = el.get("datetime") or el.get("content") or ""
        label = f"{cls} {content} {_prev_text(elements, i)}"
        _add_date(
            out["dates"],
            attr or content,
            content,
            el,
            "time" if el.tag == "time" else "class",
            _date_role(label),
            near,
        )
    return out


def _byline_text(text: str) -> bool:
    """ "By", "Written by:", "Von", "By Jane Doe", or a date line ending in "by"."""
    if _BY_ALONE.match(text) or _BY_TEXT.search(text):
        return True
    m = _TRAILING_BY.match(text)
    return bool(m and datesmod.parse(m.group("lead")))


def _in_prose(el: Any) -> bool:
    """Inside a sentence of the article ("an installation created by Michael ...")."""
    node = el
    for _ in range(3):
        if node is None:
            return False
        if node.tag in ("p", "li", "blockquote", "figcaption", "td"):
            return len(collapse_whitespace(node.text_content())) > 150
        node = node.getparent()
    return False


def _quoted(el: Any) -> bool:
    """Inside a quotation, an embedded post or a caption: dates there are someone else's."""
    node = el
    for _ in range(6):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag in ("blockquote", "figcaption", "q", "cite"):
            return True
        if re.search(r"tweet|instagram|embed|caption", node.get("class") or "", re.I):
            return True
        node = node.getparent()
    return False


def _looks_dated(text: str) -> bool:
    if not any(map(str.isdigit, text)):  # map: no Python frame per character
        low = text.lower()
        if "yesterday" not in low and "today" not in low and "just now" not in low:
            return False
    return datesmod.parse(text) is not None or datesmod.is_relative(text)


def _date_role(label: str) -> str:
    if _MODIFIED_WORDS.search(label):
        return "modified"
    if _PUBLISHED_WORDS.search(label):
        return "published"
    return "unknown"


def _add_date(
    found: list[dict[str, Any]], raw: str, shown: str, el: Any, how: str, role: str, near: bool
) -> None:
    if len(found) >= 24 or not raw:
        return
    raw = collapse_whitespace(raw)
    parsed = datesmod.parse(raw) if not _JUNK_JSONLD_DATE.match(raw) else None
    if parsed is None and shown != raw:
        parsed = datesmod.parse(shown)
    relative = parsed is None and datesmod.is_relative(shown or raw)
    if parsed is None and not relative:
        return
    entry = {
        "value": parsed.day.isoformat() if parsed else None,
        "alt": parsed.alt.isoformat() if parsed and parsed.alt else None,
        "role": role,
        "line": el.sourceline or 1,
        "how": how,
        "text": (shown or raw)[:80],
        "relative": relative,
        "near": near,
    }
    if entry not in found:
        found.append(entry)


def _headline(tree: Any, candidates: Iterable[Any]) -> Any:
    """The article's headline: the heading (or title-classed element) closest to the page title.

    `candidates`: the body's elements, in document order, that may be one (scan_html
    leaves out those whose class cannot match _HEADLINE_CLASS).

    Not simply the first H1: many sites use an H1 for the logo or a section name, some
    put the headline in an H2 or a `<p class="title">`.
    """
    title = ""
    for m in tree.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"):
            title = m.get("content") or ""
            break
    if not title:
        t = tree.find(".//title")
        title = t.text_content() if t is not None else ""
    want = set(re.findall(r"\w+", title.lower()))
    cache: dict[Any, bool] = {}
    scored: list[tuple[float, int, Any]] = []
    for el in candidates:
        heading = el.tag in ("h1", "h2", "h3")
        hinted = el.get("itemprop") == "headline" or _headline_class(el.get("class") or "")
        if not (heading or hinted):
            continue
        text = collapse_whitespace(el.text_content())
        if not text or len(text) > 300:
            continue
        got = set(re.findall(r"\w+", text.lower()))
        score = len(want & got) / len(got | want) if want and got else 0.0
        if _excluded(el, cache):
            score -= 1
        scored.append((score, el.tag == "h1", el))
    if not scored:
        return None
    best = max(scored, key=lambda x: (x[0], x[1]))
    if best[0] >= 0.5:
        return best[2]
    h1s = [x for x in scored if x[1]]
    good = [x for x in h1s if x[0] >= 0.25]
    if good:
        return max(good, key=lambda x: x[0])[2]
    inside = [
        x[2]
        for x in h1s
        if x[0] >= 0
        and (_ancestor(x[2], "article") is not None or _ancestor(x[2], "main") is not None)
    ]
    if inside:
        return inside[0]
    return h1s[0][2] if len(h1s) == 1 and h1s[0][0] >= 0 else None


_HEADLINE_CLASS = re.compile(r"headline|title|titulo|titel|titre", re.IGNORECASE)


def _excluded(el: Any, cache: dict[Any, bool]) -> bool:
    """Inside navigation, a sidebar, comments or a list of other stories."""
    chain: list[Any] = []
    node = el
    result = False
    while node is not None and isinstance(node.tag, str):
        if node in cache:
            result = cache[node]
            break
        chain.append(node)
        if node.tag in ("body", "article", "main", "html"):
            # Their classes describe the page or post (WordPress adds category slugs),
            # except that comments are often articles too.
            result = node.tag == "article" and bool(_COMMENT_CLASS.search(node.get("class") or ""))
            break
        if node.tag in _EXCLUDED_TAGS or (
            node.tag == "footer"
            and _ancestor(node, "article") is None
            and _ancestor(node, "main") is None
        ):
            result = True
            break
        cls = f"{node.get('class') or ''} {node.get('id') or ''}"
        if cls.strip() and _excluded_class(cls):
            result = True
            break
        node = node.getparent()
    for n in chain:
        cache[n] = result
    return result


def _ancestor(el: Any, tag: str) -> Any:
    node = el.getparent() if el is not None else None
    while node is not None:
        if node.tag == tag:
            return node
        node = node.getparent()
    return None


def _byline_names(el: Any) -> list[tuple[str, str | None]]:
    """The names inside a byline element, each with its link: its name-classed child,
    each author link ("By <a>Ann</a> and <a>Bo</a>"), or its own short text."""
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        cls = f"{child.get('class') or ''} {child.get('itemprop') or ''}"
        if _NAME_CLASS.search(cls):
            link = child if child.tag == "a" else next(iter(child.iter("a")), None)
            return [(_text(child), link.get("href") if link is not None else None)]
    if el.tag == "a" and _story_link(el.get("href") or ""):
        return []  # a link to another story, classed "author-..." by a recent-posts list
    text = _text(el)
    links = [a for a in el.iter("a") if _text(a) and not _story_link(a.get("href") or "")]
    named = [(_text(a), a.get("href")) for a in links if clean_name(_text(a))]
    if named and (len(text) > 60 or len(links) == len(named)):
        return named[:6]
    if len(text) <= 120:
        return [(text, links[0].get("href") if links else None)]
    return []


# Class strings repeat across a page (and across pages of a site): test each once.
@lru_cache(maxsize=4096)
def _byline_class(cls: str) -> bool:
    return bool(_BYLINE_CLASS.search(cls)) and not _NOT_BYLINE_CLASS.search(cls)


@lru_cache(maxsize=4096)
def _date_class(cls: str) -> bool:
    return bool(_DATE_CLASS.search(cls))


@lru_cache(maxsize=4096)
def _headline_class(cls: str) -> bool:
    return bool(cls) and bool(_HEADLINE_CLASS.search(cls))


#: Every match of _EXCLUDED_CLASS contains one of these (tested on the lowered string
#: first: one plain search instead of the long case-insensitive pattern, for most
#: classes of a page, which match nothing).
_EXCLUDED_WORDS = re.compile(
    "comment|side-?bar|widget|related|recommend|trending|popular|most|newsletter|promo|"
    "teaser|outbrain|taboola|recirc|more-stories|also-on|next|rpwwt|ticker|nav|menu|"
    "breadcrumb|footer|share|social|subscribe|list|river|carousel|featured-article"
)


@lru_cache(maxsize=4096)
def _excluded_class(cls: str) -> bool:
    if not _EXCLUDED_WORDS.search(fold_for_ascii(cls)):
        return False
    return bool(_EXCLUDED_CLASS.search(cls)) and not _BYLINE_CLASS.search(cls)


def _has_byline_child(el: Any) -> bool:
    """A byline block holding a more specific author element: let that one speak."""
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        cls = f"{child.get('class') or ''} {child.get('id') or ''}"
        if cls.strip() and _byline_class(cls) and _text(child):
            return True
    return False


def _text(el: Any) -> str:
    """Text with the spaces markup implies ("Jeff Foust</a><span>Monday" stays two words)."""
    return collapse_whitespace(" ".join(el.itertext()))


def _story_link(href: str) -> bool:
    """A link to another article (`/music/news/some-long-headline-slug-914326/`)."""
    segs = [seg for seg in urlsplit(href).path.split("/") if seg]
    if any(seg.lower() in PROFILE_DIRS for seg in segs[:-1]):
        return False  # /author/bill-hoppe-special-to-the-pioneer-press/ is a profile
    last = segs[-1] if segs else ""
    return last.count("-") >= 4 or bool(re.search(r"\d{5,}", last))


def _first_href(el: Any) -> str | None:
    link = el if el.tag == "a" else next(iter(el.iter("a")), None)
    if link is None:
        parent = el.getparent()
        link = parent if parent is not None and parent.tag == "a" else None
    return link.get("href") if link is not None else None


def _next_text(elements: list[Any], i: int) -> tuple[Any, str] | None:
    """The next element in reading order with text of its own (the name after "By")."""
    for el in elements[i + 1 : i + 8]:
        if el.tag in _SKIP_TAGS:
            continue
        if el.text and el.text.strip():
            return el, el.text.strip()
    return None


def _prev_text(elements: list[Any], i: int) -> str:
    for el in reversed(elements[max(0, i - 3) : i]):
        if el.text and el.text.strip():
            return str(el.text).strip()
    return ""


def _microdata_article(el: Any, itemtype: str) -> dict[str, Any]:
    props: set[str] = set()
    for child in el.iter():
        if child is not el and isinstance(child.tag, str):
            props.update((child.get("itemprop") or "").split())
    m = _ARTICLE_ITEMTYPE.search(itemtype)
    return {
        "type": m.group(1) if m else itemtype,
        "line": el.sourceline or 1,
        "author": bool(props & {"author", "creator"}),
        "date": "datePublished" in props,
    }
