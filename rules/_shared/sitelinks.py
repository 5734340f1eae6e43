"""Links as the site generator builds them (issue 16).

Fallbacks the link graph tries once a link's URL matches no page exactly:

* Hugo lowercases URLs (`/functions/time/format/` is `functions/time/Format.md`);
* a page not yet translated is served from the default language at the locale's URL
  (Starlight, Docusaurus, mkdocs-static-i18n), and a default language is often served
  without its prefix (Hugo's `defaultContentLanguageInSubdir = false`);
* generators put pages at URLs that differ from the file's folder (`src/content/docs/`,
  `.html` or a trailing slash, Jekyll date folders): the link's path is matched against
  the tail of each page's URL path.

And links that are not URLs at all: MDX/JSX expressions (`href={url}`), template tags
(`{{ .RelPermalink }}`, `{% post_url %}`), and bare words a site's link render hook
rewrites (Hugo's `[term](g)` glossary links, when `layouts/**/_markup/render-link.html`
is part of the site).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path, PurePosixPath

from contentlint.model import slugs
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.text import LANGUAGE_FOLDERS, heading_anchor
from contentlint.rules._shared import siteconf
from contentlint.signals import siteconfig, translations

_LANG_RE = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$")
_BARE_RE = re.compile(r"^[\w-]{1,24}$")
_HOOK_RE = re.compile(r"(^|/)layouts/(.+/)?_markup/render-link[^/]*\.html$")


@lru_cache(maxsize=1 << 14)
def _is_lang(seg: str) -> bool:
    """A language folder (`fr`, `pt-br`); memoised: a site's segments recur."""
    return bool(_LANG_RE.match(seg)) and seg[:2] in LANGUAGE_FOLDERS


def not_a_url(href: str) -> bool:
    """MDX/JSX expressions and template tags, which the generator fills in."""
    return href.startswith("{") or "{{" in href or "{%" in href or "${" in href


def site_convention(corpus: Corpus, href: str) -> bool:
    """A bare word (`g`) that the site's link render hook turns into a link."""
    if not _BARE_RE.match(href):
        return False
    return siteconf.site(corpus).link_hook or corpus.shared(
        "sitelinks:hook", lambda: any(_HOOK_RE.search(d.path) for d in corpus.docs)
    )


def _segments(path: str) -> tuple[str, ...]:
    path = path.lower().partition("?")[0].partition("#")[0]
    if path.endswith("/index.html") or path.endswith("/index.htm"):
        path = path.rsplit("/", 1)[0]
    elif path.endswith((".html", ".htm")):
        path = path.rsplit(".", 1)[0]
    # C-level filters (a memoised language test): this runs for every page's URLs
    return tuple(filterfalse(_is_lang, filter(None, path.split("/"))))


def _loose_index(corpus: Corpus) -> dict[tuple[str, ...], list[Document]]:
    """Every tail of every page's URL paths (its URLs, Docusaurus renames, permalinks)
    -> the pages with that tail, shortest URL first."""
    index: dict[tuple[str, ...], list[Document]] = {}
    # shortest URL first: a tail names the page closest to the root
    docs = sorted(corpus.readable, key=lambda d: len(d.url or ""))
    for d in docs:
        own = [u for u in [d.url, *d.extra.get("aliases", [])] if u]
        if not own:
            continue
        # the same for each of the page's URLs: worked out once
        others = [*_renames(d), *map(_segments, siteconf.permalink_paths(corpus, d))]
        tails: dict[tuple[str, ...], None] = {}
        for u in own:
            rest = u.partition("://")[2] if "://" in u else u
            path = rest[len(rest.partition("/")[0]) :] if "://" in u else rest
            for segs in [_segments(path), *others]:
                for i in range(len(segs)):
                    tails[segs[i:]] = None
        for tail in tails:  # each page once per tail
            found = index.get(tail)
            if found is None:
                index[tail] = [d]
            else:
                found.append(d)
    return index


def loose_find(corpus: Corpus, path: str) -> Document | None:
    """The page at `path` under the generator's looser URL rules (see the module doc)."""
    segs = _segments(path)
    if not segs:
        return None
    index = corpus.shared("sitelinks:loose", lambda: _loose_index(corpus))
    found = [d for d in index.get(segs, ()) if siteconf.case_matches(corpus, d, path)]
    if not found:
        return None
    langs = [s for s in path.lower().split("/") if s and _is_lang(s)]
    if langs:  # the page in the link's language, if it exists; else the default language's
        for d in found:
            if f"/{langs[0]}/" in (d.url or "").lower() or d.locale == langs[0].split("-")[0]:
                return d
        return untranslated_fallback(corpus, found, langs[0])
    return found[0]


def untranslated_fallback(corpus: Corpus, found: list[Document], lang: str) -> Document | None:
    """The page a link to an untranslated page (`/fr/guide/x/` with no French `guide/x`)
    reaches: the default language's page where the site falls back to it (Starlight,
    Docusaurus, mkdocs-static-i18n and Jekyll Polyglot do; Hugo does not; config
    `language-fallback` decides), None where it does not. A site with no page in that
    language is not multilingual there: the segment is no locale, the page is the one."""
    locale = lang.split("-")[0]
    locales = corpus.shared("sitelinks:locales", lambda: {d.locale for d in corpus.readable})
    if locale not in locales:
        return found[0]
    setting = corpus.settings.language_fallback
    if setting is None:
        setting = corpus.shared(
            "sitelinks:fallback",
            lambda: any(translations.site_i18n(d.path).fallback for d in corpus.docs[:1]),
        )
    return found[0] if setting else None


def same_language_paths(doc_path: str, target: str) -> Iterator[str]:
    """A link from `pipelines.es.md` to `sources.md` means `sources.es.md` when it exists
    (mkdocs-static-i18n's suffix layout); then the file itself."""
    stem = posixpath.basename(doc_path).rsplit(".", 1)[0]
    if "." in stem:
        lang = stem.rsplit(".", 1)[1]
        root, ext = posixpath.splitext(target)
        if _is_lang(lang) and ext and not root.endswith("." + lang):
            yield f"{root}.{lang}{ext}"
    yield target


def _sections(corpus: Corpus) -> set[str]:
    """First folders of the site's pages (after a language)."""
    return corpus.shared(
        "sitelinks:sections",
        lambda: {
            k[0]
            for k in corpus.shared("sitelinks:loose", lambda: _loose_index(corpus))
            if len(k) > 1
        },
    )


def known_section(corpus: Corpus, path: str) -> bool:
    """The link's first folder (after a language) holds pages of the corpus, so a missing
    page there is judged (`/de/guides/x/` when pages live in `src/content/docs/de/guides/`)."""
    segs = _segments(path)
    if len(segs) < 2:
        return False
    return segs[0] in _sections(corpus)


# ----- the site's generator, for its heading anchors -------------------------------------

_ID_TYPE_RE = re.compile(r"autoHeadingIDType\s*[=:]\s*['\"]?([\w-]+)", re.I)
_GFM_RE = re.compile(r"input:\s*GFM")


def _generator_in(folder: Path) -> str | None:
    conf = siteconfig.find(folder)
    if conf is None:
        return None
    if conf.generator == "astro":
        return "github-slugger"
    if conf.generator == "docusaurus":
        return "github-slugger docusaurus"
    if conf.generator == "mkdocs":
        return "python-markdown-toc"
    if conf.generator == "jekyll":
        return "kramdown-gfm" if _GFM_RE.search(conf.text) else "kramdown"
    return _hugo_slugs(conf.text)


def _hugo_slugs(text: str) -> str:
    m = _ID_TYPE_RE.search(text)
    kind = m.group(1).lower() if m else "github"
    return f"hugo-{kind}" if f"hugo-{kind}" in slugs.SLUGGERS else "hugo-github"


def generator(corpus: Corpus) -> str | None:
    """The slug rules of the site's generator, from its config file next to the content
    (`anchor-slugs` in L001's options overrides it); None when unknown."""
    found = _found(corpus)
    return found.split()[0] if found else None


def _found(corpus: Corpus) -> str | None:
    def find() -> str | None:
        for folder in siteconf.roots(corpus):
            found = _generator_in(folder)
            if found:
                return found
        return None

    return corpus.shared("sitelinks:generator", find)


def _renames(doc: Document) -> list[tuple[str, ...]]:
    """URL paths Docusaurus gives a doc through its front matter `id` and `slug`
    (`docs/guides/retries.md` with `id: retry-policies` is `/docs/guides/retry-policies`)."""
    if doc.format != "markdown":
        return []
    low = doc.path.lower()
    if "current" not in low and "docs" not in low:
        return []  # no folder the renames start from (the usual case: no path parsing)
    fm = doc.front_matter
    slug, doc_id = fm.get("slug"), fm.get("id")
    parts = [p.lower() for p in PurePosixPath(doc.path).parts]
    for root in ("current", "docs"):  # i18n/<l>/docusaurus-plugin-content-docs/current/
        if root in parts[:-1]:
            dirs = parts[parts.index(root) + 1 : -1]
            break
    else:
        return []
    if isinstance(slug, str) and slug.strip():
        tail = tuple(s for s in slug.strip().lower().split("/") if s)
        return [("docs", *tail)] if slug.strip().startswith("/") else [("docs", *dirs, *tail)]
    if isinstance(doc_id, str | int) and str(doc_id).strip():
        return [("docs", *dirs, str(doc_id).strip().lower())]
    stem = parts[-1].rsplit(".", 1)[0]
    return [("docs", *dirs)] if stem in ("index", "readme") else [("docs", *dirs, stem)]


def renames_urls(corpus: Corpus) -> bool:
    """The site's generator may serve a page away from its file's URL (Docusaurus)."""
    return (_found(corpus) or "").endswith("docusaurus")


def renamed(corpus: Corpus, target: Document, path: str) -> bool:
    """Docusaurus serves a doc with an `id` or `slug` only at that URL, not its file's."""
    if not renames_urls(corpus):
        return False
    names = _renames(target)
    return bool(names) and _segments(path) not in names


def section_root(corpus: Corpus, path: str) -> bool:
    """`/blog`, `/docs/`: the index a generator builds for a folder of pages."""
    segs = _segments(path)
    if len(segs) != 1:
        return False
    return segs[0] in _sections(corpus)


def generator_anchors(doc: Document, gen: str) -> set[str]:
    """The ids the generator gives `doc`'s headings (front-matter titles aside)."""
    key = f"anchors:{gen}"
    cached = doc.memo.get(key)
    if cached is None:
        # A heading with an id of its own (`{#id}`) gets no generated one.
        explicit = {
            h.anchor for h in doc.headings if h.anchor and h.anchor != heading_anchor(h.text)
        }
        texts = [h.text for h in doc.headings if h.in_main and h.anchor not in explicit]
        cached = doc.memo[key] = set(slugs.anchors(texts, gen)) | explicit
    return cached
