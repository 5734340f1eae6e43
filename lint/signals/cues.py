"""Byline and date cues in many languages, read from rule data (`rules/data/bylines.yml`).

The words a byline starts with ("By", "von", "作者："), the credits that name no person
("Redaktion", "編集部", "staff"), the legal forms of companies and the labels of
published/updated dates are data, not code: adding a language is an edit of the YAML
file. This module reads it once per process and compiles the patterns the HTML scan
(`signals.htmlscan`), the name tests (`signals.names`) and author discovery
(`signals.authors`) share.

The file ships with `contentlint.rules` (rule data lives there), but signals sit below
rules and must not import them: the file is located with `importlib.util.find_spec`,
which imports nothing of `contentlint.rules`.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from contentlint.model.datafile import ConfigError, compose_and_load

_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
#: The shape of `bylines.yml` (tests/test_bylines.py validates the shipped file with it).
BYLINES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["name", "languages", "company_forms"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "company_forms": _LIST,
        "languages": {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z]{2,3}$"},
            "additionalProperties": {
                "type": "object",
                "required": ["by", "desks"],
                "additionalProperties": False,
                "properties": {k: _LIST for k in ("by", "desks", "about", "published", "updated")},
            },
        },
    },
}
_COLON = r"\s*[:：]"


def data_path() -> Path:
    spec = importlib.util.find_spec("contentlint.rules")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        raise ConfigError(["contentlint: the rules package is missing its data"])
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "bylines.yml"


@dataclass(frozen=True)
class Cues:
    #: A byline prefix at the start of a text, with what follows it: "Von Max Muster".
    by_prefix: re.Pattern[str]
    #: A text that is only a byline prefix ("By", "Autor:"), the name in the next element.
    by_alone: re.Pattern[str]
    desks: frozenset[str]
    #: Desk words of scripts written without spaces (matched inside a credit).
    cjk_desks: tuple[str, ...]
    company_forms: frozenset[str]
    cjk_company_forms: tuple[str, ...]
    about: re.Pattern[str]
    published: re.Pattern[str]
    updated: re.Pattern[str]


def _cjk(word: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in word)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cue_pattern(words: list[str]) -> str:
    """Cues ending in ':' need a colon; the others a space (or, in CJK, nothing)."""
    colon = [w[:-1].strip() for w in words if w.endswith(":")]
    plain = [w for w in words if not w.endswith(":")]
    parts = []
    if colon:
        parts.append(f"(?:{_alternation(colon)}){_COLON}")
    latin = [w for w in plain if not _cjk(w)]
    cjk = [w for w in plain if _cjk(w)]
    if latin:
        parts.append(rf"(?:{_alternation(latin)})(?:{_COLON}|(?=\s))")
    if cjk:
        parts.append(rf"(?:{_alternation(cjk)})(?:{_COLON}|[／/]|\s)?")
    return "|".join(parts)


def _check(data: Any) -> None:
    """A cheap shape check at load (the full schema runs in the tests)."""
    ok = isinstance(data, dict) and isinstance(data.get("languages"), dict)
    ok = ok and all(
        isinstance(v, dict) and all(isinstance(x, list) for x in v.values())
        for v in data["languages"].values()
    )
    if not ok:
        raise ConfigError([f"{data_path()}: not a bylines file (see BYLINES_SCHEMA)"])


@lru_cache(maxsize=1)
def cues() -> Cues:
    _, data = compose_and_load(data_path().read_text(encoding="utf-8"))
    _check(data)
    langs = data["languages"].values()

    def words(key: str) -> list[str]:
        return [str(w).lower() for lang in langs for w in lang.get(key, [])]

    by = _cue_pattern(words("by"))
    lead = r"^\s*(?:[|/•·\-–—]\s*)*"
    desks = words("desks")
    forms = [str(w).lower() for w in data.get("company_forms", [])]
    return Cues(
        by_prefix=re.compile(rf"{lead}(?:{by})\s*(?=\S)", re.IGNORECASE),
        by_alone=re.compile(rf"{lead}(?:{by})\s*$", re.IGNORECASE),
        desks=frozenset(d for d in desks if not _cjk(d)),
        cjk_desks=tuple(d for d in desks if _cjk(d)),
        company_forms=frozenset(f for f in forms if not _cjk(f)),
        cjk_company_forms=tuple(f for f in forms if _cjk(f)),
        # the whole heading: "About the author", "Über den Autor:", "著者プロフィール"
        about=re.compile(rf"^\s*(?:{_alternation(words('about'))})\s*[:：]?\s*$", re.IGNORECASE),
        published=re.compile(_alternation(words("published")), re.IGNORECASE),
        updated=re.compile(_alternation(words("updated")), re.IGNORECASE),
    )


def is_desk(name: str) -> bool:
    """A credit that names no person: "Redaktion", "La Rédaction", "编辑部", "Rust Core Team"."""
    c = cues()
    low = re.sub(r"[\s\u3000]+", " ", name.lower()).strip(" .")
    if low in c.desks:
        return True
    if any(d in low for d in c.cjk_desks):
        return True
    words = low.split()
    for n in (1, 2, 3):
        if len(words) > n and (" ".join(words[:n]) in c.desks or " ".join(words[-n:]) in c.desks):
            return True
    return False


def is_company(name: str) -> bool:
    """A name with a company's legal form: "Brenner Solar GmbH", "株式会社みなと風力"."""
    c = cues()
    if any(f in name for f in c.cjk_company_forms):
        return True
    tokens = name.replace(",", " ").split()
    if len(tokens) < 2:
        return False
    for token in (tokens[-1], tokens[0]):
        low = token.lower()
        if low in c.company_forms and (len(low.strip(".")) > 2 or token.isupper()):
            return True
    tail = " ".join(tokens[-3:]).lower()
    return any(tail.endswith(" " + f) for f in c.company_forms if " " in f)
