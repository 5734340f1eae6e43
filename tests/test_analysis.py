"""Shared text analyses: the fast forms give exactly the results of the plain ones.

`contentlint.text` and `contentlint.analysis` were rewritten for speed (ASCII paths,
regexes that start with a character class, analyses memoised per document). The
references below are the straightforward definitions; random text from an alphabet of
troublesome characters (abbreviations, CJK, dotless i, long s, Kelvin sign, control
separators, markup) must give the same answers.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest
from contentlint.model import text as textmod
from contentlint.model.document import OPEN_END, Block, Document
from contentlint.signals import analysis
from helpers import md

# ----- references: the plain definitions ---------------------------------------------------

_CJK = textmod._CJK
_REF_WORD_RE = re.compile(rf"[^\W_{_CJK}](?:[^\W{_CJK}]|['’.\-](?=[^\W_{_CJK}]))*")
_REF_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[«„]?[^\W_])|(?<=[。！？])")


def ref_words(text: str) -> list[str]:
    return _REF_WORD_RE.findall(text)


def ref_word_count(text: str) -> int:
    n = len(_REF_WORD_RE.findall(text))
    cjk = len(re.findall(f"[{_CJK}]", text))
    return n + round(cjk / textmod.CJK_CHARS_PER_WORD) if cjk else n


def ref_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _REF_SENTENCE_END_RE.finditer(text):
        if m.group(0) and text[m.end() : m.end() + 2].lstrip(textmod._OPENERS)[:1].islower():
            continue
        candidate = text[start : m.start()].strip()
        last = candidate.rsplit(None, 1)[-1].rstrip(".").lower() if candidate else ""
        if last in textmod._ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if candidate:
            out.append(candidate)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def ref_normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def ref_syllables(word: str) -> int:
    w = word.lower()
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


# ----- random text -------------------------------------------------------------------------

PIECES = [
    *"abcdeyzABCXYZ0189_'’.-,;:!?…。！？\"”“‘()[]«„$€ \n\t\x1c\u00a0",
    *"你好世界éÉİıſKΣσßẞ\u0301Ａｆ①Ⅻ😀",
    "Dr.",
    "e.g.",
    "U.S.",
    "i.e.",
    "etc.",
    "A.",
    "don't",
    "state-of-the-art",
    "iPhone",
    "snake_case",
    "“Quote.”",
    "(Paren.)",
    "ﬁle",
    "The",
    "the",
]


def samples(n: int, seed: int, pieces: list[str] = PIECES, length: int = 40) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, length))]
        out.append("".join(p + (" " if rng.random() < 0.3 else "") for p in parts))
    return out


ASCII_PIECES = [chr(c) for c in range(128)] + ["e.g.", "Dr.", "don't", "a-b", "The end. Next"]


@pytest.mark.parametrize("seed", [1, 2])
def test_text_functions_match_their_definitions(seed: int) -> None:
    for text in samples(4000, seed) + samples(4000, seed, ASCII_PIECES):
        assert textmod.words(text) == ref_words(text), text
        assert textmod.word_count(text) == ref_word_count(text), text
        assert textmod.sentences(text) == ref_sentences(text), text
        assert textmod.normalize(text) == ref_normalize(text), text
        for w in textmod.words(text):
            assert textmod.syllables(w) == ref_syllables(w)


def test_word_regex_pattern_still_combines_with_cjk() -> None:
    """lint/similarity.py builds `_WORD_RE.pattern | [CJK]` into one tokeniser."""
    combined = re.compile(rf"{textmod._WORD_RE.pattern}|[{_CJK}]")
    assert combined.findall("Rust 是 fast-ish, e.g. 2.5x") == [
        "Rust",
        "是",
        "fast-ish",
        "e.g",
        "2.5x",
    ]


def test_normalize_folds_ascii_separators_like_the_regex() -> None:
    assert textmod.normalize("A\x1cB\x1f C\x00D") == "a b c d"
    assert textmod.normalize("  Hello,   World!  ") == "hello world"
    assert textmod.normalize("ﬁle — Straße") == "file strasse"


def test_total_syllables_sums_syllables() -> None:
    words = ["reading", "grade", "the", "syllables", "are", "estimated", "yes"]
    assert textmod.total_syllables(words) == sum(ref_syllables(w) for w in words)


# ----- per-document analyses ---------------------------------------------------------------


@pytest.mark.parametrize("seed", [3, 4])
def test_passage_matches_the_text_functions(seed: int) -> None:
    doc = Document(path="x.md", format="markdown")
    for text in samples(3000, seed):
        p = analysis.passage(doc, text)
        assert p.sentences == ref_sentences(text)
        assert p.word_count == ref_word_count(text)
        assert p.sentence_word_counts == [ref_word_count(s) for s in p.sentences]
        assert p.words == ref_words(text)
        assert p.tokens == len(ref_words(text))


def test_analyses_are_memoised_and_dropped_by_slim() -> None:
    doc = md("---\ntitle: T\n---\n\nOne sentence here. Another one there.\n")
    text = doc.blocks[0].text
    first = analysis.passage(doc, text)
    assert analysis.passage(doc, text) is first
    assert analysis.sentences(doc, text) == ["One sentence here.", "Another one there."]
    assert analysis.word_count(doc, text) == 6
    other = md("---\ntitle: T\n---\n\nOne sentence here. Another one there.\n")
    assert doc == other  # the memo is not part of the document's identity
    doc.slim()
    assert doc.memo == {} and doc.lines is None


# ----- locating a passage's start ----------------------------------------------------------

LOCATE_PIECES = [
    "the",
    "The",
    "THE",
    "rust",
    "Rust",
    "*bold*",
    "_it_",
    "[link](http://x)",
    "](u)",
    "](",
    ")",
    "<b>",
    "</b>",
    "<" + "x" * 200 + ">",
    "<" + "x" * 201 + ">",
    "a",
    "b",
    "İ",
    "ı",
    "ſ",
    "K",
    "’s",
    "“q”",
    "é",
    "ß",
    "ẞ",
    "—",
    "`code`",
    "x]",
    "[y",
    "~z~",
]


@pytest.mark.parametrize("seed", [5, 6])
def test_locate_start_answers_what_document_locate_answers(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        lines = [
            (" " * rng.randint(0, 2)).join(
                rng.choice(LOCATE_PIECES) for _ in range(rng.randint(0, 8))
            )
            for _ in range(rng.randint(1, 5))
        ]
        doc = Document(path="x.md", format="markdown", lines=lines)
        words = " ".join(lines).replace("*", "").split() or ["the"]
        i = rng.randrange(len(words))
        needle = " ".join(
            rng.choice([words[i : i + rng.randint(1, 8)], rng.sample(LOCATE_PIECES, 2)])
        )
        line = rng.randint(1, len(lines))
        block = Block("", line, rng.choice([line, line + 1, line - 1, OPEN_END]))
        span = doc.locate(needle, block)
        expected = (span[0], span[1]) if span else None
        assert analysis.locate_start(doc, needle, block) == expected, (lines, needle, block)


def test_locate_start_across_markup_and_line_breaks() -> None:
    doc = Document(
        path="x.md",
        format="markdown",
        lines=["It is here, and it", "is *really* [here](https://x.org/) now."],
    )
    block = Block("", 1, 2)
    assert analysis.locate_start(doc, "it is really here now.", block) == (1, 17)
    assert analysis.locate_start(doc, "is really", block) == (2, 1)
    assert analysis.locate_start(doc, "nowhere", block) is None


def test_syllables_match_the_regex_definition() -> None:
    rng = random.Random(8)
    for _ in range(20000):
        word = "".join(rng.choice("aeiouylsdtrxEYSD'.-1é\nİ") for _ in range(rng.randint(1, 9)))
        assert textmod._syllables(word) == ref_syllables(word), word


def test_fold_for_ascii_is_ignorecase_for_ascii() -> None:
    """A character folds to an ASCII character exactly when re.IGNORECASE matches it to
    that character; folding keeps the length (offsets stay valid) and word characters."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    word = re.compile(r"\w")
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    folded = textmod.fold_for_ascii(every)
    assert len(folded) == len(every)
    for c, f in zip(every, folded, strict=True):
        if letter.fullmatch(c):
            assert f == next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I))
        elif f.isascii():
            assert f == c.lower() and c.isascii(), hex(ord(c))
        assert bool(word.match(c)) == bool(word.match(f)), hex(ord(c))


def test_collapse_whitespace_is_the_regex_substitution():
    """`collapse_whitespace` splits instead of substituting `\\s+`: the same characters."""
    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))
    for sample in ("", " ", "a", " a  b\n", f"{spaces}x{spaces}y z{spaces}", "\u00a0a\u2003b\x1c"):
        assert textmod.collapse_whitespace(sample) == re.sub(r"\s+", " ", sample).strip()
