"""Is this text a person's name? Cleaning and judging author names, and their slugs.

Author names arrive dirty: "By Jane Doe | Nov 2", "Chris Cillizza, CNN Editor-at-large",
"admin", a share button's label, a date. Author discovery (`signals.authors`) and the
HTML scan (`signals.htmlscan`) both keep only what reads as a name, by the same tests,
and the expertise rules match authors to profiles by the same slug; so those tests
live here, apart from where the names are found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from contentlint.model.text import collapse_whitespace
from contentlint.signals import dates as datesmod
from contentlint.signals.cues import cues, is_company, is_desk

#: Account names that say nothing about who wrote the page.
PLACEHOLDER_AUTHORS = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "root",
        "user",
        "guest",
        "anonymous",
        "unknown",
        "author",
        "null",
        "none",
        "n/a",
        "default",
    }
)
_ORG_WORDS = re.compile(
    r"\b(staff|team|desk|bureau|press|news|newsroom|editors|editorial|reuters|agency|"
    r"wire services?|media|inc|ltd|llc|gmbh|magazine|journal|times|post)\b",
    re.IGNORECASE,
)


_SLUG_DROP_RE = re.compile(r"['’.]")
_SLUG_GAP_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slugify(name: str) -> str:
    """`Jane O'Doe` -> `jane-odoe`: how sites name author pages and data files.

    Memoised: the E-E-A-T record slugs the text of every link on a page, and sites
    repeat their link texts."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = _SLUG_DROP_RE.sub("", folded)
    return _SLUG_GAP_RE.sub("-", folded).strip("-")


_BY_PREFIX = re.compile(
    r"^\s*(?:[|/•·\-–—]\s*)*(?:(?:written|posted|published|reported|analysis|story|text|words|"
    r"reporting|photos?|compiled)\s+)?(?:by|von|por|par|di|door|av|af|de)\s*:?\s+|"
    r"^\s*(?:[|/•·\-–—]\s*)*(?:author|autor|auteur|autore|texte?|текст|автор|writer|"
    r"posted by|written by|by)\s*:\s*|"
    r"^.*?\b(?:publicado por|postado por|escrito por|publié par|écrit par|geschrieben von|"
    r"scritto da|pubblicato da)\s*:?\s*",
    re.IGNORECASE,
)
_NAME_CUT = re.compile(
    r"\s+[|•·]\s*|\s+[-–—]\s+|\s*／\s*|\s*@\w|\s+on\s+(?=\w+day\b|\w+\s+\d|\d)|\s+at\s+\d|"
    r"\s*\b(?:updated|published|posted|last updated|first published)\b|\s{2,}|\n|"
    r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "by",
        "von",
        "por",
        "par",
        "written by",
        "posted by",
        "share",
        "comments",
        "comment",
        "subscribe",
        "email",
        "print",
        "follow",
        "facebook",
        "twitter",
        "linkedin",
        "menu",
        "search",
        "home",
        "more",
        "advertisement",
        "sign in",
        "log in",
        "login",
        "read more",
        "view all",
        "see all",
        "close",
        "next",
        "previous",
        "biography",
        "bio",
        "about",
        "contact",
        "newsletter",
        "editor's picks",
        "related",
        "sponsored",
        "opinion",
        "news",
        "video",
        "photo",
        "photos",
        "image",
        "images",
        "getty images",
        "shutterstock",
        "view author archive",
        "all posts",
        "posts",
        "staff writer",
        "contributor",
        "senior contributor",
        "contributing writer",
        "reporter",
        "columnist",
        "editor",
        "writer",
        "correspondent",
        "guest author",
        "guest post",
    }
)
_CONNECTORS = frozenset(
    {
        "and",
        "&",
        "de",
        "da",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "del",
        "la",
        "le",
        "di",
        "bin",
        "al",
        "y",
        "e",
        "und",
        "et",
        "the",
        "of",
        "for",
        "mc",
        "st.",
    }
)


_ROLE_SUFFIX = re.compile(
    r",\s*[^,]*\b(?:writer|editor|editor-at-large|correspondent|reporter|columnist|contributor|"
    r"staff|journalist|producer|analyst|director)\b[^,]*$",
    re.IGNORECASE,
)


def _strip_role(name: str) -> str:
    """`Chris Cillizza, CNN Editor-at-large` -> `Chris Cillizza`; `LISA MASCARO, ERIC TUCKER` stays."""
    return _ROLE_SUFFIX.sub("", name)


def _strip_prefix(text: str) -> str:
    """`By Jane Doe`, `Von Max Muster`, `Autor: Jan Kowalski`, `作者：李明` -> the name."""
    out = _BY_PREFIX.sub("", text, count=1)
    if out == text:
        m = cues().by_prefix.match(text)
        if m:
            out = text[m.end() :]
    return out.strip()


def explicit_name(text: str | None) -> str | None:
    """A name given in a field meant for it (front matter, JSON-LD): taken as written.

    Only placeholders, URLs, e-mail addresses and dates are refused; "davidtwco and
    wesleywiser" or "Ben Striegel on behalf of the Edition 2024 Project Group" are
    what the site says, unlike the same words scraped from a page.
    """
    if not text:
        return None
    text = _strip_prefix(collapse_whitespace(text))
    text = _strip_role(re.split(r"\s+\|\s*", text, maxsplit=1)[0]).strip(" ,;|")
    low = text.lower()
    if not text or len(text) > 160 or low in PLACEHOLDER_AUTHORS or low in _NOT_NAMES:
        return None
    if "http" in low or re.search(r"\S+@\S+\.\w", text) or datesmod.parse(text):
        return None
    return text if any(ch.isalpha() for ch in text) else None


def clean_name(text: str | None) -> str | None:
    """A plausible author name from byline text, or None: `By Jane Doe | Nov 2` -> `Jane Doe`."""
    if not text:
        return None
    text = _strip_prefix(collapse_whitespace(text))
    text = _NAME_CUT.split(text, maxsplit=1)[0]
    text = re.sub(r",\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b).*$", "", text, flags=re.I)
    text = _strip_role(text).strip(" ,;:|-–—•·\u200b")
    return text if usable_name(text) else None


def usable_name(name: str) -> bool:
    """Looks like a person's or organisation's name, not a date, a handle or a button."""
    if not name or len(name) > 80 or name.lower() in PLACEHOLDER_AUTHORS:
        return False
    low = name.lower()
    if low in _NOT_NAMES or "http" in low or re.search(r"[@{}<>()\[\]‘’“”\"?!:]", name):
        return False
    if datesmod.parse(name) or datesmod.is_relative(name) or re.search(r"\b\d{3,}\b", name):
        return False
    if datesmod.is_month_day(name):
        return False
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 12 or name[0].isdigit():
        return False
    if len(words) > 6 and not re.search(r",|&|\band\b|\bund\b|\be\b|\by\b|\bet\b", name):
        return False  # a headline, not a list of names
    # Names are capitalised: two plain lowercase words make a sentence ("is a writer").
    lower = [w for w in words if w.isalpha() and w.islower() and w not in _CONNECTORS]
    if len(lower) >= 3 or (len(lower) == 2 and len(lower) * 2 > len(words)):
        return False
    return any(ch.isalpha() for ch in name)


def is_capitalised_name(name: str) -> bool:
    """Every word capitalised (or a connector): `Jane Doe`, `LISA MASCARO and ERIC TUCKER`."""
    words = [w.strip(",.'’()") for w in name.split()]
    words = [w for w in words if w]
    if words and not any(ch.isupper() or ch.islower() for ch in name):
        return True  # a script without letter case (Japanese, Korean, Chinese...)
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def name_kind(name: str) -> str:
    """`person`, or `organization` for a newsroom, a desk, a team, a company or an account."""
    people, _, rest = name.partition(",")
    if rest and len(people.split()) >= 2 and is_capitalised_name(people):
        name = people  # "Meg Kinnard and Errin Haines, Associated Press": the people
    if name.lower() in PLACEHOLDER_AUTHORS or _ORG_WORDS.search(name):
        return "organization"
    return "organization" if is_desk(name) or is_company(name) else "person"
