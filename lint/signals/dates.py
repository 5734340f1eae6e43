"""Dates as people and pages write them, parsed without guessing from free text.

Recognises ISO dates (`2019-11-19T13:03:00Z`, `2019/10/15`), day-month-year and
month-day-year with month names in several languages (`19 Nov 2019`, `November 19th,
2019`, `22 de outubro de 2010`, `24 сентября 2018`), numeric dates (`11/19/2019`,
`13.11.2019`, whose day/month order may be ambiguous), and relative dates (`2 days
ago`, `yesterday`). Only the calendar day is kept: time zones make hours unreliable
across sources, so comparisons allow a day of slack.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "jan january januar jänner janvier enero janeiro gennaio gen januari января "
        "stycznia styczeń styczen januar",
        "feb february februar février fevrier febrero fevereiro febbraio februari февраля "
        "lutego luty",
        "mar march märz maerz mars marzo março marco maart maret марта marca marzec",
        "apr april avril abril aprile апреля kwietnia kwiecień kwiecien",
        "may mai mayo maio maggio mag mei мая maja maj",
        "jun june juni juin junio junho giugno giu июня czerwca czerwiec",
        "jul july juli juillet julio julho luglio lug июля lipca lipiec",
        "aug august août aout agosto ago augustus agustus августа augusti sierpnia sierpień",
        "sep sept september septembre septiembre setiembre setembro settembre set сентября "
        "września wrzesnia wrzesień",
        "oct october oktober octobre octubre outubro ottobre ott okt октября października "
        "pazdziernika październik",
        "nov november novembre noviembre novembro nopember ноября listopada listopad",
        "dec december dezember décembre decembre diciembre dezembro dicembre dic dez desember декабря "
        "grudnia grudzień",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _num

_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_YEAR = r"((?:19|20)\d\d)"
_ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)$")
_DMY_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_MDY_RE = re.compile(
    rf"(?<![^\W\d_])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:\d{{1,2}}:\d\d\S*\s+)?{_YEAR}(?!\d)",
    re.IGNORECASE,
)
#: Chinese, Japanese and Korean: `2024年3月12日`, `2024년 3월 12일`.
_CJK_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_NUMERIC_RE = re.compile(r"(?<![\d.:/-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d.:/-])")
_RELATIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:\d+|an?|one|a few)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h"
    r"|days?|d|weeks?|wks?|months?|years?|yrs?)\s+ago|yesterday|today|just now)(?![^\W\d_])",
    re.IGNORECASE,
)
MIN_YEAR = 1990
MAX_YEAR = 2100
#: The empty date some CMSs write into structured data and meta tags (`0001-01-01`): no
#: date at all, whatever else the field holds.
PLACEHOLDER_DATE = re.compile(r"^0{1,4}1-01-01")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A calendar day; `alt` is the other reading of an ambiguous numeric date."""

    day: dt.date
    alt: dt.date | None = None


def _make(y: int, m: int, d: int) -> dt.date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse(text: str) -> Parsed | None:
    """The first date written in `text`, or None (relative dates are not resolved here)."""
    if not text:
        return None
    text = text.strip()
    m = _COMPACT_RE.match(text)
    if m:
        day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Parsed(day) if day else None
    best: tuple[int, Parsed] | None = None
    for found in _candidates(text):
        if best is None or found[0] < best[0]:
            best = found
    return best[1] if best else None


def _candidates(text: str) -> list[tuple[int, Parsed]]:
    out: list[tuple[int, Parsed]] = []
    m = _ISO_RE.search(text)
    if m:
        day = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if day:
            out.append((m.start(), Parsed(day)))
    m = _DMY_RE.search(text)
    if m:
        day = _make(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        if day:
            out.append((m.start(), Parsed(day)))
    m = _MDY_RE.search(text)
    if m:
        day = _make(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        if day:
            out.append((m.start(), Parsed(day)))
    m = _CJK_RE.search(text)
    if m:
        day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            out.append((m.start(), Parsed(day)))
    m = _NUMERIC_RE.search(text)
    if m:
        parsed = _numeric(int(m.group(1)), m.group(2), int(m.group(3)), m.group(4))
        if parsed:
            out.append((m.start(), parsed))
    return out


def _numeric(a: int, sep: str, b: int, year_text: str) -> Parsed | None:
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    day_first = _make(year, b, a)
    month_first = _make(year, a, b)
    if day_first and month_first and day_first != month_first:
        # Dots and dashes are European (day first); slashes are read month first, but
        # either may be meant.
        main, other = (day_first, month_first) if sep in ".-" else (month_first, day_first)
        return Parsed(main, other)
    day = day_first or month_first
    return Parsed(day) if day else None


def is_month_day(text: str) -> bool:
    """`November 19`, `19 Nov`: a date without its year (not a name)."""
    words = re.findall(r"[^\W\d_]+\.?|\d+", text.lower())
    return (
        1 < len(words) <= 3
        and any(w.rstrip(".") in _MONTHS for w in words)
        and all(w.rstrip(".") in _MONTHS or w.isdigit() for w in words)
    )


def is_relative(text: str) -> bool:
    """`3 hours ago`, `yesterday`, `Today 12:01 AM`: a date only the fetch time can resolve."""
    return bool(text) and _RELATIVE_RE.search(text) is not None


def path_date(path: str) -> dt.date | None:
    """A date spelled out in a URL or file path: `2019/10/15/slug`, `_posts/2019-10-15-slug.md`."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?!\d)", path)
    if not m:
        return None
    return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from `earlier` to `later` (negative when `later` is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months
