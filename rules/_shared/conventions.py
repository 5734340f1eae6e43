"""A site's own link conventions from config `links:` (targets to ignore or rewrite).

The link graph asks `conventions(corpus).apply(href)` before it resolves a link: None means
the site declared the target as not checkable (a glossary shortcut such as Hugo docs'
`[term](g)`, `^mailto:`, a section served by another app); otherwise the target with
every `rewrite` applied in order (lychee's `remap`), which is what gets resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urljoin

from contentlint.model import urls
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document, Link


@dataclass(frozen=True)
class Conventions:
    ignore: tuple[re.Pattern[str], ...] = ()
    rewrite: tuple[tuple[re.Pattern[str], str], ...] = ()

    def apply(self, href: str) -> str | None:
        """The target to resolve, or None when the site says not to check it (an ignore
        pattern matches the target as written or as rewritten)."""
        if any(p.search(href) for p in self.ignore):
            return None
        out = href
        for pattern, to in self.rewrite:
            out = pattern.sub(to, out)
        if out != href and any(p.search(out) for p in self.ignore):
            return None
        return out


def conventions(corpus: Corpus) -> Conventions:
    """The compiled `links:` config (validated when the config was read)."""

    def build() -> Conventions:
        s = corpus.settings
        return Conventions(
            tuple(re.compile(p) for p in s.link_ignore),
            tuple((re.compile(p), to) for p, to in s.link_rewrite),
        )

    return corpus.shared("conventions:links", build)


def rebased(corpus: Corpus, doc: Document, link: Link, href: str) -> Link:
    """`link` pointing at the rewritten `href`: its URL resolved against the page as the
    sources resolve links (same site when it lands on the site's host)."""
    site = urls.site_base(corpus.settings.base_url)
    base = doc.url or site
    if href.startswith("#"):
        return replace(link, href=href, url=urls.normalize_url(base) + href, internal=True)
    try:
        absolute = urljoin(base, href)
    except ValueError:
        return replace(link, href=href, url=None, internal=False)
    internal = absolute.startswith(("http://", "https://")) and urls.same_site(absolute, site)
    return replace(link, href=href, url=absolute, internal=internal)
