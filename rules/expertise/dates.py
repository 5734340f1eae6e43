"""When the page was written: a date is given (E002), is recent where it must be (E003),
and the page's dates agree with each other and with its history (E008).

E003 runs in the corpus stage, because its answer depends on the day it runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pathspec
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules.expertise.record import record_of
from contentlint.signals import dates as datesmod
from contentlint.signals.datefacts import DATE_KEYS, DateFact, dates

# ----- E002 missing-date ----------------------------------------------------------------------


@rule(
    code="E002",
    name="missing-date",
    severity="warning",
    options={"front_matter_keys": list(DATE_KEYS)},
    option_schema={
        "front_matter_keys": {
            "minItems": 1,
            "description": "Front-matter keys that hold the publication or update date.",
        }
    },
)
def missing_date(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page says nowhere when it was published or last updated.

    Why: readers judge advice by its age, and search engines show and rank by date;
    an undated page cannot be known to be current.
    How to fix: add `date` (and `lastmod` when you update it) to the front matter, or
    on an HTML page a visible date plus `datePublished` in the JSON-LD.
    Options: `front_matter_keys` lists the date keys (`date`, `publishDate`,
    `published`, `lastmod`, `updated`...). Also found: a date in the file path or in a
    front-matter `path`/`url`/`permalink` (`2019/10/15/slug`), the page URL,
    `article:published_time`/`modified_time`, JSON-LD `datePublished`/`dateModified`,
    microdata, `<time datetime>` and dates shown next to the headline; htmldate where
    the page has no recognisable headline.
    Fails: `title: Best CI tools` with no date and an undated path.
    Passes: `date: 2024-03-01`; `path = "2019/10/15/slug"`.
    """
    if dates(doc, opts.front_matter_keys):
        return
    where = (
        "add `date` to the front matter"
        if doc.format == "markdown"
        else "show the date and add JSON-LD `datePublished`"
    )
    yield doc.problem(
        "E002", f"no publication or update date; {where}", whole_document=True, subject="no-date"
    )


# ----- E003 stale-content ------------------------------------------------------------------------


@rule(
    code="E003",
    name="stale-content",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"paths": [], "max_age_months": 24, "now": ""},
    option_schema={
        "paths": {
            "description": "Globs of time-sensitive content (`content/news/**`, `/reviews/`); "
            "matched against the file path as reported and the page's URL path.",
        },
        "max_age_months": {"minimum": 1},
        "now": {
            "pattern": r"^(\d{4}-\d{2}-\d{2})?$",
            "description": "The date ages are measured at (YYYY-MM-DD; default today). "
            "`contentlint check --now DATE` sets it for a run.",
        },
    },
)
def stale_content(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """A time-sensitive page was last updated longer ago than allowed.

    Why: prices, versions, laws and "best of" lists age; a page that was last touched
    years ago loses readers' trust, and search engines favour fresh answers for
    queries that deserve them.
    How to fix: review the page, update what changed and bump `lastmod` (or
    `dateModified`); retire or redirect what can no longer be kept current.
    Options: nothing is judged until `paths` marks the time-sensitive folders (globs,
    e.g. `["content/news/**", "/reviews/"]`). `max_age_months` (24) is the limit,
    measured from the latest date the page states (modified, else published) to `now`
    (today, or `--now DATE` for reproducible runs). Pages without a date are E002's.
    Runs in the corpus stage, because its answer depends on the day it runs.
    Fails: `content/news/x.md` with `date: 2019-05-15`, checked in 2024.
    Passes: the same page with `lastmod: 2024-01-10`.
    """
    if not opts.paths:
        return
    spec = pathspec.GitIgnoreSpec.from_lines(list(opts.paths))
    now = dt.date.fromisoformat(opts.now) if opts.now else dt.date.today()
    for doc in corpus.judged:
        if not corpus.is_reported(doc):
            continue
        rec = record_of(doc)
        if not _matches(spec, doc.path, rec["url_path"]):
            continue
        if not rec["updated"]:
            continue
        value, line, source = rec["updated"]
        age = datesmod.months_between(dt.date.fromisoformat(value), now)
        if age > opts.max_age_months:
            yield doc.problem(
                "E003",
                f"last updated {value} ({age} months ago, per {_source_name(source)}); "
                "time-sensitive pages "
                f"here must be reviewed within {opts.max_age_months} months",
                line=line,
                whole_document=True,
                subject="stale-content",
            )


def _matches(spec: pathspec.PathSpec[Any], path: str, url_path: str) -> bool:
    """The glob matches the file path from any folder down, or the URL path.

    So `content/news/**` and `news/**` both match, whichever folder the run starts in.
    """
    parts = [p for p in path.replace("\\", "/").split("/") if p and p != "."]
    candidates = ["/".join(parts[i:]) for i in range(len(parts))]
    if url_path:
        candidates.append(url_path.strip("/") + "/")
    return any(spec.match_file(c) for c in candidates)


# ----- E008 date-mismatch ---------------------------------------------------------------------------

#: Sources whose "published" date is a deliberate statement about this page.
_STATED = ("front-matter", "path", "url", "json-ld", "meta", "microdata")


@rule(
    code="E008",
    name="date-mismatch",
    severity="warning",
    options={"tolerance_days": 1, "max_changed_words": 20},
    option_schema={"tolerance_days": {"minimum": 0}, "max_changed_words": {"minimum": 0}},
)
def date_mismatch(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page's dates contradict each other, or the update date moved while the text did not.

    Why: a visible date that disagrees with the structured data, or a path that says
    2019 while the front matter says 2021, confuses readers and search engines, which
    may then ignore both. Moving `lastmod` without changing the content ("date
    bumping") to look fresh is a practice search engines explicitly call out.
    How to fix: give one publication date everywhere (front matter, path, JSON-LD,
    meta tags, the visible date); change the modified date only with a real update.
    Options: `tolerance_days` (1) absorbs time zones; `max_changed_words` (20): a
    modified date that moved since the previous version while at most this many words
    changed is date bumping. The previous version is the last commit of the file in
    git (the committed version when the file has uncommitted changes), or the earlier
    fetch of a crawled page, when the source provides it.
    Fails: `date: 2021-03-01` with `path = "2019/10/15/slug"`; `lastmod` moved from
    2023-01-05 to 2024-06-01 with 3 words changed.
    Passes: one date everywhere; a new `lastmod` with a rewritten section.
    """
    found = [d for d in dates(doc) if d.value and not d.relative]
    tol = opts.tolerance_days
    published = [d for d in found if d.role == "published" and d.source.split(":")[0] in _STATED]
    problem = _first_disagreement(published, tol)
    if problem:
        a, b = problem
        yield doc.problem(
            "E008",
            f"publication dates disagree: {_where(a)} says {a.value}, {_where(b)} says {b.value}",
            line=next((d.line for d in (a, b) if _editable(d)), a.line),
            whole_document=True,
            subject="published-dates-disagree",
        )
    else:
        stated = [d for d in found if d.source.split(":")[0] in _STATED]
        visible = [
            d
            for d in found
            if d.source == "visible" and (d.role != "unknown" or not d.text.strip().isdigit())
        ]
        for v in visible:
            if stated and not any(v.matches(s, tol) for s in stated):
                nearest = min(stated, key=lambda s: abs(_days(s.value) - _days(v.value)))
                yield doc.problem(
                    "E008",
                    f"the date shown on the page ({v.text.strip()!r}) matches none of the "
                    f"stated dates (e.g. {_where(nearest)}: {nearest.value})",
                    line=v.line,
                    whole_document=True,
                    subject="visible-date-disagrees",
                )
                break
    modified = [d for d in found if d.role == "modified" and d.source.split(":")[0] in _STATED]
    if published and modified:
        first = min(published, key=lambda d: d.value or "")
        last = max(modified, key=lambda d: d.value or "")
        if _days(last.value) < _days(first.value) - tol:
            yield doc.problem(
                "E008",
                f"modified date {last.value} ({_where(last)}) is before the publication date "
                f"{first.value} ({_where(first)})",
                line=last.line,
                whole_document=True,
                subject="modified-before-published",
            )
    yield from _date_bumping(doc, found, opts)


def _first_disagreement(facts: Sequence[DateFact], tol: int) -> tuple[DateFact, DateFact] | None:
    """Two published dates from different sources that disagree beyond the tolerance."""
    by_source: dict[str, DateFact] = {}
    for d in facts:
        by_source.setdefault(_family(d.source), d)
    items = list(by_source.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if not a.matches(b, tol):
                return a, b
    return None


def _editable(d: DateFact) -> bool:
    """A front-matter date field (not the path): where the fix usually goes."""
    return d.source.startswith("front-matter:") and not d.source.endswith(
        (":path", ":url", ":permalink")
    )


def _family(source: str) -> str:
    head = source.split(":")[0]
    return (
        "path"
        if head in ("path", "url") or source.endswith((":path", ":url", ":permalink"))
        else source
    )


def _date_bumping(doc: Document, found: Sequence[DateFact], opts: Options) -> Iterator[Problem]:
    prev = doc.extra.get("previous_version")
    if not isinstance(prev, Mapping):
        return
    changed = prev.get("changed_words")
    old_dates = prev.get("dates") or {}
    if not isinstance(changed, int) or changed > opts.max_changed_words:
        return
    for d in found:
        if not d.source.startswith(("front-matter:", "meta:")) and d.source != "json-ld":
            continue
        key = d.source.split(":", 1)[-1]
        old = (
            old_dates.get(key) if d.source.startswith("front-matter:") else old_dates.get(d.source)
        )
        if not isinstance(old, str) or (d.role != "modified" and key != "date"):
            continue
        parsed = datesmod.parse(old)
        if parsed and d.value and d.value > parsed.day.isoformat():
            ref = str(prev.get("ref") or "the previous version")
            yield doc.problem(
                "E008",
                f"{_where(d)} moved from {parsed.day.isoformat()} to {d.value} but only "
                f"{changed} word{'s' if changed != 1 else ''} of the text changed since {ref} "
                "(date bumping)",
                line=d.line,
                whole_document=True,
                subject=f"date-bumping:{key}",
            )
            return


def _where(d: DateFact) -> str:
    return _source_name(d.source)


def _source_name(source: str) -> str:
    """`front-matter:lastmod` -> "front matter `lastmod`", for messages."""
    if source.startswith("front-matter:"):
        return f"front matter `{source.split(':', 1)[1]}`"
    if source.startswith("meta:"):
        return f"`<meta {source.split(':', 1)[1]}>`"
    return {
        "path": "the file path",
        "url": "the URL",
        "json-ld": "JSON-LD",
        "microdata": "microdata",
        "visible": "the page",
        "htmldate": "htmldate",
    }.get(source, source)


def _days(value: str | None) -> int:
    return dt.date.fromisoformat(value).toordinal() if value else 0
