"""Text analyses shared by per-document rules: computed once per document, memoised.

Several rules and metrics read the same facts about the same paragraph: its sentences
(T004 looks for names in them, T006 for the longest, T007 for repeats, the
`sentence_count` and `reading_grade` metrics count them), the words of each sentence,
and normalised comparison keys. Each used to compute them again, which made
tokenising most of the per-document cost. Here each is computed once per distinct
text and kept in `doc.memo` (emptied by `Document.slim()`, so nothing of it reaches
the cache or another process).

Every function is a pure function of the text, memoised by the text itself: two
blocks with the same text share one analysis, and results are exactly those of
`contentlint.text` (`word_count`, `sentences`, `normalize`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from contentlint import text as textmod
from contentlint.document import Document

_T = TypeVar("_T")
_WORD_FINDALL = textmod._WORD_RE.findall


class Passage:
    """Sentences and words of one text (a paragraph, a list item, a table cell...).

    `word_count` equals `text.word_count(text)` and `sentence_word_counts[i]` equals
    `text.word_count(sentences[i])`. The words of a text are exactly the words of its
    sentences in order (sentences are cut after . ! ? and the closing quotes and spaces
    that follow, where no word can continue), so the text is tokenised once, sentence
    by sentence, and the paragraph's count is their sum.
    """

    __slots__ = ("sentence_word_counts", "sentence_words", "sentences", "tokens", "word_count")

    def __init__(self, text: str) -> None:
        sentences = textmod.sentences(text)
        per = [_WORD_FINDALL(s) for s in sentences]
        self.sentences: list[str] = sentences
        #: Word tokens of each sentence (`text.words`).
        self.sentence_words: list[list[str]] = per
        #: Number of word tokens (`len(text.words(text))`: CJK characters not included).
        self.tokens: int = sum(map(len, per))
        if textmod.cjk_chars(text):
            self.sentence_word_counts: list[int] = [
                textmod.with_cjk(len(w), s) for w, s in zip(per, sentences, strict=True)
            ]
            self.word_count: int = textmod.with_cjk(self.tokens, text)
        else:
            self.sentence_word_counts = [len(w) for w in per]
            self.word_count = self.tokens

    @property
    def words(self) -> list[str]:
        """All word tokens of the text, as `text.words(text)` returns them."""
        return [w for ws in self.sentence_words for w in ws]


def _table(doc: Document, name: str) -> dict[str, Any]:
    table = doc.memo.get(name)
    if table is None:
        table = doc.memo[name] = {}
    return table


def memoised(doc: Document, name: str, fn: Callable[[str], _T], text: str) -> _T:
    """`fn(text)`, computed once per document (fn must be a pure function of the text)."""
    table = _table(doc, name)
    try:
        return table[text]  # type: ignore[no-any-return]
    except KeyError:
        value = table[text] = fn(text)
        return value


def passage(doc: Document, text: str) -> Passage:
    """The sentences and words of `text`, analysed once per document."""
    table = _table(doc, "passage")
    p = table.get(text)
    if p is None:
        p = table[text] = Passage(text)
    return p  # type: ignore[no-any-return]


def word_count(doc: Document, text: str) -> int:
    """`text.word_count(text)`, memoised."""
    return passage(doc, text).word_count


def sentences(doc: Document, text: str) -> list[str]:
    """`text.sentences(text)`, memoised (do not modify the list)."""
    return passage(doc, text).sentences


def normalize(doc: Document, text: str) -> str:
    """`text.normalize(text)`, memoised."""
    return memoised(doc, "normalize", textmod.normalize, text)
