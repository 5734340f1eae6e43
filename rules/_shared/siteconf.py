"""The site generator's own config, read once per run for the link graph (issue 16).

Which generator builds the site (from its config file next to the content) and the
settings that change where pages are served:

* Hugo: `disablePathToLower` (Hugo lowercases URL paths unless it is true), `[taxonomies]`
  (their list pages exist without files) and `[permalinks]` (per-section URL patterns),
  from `hugo.toml`/`config.toml`/`.yaml`/`.json` or `config/_default/`; and whether a link
  render hook exists (`layouts/**/_markup/render-link.html`, in the site or its theme);
* Jekyll: the site-wide `permalink` style of `_config.yml` (`date`, `pretty`, a pattern),
  which places every post;
* Docusaurus, Astro, MkDocs: detected only (their generated pages are in
  `signals/data/generated_pages.yml`).

A config that cannot be read or parsed counts as empty: the link checks fall back to
their looser rules rather than failing the run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from contentlint.model import urls
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.signals import generated, siteconfig

#: Folders above the documents searched for the generator's config: deep enough for
#: Starlight's `src/content/docs/<lang>/<section>/` (the config is 5 levels up).
DEPTH = 6


@dataclass(frozen=True)
class Site:
    #: hugo, jekyll, docusaurus, astro, mkdocs, or None when unknown.
    generator: str | None = None
    #: Hugo serves every URL path lower-cased (unless `disablePathToLower = true`).
    lower_paths: bool = True
    taxonomies: tuple[str, ...] = generated.DEFAULT_TAXONOMIES
    #: Hugo `[permalinks]`: section -> pattern; Jekyll: {"": site permalink style}.
    permalinks: dict[str, str] = field(default_factory=dict)
    #: Hugo: the site (or its theme) has a link render hook, which may turn bare words
    #: such as `[term](g)` into links (`layouts/**/_markup/render-link.html`).
    link_hook: bool = False
    #: The folder the site is served under (`/project/` on GitHub Pages), from Hugo's
    #: `baseURL`, Jekyll's `baseurl`, Docusaurus' `baseUrl`, Astro's `base`; "/" when none.
    base_path: str = "/"


def _lower_keys(data: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()}


def _hugo(conf: siteconfig.GeneratorConfig) -> Site:
    config = _lower_keys(dict(conf.data))
    folder = conf.folder
    taxonomies = config.get("taxonomies")
    taxes = (
        tuple(str(v) for v in taxonomies.values())
        if isinstance(taxonomies, dict)
        else generated.DEFAULT_TAXONOMIES
    )
    permalinks = config.get("permalinks")
    links: dict[str, str] = {}
    if isinstance(permalinks, dict):
        page = permalinks.get("page")
        for section, pattern in (page if isinstance(page, dict) else permalinks).items():
            if isinstance(pattern, str):
                links[str(section)] = pattern
    hooks = [folder / "layouts", *(folder / "themes").glob("*/layouts")]
    hook = any(next(h.glob("**/_markup/render-link*.html"), None) for h in hooks if h.is_dir())
    base = urlsplit(str(config.get("baseurl") or "")).path
    lower = config.get("disablepathtolower") is not True
    return Site("hugo", lower, taxes, links, hook, _folder(base))


_JS_BASE_RE = {
    "docusaurus": re.compile(r"""\bbaseUrl\s*:\s*['"`]([^'"`]+)"""),
    "astro": re.compile(r"""\bbase\s*:\s*['"`]([^'"`]+)"""),
}


def _folder(path: str) -> str:
    """`docs` or `/docs` -> `/docs/`; "" -> `/`."""
    path = path.strip().strip("/")
    return f"/{path}/" if path else "/"


def _js_base(text: str, generator: str) -> str:
    """The base path written in a JavaScript config (a plain string literal only)."""
    m = _JS_BASE_RE[generator].search(text)
    return _folder(m.group(1)) if m else "/"


def _detect(folder: Path) -> Site | None:
    conf = siteconfig.find(folder)
    if conf is None:
        return None
    if conf.generator in ("docusaurus", "astro"):
        return Site(conf.generator, base_path=_js_base(conf.text, conf.generator))
    if conf.generator == "mkdocs":
        return Site("mkdocs")
    if conf.generator == "jekyll":
        config = _lower_keys(dict(conf.data))
        style = config.get("permalink") or "date"
        base = _folder(str(config.get("baseurl") or ""))
        return Site("jekyll", permalinks={"": str(style)}, base_path=base)
    return _hugo(conf)


def without_base(corpus: Corpus, path: str) -> str | None:
    """`path` with the site's base folder taken off (`/project/guides/x/` ->
    `/guides/x/`), or None when the site has none or the path is outside it."""
    base = site(corpus).base_path
    if base == "/" or not path.startswith(base.rstrip("/")):
        return None
    rest = path[len(base.rstrip("/")) :]
    return rest if rest.startswith("/") or rest == "" else None


def roots(corpus: Corpus) -> list[Path]:
    """The folder above the documents and its parents, nearest first."""
    paths = [PurePosixPath(d.path) for d in corpus.docs[:200]]
    common = os.path.commonpath([str(p.parent) for p in paths]) if paths else ""
    here = Path(common or ".")
    return [here, *here.parents][:DEPTH] if here != Path(".") else [here]


def site(corpus: Corpus) -> Site:
    """The site's generator and the settings that move its URLs (memoised per corpus)."""

    def find() -> Site:
        for folder in roots(corpus):
            found = _detect(folder)
            if found:
                return found
        return Site()

    return corpus.shared("siteconf:site", find)


def generated_page(corpus: Corpus, path: str) -> bool:
    """A page the generator builds by itself (`/tags/go/`, `/blog/page/2/`)."""
    s = site(corpus)
    return generated.is_generated(path, s.generator, s.taxonomies)


def permalink_paths(corpus: Corpus, doc: Document) -> list[str]:
    """URL paths a site-wide permalink setting gives `doc` besides the one its file implies:
    Jekyll posts under `_config.yml`'s `permalink`, Hugo pages under `[permalinks]`."""
    s = site(corpus)
    if s.generator == "docusaurus" and doc.format == "markdown":
        return _docusaurus_blog(PurePosixPath(doc.path), doc.front_matter)
    if not s.permalinks or doc.format != "markdown":
        return []
    fm = doc.front_matter
    if fm.get("permalink") or fm.get("url"):
        return []  # the page's own URL wins
    rel = PurePosixPath(doc.path)
    if s.generator == "jekyll":
        if "_posts" not in rel.parts:
            return []
        return [urls.expand_permalink(s.permalinks[""], rel, fm, "jekyll")]
    parts = urls.content_relative(rel).parts
    pattern = s.permalinks.get(parts[0]) if len(parts) > 1 else None
    return [urls.expand_permalink(pattern, rel, fm, "hugo")] if pattern else []


_DATED_RE = re.compile(r"^(\d{4})[-/](\d{2})[-/](\d{2})[-/](.+)$")


def _docusaurus_blog(rel: PurePosixPath, fm: dict[str, Any]) -> list[str]:
    """Docusaurus serves `blog/2021-08-26-welcome.md` (or `blog/2021/08/26/welcome/index.md`)
    at `/blog/2021/08/26/welcome`, and a post with `slug: x` at `/blog/x`."""
    parts = rel.parts
    if "blog" not in parts[:-1]:
        return []
    rest = list(parts[parts.index("blog") + 1 :])
    rest[-1] = PurePosixPath(rest[-1]).stem
    if rest[-1].lower() == "index" and len(rest) > 1:
        rest.pop()
    slug = fm.get("slug")
    if isinstance(slug, str) and slug.strip("/ "):
        return ["/blog/" + slug.strip("/ ")]
    m = _DATED_RE.match("/".join(rest))
    return [f"/blog/{m[1]}/{m[2]}/{m[3]}/{m[4]}"] if m else []


def case_matches(corpus: Corpus, doc: Document, link_path: str) -> bool:
    """False when the site is Hugo with `disablePathToLower = true` and the link's path
    differs in case from every URL of `doc` (Hugo then serves `Format/`, not `format/`)."""
    s = site(corpus)
    if s.generator != "hugo" or s.lower_paths:
        return True
    want = _case_segments(link_path)
    for u in [doc.url, *doc.extra.get("aliases", [])]:
        if not u:
            continue
        rest = u.partition("://")[2] if "://" in u else u
        have = _case_segments(rest[len(rest.partition("/")[0]) :] if "://" in u else rest)
        if want and have[-len(want) :] == want:
            return True
    return False


def _case_segments(path: str) -> list[str]:
    """Path segments as written, without language folders and `.html`."""
    path = path.partition("?")[0].partition("#")[0]
    path = path.removesuffix("/index.html").removesuffix(".html")
    return [s for s in path.split("/") if s and generated.url_path("/" + s) != "/"]
