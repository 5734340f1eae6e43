"""Where the crawler finds URLs and what it may fetch: robots.txt, sitemaps, page links.

Kept apart from the crawl loop (`crawl.py`) because it is reading what a site says
about itself, not deciding what to queue: robots.txt is read with protego once per
origin before anything else is requested there (as RFC 9309 asks: an unreachable one
(5xx, 429, network error) closes the origin, an unavailable one (4xx) opens it, one over
512 KiB is read up to that size, and its Crawl-delay can slow the host's gate), sitemaps and sitemap
indexes (XML or text) list pages, and a page's links, canonical, alternates and meta
refresh are what the crawler follows unless nofollow says not to.
"""

from __future__ import annotations

import asyncio
import io
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

from contentlint.sources.fetch import MB, REDIRECT_STATUSES, Failure, Fetcher, Response
from contentlint.sources.web import host_of, origin, robots_directives

MAX_SITEMAPS = 1000
SITEMAP_MAX_BYTES = 50 * MB  # the sitemap protocol's own limits
SITEMAP_MAX_URLS = 50_000
#: Redirects followed for robots.txt (RFC 9309: at least five).
ROBOTS_MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks parsers to read at least 500 KiB
#: A robots.txt Crawl-delay above this is capped (and a warning printed).
MAX_CRAWL_DELAY = 60.0
_ALLOW_ALL = "allow"
_DISALLOW_ALL = "disallow"


def extract_links(body: bytes, base: str) -> tuple[list[str], bool]:
    """Links to follow from a page, and whether the page asks not to follow any (nofollow).

    `<a>` and `<area>` without rel=nofollow, the canonical, prev/next and hreflang
    alternates, and meta refresh targets; `<base href>` is honoured.
    """
    from lxml import etree

    try:
        # The HTML parser of lxml.html without its element classes: only tags and
        # attributes are read here, and lxml.html picks each element's class in Python.
        tree = etree.fromstring(body, _link_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return [], False
    if tree is None:  # an empty document
        return [], False
    nofollow = False
    links: list[str] = []
    site = origin(base) if base.lower().startswith(("http://", "https://")) else None
    for el in tree.iter("base", "a", "area", "link", "meta"):
        tag = el.tag
        if tag == "base" and el.get("href"):
            base = urljoin(base, el.get("href").strip())
            site = origin(base) if base.lower().startswith(("http://", "https://")) else None
        elif tag in ("a", "area"):
            href = el.get("href")
            if href and "nofollow" not in (el.get("rel") or "").lower().split():
                href = href.strip()
                if site is not None and href.startswith("/") and not href.startswith("//"):
                    # A site-absolute path joins the same on every page of a site (RFC
                    # 3986 5.2.2: only the base's scheme and host are kept): navigation
                    # links repeat on every page, so each is joined once.
                    links.append(_join_path(site, href))
                else:
                    links.append(urljoin(base, href))
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            href = el.get("href")
            if href and (
                {"canonical", "next", "prev"} & set(rel)
                or ("alternate" in rel and el.get("hreflang"))
            ):
                links.append(urljoin(base, href.strip()))
        elif tag == "meta":
            name = (el.get("name") or "").lower()
            content = el.get("content") or ""
            if name in ("robots", "contentlint") and robots_directives([content]) & {
                "nofollow",
                "none",
            }:
                nofollow = True
            if (el.get("http-equiv") or "").lower() == "refresh":
                m = re.search(r"url\s*=\s*['\"]?([^'\";]+)", content, re.IGNORECASE)
                if m:
                    links.append(urljoin(base, m.group(1).strip()))
    return links, nofollow


@lru_cache(maxsize=1)
def _link_parser() -> Any:
    from lxml import etree

    return etree.HTMLParser()


@lru_cache(maxsize=8192)
def _join_path(site: str, href: str) -> str:
    return urljoin(site + "/", href)


def parse_sitemap(body: bytes, limit: int = SITEMAP_MAX_URLS) -> tuple[list[str], bool]:
    """(locations, is_index) of an XML sitemap or sitemap index; text sitemaps too.

    At most `limit` locations (one more when there are more, so the caller can tell): a
    sitemap listing millions of URLs is not read to its end."""
    from lxml import etree

    locs: list[str] = []
    is_index = False
    try:
        for _, el in etree.iterparse(
            io.BytesIO(body),
            events=("end",),
            recover=True,
            resolve_entities=False,
            no_network=True,
        ):
            if not isinstance(el.tag, str):
                continue
            tag = etree.QName(el).localname
            if tag == "loc" and el.text and el.text.strip():
                parent = el.getparent()
                parent_tag = etree.QName(parent).localname if parent is not None else ""
                if parent_tag == "sitemap":
                    is_index = True
                if parent_tag in ("sitemap", "url"):
                    locs.append(el.text.strip())
                    if len(locs) > limit:
                        break
            elif tag in ("url", "sitemap"):
                el.clear()
    except etree.XMLSyntaxError:
        pass
    if not locs:
        for line in io.TextIOWrapper(io.BytesIO(body), "utf-8", "replace"):
            if line.strip().startswith(("http://", "https://")):
                locs.append(line.strip())
                if len(locs) > limit:
                    break
    return locs, is_index


class Robots:
    """robots.txt of every origin the crawl touches, each fetched once (concurrent askers
    share the fetch); `warnings` is the crawl's list, appended to in place."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        user_agent: str,
        ignore: bool,
        delay: float,
        warnings: list[str],
    ) -> None:
        self.fetcher = fetcher
        self.user_agent = user_agent
        self.ignore = ignore
        self.delay = delay
        self.warnings = warnings
        self.rules: dict[str, Any] = {}
        #: The `Sitemap:` lines of each origin's robots.txt.
        self.sitemaps: dict[str, list[str]] = {}
        #: Why robots.txt could not be read, per origin (everything there is disallowed).
        self.errors: dict[str, str] = {}
        self._tasks: dict[str, asyncio.Future[None]] = {}

    def allowed(self, url: str) -> bool:
        if self.ignore:
            return True
        rp = self.rules.get(origin(url), _ALLOW_ALL)
        if rp == _ALLOW_ALL:
            return True
        if rp == _DISALLOW_ALL:
            return False
        return bool(rp.can_fetch(url, self.user_agent))

    async def ensure(self, org: str) -> None:
        """Read the origin's robots.txt unless it has been (or is being) read."""
        if org in self.rules:
            return
        task = self._tasks.get(org)
        if task is None:
            task = self._tasks[org] = asyncio.ensure_future(self._load(org))
        await asyncio.shield(task)

    async def _load(self, org: str) -> None:
        from protego import Protego

        url = org + "/robots.txt"
        res: Response | Failure = Failure("no response")
        current = url
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            res = await self.fetcher.request(
                current, None, any_type=True, cap=ROBOTS_MAX_BYTES, truncate=True
            )
            if isinstance(res, Response) and res.status in REDIRECT_STATUSES:
                target = res.headers.get("location")
                if target:
                    current = urljoin(current, target)
                    continue
            break
        rules: Any = _ALLOW_ALL
        crawl_delay: float | None = None
        if isinstance(res, Failure) or res.status >= 500 or res.status == 429:
            reason = res.reason if isinstance(res, Failure) else f"HTTP {res.status}"
            if not self.ignore:
                rules = _DISALLOW_ALL
                self.errors[org] = reason
                self.warnings.append(
                    f"{url}: unreachable ({reason}); nothing on {org} was crawled (RFC 9309)"
                )
        elif 200 <= res.status < 300 and res.body is not None:
            try:  # a binary or hostile file must not stop the crawl
                parser = Protego.parse(res.body.decode("utf-8", "replace"))
                self.sitemaps[org] = [s for s in parser.sitemaps if isinstance(s, str)][:100]
                rules = parser
            except Exception as exc:
                self.warnings.append(f"{url}: not parsed ({type(exc).__name__}); treated as empty")
            else:
                try:
                    crawl_delay = parser.crawl_delay(self.user_agent)
                except (TypeError, ValueError):
                    crawl_delay = None
        if self.ignore:
            rules, crawl_delay = _ALLOW_ALL, None
        self.rules[org] = rules
        delay = self.delay
        if crawl_delay:
            if crawl_delay > MAX_CRAWL_DELAY:
                self.warnings.append(
                    f"{url}: Crawl-delay {crawl_delay:g}s capped at {MAX_CRAWL_DELAY:g}s"
                )
            delay = max(delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        gate = self.fetcher.gate(host_of(org))
        gate.delay = max(gate.delay, delay)
