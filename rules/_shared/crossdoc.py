"""Helpers shared by the cross-document rule families (duplication, keywords, links).

Not a rule family (the leading underscore keeps the registry from loading it as one):
canonical handling, grouping documents by a key, and the internal link graph.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import TypeVar
from urllib.parse import unquote, urljoin, urlsplit

import numpy as np
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document, Link
from contentlint.model.problem import Problem, Related
from contentlint.model.urls import PLACEHOLDER_BASE, normalize_url
from contentlint.rules._shared import siteconf, sitelinks
from contentlint.rules._shared.conventions import conventions, rebased
from contentlint.rules._shared.urljoin import joined_urls

T = TypeVar("T")

#: Related entries shown per problem; the message says how many more there are.
MAX_RELATED = 12


@lru_cache(maxsize=1 << 16)
def url_key(url: str) -> str:
    """Comparable form of a URL (`normalize_url` without the trailing slash).

    URLs the sources built are already normal (lower-case scheme and host, no fragment,
    no port): those skip the full parse, which is most of the cost at 100k pages.
    """
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("http", "https") and "#" not in rest:
        host, slash, path = rest.partition("/")
        if (
            host
            and host == host.lower()
            and ":" not in host
            and "@" not in host
            and "?" not in host
        ):
            return f"{scheme}://{host}/{path}".rstrip("/") if slash else f"{scheme}://{host}"
    return normalize_url(url).rstrip("/")


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Canon:
    """Which URL a document asks search engines to index, and whether that is itself."""

    key: str
    #: The document points its canonical at another page: it is not indexed on its own.
    away: bool


def find_url(corpus: Corpus, url: str) -> Document | None:
    """The document published at `url` (or at one of its aliases), like `Corpus.by_url`
    but with memoised URL keys: link graphs look up every link of every page."""
    index: dict[str, Document] = corpus.shared("crossdoc:urls", lambda: _url_index(corpus))
    return index.get(url_key(url))


def _url_index(corpus: Corpus) -> dict[str, Document]:
    index: dict[str, Document] = {}
    for d in corpus.docs:
        for u in [d.url, *d.extra.get("aliases", [])]:
            if u:
                index.setdefault(url_key(u), d)
    return index


def canon(corpus: Corpus, doc: Document) -> Canon:
    """Canonical identity of a document, resolved through the corpus URL model.

    A saved page with no known URL of its own (the placeholder host) whose canonical
    names another host is that page's real address, not a pointer elsewhere.
    """
    table: dict[str, Canon] = corpus.shared("crossdoc:canon", dict)
    found = table.get(doc.path)
    if found is not None:
        return found
    own = url_key(doc.url) if doc.url else doc.path
    result = Canon(own, False)
    if doc.canonical:
        base = doc.url or PLACEHOLDER_BASE
        try:
            target_url = urljoin(base, doc.canonical.strip())
        except ValueError:
            target_url = ""
        if target_url.startswith(("http://", "https://")):
            target = find_url(corpus, target_url)
            if target is not None:
                key = url_key(target.url) if target.url else target.path
                result = Canon(key, target is not doc and key != own)
            else:
                key = url_key(target_url)
                placeholder = _host(base) == _host(PLACEHOLDER_BASE)
                if placeholder and _host(target_url) != _host(base):
                    result = Canon(key, False)  # a saved copy of that page
                else:
                    result = Canon(key, key != own)
    table[doc.path] = result
    return result


class Claims:
    """Pairs of pages a rule already reported, so later rules do not report them again.

    Duplicate rules run in code order (D001, D002, ... then K rules): an exact copy is
    not also a copied passage, and doorway pages are not also cannibalizing each other.
    """

    def __init__(self, corpus: Corpus | None = None) -> None:
        self.pairs: set[tuple[str, str]] = set()
        self.group_of: dict[str, int] = {}
        #: (language, translation key, locale) by path: translations are always covered.
        self.language_of: dict[str, tuple[str, str, str]] = (
            {d.path: (d.lang, d.translation_key, d.locale) for d in corpus.docs}
            if corpus is not None
            else {}
        )

    def add_pair(self, a: str, b: str) -> None:
        self.pairs.add((a, b) if a < b else (b, a))

    def add_group(self, paths: Iterable[str]) -> None:
        gid = len(self.group_of) + 1
        for p in paths:
            self.group_of.setdefault(p, gid)

    def covers(self, a: str, b: str) -> bool:
        la, lb = self.language_of.get(a), self.language_of.get(b)
        if la and lb and (la[0] != lb[0] or (la[1] and la[1] == lb[1] and la[2] != lb[2])):
            return True
        ga = self.group_of.get(a)
        if ga is not None and ga == self.group_of.get(b):
            return True
        return ((a, b) if a < b else (b, a)) in self.pairs


def claims(corpus: Corpus) -> Claims:
    return corpus.shared("crossdoc:claims", lambda: Claims(corpus))


def unaway(corpus: Corpus, docs: list[Document]) -> list[Document]:
    """Prefer pages that are indexed on their own; canonicalised copies only if none are."""
    own = [d for d in docs if not canon(corpus, d).away]
    return own or docs


def excused(corpus: Corpus, a: Document, b: Document) -> bool:
    """Two pages that name the same canonical URL (or one names the other) are not
    duplicates; nor are pages in two languages, nor a page and its translation."""
    return other_language(a, b) or canon(corpus, a).key == canon(corpus, b).key


def other_language(a: Document, b: Document) -> bool:
    """Cross-document rules compare pages within one language, and never a page with its
    own translation (the same `translation_key` filed under another locale; its text may
    still be the default language's, waiting to be translated)."""
    if a.lang != b.lang:
        return True
    return (
        bool(a.translation_key) and a.translation_key == b.translation_key and a.locale != b.locale
    )


def subject_of(paths: list[str]) -> str:
    """A line-independent identity: the sorted paths of the other documents."""
    return "|".join(sorted(paths))


def more(n: int) -> str:
    return f" (and {n} more)" if n else ""


def key_groups(
    corpus: Corpus, docs: list[Document], key: Callable[[Document], str | None]
) -> list[tuple[str, list[Document]]]:
    """Documents sharing a key, two or more per group, in order of their first member.

    A join on the keys' 64-bit hashes, run by the corpus's executor; a hash group is
    split by the keys themselves, so a hash collision never joins two keys. The hashes
    never leave this run, so Python's own string hash serves (a C call per key, where a
    digest per key was most of the cost at 100k pages).
    """
    keyed = [(d, k) for d in docs if (k := key(d))]
    hashes = np.fromiter((hash(k) for _, k in keyed), dtype=np.int64, count=len(keyed))
    hashes = hashes.view(np.uint64)
    found: list[tuple[int, str, list[Document]]] = []
    for rows in corpus.joins.groups(hashes):
        by_key: dict[str, list[int]] = {}
        for r in rows.tolist():
            by_key.setdefault(keyed[r][1], []).append(r)
        found += [(m[0], k, [keyed[r][0] for r in m]) for k, m in by_key.items() if len(m) > 1]
    found.sort(key=lambda t: t[0])
    return [(k, members) for _, k, members in found]


def group_problems(
    corpus: Corpus,
    code: str,
    docs: list[Document],
    key: Callable[[Document], str | None],
    message: Callable[[Document, list[Document], str], str],
    line: Callable[[Document], int] | None = None,
) -> Iterator[Problem]:
    """One problem per member of every group of two or more documents sharing a key.

    Documents that all name the same canonical URL do not count as a group; a document
    canonicalised to another page is not reported itself but still shows in `related`.
    """
    for k, members in key_groups(corpus, docs, key):
        for d in members:
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            others = unaway(
                corpus, [o for o in members if o is not d and not excused(corpus, d, o)]
            )
            if not others:
                continue
            shown = others[:MAX_RELATED]
            hidden = len(others) - len(shown)
            related = tuple(Related(o.path, line(o) if line else o.title_line, "") for o in shown)
            p = d.problem(
                code,
                message(d, others, k) + more(hidden),
                line=line(d) if line else None,
                subject=subject_of([o.path for o in others]),
                whole_document=line is None,
            )
            p.related = related
            yield p


# ----- the internal link graph (L001, L002, K002) -----------------------------------------

#: Links to files that are not pages (the corpus holds pages only).
_ASSET_NAMES = (
    "png jpg jpeg gif svg webp avif ico bmp tif tiff pdf "
    "zip gz tgz bz2 xz 7z rar tar xml json txt csv "
    "tsv css js mjs map mp3 mp4 m4a ogg webm wav mov "
    "avi woff woff2 ttf otf eot wasm rss atom yml yaml toml "
    "doc docx xls xlsx ppt pptx epub dmg exe deb rpm whl "
    "iso"
)
_ASSET_EXT = frozenset(_ASSET_NAMES.split())


@dataclass
class LinkTarget:
    """Where one internal link leads, as far as the corpus can tell."""

    source: Document
    link: Link
    #: The document it leads to (None when none in the corpus matches).
    target: Document | None
    fragment: str
    #: False when the corpus cannot judge the link (assets, generated pages, other sites).
    judged: bool


@dataclass
class LinkGraph:
    #: Links L001 must look at: judged links that lead nowhere, and links with an anchor.
    #: (Links that simply resolve are not kept: a site has millions of navigation links.)
    suspects: list[LinkTarget]
    #: How many other documents link to each document (by path).
    inbound: dict[str, int]
    judged: int
    resolved: int


def saved_copy(corpus: Corpus, doc: Document) -> bool:
    """A page saved from another site: its relative links point into that site, not ours."""
    if not doc.canonical or not doc.url or _host(doc.url) != _host(PLACEHOLDER_BASE):
        return False
    target = doc.canonical.strip()
    return target.startswith(("http://", "https://")) and _host(target) != _host(doc.url)


def link_graph(corpus: Corpus) -> LinkGraph:
    return corpus.shared("crossdoc:links", lambda: _build_graph(corpus))


def _build_graph(corpus: Corpus) -> LinkGraph:
    """The graph, with each distinct link worked out once rather than once per link.

    Navigation repeats the same links on every page: each distinct (href, URL, internal)
    is classified once (`_Classes`), and all the URLs to look up are joined together
    with the pages' URLs (`urljoin`). Links whose target depends on the page they are on
    (relative `.md` paths, and every link under config `links:` conventions) are
    resolved one by one. Counts and inbound links are then numpy arithmetic over one row
    per link; only the suspects become `LinkTarget`s.
    """
    docs = corpus.readable
    by_path = _PathIndex(docs)
    saved = {d.path for d in docs if saved_copy(corpus, d)}
    sections = {_section(d.url) for d in docs if d.url and d.path not in saved}
    sources = [d for d in docs if d.path not in saved]
    sizes = np.fromiter(map(len, (d.links for d in sources)), np.int64, len(sources))
    starts = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    src = np.repeat(np.arange(len(sources), dtype=np.int64), sizes)
    table = _Classes(corpus, by_path)
    if not (corpus.settings.link_ignore or corpus.settings.link_rewrite):
        rows = chain.from_iterable(map(table.__getitem__, map(_LINK_KEY, d.links)) for d in sources)
        cls = np.fromiter(rows, np.int64, len(src))
        alone = np.flatnonzero(np.isin(cls, table.alone))
    else:  # config `links:` conventions rewrite links page by page
        cls = np.zeros(len(src), dtype=np.int64)  # class 0, until resolved below
        alone = np.arange(len(src), dtype=np.int64)
    prepared: dict[int, LinkTarget | tuple[Link, str, str] | None] = {}
    for row in alone.tolist():
        s = int(src[row])
        prepared[row] = _prepare(
            corpus, sources[s], sources[s].links[row - int(starts[s])], by_path
        )
    bases = [c[2] for c in table.classes if c[0] == _LOOKUP]
    bases += [p[1] for p in prepared.values() if isinstance(p, tuple)]
    known = _lookups(corpus, list(dict.fromkeys(bases)), sections)
    del bases
    number = {id(d): i for i, d in enumerate(sources)}
    pool = list(sources)

    def num(doc: Document | None) -> int:
        if doc is None:
            return -1
        found = number.setdefault(id(doc), len(pool))
        if found == len(pool):
            pool.append(doc)
        return found

    n = len(table.classes)
    c_ok, c_judged, c_frag, c_self = (np.zeros(n, dtype=bool) for _ in range(4))
    c_target = np.full(n, -1, dtype=np.int64)
    for c, (kind, target, base, frag) in enumerate(table.classes):
        can_judge = True
        if kind == _LOOKUP:
            at = known[base]
            if at is None:
                continue
            target, can_judge = at
        elif kind not in (_PAGE, _SELF):
            continue
        c_ok[c], c_judged[c], c_frag[c], c_self[c] = True, can_judge, bool(frag), kind == _SELF
        c_target[c] = num(target)
    ok, judged, anchored, tgt = c_ok[cls], c_judged[cls], c_frag[cls], c_target[cls]
    mine = c_self[cls]
    tgt[mine] = src[mine]
    resolved_alone: dict[int, LinkTarget | None] = {}
    for row, found in prepared.items():
        if isinstance(found, tuple):
            written, base, fragment = found
            at = known[base]
            s = int(src[row])
            found = None if at is None else LinkTarget(sources[s], written, at[0], fragment, at[1])
        resolved_alone[row] = found
        if found is not None:
            ok[row], judged[row], anchored[row] = True, found.judged, bool(found.fragment)
            tgt[row] = num(found.target)
    del prepared
    elsewhere = tgt != src
    counted = ok & judged & elsewhere
    suspects: list[LinkTarget] = []
    for row in np.flatnonzero(ok & judged & ((tgt < 0) | anchored)).tolist():
        lt = resolved_alone.get(row)
        if lt is None:
            s = int(src[row])
            d = sources[s]
            kind, target, base, fragment = table.classes[int(cls[row])]
            if kind == _SELF:
                target = d
            elif kind == _LOOKUP:
                target = pool[int(tgt[row])] if tgt[row] >= 0 else None
            lt = LinkTarget(d, d.links[row - int(starts[s])], target, fragment, True)
        suspects.append(lt)
    # Inbound links: distinct (source, target path) pairs, counted per target path.
    paths: dict[str, int] = {}
    path_of = np.fromiter((paths.setdefault(d.path, len(paths)) for d in pool), np.int64, len(pool))
    edge = ok & (tgt >= 0) & elsewhere
    pairs = np.unique(src[edge] * len(paths) + path_of[tgt[edge]])
    counts = np.bincount(pairs % max(len(paths), 1), minlength=len(paths))
    names = list(paths)
    inbound = {names[p]: int(counts[p]) for p in np.flatnonzero(counts).tolist()}
    return LinkGraph(suspects, inbound, int(counted.sum()), int((counted & (tgt >= 0)).sum()))


_LINK_KEY = attrgetter("href", "url", "internal")
#: What a link is, as `_classify` tells from the link alone.
_SKIP, _PAGE, _SELF, _LOOKUP, _ALONE = range(5)
#: (what it is, the page it leads to when known, the URL to look up, the fragment)
_Class = tuple[int, Document | None, str, str]
_SKIPPED: _Class = (_SKIP, None, "", "")


class _Classes(dict[tuple[str, str | None, bool], int]):
    """Distinct links (href, URL, internal) -> class number; `classes` holds each class
    (`_classify`), `alone` the numbers of the classes resolved link by link."""

    def __init__(self, corpus: Corpus, by_path: _PathIndex) -> None:
        super().__init__()
        self.corpus = corpus
        self.by_path = by_path
        self.classes: list[_Class] = [_SKIPPED]  # class 0: links not judged
        self.alone: list[int] = []

    def __missing__(self, key: tuple[str, str | None, bool]) -> int:
        found = _classify(self.corpus, key[0].strip(), key[1], key[2], self.by_path)
        c = self[key] = len(self.classes)
        self.classes.append(found)
        if found[0] == _ALONE:
            self.alone.append(c)
        return c


def _path(url: str) -> str:
    """The path of an absolute URL (string operations: this runs once per link target)."""
    rest = url.partition("://")[2]
    path = rest[len(rest.partition("/")[0]) :]
    return path.partition("?")[0].partition("#")[0] or "/"


class _PathIndex:
    """Documents by file path and by any tail of it (`@/blog/x.md`), built on first use:
    only links to source files need it."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self._paths: dict[str, Document] | None = None
        self._suffixes: dict[str, Document] | None = None

    def exact(self, path: str) -> Document | None:
        if self._paths is None:
            self._paths = {d.path: d for d in self.docs}
        return self._paths.get(path)

    def suffix(self, path: str) -> Document | None:
        if self._suffixes is None:
            self._suffixes = {}
            for d in self.docs:
                parts = d.path.split("/")
                for i in range(len(parts)):
                    self._suffixes.setdefault("/".join(parts[i:]), d)
        return self._suffixes.get(path)


def _section(url: str) -> str:
    """First path segment of a page URL ('' for pages at the root)."""
    segs = [s for s in _path(url).split("/") if s]
    return segs[0] if len(segs) > 1 else ""


_SOURCE_EXT = (".md", ".markdown", ".mdx")


def _classify(
    corpus: Corpus, href: str, url: str | None, internal: bool, by_path: _PathIndex
) -> _Class:
    """What a link is, from the link alone (`href` stripped, after any `links:`
    convention): the page of a Zola `@/` link, a link into its own page, a URL to look
    up, a source file to find relative to its page (`_ALONE`), or nothing to judge."""
    if sitelinks.not_a_url(href) or sitelinks.site_convention(corpus, href):
        return _SKIPPED
    if href.startswith("@/"):  # Zola internal link: a content file
        path, _, frag = href[2:].partition("#")
        return (_PAGE, by_path.suffix(unquote(path)), "", frag)
    if not internal or not url:
        return _SKIPPED
    base, _, frag = url.partition("#")
    if href.startswith("#"):
        return (_SELF, None, "", frag)
    if base.partition("?")[0].lower().endswith(_SOURCE_EXT):  # a source file, by path
        return (_ALONE, None, base, frag)
    return (_LOOKUP, None, base, frag)


def _prepare(
    corpus: Corpus, doc: Document, link: Link, by_path: _PathIndex
) -> LinkTarget | tuple[Link, str, str] | None:
    """Where a link leads when that needs no URL lookup; else (the link as written, the
    URL to look up, its fragment)."""
    href = link.href.strip()
    written = link  # problems quote the link as written; `link` is what gets resolved
    if corpus.settings.link_ignore or corpus.settings.link_rewrite:  # config `links:`
        declared = conventions(corpus).apply(href)
        if declared is None:
            return None
        if declared != href:
            href, link = declared, rebased(corpus, doc, link, declared)
    kind, target, base, frag = _classify(corpus, href, link.url, link.internal, by_path)
    if kind == _SKIP:
        return None
    if kind == _LOOKUP:
        return written, base, frag
    if kind == _ALONE:
        rel = href.partition("#")[0].partition("?")[0]
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(doc.path), unquote(rel)))
        for candidate in sitelinks.same_language_paths(doc.path, joined):
            target = by_path.exact(candidate) or by_path.suffix(candidate.lstrip("./"))
            if target is not None:
                break
    return LinkTarget(doc, written, doc if kind == _SELF else target, frag, True)


def _lookups(
    corpus: Corpus, bases: list[str], sections: set[str]
) -> dict[str, tuple[Document | None, bool] | None]:
    """(document at each URL, whether the corpus can judge it); None for assets and URLs
    that cannot be parsed. The URLs, then the other spellings of those no page has
    (`_variants`), are joined with the pages' URLs on the corpus's executor."""
    paths = {b: path for b in bases if not _asset_path(path := _path(b))}
    keyed = {b: k for b in paths if (k := _safe(url_key, b))}
    exact = joined_urls(corpus, list(dict.fromkeys(keyed.values())), url_key)
    missing = {b: _safe(_variants, b) or [] for b, k in keyed.items() if k not in exact}
    spelled = {v: _safe(url_key, v) for vs in missing.values() for v in vs}
    other = joined_urls(corpus, list(dict.fromkeys(k for k in spelled.values() if k)), url_key)
    out: dict[str, tuple[Document | None, bool] | None] = dict.fromkeys(bases)
    renames = sitelinks.renames_urls(corpus)
    for b, k in keyed.items():
        target = exact.get(k)
        for variant in missing.get(b, ()):
            if target is not None:
                break
            target = other.get(spelled[variant] or "")
        if target is not None and not renames:  # what `_settle` gives such a page
            out[b] = (target, True)
        else:
            out[b] = _settle(corpus, b, target, sections, paths[b])
    return out


def _asset_path(path: str) -> bool:
    """A URL path to a file that is not a page (most have no dot in their last part)."""
    if "." not in path.rpartition("/")[2]:
        return False
    return posixpath.splitext(path)[1].lstrip(".").lower() in _ASSET_EXT


def _safe(fn: Callable[[str], T], url: str) -> T | None:
    """`fn(url)`, or None for a URL that cannot be parsed (a diagnostic, not a crash)."""
    try:
        return fn(url)
    except ValueError:
        return None


def _settle(
    corpus: Corpus, url: str, target: Document | None, sections: set[str], path: str
) -> tuple[Document | None, bool] | None:
    """The page a URL (whose path is `path`) leads to once the generator's URL rules are
    applied to the one at that URL (or to none)."""
    if target is not None and sitelinks.renamed(corpus, target, path):
        target = None
    if target is None:
        # served under a base folder (`/project/` on GitHub Pages): the rest is the page
        path = siteconf.without_base(corpus, path) or path
        target = sitelinks.loose_find(corpus, path)
        if target is not None and sitelinks.renamed(corpus, target, path):
            target = None
    if target is None and (
        sitelinks.section_root(corpus, path) or siteconf.generated_page(corpus, path)
    ):
        return None  # an index, tag list or later page the generator builds
    return target, target is not None or (
        path.strip("/") != ""
        and (_section(url) in sections or sitelinks.known_section(corpus, path))
    )


def _variants(url: str) -> list[str]:
    """Other spellings of a page URL that the same page is served at: with or without
    `index.html` or `.html`, over http or https."""
    parts = urlsplit(url)
    path = parts.path
    paths = [path]
    if path.endswith("/index.html"):
        paths.append(path[: -len("index.html")])
    if path.endswith((".html", ".htm")):
        paths.append(path.rsplit(".", 1)[0])
    elif not path.endswith("/"):
        paths.append(path + ".html")
    schemes = [parts.scheme, {"http": "https", "https": "http"}.get(parts.scheme, parts.scheme)]
    out = [parts._replace(scheme=s, path=p).geturl() for s in dict.fromkeys(schemes) for p in paths]
    return [u for u in out if u != url]
