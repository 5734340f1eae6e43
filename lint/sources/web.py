"""Web pages as documents: what the crawler, the crawl store and WARC input share.

URL normalisation (so one page is fetched and reported once), HTTP-level facts that
HTML alone does not carry (X-Robots-Tag, `Link: rel=canonical`, redirects), the
`F003 fetch-failed` and `F004 needs-rendering` diagnostics, and a bounded parallel
map so that a huge archive or store is parsed with a fixed amount of memory.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related
from contentlint.model.settings import SourceSettings
from contentlint.sources.files import content_hash

if TYPE_CHECKING:
    pass

T = TypeVar("T")
R = TypeVar("R")

#: Query parameters that only track campaigns; stripped before URLs are compared.
DEFAULT_STRIP_PARAMS = (
    "utm_*",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "fbclid",
    "msclkid",
    "yclid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "igshid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
)

#: Page kinds that are not articles, so content rules (T001 thin content...) skip them.
KIND_UNAVAILABLE = "unavailable"
KIND_APP_SHELL = "app-shell"

HTML_TYPES = ("text/html", "application/xhtml+xml")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PCT_RE = re.compile(r"%([0-9A-Fa-f]{2})")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = "/%:@!$&'()*+,;=-._~?"


# ----- URL normalisation -------------------------------------------------------------------


@dataclass(frozen=True)
class UrlPolicy:
    """How URLs are made comparable: tracking parameters and the trailing-slash policy."""

    strip_params: tuple[str, ...] = DEFAULT_STRIP_PARAMS
    keep_params: tuple[str, ...] = ()
    #: "keep" as linked, "add" a slash to paths without a file extension, "strip" it.
    trailing_slash: str = "keep"

    def strips(self, name: str) -> bool:
        low = name.lower()
        if any(fnmatch.fnmatchcase(low, k.lower()) for k in self.keep_params):
            return False
        return any(fnmatch.fnmatchcase(low, s.lower()) for s in self.strip_params)


_DEFAULT_POLICY = UrlPolicy()


def _pct(text: str, safe: str) -> str:
    """Decode escapes of unreserved characters, upper-case the others, escape the rest."""

    def fix(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else "%" + m.group(1).upper()

    return quote(_PCT_RE.sub(fix, text), safe=safe)


def normalize(url: str, policy: UrlPolicy | None = None, base: str | None = None) -> str | None:
    """The comparable form of an http(s) URL, or None for anything else (mailto:, data:...)."""
    if base is not None:
        try:
            url = urljoin(base, url.strip())
        except ValueError:
            return None
    return _normalize(url, policy or _DEFAULT_POLICY)


@functools.lru_cache(maxsize=8192)
def _normalize(url: str, policy: UrlPolicy) -> str | None:
    """Cached: a site's navigation links repeat on every page."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            return None
        host = parts.hostname.lower().rstrip(".")
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        port = parts.port
    except (ValueError, UnicodeError):
        return None
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        netloc += f":{port}"
    path = _pct(parts.path or "/", _PATH_SAFE)
    if policy.trailing_slash == "add" and not path.endswith("/"):
        last = path.rsplit("/", 1)[-1]
        if "." not in last:
            path += "/"
    elif policy.trailing_slash == "strip" and path != "/":
        path = path.rstrip("/") or "/"
    query = ""
    if parts.query:
        kept = [
            pair
            for pair in parts.query.split("&")
            if pair and not policy.strips(pair.split("=", 1)[0])
        ]
        query = "&".join(_pct(p, _QUERY_SAFE) for p in kept)
    return urlunsplit((scheme, netloc, path, query, ""))


def origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


# ----- HTTP facts --------------------------------------------------------------------------


def is_html(content_type: str | None, head: bytes = b"") -> bool:
    """HTML by its declared type, or by sniffing when the server declared none."""
    if content_type:
        return content_type.split(";")[0].strip().lower() in HTML_TYPES
    start = head[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or (b"<html" in start)


def charset_of(content_type: str | None) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return m.group(1) if m else None


_NOT_AGENTS = {"max-snippet", "max-image-preview", "max-video-preview", "unavailable_after"}


def robots_directives(values: Iterable[str], agents: Sequence[str] = ("contentlint",)) -> set[str]:
    """Directives of X-Robots-Tag headers that apply to us and to search engines.

    `googlebot: noindex` applies (we lint for search engines); `otherbot: noindex` does not.
    """
    applies = {"googlebot", *(a.lower() for a in agents)}
    out: set[str] = set()
    for value in values:
        for line in value.split("\n"):
            current: str | None = None
            for token in line.split(","):
                token = token.strip().lower()
                m = re.match(r"^([\w-]+)\s*:\s*(.*)$", token)
                if m and m.group(1) not in _NOT_AGENTS:
                    current, token = m.group(1), m.group(2).strip()
                if token and (current is None or current in applies):
                    out.add(token)
    return out


def link_header_canonical(value: str | None, base: str) -> str | None:
    """`Link: <https://x/a>; rel="canonical"` (how PDFs and some CDNs declare it)."""
    for part in (value or "").split(","):
        m = re.match(r"\s*<([^>]*)>\s*;(.*)$", part)
        if m and re.search(r'rel\s*=\s*"?[^";]*\bcanonical\b', m.group(2), re.IGNORECASE):
            return urljoin(base, str(m.group(1)).strip())
    return None


# ----- documents ---------------------------------------------------------------------------


@dataclass
class Page:
    """One HTTP response as a source of a document (from the crawl store or a WARC file)."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    aliases: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    #: An earlier fetch of the same URL whose body differed (body, headers): parsed in the
    #: same worker and compared, for E008's date-bumping check (`earlier_version`).
    earlier: tuple[bytes, dict[str, str]] | None = None


def decode_body(body: bytes, content_type: str | None) -> str:
    """The HTTP charset wins; otherwise BOM, UTF-8, then the declared or detected one."""
    charset = charset_of(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    from contentlint.sources import html

    return str(html.decode(body))


def page_document(
    page: Page, settings: SourceSettings, resolve_code: Callable[[str], str] = str.upper
) -> Document:
    """Parse a fetched HTML page; add what only HTTP knows (headers, redirects, rendering)."""
    from contentlint.sources import html

    url = page.final_url
    ctype = page.headers.get("content-type")
    digest = content_hash(page.body)
    try:
        text = decode_body(page.body, ctype).replace("\r\n", "\n")
        doc = html.parse(text, url, url, settings, resolve_code)
    except RecursionError:
        return _failed_parse(page, "document is nested too deeply to parse", digest)
    except Exception as exc:
        return _failed_parse(page, f"could not parse HTML: {type(exc).__name__}: {exc}", digest)
    doc.content_hash = digest
    directives = robots_directives([page.headers.get("x-robots-tag", "")])
    if "noindex" in directives or "none" in directives:
        doc.noindex = True
    if doc.canonical:
        doc.canonical = urljoin(url, doc.canonical)
    else:
        doc.canonical = link_header_canonical(page.headers.get("link"), url)
    doc.extra["http"] = {
        "url": page.url,
        "status": page.status,
        "content_type": ctype,
        **({"x_robots_tag": sorted(directives)} if directives else {}),
        **page.extra,
    }
    shell = needs_rendering(doc, text)
    if shell:
        doc.kind = KIND_APP_SHELL
        doc.diagnostics.append(
            Problem(
                code="F004",
                message=shell,
                line=1,
                path=doc.path,
                subject="needs-rendering",
                whole_document=True,
            )
        )
    return doc


def earlier_version(old: Document, new: Document) -> dict[str, Any] | None:
    """What E008 needs about an earlier fetch of a page: its dates, the words changed since.

    The `doc.extra["previous_version"]` record of `contentlint.signals.datefacts`, without
    its `ref` (the caller knows which fetch it was). Dates are keyed as E008 looks them up for
    HTML: `json-ld` (the latest `dateModified`, else `datePublished`: a page that had no
    modified date was last changed when published) and each `meta:<name>`
    (`meta:article:modified_time`...). Words are the main text's, compared with difflib as
    `history.py` compares a file's versions. None when the earlier body did not parse.
    """
    from contentlint.signals import datefacts
    from contentlint.sources.history import changed_words

    if not old.readable:
        return None
    dates: dict[str, str] = {}
    jsonld: dict[str, list[str]] = {"modified": [], "published": []}
    for d in datefacts.dates(old):
        if not d.value or d.relative:
            continue
        if d.source == "json-ld" and d.role in jsonld:
            jsonld[d.role].append(d.value)
        elif d.source.startswith("meta:"):
            dates.setdefault(d.source, d.value)
    latest = jsonld["modified"] or jsonld["published"]
    if latest:
        dates["json-ld"] = max(latest)
    a, b = _main_words(old), _main_words(new)
    return {"dates": dates, "changed_words": changed_words(a, b), "words": len(b)}


def _main_words(doc: Document) -> list[str]:
    return [w for b in doc.blocks for w in b.text.split()]


def with_aliases(doc: Document, aliases: Iterable[str]) -> Document:
    """URLs that redirect to this page resolve to it (internal links, canonicals)."""
    found = [a for a in aliases if a and a != doc.url]
    if found:
        doc.extra["aliases"] = sorted({*doc.extra.get("aliases", []), *found})
    return doc


def settle_links(docs: Iterable[Document], known: set[str], policy: UrlPolicy) -> None:
    """Make links between crawled pages resolvable, and leave the rest unjudged.

    Called after the per-document rules, before the corpus stage. A link whose URL the
    crawl (or archive) holds is rewritten to the normalised URL (tracking parameters
    gone), so it resolves to the page; a link the crawl never fetched (robots.txt,
    `--max-depth`, `--max-pages`, a redirect off the site) cannot be judged, so it is
    treated like a link to another site instead of being reported as broken.
    """
    for doc in docs:
        for link in doc.links:
            if not link.internal or not link.url or link.href.strip().startswith("#"):
                continue
            base, _, frag = link.url.partition("#")
            url = normalize(base, policy)
            if url is None:
                continue
            if url in known:
                link.url = url + (f"#{frag}" if frag else "")
            else:
                link.internal = False


def _failed_parse(page: Page, reason: str, digest: str) -> Document:
    doc = Document(path=page.final_url, format="html", url=page.final_url, content_hash=digest)
    doc.diagnostics.append(
        Problem(
            code="F002",
            message=reason,
            path=doc.path,
            subject=reason,
            whole_document=True,
        )
    )
    return doc


def failed_document(
    url: str, reason: str, subject: str, discovered_from: str | None = None, **extra: Any
) -> Document:
    """A URL that could not be fetched: an F003 at the URL, and no content to judge."""
    doc = Document(path=url, format="html", url=url, kind=KIND_UNAVAILABLE)
    doc.extra["http"] = {"url": url, **extra}
    related = (Related(discovered_from, None, "linked from here"),) if discovered_from else ()
    doc.diagnostics.append(
        Problem(
            code="F003",
            message=f"fetch failed: {reason}",
            line=1,
            path=url,
            related=related,
            subject=subject,
            whole_document=True,
        )
    )
    return doc


_MOUNT_RE = re.compile(
    r"<(?:div|main|section|body|app-root)\b[^>]*\b(?:id|class)\s*=\s*[\"']?"
    r"(root|app|__next|__nuxt|___gatsby|svelte|application|main-app|react-root|vue-app)\b[^>]*>\s*"
    r"(?:<!--.*?-->\s*)*</(?:div|main|section|app-root)>",
    re.IGNORECASE | re.DOTALL,
)
_FRAMEWORK_RE = re.compile(
    r"<app-root\b|\bng-app\b|\bng-version=|\bdata-reactroot\b", re.IGNORECASE
)
_NOSCRIPT_JS_RE = re.compile(
    r"<noscript\b[^>]*>[^<]*(?:<[^/][^>]*>[^<]*)*\b(?:javascript|js)\b", re.IGNORECASE
)
_SCRIPT_RE = re.compile(r"<script\b", re.IGNORECASE)
SHELL_MAX_WORDS = 50


def needs_rendering(doc: Document, text: str) -> str | None:
    """Why the page looks like an empty shell that a JavaScript app fills in, or None.

    Such a page is not thin content: what readers (and search engines, after
    rendering) see is not in the HTML, so content rules have nothing to judge.
    """
    words = max(doc.word_count, doc.page_words or 0)
    if words >= SHELL_MAX_WORDS or not _SCRIPT_RE.search(text):
        return None
    mount = _MOUNT_RE.search(text)
    if mount:
        sign = f'an empty id="{mount.group(1)}" mount point'
    elif _FRAMEWORK_RE.search(text):
        sign = "a JavaScript framework root"
    elif _NOSCRIPT_JS_RE.search(text):
        sign = "a <noscript> asking for JavaScript"
    else:
        return None
    return (
        f"the HTML is an empty shell ({words} words, {sign}) that a JavaScript app fills in; "
        "lint a server-rendered or pre-rendered version of the page"
    )


def resolve_aliases(redirects: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Final URL -> every URL that redirects to it, through chains of redirects."""
    target = dict(redirects)
    out: dict[str, list[str]] = {}
    for url in target:
        final, hops = target[url], 0
        while final in target and hops < 20:
            final, hops = target[final], hops + 1
        out.setdefault(final, []).append(url)
    return out


def known_urls(pages: Iterable[str], redirects: dict[str, str]) -> set[str]:
    """Fetched URLs, plus the redirects that end on one of them (through chains)."""
    known = set(pages)
    for final, sources in resolve_aliases(redirects.items()).items():
        if final in known:
            known.update(sources)
    return known


def redirect_loops(redirects: dict[str, str]) -> dict[str, list[str]]:
    """URL -> its redirect chain (ending on the repeated URL), for chains that loop."""
    out: dict[str, list[str]] = {}
    for start in redirects:
        chain = [start]
        while chain[-1] in redirects and len(chain) <= len(redirects):
            nxt = redirects[chain[-1]]
            chain.append(nxt)
            if nxt in chain[:-1]:
                out[start] = chain
                break
    return out


_parser: dict[str, Any] = {}


def init_parser(settings: SourceSettings, resolve_code: Callable[[str], str] = str.upper) -> None:
    """Worker initializer for `parse_item`: the engine passes its settings and the function
    that turns rule names in suppression comments into codes."""
    _parser["settings"] = settings
    _parser["resolve_code"] = resolve_code


def parse_item(item: tuple[str | None, Page | Document]) -> tuple[str | None, Document]:
    """Worker side of the engine's parallel parse: parse a page; a document already built
    passes through."""
    key, obj = item
    resolve_code = _parser.get("resolve_code", str.upper)
    if isinstance(obj, Document):
        return key, obj
    doc = page_document(obj, _parser["settings"], resolve_code)
    if obj.earlier is not None:
        body, headers = obj.earlier
        earlier = Page(obj.url, obj.final_url, obj.status, headers or obj.headers, body)
        old = page_document(earlier, _parser["settings"], resolve_code)
        # Set even when None: the caller records that the comparison was made.
        doc.extra["previous_version"] = earlier_version(old, doc)
    return key, doc


#: How a source has its pages parsed: (items, settings, number of pages if known) ->
#: (key, Document) in input order. The engine passes its worker pool; sources never
#: choose an executor themselves.
ParseMap = Callable[
    [Iterable[tuple[str | None, "Page | Document"]], SourceSettings, "int | None"],
    Iterator[tuple[str | None, Document]],
]


def serial_parse(
    items: Iterable[tuple[str | None, Page | Document]],
    settings: SourceSettings,
    size: int | None = None,
) -> Iterator[tuple[str | None, Document]]:
    """Parse in this process (tests, and runs too small for a pool)."""
    init_parser(settings)
    for item in items:
        yield parse_item(item)
