"""Trust pages: the site has an About, Contact or editorial-policy page (E009).

A site-wide judgement, made in the corpus stage from each page's E-E-A-T record: what
the page is (`record.trust_kind`) and which trust pages it links to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules.expertise.record import TRUST_KINDS, record_of

# ----- E009 missing-trust-pages --------------------------------------------------------------------


@rule(
    code="E009",
    name="missing-trust-pages",
    severity="warning",
    scope="corpus",
    needs_text=False,
    applies_to=("*",),
    options={"require": [], "min_pages": 10},
    option_schema={
        "require": {
            "items": {"enum": list(TRUST_KINDS)},
            "description": "Trust pages every site must have (default: at least one of them).",
        },
        "min_pages": {"minimum": 1},
    },
)
def missing_trust_pages(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The site has no About, Contact or editorial-policy page.

    Why: knowing who runs a site, how to reach them and how they work is basic trust;
    quality raters look for it first, and sites without it look anonymous.
    How to fix: publish an About page (who you are, why you are qualified), a Contact
    page, and for news or advice sites an editorial policy; link them from every page.
    Options: by default the site needs at least one of the three; `require` lists the
    ones it must each have (`["about", "contact"]`). A page counts when its URL or
    file name (`about`, `about-us`, `contact`, `impressum`, `editorial-policy`,
    `ethics`, `corrections`...) or title says so, and a same-site link to such a URL
    from any page counts too (the page exists even if it is not in the corpus). Sites
    with fewer than `min_pages` (10) pages in the corpus are not judged: a handful of
    pages is not the whole site. Reported once per site, on its home page (or the
    shallowest page), and only when that page is among the checked files.
    Fails: a 40-post blog with no about, contact or policy page anywhere.
    Passes: the same blog with `content/about.md`.
    """
    sites: dict[str, list[Document]] = defaultdict(list)
    for doc in corpus.readable:
        sites[record_of(doc)["site"]].append(doc)
    for site, docs in sites.items():
        if len(docs) < opts.min_pages:
            continue
        have: set[str] = set()
        for doc in docs:
            rec = record_of(doc)
            if rec["trust"]:
                have.add(rec["trust"])
            have.update(rec["trust_links"])
        wanted = set(opts.require)
        missing = sorted(wanted - have) if wanted else ([] if have else list(TRUST_KINDS))
        if not missing:
            continue
        home = min(docs, key=_home_rank)
        if not corpus.is_reported(home):
            continue
        names = {"about": "About", "contact": "Contact", "editorial": "editorial-policy"}
        listed = ", ".join(names[m] for m in missing)
        what = f"no {listed} page" if wanted else "no About, Contact or editorial-policy page"
        yield home.problem(
            "E009",
            f"the site ({len(docs)} pages checked) has {what}, and no page links to one",
            line=1,
            whole_document=True,
            subject=f"missing-trust-pages:{site}:{','.join(missing)}",
        )


def _home_rank(doc: Document) -> tuple[int, int, str]:
    """The home page first, then the shallowest listing, then the shallowest path."""
    path = urlsplit(doc.url).path if doc.url else "/" + doc.path
    depth = len([s for s in path.split("/") if s])
    return (depth, 0 if doc.kind == "listing" else 1, doc.path)
