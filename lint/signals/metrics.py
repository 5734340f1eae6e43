"""Document metrics: shared measurements computed once per document, on demand.

Rules and rule packs read metrics instead of recomputing them (and never read each
other's output). A metric is a pure function of a Document; the value is memoised
in `doc.metrics`, so it also travels with the document into the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from contentlint.model import text as textmod
from contentlint.model.document import Document
from contentlint.signals import analysis, prose


@dataclass(frozen=True)
class Metric:
    name: str
    description: str
    fn: Callable[[Document], float]
    languages: frozenset[str] | None = None


_METRICS: dict[str, Metric] = {}


def metric(
    name: str, description: str, languages: tuple[str, ...] | None = None
) -> Callable[[Callable[[Document], float]], Callable[[Document], float]]:
    def decorate(fn: Callable[[Document], float]) -> Callable[[Document], float]:
        _METRICS[name] = Metric(name, description, fn, frozenset(languages) if languages else None)
        return fn

    return decorate


def value(doc: Document, name: str) -> float | None:
    """The metric's value, or None when it does not apply to the document's language."""
    if name in doc.metrics:
        return doc.metrics[name]
    m = _METRICS[name]
    if m.languages is not None and textmod.base_language(doc.lang) not in m.languages:
        return None
    result = float(m.fn(doc))
    doc.metrics[name] = result
    return result


def available() -> dict[str, Metric]:
    return dict(_METRICS)


@metric("word_count", "Words of main text (CJK characters converted to word equivalents).")
def _word_count(doc: Document) -> float:
    return doc.word_count


@metric("sentence_count", "Sentences of running prose (no lists, tables, code or commit lists).")
def _sentence_count(doc: Document) -> float:
    return sum(len(analysis.sentences(doc, pb.text)) for pb in prose.prose_blocks(doc))


@metric("avg_sentence_words", "Mean words per sentence of main prose.")
def _avg_sentence_words(doc: Document) -> float:
    n = value(doc, "sentence_count") or 0
    words = sum(analysis.passage(doc, pb.text).tokens for pb in prose.prose_blocks(doc))
    return words / n if n else 0.0


@metric("headings", "Headings in the main content (H2 and below, plus H1s).")
def _headings(doc: Document) -> float:
    return sum(1 for b in doc.blocks if b.kind == "heading")


@metric("images", "Images in the main content.")
def _images(doc: Document) -> float:
    return sum(1 for i in doc.images if i.in_main)


@metric("internal_links", "Links in the main content to the same site.")
def _internal_links(doc: Document) -> float:
    return sum(1 for link in doc.links if link.in_main and link.internal)


@metric("external_links", "Links in the main content to other sites.")
def _external_links(doc: Document) -> float:
    return sum(
        1
        for link in doc.links
        if link.in_main and not link.internal and link.href.startswith(("http:", "https:", "//"))
    )


@metric("external_links_per_1000", "External links in the main content per 1,000 words.")
def _external_links_per_1000(doc: Document) -> float:
    wc = doc.word_count
    return (value(doc, "external_links") or 0) * 1000 / wc if wc else 0.0


@metric(
    "reading_grade",
    "Flesch-Kincaid grade level of the main prose (English).",
    languages=("en",),
)
def _reading_grade(doc: Document) -> float:
    passages = [analysis.passage(doc, pb.text) for pb in prose.prose_blocks(doc)]
    words = sum(p.tokens for p in passages)
    sentences = value(doc, "sentence_count") or 0
    if not words or not sentences:
        return 0.0
    syllables = textmod.total_syllables(
        chain.from_iterable(chain.from_iterable(p.sentence_words for p in passages))
    )
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59
