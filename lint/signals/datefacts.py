"""When a page was published and last updated: every date it states about itself.

Expertise rules (E002, E003, E008), sources and reports all ask this, so the answer is
computed here, once per document, from everything a real site uses: front matter
(`date`, `publishDate`, `lastmod`...), dates in the file path or in a front-matter
`path`/`url`/`permalink` (`2019/10/15/slug`), the page URL,
`article:published_time`/`modified_time` and similar meta tags, JSON-LD
`datePublished`/`dateModified`, microdata, visible dates next to the headline (`<time
datetime>`, "Published Nov 19, 2019", "2 days ago"), and htmldate (through
trafilatura) as a last resort. Parsing a date's text is `signals.dates`' job; this
module finds the dates and their roles.

Visible dates need the HTML tree: `signals.htmlscan.scan_html` records them in
`doc.extra["page_signals"]` at extraction time.

A source that has an earlier version of a document (git for files, the crawl store
for pages) records it as `doc.extra["previous_version"]`:
`{"ref": str, "dates": {key: iso date}, "changed_words": int, "words": int}`, the
previous version's date fields (`DATE_KEYS`) and how much of its text changed since.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from contentlint.model.document import Document
from contentlint.signals import dates as datesmod
from contentlint.signals.cues import cues
from contentlint.signals.lines import key_line, meta_line
from contentlint.signals.structured import content_nodes, jsonld_date

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
    "pubDatetime",
    "publishedAt",
    "published_at",
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
    "updatedDate",
    "updated_date",
    "lastUpdated",
    "last_update",
    "last_updated",
    "modDatetime",
)
DATE_KEYS: tuple[str, ...] = PUBLISHED_KEYS + MODIFIED_KEYS

#: `<meta>` names and properties of the first publication date, then of the last update.
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


def _find_dates(doc: Document, keys: Sequence[str]) -> Iterator[DateFact]:
    found = False
    for fact in _stated_dates(doc, keys):
        found = True
        yield fact
    if not found:  # a date line in the text is the last resort (Markdown bodies mostly)
        yield from _prose_dates(doc)


def _stated_dates(doc: Document, keys: Sequence[str]) -> Iterator[DateFact]:
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
    if doc.format == "html":
        # the page's URL, or the one it names as its own (a saved page linted as a file)
        for url in (doc.url, doc.canonical, doc.meta.get("og:url")):
            day = datesmod.path_date(urlsplit(url).path) if url else None
            if day:
                yield DateFact(day.isoformat(), "published", "url", 1, url or "")
                break
    yield from _jsonld_dates(doc)
    for names, role in ((_PUBLISHED_META, "published"), (_MODIFIED_META, "modified")):
        for key in names:
            value = doc.meta.get(key, "")
            parsed = (
                datesmod.parse(value)
                if value and not datesmod.PLACEHOLDER_DATE.match(value)
                else None
            )
            if parsed:
                yield _fact(parsed, role, f"meta:{key}", meta_line(doc, key), value)
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


def _prose_dates(doc: Document) -> Iterator[DateFact]:
    """A date line in the text, under the title or at the end: `_Publicado el 7 de agosto
    de 2024_`, `Aktualisiert: 12.03.2024`, `Von Max Muster, 12. März 2024`."""
    c = cues()
    prose = doc.prose_blocks
    for block in [*prose[:3], *prose[-3:]] if len(prose) > 6 else prose:
        text = block.text.strip(" *_")
        if len(text) > 80 or not any(map(str.isdigit, text)):
            continue
        labelled = c.published.search(text) or c.updated.search(text) or c.by_prefix.match(text)
        parsed = datesmod.parse(text)
        if parsed and (labelled or len(text) <= 30):
            role = "modified" if c.updated.search(text) else "published"
            yield _fact(parsed, role, "visible:text", block.line, text)
            return


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
