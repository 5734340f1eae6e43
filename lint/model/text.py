"""Text measurements shared by sources and rules: words, sentences, normalisation.

Word counts are language-aware: scripts written without spaces (Chinese, Japanese)
count characters and convert them to a word equivalent, so a 300-word minimum means
the same amount of content in every language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

# Han ideographs, kana and CJK punctuation-free ranges. Hangul is written with spaces.
_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0002a6df"
)
_CJK_RE = re.compile(f"[{_CJK}]")
# A word starts with a letter or digit and runs on through letters, digits and "_", and
# through ' ’ . - when a letter or digit follows ("don't", "e.g", "state-of-the-art").
# Written as runs of single character classes rather than a repeated alternation: the
# same matches, but the regex engine's fast path for repeated classes applies (~25%
# faster, and every rule counts words).
_WORD_RE = re.compile(rf"[^\W_{_CJK}][^\W{_CJK}]*(?:['’.\-][^\W_{_CJK}][^\W{_CJK}]*)*", re.UNICODE)
#: `_WORD_RE` for ASCII text: the same matches, but sets of ASCII characters compile to a
#: bitmap the regex engine tests in one step (Unicode classes are slower to test).
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]*(?:['.\-][A-Za-z0-9][A-Za-z0-9_]*)*")
#: Characters of CJK text per English-word equivalent (Chinese averages about 1.5-2).
CJK_CHARS_PER_WORD = 1.7


def words(text: str) -> list[str]:
    """Space-delimited words; CJK characters are left out (see `word_count`)."""
    return (_ASCII_WORD_RE if text.isascii() else _WORD_RE).findall(text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    return _WORD_RE.finditer(text)


def cjk_chars(text: str) -> int:
    if text.isascii():  # O(1) in CPython; most text in most languages has no CJK at all
        return 0
    return len(_CJK_RE.findall(text))


def word_count(text: str) -> int:
    """Words plus CJK characters converted to a word equivalent."""
    return with_cjk(len(words(text)), text)


def with_cjk(n_words: int, text: str) -> int:
    """`n_words` (the space-delimited words of `text`) plus its CJK word equivalent."""
    cjk = cjk_chars(text)
    if cjk:
        n_words += round(cjk / CJK_CHARS_PER_WORD)
    return n_words


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "no",
        "fig",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "ph.d",
    ]
)
# A sentence ends at . ! ? before a capital or a digit (any script: capitals are checked
# with str.islower in `sentences`, so Cyrillic, Greek and caseless scripts split too).
# The match starts with the end mark itself (one character class first lets the regex
# engine skip straight to the next . ! ? … 。 ！ ？ instead of trying every position); the
# sentence ends just after it. Group 1 is the gap before the next sentence (closing quotes
# and spaces), None after CJK marks, which need no space.
_SENTENCE_END_RE = re.compile(
    r"[.!?…。！？](?:(?<=[.!?…])([\"'”’)\]]*\s+)(?=[\"'“‘(\[«„]?[^\W_])|(?<=[。！？]))"
)
_OPENERS = "\"'“‘([«„"


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping common abbreviations ("e.g.", "Dr.") intact."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.end()
        if m.group(1) is not None and text[end : end + 2].lstrip(_OPENERS)[:1].islower():
            continue
        candidate = text[start : m.start() + 1].strip()
        last = candidate.rsplit(None, 1)[-1].rstrip(".").lower() if candidate else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if candidate:
            out.append(candidate)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_PUNCT_RE = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")
#: Punctuation then runs of spaces become one space: together, every run of non-word
#: characters (\W is exactly punctuation plus whitespace) becomes one space.
_NON_WORD_RUN_RE = re.compile(r"\W+")


def _ascii_fold_table() -> bytes:
    """`bytes.translate` table: ASCII punctuation (what `_PUNCT_RE` matches) and spaces
    to b" ", capitals to lowercase. Spaces include the separators 0x1c-0x1f, which
    `_SPACE_RE` and `str.split` count as whitespace but `bytes.split` does not."""
    table = bytearray(range(256))
    for c in range(128):
        ch = chr(c)
        if _PUNCT_RE.match(ch) or _SPACE_RE.match(ch):
            table[c] = 32
        elif "A" <= ch <= "Z":
            table[c] = c + 32
    return bytes(table)


_ASCII_FOLD = _ascii_fold_table()


def normalize(text: str) -> str:
    """Case, accents-compatible forms, punctuation and whitespace folded away.

    Rules compare many sentences this way, so ASCII text (NFKC leaves it as it is, and
    casefold is lower) is folded with one `bytes.translate` instead of two regex
    substitutions (3x faster).
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD_RUN_RE.sub(" ", text).strip()


#: Characters that `re.IGNORECASE` matches to an ASCII letter although they do not
#: lowercase to it ("İ" even lowercases to two characters); no others exist.
_IGNORECASE_ASCII_TRAPS_RE = re.compile("[İıſ]")


def fold_for_ascii(text: str) -> str:
    """`text` lowercased, of the same length, so that comparing with lowercase ASCII
    is what `re.IGNORECASE` does: a character folds to an ASCII character exactly when
    it matches that character ignoring case. (Every other character that matches an
    ASCII character ignoring case lowercases to it, and folding keeps word characters,
    spaces and punctuation what they are.) Fast searches use it instead of the regex
    flag, which compares case-insensitively character by character."""
    if text.isascii() or not _IGNORECASE_ASCII_TRAPS_RE.search(text):
        return text.lower()
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace as one space, none at the ends.

    `str.split` cuts at exactly the characters `\\s` matches (and `strip` removes), so
    this is `_SPACE_RE.sub(" ", text).strip()`, 3-10x faster; extraction calls it for
    every paragraph, heading and link.
    """
    return " ".join(text.split())


#: Silent word endings (the string tests in `_syllables` do the same, faster).
_SILENT_END_RE = re.compile(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$")
_VOWEL_GROUP_RE = re.compile(r"[aeiouy]{1,2}")


def _syllables(word: str) -> int:
    w = word.lower()
    if len(w) <= 3:
        return 1
    # A silent ending, as `_SILENT_END_RE` (consonant + "es", "ed", consonant + "e"); its
    # "$" also matches before a final newline, which words never have.
    if "\n" in w:
        w = _SILENT_END_RE.sub("", w)
    elif w[-2:] == "es" and w[-3] not in "laeiouy":
        w = w[:-3]
    elif w[-2:] == "ed" or (w[-1] == "e" and w[-2] not in "laeiouy"):
        w = w[:-2]
    if w.startswith("y"):
        w = w[1:]
    return max(1, len(_VOWEL_GROUP_RE.findall(w)))


class _SyllableMemo(dict[str, int]):
    """word -> syllables; a miss computes and stores, so lookups stay in C (`map`)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 65536:  # bounded like the lru_cache it replaces
            self.clear()
        n = self[word] = _syllables(word)
        return n


_SYLLABLES = _SyllableMemo()


def syllables(word: str) -> int:
    """English syllable estimate (vowel groups), good enough for readability grades."""
    return _SYLLABLES[word]


def total_syllables(words: Iterable[str]) -> int:
    """Sum of `syllables` over words (reading grades sum thousands of words per page)."""
    return sum(map(_SYLLABLES.__getitem__, words))


#: Small stop-word samples per language (keyword extraction leaves them out).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "in",
            "that",
            "it",
            "for",
            "with",
            "as",
            "on",
            "was",
            "are",
            "this",
            "be",
            "by",
            "not",
            "you",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "ein",
            "eine",
            "zu",
            "den",
            "mit",
            "von",
            "sich",
            "auch",
            "auf",
            "für",
            "ich",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "un",
            "du",
            "que",
            "dans",
            "pour",
            "pas",
            "qui",
            "sur",
            "au",
            "avec",
            "il",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "es",
            "por",
            "un",
            "una",
            "con",
            "para",
            "del",
            "se",
            "no",
            "al",
            "lo",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "e",
            "la",
            "è",
            "per",
            "un",
            "una",
            "non",
            "sono",
            "del",
            "della",
            "le",
            "gli",
            "con",
            "si",
            "da",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "que",
            "e",
            "do",
            "da",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "se",
            "por",
            "mais",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "niet",
            "op",
            "te",
            "zijn",
            "met",
            "voor",
            "er",
            "ook",
            "als",
        ]
    ),
}


def base_language(lang: str | None) -> str:
    """`en-US` -> `en`."""
    return (lang or "").split("-")[0].split("_")[0].lower()


_NOT_ANCHOR_RE = re.compile(r"[^\w\s-]", re.UNICODE)


def heading_anchor(text: str) -> str:
    """Heading anchors as Hugo, Zola and GitHub generate them (close enough to resolve links)."""
    return _SPACE_RE.sub("-", _NOT_ANCHOR_RE.sub("", text.lower()).strip())


#: ISO 639-1 codes common enough to name a language folder (`de/`, `pt-br/`): page
#: kinds and the generators' URL rules both read language folders.
LANGUAGE_FOLDERS = frozenset(
    [
        "ar",
        "bg",
        "bn",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fr",
        "ga",
        "gl",
        "he",
        "hi",
        "hr",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ja",
        "ka",
        "kk",
        "ko",
        "lt",
        "lv",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "my",
        "nb",
        "ne",
        "nl",
        "nn",
        "no",
        "pa",
        "pl",
        "pt",
        "ro",
        "ru",
        "si",
        "sk",
        "sl",
        "sq",
        "sr",
        "sv",
        "sw",
        "ta",
        "te",
        "th",
        "tl",
        "tr",
        "uk",
        "ur",
        "uz",
        "vi",
        "zh",
    ]
)
