"""Settings every source shares, and the finishing steps common to all formats."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from contentlint.model import text as textmod
from contentlint.model import urls
from contentlint.model.document import PROSE_KINDS, Document
from contentlint.model.settings import SourceSettings
from contentlint.signals import kinds, language, translations


def finalize(doc: Document, settings: SourceSettings, declared_lang: str | None) -> Document:
    """Resolve links against the document URL and settle its language."""
    base = doc.url or urls.site_base(settings.base_url)
    site = urls.site_base(settings.base_url) if doc.format == "markdown" or not doc.url else doc.url
    site_host = urlsplit(site).netloc.lower()
    host_core = site_host.removeprefix("www.")
    resolved: dict[str, tuple[str, bool]] = {}
    try:  # a base urljoin refuses must still refuse every link (no shared answers)
        shareable = bool(doc.links) and bool(urlsplit(base))
    except ValueError:
        shareable = False
    for link in doc.links:
        href = link.href.strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
            link.internal = False
            continue
        if href.startswith("#"):
            link.url = urls.normalize_url(base) + href if doc.url else href
            link.internal = True
            continue
        known = resolved.get(href)
        if known is None:
            shared = _shared_key(base, site_host, href) if shareable else None
            known = _ABSOLUTE.get(shared) if shared is not None else None
            if known is None:
                try:
                    absolute = urljoin(base, href)
                except ValueError:
                    continue
                internal = _may_be_on(absolute, host_core) and _on_site(absolute, site_host)
                known = (absolute, internal)
                if shared is not None:
                    if len(_ABSOLUTE) >= _ABSOLUTE_MAX:
                        _ABSOLUTE.clear()
                    _ABSOLUTE[shared] = known
            resolved[href] = known
        link.url, link.internal = known
    settle_language(doc, settings, declared_lang)
    doc.kind = (settings.kinds and kinds.override(doc.path, settings.kinds)) or kinds.classify(doc)
    return doc


#: Absolute links resolved, shared by the documents of a process: most of a site's
#: external links (the project's repository, its docs) recur on page after page.
_ABSOLUTE: dict[tuple[str, str, str], tuple[str, bool]] = {}
_ABSOLUTE_MAX = 100_000


def _shared_key(base: str, site_host: str, href: str) -> tuple[str, str, str] | None:
    """The key under which `href` resolves alike on every page, or None.

    `urljoin` keeps a URL with a scheme and a host whatever the base, except for the
    base's scheme (equal schemes are reassembled, others returned as they are): an
    http(s) URL with a host is keyed by the base's scheme, and by the site's host, which
    decides whether it is internal. A host is certain when the character after "//" is
    not a path, query or fragment start and no tab or newline (which `urlsplit` drops)
    could shift it.
    """
    if href.startswith("https://"):
        rest = 8
    elif href.startswith("http://"):
        rest = 7
    else:
        return None
    if href[rest : rest + 1] in ("", "/", "?", "#", "\\") or not href.isprintable():
        return None
    return base[: base.find(":") + 1], site_host, href


def _leading_text(doc: Document) -> str:
    """The start of `doc.text`, as much as language detection reads (joining every block
    of a long page only to keep its first characters cost more than the guess)."""
    parts: list[str] = []
    size = 0
    for b in doc.blocks:
        if b.kind in PROSE_KINDS:
            parts.append(b.text)
            size += len(b.text) + 2
            if size > language.SAMPLE_CHARS:
                break
    return "\n\n".join(parts)


def settle_language(doc: Document, settings: SourceSettings, declared: str | None) -> None:
    """`doc.lang` (its text's language), `doc.locale` (the one the site files it under)
    and `doc.translation_key` (shared with its translations). Front matter's `lang`
    is the author's word; `<html lang>`, og:locale and language folders give way to
    long text confidently in another language (a template's `lang="en"` on a German
    page, a page copied into `fr/` and not yet translated)."""
    site = translations.site_i18n(doc.path)
    langs = frozenset(x.lower() for x in settings.languages) or site.languages
    filed, neutral = translations.path_language(doc.path, langs)
    said = textmod.base_language(declared) or textmod.base_language(filed)
    default = settings.language or site.default or "en"
    own = doc.format == "markdown" and bool(textmod.base_language(declared))
    doc.lang = language.settle(said, _leading_text(doc), default, authoritative=own)
    doc.locale = said or textmod.base_language(default) or doc.lang
    fields = settings.translation_keys or translations.TRANSLATION_FIELDS
    key = translations.front_matter_key(doc.front_matter, fields)
    if not key and doc.extra.get("hreflang"):
        base = doc.url or ""
        alternates = []
        for lang, href in doc.extra["hreflang"]:
            try:
                alternates.append((lang, urls.normalize_url(urljoin(base, href))))
            except ValueError:
                continue
        key = translations.hreflang_key(doc.url and urls.normalize_url(doc.url), alternates)
    doc.translation_key = key or "path:" + neutral.rsplit(".", 1)[0].lower()


def _on_site(absolute: str, site_host: str) -> bool:
    parts = urlsplit(absolute)
    return parts.scheme in ("http", "https") and (
        parts.netloc.lower() == site_host or _www_equal(parts.netloc, site_host)
    )


def _may_be_on(absolute: str, host_core: str) -> bool:
    """False when `absolute` cannot be on the site: its host (`www.` aside) appears nowhere
    in it. urlsplit, which `_on_site` needs otherwise, costs as much again as the join,
    and most links of a page lead elsewhere. (The netloc urlsplit finds is a run of the
    URL once tabs and newlines are dropped, and lower-casing keeps runs.)"""
    cleaned = absolute.replace("\t", "").replace("\r", "").replace("\n", "")
    return host_core in cleaned.lower()


def _www_equal(a: str, b: str) -> bool:
    return a.lower().removeprefix("www.") == b.lower().removeprefix("www.")
