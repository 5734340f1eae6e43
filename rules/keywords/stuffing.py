"""K004: a page repeating its keyword far more often than natural writing does.

A per-document rule: phrase counts run over the page's stems joined into one string
(`_Joined`), so searches run in C.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, compress

from contentlint.model.document import PROSE_KINDS, Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules.keywords.terms import (
    KEYWORD_KEYS,
    block_terms,
    declared_keywords,
    doc_terms,
)

# ----- K004 keyword-stuffing -------------------------------------------------------------------


@rule(
    code="K004",
    name="keyword-stuffing",
    severity="warning",
    options={"max_density": 0.03, "max_heading_share": 0.5, "min_words": 300, "keys": KEYWORD_KEYS},
    option_schema={
        "max_density": {"minimum": 0.005, "maximum": 0.5},
        "max_heading_share": {"minimum": 0.1, "maximum": 1.0},
        "min_words": {"minimum": 1},
    },
)
def keyword_stuffing(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page repeats its keyword far more often than natural writing does.

    Why: keyword stuffing reads badly and is a spam signal; search engines demote pages
    that repeat a phrase instead of covering the topic.
    How to fix: use the keyword where it helps the reader (title, intro, one or two
    headings) and write the rest naturally, with synonyms and related terms.
    Options: `max_density` (0.03): occurrences per word of main text; `max_heading_share`
    (0.5): share of subheadings that may contain the keyword (checked with 4 or more
    subheadings); `min_words` (300): shorter pages are not judged (a short note naming
    its subject a few times is not stuffing); `keys`: front-matter
    keys holding the target keyword. Without a declared keyword, the title's most used
    two- or three-word phrase is checked, unless it is a name (capitalised in the text:
    an article about "Star Trek" names its subject often).
    Fails: "best running shoes" 14 times in 300 words.  Passes: 4 times in 1,200 words.
    """
    total = doc.word_count
    if total < opts.min_words:
        return
    prose = [
        terms
        for b, terms in zip(doc.blocks, block_terms(doc), strict=True)
        if b.kind in PROSE_KINDS
    ]
    mapped = list(chain.from_iterable(terms[1] for terms in prose if terms is not None))
    body = list(filter(None, mapped))
    if not body:
        return
    declared = declared_keywords(doc, opts["keys"])
    candidates: list[tuple[str, list[str]]] = []
    if declared:
        candidates = [(declared[0], doc_terms(doc, declared[0])[0])]
    else:
        stems, words = doc_terms(doc, doc.title or "")
        for n in (3, 2):
            for k in range(len(stems) - n + 1):
                candidates.append((" ".join(words[k : k + n]).lower(), stems[k : k + n]))
    text = _Joined(body)
    best: tuple[int, str, list[str]] | None = None
    for phrase, stems in candidates:
        if not stems:
            continue
        count = text.occurrences(stems)
        if best is None or count > best[0]:
            best = (count, phrase, stems)
    if best is None:
        return
    count, phrase, stems = best
    if not declared:
        # Surface words of the body, aligned with its stems.
        surfaces = list(compress(chain.from_iterable(t[0] for t in prose if t is not None), mapped))
        if _is_name(text, surfaces, stems):
            return  # an article about "Star Trek" names it often: its subject, not stuffing
    density = count / total
    if density > opts.max_density and count >= 5:
        yield doc.problem(
            "K004",
            f'"{phrase}" appears {count} times in {total} words ({density:.1%}; '
            f"natural use stays under {opts.max_density:.0%})",
            subject=f"keyword-stuffing:{phrase}",
            whole_document=True,
        )
    heads = [
        (b, terms)
        for b, terms in zip(doc.blocks, block_terms(doc), strict=True)
        if b.kind == "heading" and b.level >= 2
    ]
    if len(heads) >= 4:
        hits = sum(
            1
            for _, terms in heads
            if terms is not None and _Joined(list(filter(None, terms[1]))).occurrences(stems)
        )
        if hits > opts.max_heading_share * len(heads):
            yield doc.problem(
                "K004",
                f'"{phrase}" is in {hits} of {len(heads)} subheadings; use headings to say '
                "what each section covers",
                line=heads[0][0].line,
                subject=f"keyword-stuffing-headings:{phrase}",
            )


class _Joined:
    """A sequence of stems as one string, " a b c ", searched with `str.find`.

    Stems hold no spaces, so " x y " is found exactly where the stems x, y follow each
    other: phrase searches run in C instead of comparing list slices at every position.
    """

    __slots__ = ("text",)

    def __init__(self, seq: list[str]) -> None:
        self.text = " " + " ".join(seq) + " "

    def starts(self, phrase: list[str]) -> list[int]:
        """Every index where `phrase` starts in the sequence (overlapping ones too)."""
        needle = " " + " ".join(phrase) + " "
        text = self.text
        out: list[int] = []
        at = text.find(needle)
        index = seen = 0
        while at >= 0:
            index += text.count(" ", seen, at)  # spaces before `at`: the stem index
            seen = at
            out.append(index)
            at = text.find(needle, at + 1)
        return out

    def occurrences(self, phrase: list[str]) -> int:
        """Occurrences of `phrase`, not overlapping, counted from the start."""
        if not phrase:
            return 0
        needle = " " + " ".join(phrase) + " "
        text = self.text
        count = 0
        at = text.find(needle)
        while at >= 0:
            count += 1
            # The match's last space starts the stem after it.
            at = text.find(needle, at + len(needle) - 1)
        return count


def _is_name(text: _Joined, surfaces: list[str], phrase: list[str]) -> bool:
    """The inferred phrase is a proper name: capitalised in most of its occurrences."""
    n = len(phrase)
    hits = text.starts(phrase)
    if not hits:
        return False
    capital = sum(1 for i in hits if all(w[:1].isupper() for w in surfaces[i : i + n]))
    return capital >= 0.8 * len(hits)
