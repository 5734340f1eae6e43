"""Text analyses shared by per-document rules: computed once per document, memoised.

Several rules and metrics read the same facts about the same paragraph: its sentences
(T004 looks for names in them, T006 for the longest, T007 for repeats, the
`sentence_count` and `reading_grade` metrics count them) and the words of each
sentence (T003, T004, T006, T007 and the metrics count them). Each used to compute them
again, which made tokenising most of the per-document cost. Here each is computed once per distinct
text and kept in `doc.memo` (emptied by `Document.slim()`, so nothing of it reaches
the cache or another process).

Every function is a pure function of the text, memoised by the text itself: two
blocks with the same text share one analysis, and results are exactly those of
`contentlint.text` (`word_count`, `sentences`, `words`).
"""

from __future__ import annotations

from typing import Any

from contentlint.model import text as textmod
from contentlint.model.document import Block, Document
from contentlint.signals import similarity


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
        # `text.words`, with the choice of regex made once for all sentences.
        findall = (textmod._ASCII_WORD_RE if text.isascii() else textmod._WORD_RE).findall
        per = [findall(s) for s in sentences]
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


def passage(doc: Document, text: str) -> Passage:
    """The sentences and words of `text`, analysed once per document."""
    try:
        return doc.memo["passage"][text]  # type: ignore[no-any-return]
    except KeyError:
        p = _table(doc, "passage")[text] = Passage(text)
        return p


def word_count(doc: Document, text: str) -> int:
    """`text.word_count(text)`, memoised."""
    return passage(doc, text).word_count


def sentences(doc: Document, text: str) -> list[str]:
    """`text.sentences(text)`, memoised (do not modify the list)."""
    return passage(doc, text).sentences


def token_split(doc: Document, text: str) -> list[str]:
    """`similarity.split_tokens(text)`, memoised: the duplicate fingerprints split every
    block around its tokens, and the keyword rules read the same words (`words`)."""
    try:
        return doc.memo["token_split"][text]  # type: ignore[no-any-return]
    except KeyError:
        parts = _table(doc, "token_split")[text] = similarity.split_tokens(text)
        return parts


def words(doc: Document, text: str) -> list[str]:
    """`text.words(text)`. For ASCII text these are the tokens of `token_split` (the
    tokeniser only adds CJK characters, which ASCII text has none of), so a text is
    tokenised once for both; do not modify the list."""
    if text.isascii():
        return token_split(doc, text)[1::2]
    return textmod.words(text)


#: Single characters `Document.locate` skips between words (besides spaces).
_MARKUP_CHARS = frozenset("*_`~[]")
#: Beyond this many places where the first word occurs, let the regex search.
_MAX_CANDIDATES = 200


def locate_start(doc: Document, needle: str, block: Block) -> tuple[int, int] | None:
    """Line and column where `doc.locate(needle, block)` starts, with the same answer.

    `Document.locate` compiles a regex per needle (its words joined by runs of spaces
    and inline markup), a third of a millisecond each, to be used once. For a needle of
    ASCII and caseless characters, where ignoring case is comparing folded text
    (`text.fold_for_ascii`), this walks the same regex by hand instead: every match
    starts where the first word does, so the answer is the first such place from which
    the other words can be reached across glue (spaces, markup characters, `](url)`,
    `<tag>`).
    """
    lines = doc.lines
    words = needle.split()
    if lines is None or not words:
        return None
    first = max(1, block.line)
    last = min(len(lines), max(first, block.end_line))
    chunk = "\n".join(lines[first - 1 : last])
    if _caseless_or_ascii(needle):
        folded = textmod.fold_for_ascii(chunk)  # same length and offsets as chunk
        tokens = [w.lower() for w in words]
        at = folded.find(tokens[0])
        for _ in range(_MAX_CANDIDATES):
            if at < 0:
                return None
            if _words_follow(chunk, folded, at + len(tokens[0]), tokens[1:]):
                line = first + chunk.count("\n", 0, at)
                return line, at - (chunk.rfind("\n", 0, at) + 1) + 1
            at = folded.find(tokens[0], at + 1)
    span = doc.locate(needle, block)
    return (span[0], span[1]) if span else None


def _caseless_or_ascii(text: str) -> bool:
    """Every character is ASCII or has no case (’ “ — …): then ignoring case is
    comparing lowercased with folded text (`text.fold_for_ascii`)."""
    return text.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in text)


def _words_follow(chunk: str, folded: str, at: int, tokens: list[str]) -> bool:
    """Whether `tokens` follow position `at`, each after one or more glue units."""
    ends = {at}
    for token in tokens:
        ends = {x + len(token) for x in _after_glue(chunk, ends) if folded.startswith(token, x)}
        if not ends:
            return False
    return True


def _after_glue(chunk: str, starts: set[int]) -> set[int]:
    """Positions reachable from `starts` by one or more units of `Document.locate`'s glue:
    a space, one of * _ ` ~ [ ], a link target `](...)`, a tag `<...>` (at most 200
    characters inside)."""
    reached: set[int] = set()
    todo = list(starts)
    while todo:
        x = todo.pop()
        if x >= len(chunk):
            continue
        c = chunk[x]
        steps = []
        if c.isspace() or c in _MARKUP_CHARS:
            steps.append(x + 1)
        if c == "]" and chunk.startswith("(", x + 1):
            close = chunk.find(")", x + 2)
            if close >= 0:
                steps.append(close + 1)
        elif c == "<":
            close = chunk.find(">", x + 1)
            if close >= 0 and close - (x + 1) <= 200:
                steps.append(close + 1)
        for y in steps:
            if y not in reached:
                reached.add(y)
                todo.append(y)
    return reached
