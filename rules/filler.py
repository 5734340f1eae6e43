"""T005: filler phrases, the padded and machine-sounding prose that says nothing.

The phrase lists are rule data in the rule-pack format, one file per language
(`data/filler.<lang>.yml`), so adding a language is adding a file, and teams extend
the list with their own packs. Filler density is a document metric other rules and
packs can put thresholds on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

from contentlint.model import registry
from contentlint.model import text as textmod
from contentlint.model.document import Block, Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.packs import PackRule, read_pack
from contentlint.rules._shared.phrases import normalize_phrase, phrase_problems, regions
from contentlint.signals import metrics
from contentlint.signals.prose import RUNNING_KINDS, prose_blocks

_DATA = resources.files("contentlint.rules") / "data"
#: Languages with a list, from the file names (parsed only when first needed).
LANGUAGES = tuple(
    sorted(
        p.name.split(".")[1]
        for p in _DATA.iterdir()
        if p.name.startswith("filler.") and p.name.endswith(".yml")
    )
)


@registry.warmup
def _compile_phrase_lists() -> None:
    for lang in LANGUAGES:  # the phrase lists take ~0.1 s to load and compile
        phrase_rule(lang)


@cache
def phrase_rule(lang: str) -> PackRule | None:
    """The compiled T005 rule data for a language (None when there is no list).

    Cached: reading, validating and compiling the pack costs ~30 ms, and T005 asks for
    it on every document (uncached it was the largest per-document cost on the Rust
    blog)."""
    if lang not in LANGUAGES:
        return None
    with resources.as_file(_DATA / f"filler.{lang}.yml") as path:
        pack = read_pack(
            path,
            builtin=True,
            label=f"contentlint/rules/data/filler.{lang}.yml",
            validate=False,  # tests/rules/test_filler.py validates the shipped lists
        )
    return next(r for r in pack.rules if r.code == "T005")


@rule(
    code="T005",
    name="filler-phrase",
    severity="warning",
    languages=LANGUAGES,
    options={"allow": []},
    option_schema={"allow": {"uniqueItems": True, "items": {"type": "string", "minLength": 1}}},
)
def filler_phrase(doc: Document, opts: Options) -> Iterator[Problem]:
    """Generic, padded or machine-sounding phrase ("in today's fast-paced digital landscape").

    Why: stock phrases add words without adding information. Readers skim past them,
    and pages full of them read as mass-produced, which is what search quality
    guidelines tell raters to mark down. Each phrase in the list has a short reason.
    How to fix: delete the phrase and start with the point, or say the specific thing
    the phrase stands in for (the number, the example, the step).
    Options: `allow` lists phrases not to report (as written in the list). Add your own
    phrases with a rule pack (`packs:` in the config); the per-document density is the
    `filler_per_1000` metric. English only for now: lists are `rules/data/filler.LANG.yml`.
    Matching ignores case, treats ' and ’ alike, and respects word boundaries. Table
    cells and paragraphs that list commits are not read.
    Fails: "In today's fast-paced digital landscape, it's important to note that caching matters."
    Passes: "Caching cut our build from 14 to 6 minutes."
    """
    pr = phrase_rule(textmod.base_language(doc.lang))
    if pr is None or pr.matcher is None:
        return
    allowed = {normalize_phrase(a) for a in opts.allow}
    yield from phrase_problems(
        doc,
        "T005",
        pr.matcher,
        pr.message,
        pr.where,
        skip=(lambda e: e.key in allowed) if allowed else None,
        keep=written_text(doc),
    )


def written_text(doc: Document) -> Callable[[Block], bool]:
    """Which blocks hold the author's words: not table cells (labels, data) nor
    paragraphs that list commits (their titles are other people's one-liners). The prose
    view (memoised, shared with T006 and the metrics) already knows the latter."""
    prose = {id(pb.block) for pb in prose_blocks(doc)}
    return lambda b: b.kind != "table" and (b.kind not in RUNNING_KINDS or id(b) in prose)


@metrics.metric(
    "filler_per_1000",
    "Filler phrases (T005's list) per 1,000 words of main text.",
    languages=LANGUAGES,
)
def _filler_per_1000(doc: Document) -> float:
    pr = phrase_rule(textmod.base_language(doc.lang))
    wc = doc.word_count
    if pr is None or pr.matcher is None or not wc:
        return 0.0
    keep = written_text(doc)
    texts = [text for text, b in regions(doc, ("prose", "headings")) if keep(b)]
    hits = sum(len(found) for found in pr.matcher.find_all(texts))
    return hits * 1000 / wc
