"""The per-document E-E-A-T record: what the corpus rules E003, E006 and E009 need.

Those rules compare documents or depend on the run's date, so they run in the corpus
stage, where documents may have dropped their text. What they need is computed once
per document, in the workers, as the `eeat` feature: the page's latest date, its
primary authors with every link given for them, whose profile it is, and which trust
pages (About, Contact, editorial policy) it is or links to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from contentlint.model.document import Document
from contentlint.model.registry import Options, feature
from contentlint.signals.authors import AUTHOR_KEYS, Author, author_claims, authors
from contentlint.signals.datefacts import last_updated
from contentlint.signals.names import slugify
from contentlint.signals.sites import PROFILE_DIRS
from contentlint.signals.structured import jsonld_nodes

_ABOUT = re.compile(
    r"^(?:about(?:-us|-me|-the-\w+)?|who-we-are|our-story|our-team|the-team|team|company|"
    r"ueber-uns|uber-uns|a-propos|chi-siamo|sobre(?:-nos|-mi)?|quienes-somos|o-nas|over-ons|"
    r"masthead|staff|people)$"
)
_CONTACT = re.compile(
    r"^(?:contact(?:-us|-me)?|contacts|get-in-touch|kontakt|contacto|contato|contatti|"
    r"contactez-nous|impressum|imprint|legal-notice)$"
)
_EDITORIAL = re.compile(
    r"(?:editorial|ethics|standards|corrections|fact-?check(?:ing)?-(?:policy|process)|"
    r"how-we-work|methodology|review-process|our-process|transparency|trust-project|"
    r"code-of-conduct|guidelines)"
)
TRUST_KINDS = ("about", "contact", "editorial")


@lru_cache(maxsize=1 << 16)
def trust_kind(path: str, title: str | None = None) -> str | None:
    """`/about-us/` is an About page, `/contact/` a Contact page, `/ethics/` an editorial policy.

    Memoised: the E-E-A-T record asks it about every internal link of a page, and a
    site's navigation links the same pages from every page."""
    segs = [s for s in urlsplit(path).path.lower().split("/") if s]
    last = re.sub(r"\.(?:html?|md|mdx|markdown)$", "", segs[-1]) if segs else ""
    if last in ("index", "_index") and len(segs) > 1:
        last = segs[-2]
    if last and _ABOUT.match(last):
        return "about"
    if last and _CONTACT.match(last):
        return "contact"
    if last and _EDITORIAL.search(last):
        return "editorial"
    t = (title or "").strip().lower()
    if re.match(r"^(?:about(?: us| me)?|who we are)\b", t):
        return "about"
    if re.match(r"^(?:contact(?: us| me)?)\b", t):
        return "contact"
    if re.match(
        r"^(?:editorial (?:policy|standards|guidelines)|ethics policy|corrections policy)", t
    ):
        return "editorial"
    return None


def profile_slugs(doc: Document) -> set[str]:
    """Slugs of the people this page is a profile of (an author page), if it is one."""
    out: set[str] = set()
    for where in (doc.url or "", doc.path):
        segs = [s for s in urlsplit(where).path.split("/") if s]
        segs = [re.sub(r"\.(?:html?|md|mdx|markdown)$", "", s) for s in segs]
        if segs and segs[-1] in ("index", "_index"):
            segs = segs[:-1]
        if len(segs) >= 2 and segs[-2].lower() in PROFILE_DIRS:
            out.add(slugify(segs[-1]))
    for _, node, _ in jsonld_nodes(doc):
        raw = node.get("@type")
        types = {t for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)}
        if "ProfilePage" in types:
            entity = node.get("mainEntity") or node.get("about")
            if isinstance(entity, dict) and isinstance(entity.get("name"), str):
                out.add(slugify(entity["name"]))
        name = node.get("name")
        # A Person node named in the title: a profile page without ProfilePage markup.
        if (
            "Person" in types
            and isinstance(name, str)
            and doc.title
            and (slugify(name) in slugify(doc.title))
        ):
            out.add(slugify(name))
    if out and doc.title:
        out.add(slugify(re.split(r"\s[|–—-]\s", doc.title)[0]))
    return {s for s in out if s}


def primary_authors(doc: Document, keys: Sequence[str], site_author: str) -> list[Author]:
    """The authors from the strongest kind of source present (front matter, JSON-LD, meta...).

    Secondary sources add noise (a related story's byline, a CMS account), so a profile
    is looked for only for the authors the page states most authoritatively.
    """
    found = authors(doc, keys, site_author)
    for family in _FAMILIES:
        picked = [a for a in found if a.source.split(":")[0] in family]
        if picked:
            return picked
    return []


_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"front-matter", "config"}),
    frozenset({"json-ld"}),
    frozenset({"byline", "rel-author", "microdata", "author-url", "address", "author-box"}),
    frozenset({"title"}),
    frozenset({"meta"}),
    frozenset({"trafilatura"}),
)


# E001 is listed so that its author keys and `site_author` reach the record.
@feature("eeat", used_by=["E001", "E003", "E006", "E009"])
def eeat_record(doc: Document, options_by_code: Mapping[str, Options]) -> dict[str, Any]:
    """What E003, E006 and E009 need from a page, computed once in the workers."""
    e001: Mapping[str, Any] = options_by_code.get("E001") or {}
    keys = e001.get("front_matter_keys", AUTHOR_KEYS)
    site_author = e001.get("site_author", "")
    updated = last_updated(doc)
    links = set()
    for link in doc.links:
        if link.internal and link.url:
            kind = trust_kind(link.url)
            if kind:
                links.add(kind)
    primary = primary_authors(doc, keys, site_author)
    # Every link any source gives for an author: JSON-LD may give a social profile and
    # the byline the profile page on the site (not looked for on pages naming nobody).
    urls: dict[str, set[str]] = defaultdict(set)
    if primary:
        for claim in author_claims(doc, keys, site_author):
            if claim.url:
                urls[claim.slug].add(claim.url)
        # ... and any link on the page whose text is the author's name.
        for link in doc.links:
            if link.url and link.text and len(link.text) < 80:
                urls[slugify(link.text)].add(link.url)
    return {
        "updated": (updated.value, updated.line, updated.source) if updated else None,
        "authors": [
            (a.name, sorted(urls.get(a.slug, set())), a.line, a.kind, a.source) for a in primary
        ],
        "profiles": sorted(profile_slugs(doc)),
        "trust": trust_kind(doc.url or doc.path, doc.title),
        "trust_links": sorted(links),
        "site": _site(doc),
        "url_path": urlsplit(doc.url).path if doc.url else "",
    }


def record_of(doc: Document) -> dict[str, Any]:
    rec = doc.features.get("eeat")
    return rec if isinstance(rec, dict) else eeat_record(doc, {})


def _site(doc: Document) -> str:
    host = urlsplit(doc.url or "").netloc.lower().removeprefix("www.")
    return host or "(site)"
