"""Which site a page lives on: its hosts, same-site links and author-profile folders.

A link from an author's byline counts as a profile only when it stays on the page's
own site (subdomains included), and a saved page linted as a file still names its site
in its canonical URL. Author discovery, the HTML scan and the expertise rules (E006)
all ask these questions.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from contentlint.model.document import Document

#: Folders that hold author profile pages (`/authors/jane-doe/`), in several languages.
PROFILE_DIRS = frozenset(
    {
        "author",
        "authors",
        "people",
        "profile",
        "profiles",
        "staff",
        "team",
        "contributor",
        "contributors",
        "writers",
        "writer",
        "autoren",
        "autor",
        "auteur",
        "redacteur",
        "journalist",
        "bio",
        "user",
        "users",
        "u",
        "members",
        "member",
        "autores",
        "autori",
        "autore",
        "auteurs",
        "autorzy",
        "avtor",
        "skribent",
        "skribenter",
        "medewerkers",
        "redactie",
    }
)


#: One search of the raw href (every link of a page is asked): a profile folder and a
#: last segment (not `/author/jo/page/2/`), or a `/@handle`.
_PROFILE_HREF = re.compile(
    r"/(?:"
    + "|".join(sorted(PROFILE_DIRS, key=len, reverse=True))
    + r")/(?!page\b)[^/?#]+/?(?:[?#]|$)|/@[^/?#]+/?(?:[?#]|$)",
    re.IGNORECASE,
)


def profile_href(href: str | None) -> bool:
    """A link to an author's page: `/author/jo/`, `/autoren/jo`, `/members/jo.12/`, `/@jo`."""
    return bool(href) and _PROFILE_HREF.search(href) is not None  # type: ignore[arg-type]


def absolute_url(doc: Document, url: str | None) -> str | None:
    if not url:
        return None
    hosts = site_hosts(doc)
    base = doc.url if doc.url and urlsplit(doc.url).netloc in hosts else None
    base = base or doc.canonical or doc.meta.get("og:url") or doc.url or "https://site.invalid/"
    try:
        return urljoin(base, url)
    except ValueError:
        return None


def same_site(doc: Document, url: str) -> bool:
    """On the page's own site (subdomains included: people.ign.com is ign.com's)."""
    if url.startswith("/") and not url.startswith("//"):
        return True
    host = urlsplit(url).netloc.lower()
    if host == "site.invalid":
        return True  # resolved from a relative link on a page without a known URL
    return bool(host) and any(_registrable(host) == _registrable(h) for h in site_hosts(doc))


def site_hosts(doc: Document) -> list[str]:
    """Hosts the page says it lives on: its URL, else its canonical or `og:url`.

    A saved page linted as a file has a placeholder URL, but its canonical still names
    the real site.
    """
    hosts = []
    for candidate in (doc.url, doc.canonical, doc.meta.get("og:url")):
        host = urlsplit(candidate or "").netloc.lower()
        if host and host != "site.invalid":
            hosts.append(host)
    return hosts


def _registrable(host: str) -> str:
    labels = host.split(":")[0].removeprefix("www.").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})
