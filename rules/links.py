"""L: internal links between the pages of the site.

Links are resolved through the URL model (each document's URL, its `aliases`, Zola `@/`
links and links to source files), so a link is broken only when no document of the
corpus answers it. Links the corpus cannot judge (assets, pages a theme generates,
other sites) are never reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, feature, rule
from contentlint.model.text import heading_anchor
from contentlint.rules._shared import sitelinks
from contentlint.rules._shared.crossdoc import link_graph

_FOOTNOTE_RE = re.compile(r"^(?:fn|fnref)[:\-_]?\w*$")
_ID_RE = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"'<>]+)["']|\{#([\w\-:.]+)""")


@feature("anchors", used_by=["L001"])
def explicit_anchors(doc: Document, options: dict[str, Any]) -> tuple[str, ...]:
    """Anchors written into the source (`<a name>`, `id="..."`, `{#id}`), read while the
    source lines are still attached: the document model keeps headings only.

    Only links into Markdown pages have their anchors checked (any element of an HTML
    page can carry an id), so other pages record none: searching every line of an HTML
    page, where most lines hold attributes, was most of this feature's cost."""
    if doc.lines is None or doc.format != "markdown":
        return ()
    # An anchor needs "=" (id=, name=) or "{#": other lines (most) are not searched.
    found = {
        _loose(a or b)
        for line in doc.lines
        if "=" in line or "{#" in line
        for a, b in _ID_RE.findall(line)
    }
    return tuple(sorted(found - {""}))


def _loose(anchor: str) -> str:
    """Anchor text compared the way every generator's slug agrees on: letters and digits."""
    text = unicodedata.normalize("NFKC", unquote(anchor)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def anchors(doc: Document) -> tuple[set[str], set[str]]:
    """Anchors a Markdown page certainly has: its headings' (generators slug them alike) and
    the ones written into its source. Also the headings with emoji, as prefixes: some
    generators spell emoji out in anchors ("Issues (🦀)" becomes `#issues-crab`)."""
    cached = doc.memo.get("link_anchors")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: set[str] = set(doc.features.get("anchors") or explicit_anchors(doc, {}))
    prefixes: set[str] = set()
    for h in doc.headings:
        for a in (h.anchor, heading_anchor(h.text), h.text):
            if a:
                out.add(_loose(a))
        if any(unicodedata.category(ch) in ("So", "Sk") for ch in h.text):
            prefixes.add(_loose(h.text))
    doc.memo["link_anchors"] = (out, prefixes)
    return out, prefixes


def _anchor_missing(target: Document, fragment: str, gen: str | None = None) -> bool:
    frag = unquote(fragment).strip()
    if not frag or frag.lower() == "top" or _FOOTNOTE_RE.match(frag):
        return False
    if target.format != "markdown":
        return False  # any element can carry an id in HTML; only headings are known
    if gen:  # the site's generator is known: its ids exactly, and the ids written out
        frag = unicodedata.normalize("NFC", frag)
        if frag in sitelinks.generator_anchors(target, gen):
            return False
        # ids written into the source are recorded in their loose form (see `_loose`)
        written = target.features.get("anchors") or explicit_anchors(target, {})
        return _loose(frag) not in set(written)
    known, prefixes = anchors(target)
    loose = _loose(frag)
    # Repeated headings get "-1", "-2" suffixes.
    if loose in known or re.sub(r"\d+$", "", loose) in known:
        return False
    return not any(p and loose.startswith(p) for p in prefixes)


@rule(
    code="L001",
    name="broken-internal-link",
    severity="warning",
    scope="corpus",
    needs_text=False,
    applies_to=("*",),
    options={"check_anchors": True, "anchor_slugs": ""},
)
def broken_internal_link(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """A link to a page (or a heading of a page) of this site that does not exist.

    Why: readers hit a 404 and search engines waste crawl budget and lose the link's
    signal; a broken anchor drops the reader at the top of a long page.
    How to fix: point the link at the page's current URL, or add an `aliases` /
    `redirect_from` entry to the page that moved.
    Links are resolved through the URL model: page URLs and aliases, Zola `@/` links,
    links to `.md` source files, and heading anchors, as the site's generator builds URLs
    (Hugo lower-cased paths and `[permalinks]`, Jekyll permalink styles, Docusaurus slugs).
    Links to assets, to pages the generator builds itself (tag lists, pagination, blog
    indexes) and to sections of the site with no page in the corpus are not judged, nor
    targets the config's `links.ignore` names (`links.rewrite` maps a site's own link
    conventions to URLs before they are resolved). When almost no internal link
    leads to a document of the corpus (a folder of unrelated saved pages, or a missing
    `base-url`), the check is skipped and `--statistics` says why.
    Options: `check_anchors` (true) also checks `#anchors` against the target's headings
    (Markdown targets only); `anchor_slugs` ("": detected from the generator's config next
    to the content: hugo.toml's `autoHeadingIDType`, astro/docusaurus (github-slugger),
    mkdocs.yml (Python-Markdown toc), Jekyll's _config.yml (kramdown, GFM)) names the slug
    rules: github-slugger, hugo-github, hugo-github-ascii, hugo-blackfriday,
    python-markdown-toc, kramdown, kramdown-gfm. Unknown generators: anchors compare by
    their letters and digits.
    Fails: `[setup](/guides/instal/)` when the page is `/guides/install/`.
    Passes: a link to an old URL listed in the target's `aliases`.
    """
    graph = link_graph(corpus)
    gen = opts.get("anchor_slugs") or sitelinks.generator(corpus)
    if graph.judged >= 10 and graph.resolved < 0.2 * graph.judged:
        corpus.stats["links"] = (
            f"broken-link check skipped: only {graph.resolved} of {graph.judged} internal links "
            "lead to documents in the corpus (lint the whole site, or set base-url)"
        )
        return
    for lt in graph.suspects:
        doc, link = lt.source, lt.link
        if not corpus.is_reported(doc):
            continue
        if lt.target is None:
            yield doc.problem(
                "L001",
                f"link to {link.href} leads to no page of this site",
                line=link.line,
                column=link.column,
                subject=link.href,
            )
        elif opts.check_anchors and lt.fragment and _anchor_missing(lt.target, lt.fragment, gen):
            where = "this page" if lt.target is doc else lt.target.path
            p = doc.problem(
                "L001",
                f"link to {link.href}: {where} has no heading with anchor #{lt.fragment}",
                line=link.line,
                column=link.column,
                subject=link.href,
            )
            if lt.target is not doc:
                p.related = (Related(lt.target.path, lt.target.title_line, "target page"),)
            yield p


@rule(
    code="L002",
    name="orphan-page",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"min_linked_share": 0.5},
    option_schema={"min_linked_share": {"minimum": 0.0, "maximum": 1.0}},
)
def orphan_page(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """No other page of the site links to this article.

    Why: search engines find and rank pages through links; a page reachable only from a
    sitemap or a date archive gets little crawl attention and no link signal, and
    readers of related pages never find it.
    How to fix: link to it from two or three related articles (with descriptive anchor
    text), or merge it into a page that is linked.
    Options: `min_linked_share` (0.5): the check runs only when at least this share of
    the site's articles has a link from another page. On sites that do not link between
    articles (their themes list every post), nearly every page would be reported, which
    says nothing about any one of them; `--statistics` says when the check was skipped.
    Set it to 0 to always check.
    Fails: a guide no other page mentions.  Passes: a guide linked from two posts.
    """
    graph = link_graph(corpus)
    articles = [d for d in corpus.judged if not _is_home(d)]
    if not articles:
        return
    linked = sum(1 for d in articles if graph.inbound.get(d.path))
    if linked < opts.min_linked_share * len(articles):
        corpus.stats["orphans"] = (
            f"orphan-page check skipped: only {linked} of {len(articles)} articles have a "
            f"link from another page (min_linked_share is {opts.min_linked_share})"
        )
        return
    for d in articles:
        if corpus.is_reported(d) and not graph.inbound.get(d.path):
            yield d.problem(
                "L002",
                "no other page of the site links to this article",
                subject="orphan-page",
                whole_document=True,
            )


def _is_home(doc: Document) -> bool:
    if not doc.url:
        return False
    path = doc.url.split("://", 1)[-1].partition("/")[2]
    return path.strip("/") in ("", "index.html")
