"""Who wrote the page: an author is named (E001) and has a profile (E006).

E001 judges one page; E006 runs in the corpus stage, because an author's profile may
be another page of the site. The `authors` metric counts what E001 found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules.expertise.record import record_of
from contentlint.signals import metrics
from contentlint.signals.authors import AUTHOR_KEYS, Author, authors
from contentlint.signals.names import slugify
from contentlint.signals.sites import same_site

# ----- E001 missing-author --------------------------------------------------------------------


@rule(
    code="E001",
    name="missing-author",
    severity="warning",
    options={
        "front_matter_keys": list(AUTHOR_KEYS),
        "site_author": "",
        "accept_organisations": False,
    },
    option_schema={
        "accept_organisations": {
            "description": "Count an organisation, desk, team or the site's own name as an "
            "author (a company blog that never names people).",
        },
        "front_matter_keys": {
            "minItems": 1,
            "description": "Front-matter keys that name the author(s).",
        },
        "site_author": {
            "description": "The author of every page when the site has one (a personal blog): "
            "pages without their own author count as written by them.",
        },
    },
)
def missing_author(doc: Document, opts: Options) -> Iterator[Problem]:
    """No person is named as the page's author (an organisation or the site's name does not count).

    Why: "who created it?" is the first question Google's quality raters ask; an
    anonymous page gives readers and search engines no reason to trust it, and
    unattributed pages at volume are a mark of generated content.
    How to fix: add the author to the front matter (`author: Jane Doe`), or on an HTML
    page a visible byline plus JSON-LD `author` in the Article markup. A one-person
    site can set `site_author` instead.
    Options: `front_matter_keys` lists the keys that name authors (`author`, `authors`,
    `by`, `contributors`...); `site_author` names the author of every page;
    `accept_organisations: true` lets an organisation count as an author. Also found:
    `<meta name="author">`, `article:author`, Yoast `twitter:data1`, `twitter:creator`,
    `rel="author"` links, links to an author page (`/author/jo/`, `/@jo`), JSON-LD
    `author` (Person, Organization, list or string, `@graph` with `@id` references,
    an Article in `mainEntity`), microdata `itemprop="author"`, h-card/vcard, bylines
    near the headline in many languages ("By", "von", "par", "por", "di", "door", "av",
    "Autor:", "Автор:", "作者：", "著者：", "글"; the cues are data in
    `rules/data/bylines.yml`), `<address>`, the author box below the article, a byline
    in `<title>` or in the text, and trafilatura's metadata.
    An author counts only if it names a person: an organisation (JSON-LD
    `Organization`, a company's legal form), a desk or a generic credit ("Staff",
    "admin", "Redaktion", "編集部", "The Rust Release Team"), or the site's own name
    (`og:site_name`, the JSON-LD publisher, the `<title>` suffix, the domain) is
    reported as "author is an organisation/site name", with where it was found.
    Fails: a post with `title:` and `date:` but no author anywhere;
    `"author": {"@type": "Organization", "name": "Example News"}`.
    Passes: `authors = ["Niko Matsakis"]`; `<span class="byline">By Jane Doe</span>`;
    `<p class="byline">Von Max Muster</p>`.
    """
    found = authors(doc, opts.front_matter_keys, opts.site_author)
    if any(a.kind == "person" for a in found):
        return
    orgs = [a for a in found if a.kind == "organization"]
    if orgs and opts.accept_organisations:
        return
    where = (
        "add `author` to the front matter"
        if doc.format == "markdown"
        else "add a byline and a JSON-LD `author`"
    )
    if orgs:
        evidence = "; ".join(f"{a.name!r} ({a.why}, {_where(a)})" for a in orgs[:3])
        yield doc.problem(
            "E001",
            f"author is an organisation/site name, not a person: {evidence}; name the "
            f"people who wrote it ({where})",
            line=orgs[0].line,
            whole_document=True,
            subject="no-author",
        )
        return
    yield doc.problem(
        "E001", f"no author named on the page; {where}", whole_document=True, subject="no-author"
    )


def _where(a: Author) -> str:
    """Where a claim was found, for the message: `JSON-LD, line 12`."""
    label = {
        "json-ld": "JSON-LD author",
        "microdata": "microdata author",
        "rel-author": 'rel="author" link',
        "byline": "byline",
        "author-url": "author-page link",
        "address": "<address>",
        "author-box": "author box",
        "title": "<title>",
        "trafilatura": "trafilatura metadata",
        "config": "config site_author",
    }.get(a.source.split(":")[0])
    if label is None:
        kind, _, key = a.source.partition(":")
        label = f'<meta name="{key}">' if kind == "meta" else f"front matter `{key}`"
    return f"{label}, line {a.line}"


@metrics.metric(
    "authors", "People named as authors on the page (front matter, meta, JSON-LD, bylines...)."
)
def _authors_metric(doc: Document) -> float:
    return len([a for a in authors(doc) if a.kind == "person"])


# ----- E006 author-without-profile ----------------------------------------------------------------


@rule(
    code="E006",
    name="author-without-profile",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"authors_file": "", "authors": {}},
    option_schema={
        "authors_file": {
            "x-loads": "authors",
            "description": "A YAML/TOML/JSON file, or a folder of them (Hugo's `data/authors`), "
            "describing the site's authors; relative to the config file. Loaded into `authors`.",
        },
        "authors": {
            "description": "Author profiles by id: `{jane-doe: {name: Jane Doe, bio: ...}}`.",
        },
    },
)
def author_without_profile(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The page's author has no profile: no author page on the site and no entry in the authors data.

    Why: a name alone proves little; a profile page with the author's background,
    credentials and other work is how readers and search engines judge expertise.
    How to fix: link the byline to an author page on the same site (or add one, with
    JSON-LD `Person`), or describe the author in the site's authors data file.
    Options: `authors_file` names the authors data (a file or a folder of files, e.g.
    Hugo's `data/authors`), read by the config loader; `authors` can list them inline.
    An author has a profile when the page links the author to a page on the same site
    (JSON-LD `author.url`, `rel="author"`, a byline link, `article:author`), when the
    name or id is in the authors data, or when a page in the corpus is that author's
    profile (`/authors/jane-doe/`, a `ProfilePage`). Organisations are not judged.
    Markdown sites without authors data and without any profile page in the corpus
    are not judged either: their theme may build author pages the linter cannot see.
    Fails: `author: Jane Doe` on a site whose `data/authors/` has no jane-doe.
    Passes: a byline linking to `/authors/jane-doe/`.
    """
    data_ids = _author_ids(opts.authors or {})
    profiles: dict[str, set[str]] = defaultdict(set)  # site -> profile slugs
    for doc in corpus.readable:
        rec = record_of(doc)
        profiles[rec["site"]].update(rec["profiles"])
    reported: set[tuple[str, str]] = set()
    for doc in corpus.judged:
        if not corpus.is_reported(doc):
            continue
        rec = record_of(doc)
        site_profiles = profiles.get(rec["site"], set())
        if doc.format == "markdown" and not data_ids and not site_profiles:
            continue
        for name, links, line, kind, source in rec["authors"]:
            if kind == "organization" or (source == "config" and not data_ids):
                continue
            slug = slugify(name)
            if slug in data_ids or name.lower() in data_ids or slug in site_profiles:
                continue
            if any(_profile_link(doc, url) for url in links):
                continue
            if (doc.path, slug) in reported:
                continue
            reported.add((doc.path, slug))
            where = "the authors data" if data_ids else "an author page on the site"
            p = doc.problem(
                "E006",
                f"author {name!r} has no profile: not found in {where}, and the page does "
                "not link the author to one",
                line=line,
                whole_document=True,
                subject=f"author-without-profile:{slug}",
            )
            if links:
                p.related = tuple(
                    Related(url, None, "the author's link (not a profile on this site)")
                    for url in links[:3]
                )
            yield p


def _author_ids(data: Mapping[str, Any]) -> set[str]:
    """Every id and name in an authors data mapping, slugified."""
    out: set[str] = set()
    items: Iterable[tuple[str, Any]] = data.items() if isinstance(data, Mapping) else []
    for key, value in items:
        out.add(slugify(str(key)))
        out.add(str(key).lower())
        if isinstance(value, Mapping):
            for field in ("name", "title", "id", "slug", "display_name", "displayName"):
                v = value.get(field)
                if isinstance(v, str) and v.strip():
                    out.add(slugify(v))
    return {x for x in out if x}


def _profile_link(doc: Document, url: str) -> bool:
    """A link from the author to a page of this site other than its home page."""
    path = urlsplit(url).path.strip("/")
    return bool(path) and same_site(doc, url)
