"""Translations (issue 16): which pages are the same page in another language.

Every document gets a `locale` (the language the site files it under) and a
`translation_key` (the same for a page and its translations), both plain strings on
`Document`, so the cache stores them and a distributed executor can join on them. The key
comes from, first match wins:

* front matter naming the translation (Hugo `translationKey`, `ref`, `lang_ref`, or the
  fields set in config `translation-keys`): `key:<value>`;
* HTML `<link rel="alternate" hreflang>` alternates: `url:<x-default or first URL>`;
* the path without its language: a language folder (`fr/docs/x.md`, Hugo
  `content/fr/`, Starlight `src/content/docs/fr/`), a filename suffix (`x.fr.md`:
  Hugo, mkdocs-static-i18n) or Docusaurus's `i18n/<lang>/docusaurus-plugin-content-*/`:
  `path:<path>`.

The generator's i18n config (Hugo `languages` / `defaultContentLanguage`, Docusaurus
`i18n`, Starlight `locales` / `defaultLocale`, mkdocs-static-i18n, Jekyll Polyglot) names
the site's languages and its default; JavaScript configs are read as text, never run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from contentlint.model.text import LANGUAGE_FOLDERS, base_language
from contentlint.signals import siteconfig

#: Front-matter fields that name a page's translation group.
TRANSLATION_FIELDS = ("translationKey", "translation_key", "ref", "lang_ref")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$", re.I)
_DOCUSAURUS_PLUGIN_ROOTS = {
    "docusaurus-plugin-content-docs": "docs",
    "docusaurus-plugin-content-blog": "blog",
    "docusaurus-plugin-content-pages": "src/pages",
}


@dataclass(frozen=True)
class SiteI18n:
    """What the generator's config says about the site's languages."""

    generator: str = ""
    default: str = ""
    languages: frozenset[str] = frozenset()
    #: The site serves an untranslated page from the default language at the locale's URL.
    fallback: bool = False


def is_language(seg: str, languages: frozenset[str] = frozenset()) -> bool:
    """`seg` names a language: one of the site's, or a common language-folder code."""
    low = seg.lower().replace("_", "-")
    if languages:
        return low in languages
    return bool(_LANG_RE.match(low)) and low[:2] in LANGUAGE_FOLDERS and low[2:3] in ("", "-")


def path_language(path: str, languages: Iterable[str] = ()) -> tuple[str, str]:
    """(language the path files the page under or "", the path without that language)."""
    langs = frozenset(languages)
    parts = list(PurePosixPath(path).parts)
    lang = ""
    if "i18n" in parts[:-1]:
        at = parts.index("i18n")
        rest = parts[at + 1 :]
        if len(rest) >= 3 and rest[1] in _DOCUSAURUS_PLUGIN_ROOTS:
            tail = rest[3:] if rest[1].endswith("docs") and rest[2] == "current" else rest[2:]
            root = _DOCUSAURUS_PLUGIN_ROOTS[rest[1]].split("/")
            return rest[0].lower(), "/".join([*parts[:at], *root, *tail])
    name = parts[-1] if parts else ""
    stem, dot, ext = name.rpartition(".")
    if dot and "." in stem:
        base, _, suffix = stem.rpartition(".")
        if base and is_language(suffix, langs):
            lang = suffix.lower()
            parts[-1] = f"{base}.{ext}"
    if not lang:
        for i, seg in enumerate(parts[:-1]):
            if is_language(seg, langs) and (langs or _looks_like_tree(parts, i)):
                lang = seg.lower()
                del parts[i]
                break
    return lang.replace("_", "-"), "/".join(parts)


def _looks_like_tree(parts: list[str], i: int) -> bool:
    """Without the site's language list, a two-letter folder counts as a language only at
    the top or right under a content root (`content/fr/`, `docs/fr/`, `fr/`)."""
    return i == 0 or parts[i - 1].lower() in ("content", "docs", "src", "i18n", "site", "pages")


def front_matter_key(fm: dict[str, Any], fields: Iterable[str]) -> str:
    for f in fields:
        v = fm.get(f)
        if isinstance(v, str | int) and not isinstance(v, bool) and str(v).strip():
            return f"key:{str(v).strip()}"
    return ""


def hreflang_key(own_url: str | None, alternates: list[tuple[str, str]]) -> str:
    """The group of pages listing each other as alternates: named by the x-default URL, or
    by the least URL of the group (the page itself included)."""
    urls = [u.rstrip("/") for lang, u in alternates if u and lang != "x-default"]
    default = [u.rstrip("/") for lang, u in alternates if lang == "x-default" and u]
    if default:
        return f"url:{default[0]}"
    if not urls:
        return ""
    if own_url:
        urls.append(own_url.rstrip("/"))
    return f"url:{min(urls)}"


# ----- the generator's i18n config --------------------------------------------------------

_QUOTED_RE = re.compile(r"['\"]([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?)['\"]")
_JS_DEFAULT_RE = re.compile(r"defaultLocale\s*:\s*['\"]([\w-]+)['\"]")
_JS_LOCALE_KEY_RE = re.compile(
    r"(?:^|[,{])\s*(['\"]?)([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?|root)\1\s*:\s*\{"
)


def _js_object(text: str, key: str) -> str:
    """The text of the `{...}` or `[...]` after `key:` (balanced brackets, no parsing)."""
    m = re.search(rf"\b{key}\s*:\s*([\[{{])", text)
    if not m:
        return ""
    opening = m.group(1)
    closing = "]" if opening == "[" else "}"
    depth = 0
    for i in range(m.start(1), len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return text[m.start(1) : i + 1]
    return ""


def _hugo(data: dict[str, Any]) -> SiteI18n:
    langs = data.get("languages")
    names = frozenset(str(k).lower() for k in langs) if isinstance(langs, dict) else frozenset()
    default = str(data.get("defaultContentLanguage") or data.get("defaultcontentlanguage") or "")
    if not names and not default:
        return SiteI18n("hugo")
    return SiteI18n("hugo", default.lower() or "en", names)


def _docusaurus(text: str) -> SiteI18n:
    block = _js_object(text, "i18n")
    default = _JS_DEFAULT_RE.search(block)
    locales = _QUOTED_RE.findall(_js_object(block, "locales"))
    return SiteI18n(
        "docusaurus",
        (default.group(1) if default else "en").lower(),
        frozenset(x.lower() for x in locales),
        fallback=True,
    )


def _starlight(text: str) -> SiteI18n:
    block = _js_object(text, "locales")
    default = _JS_DEFAULT_RE.search(text)
    keys = [m.group(2).lower() for m in _JS_LOCALE_KEY_RE.finditer(block[1:-1])]
    default_lang = default.group(1).lower() if default else ""
    if "root" in keys:  # the root locale is served without a prefix; its `lang` names it
        root = re.search(r"root\s*:\s*\{[^}]*\blang\s*:\s*['\"]([\w-]+)", block)
        default_lang = root.group(1).lower() if root else default_lang or "en"
    langs = frozenset(k for k in keys if k != "root")
    if not langs and not default_lang:
        return SiteI18n("starlight")
    return SiteI18n("starlight", default_lang or "en", langs, fallback=True)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _mkdocs(data: dict[str, Any]) -> SiteI18n:
    for plugin in _list(data.get("plugins")):
        conf = plugin.get("i18n") if isinstance(plugin, dict) else None
        if not isinstance(conf, dict):
            continue
        langs, default = set(), ""
        for lang in _list(conf.get("languages")):
            if isinstance(lang, dict) and lang.get("locale"):
                langs.add(str(lang["locale"]).lower())
                if lang.get("default"):
                    default = str(lang["locale"]).lower()
        fallback = conf.get("fallback_to_default", True) is not False
        return SiteI18n("mkdocs", default or "en", frozenset(langs), fallback)
    return SiteI18n("mkdocs")


def _jekyll(data: dict[str, Any]) -> SiteI18n:
    langs = data.get("languages")
    if isinstance(langs, list) and langs:  # jekyll-polyglot, which falls back to default
        default = str(data.get("default_lang") or langs[0]).lower()
        return SiteI18n("jekyll", default, frozenset(str(x).lower() for x in langs), True)
    return SiteI18n("jekyll")


def read_config(folder: Path) -> SiteI18n | None:
    """The i18n settings of the generator config in `folder`, or None when it has none."""
    conf = siteconfig.find(folder)
    if conf is None:
        return None
    data = dict(conf.data)
    if conf.generator == "docusaurus":
        return _docusaurus(conf.text)
    if conf.generator == "astro":
        return _starlight(conf.text)
    if conf.generator == "mkdocs":
        return _mkdocs(data)
    if conf.generator == "jekyll":
        return _jekyll(data)
    return _hugo(data)


#: Folders above a document searched for the generator's config.
_MAX_UP = 8


@lru_cache(maxsize=4096)
def _config_in(folder: str) -> SiteI18n | None:
    try:
        return read_config(Path(folder))
    except (TypeError, AttributeError, ValueError, RecursionError):  # a config of odd shape
        return SiteI18n()


@lru_cache(maxsize=4096)
def _site_of(folder: str) -> SiteI18n:
    here = Path(folder)
    for place in [here, *here.parents][:_MAX_UP]:
        found = _config_in(str(place))
        if found is not None:
            return found
    return SiteI18n()


def site_i18n(path: str) -> SiteI18n:
    """The i18n settings of the site a document file belongs to: the nearest generator
    config in the folders above it (memoised per folder)."""
    try:
        folder = os.path.abspath(os.path.dirname(path) or ".")  # no I/O, unlike resolve()
    except (OSError, ValueError):
        return SiteI18n()
    return _site_of(folder)


def locale_of(lang: str) -> str:
    """`pt_BR`, `pt-br` -> `pt`: locales compare by base language."""
    return base_language(lang)
