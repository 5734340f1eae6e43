"""Text measurements shared by sources and rules: words, sentences, normalisation.

Word counts are language-aware: scripts written without spaces (Chinese, Japanese)
count characters and convert them to a word equivalent, so a 300-word minimum means
the same amount of content in every language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Han ideographs, kana and CJK punctuation-free ranges. Hangul is written with spaces.
_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0002a6df"
)
_CJK_RE = re.compile(f"[{_CJK}]")
_WORD_RE = re.compile(rf"[^\W_{_CJK}](?:[^\W{_CJK}]|['’.\-](?=[^\W_{_CJK}]))*", re.UNICODE)
#: Characters of CJK text per English-word equivalent (Chinese averages about 1.5-2).
CJK_CHARS_PER_WORD = 1.7


def words(text: str) -> list[str]:
    """Space-delimited words; CJK characters are left out (see `word_count`)."""
    return _WORD_RE.findall(text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    return _WORD_RE.finditer(text)


def cjk_chars(text: str) -> int:
    return len(_CJK_RE.findall(text))


def word_count(text: str) -> int:
    """Words plus CJK characters converted to a word equivalent."""
    n = len(_WORD_RE.findall(text))
    cjk = cjk_chars(text)
    if cjk:
        n += round(cjk / CJK_CHARS_PER_WORD)
    return n


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
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[«„]?[^\W_])|(?<=[。！？])")
_OPENERS = "\"'“‘([«„"


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping common abbreviations ("e.g.", "Dr.") intact."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group(0) and text[m.end() : m.end() + 2].lstrip(_OPENERS)[:1].islower():
            continue
        candidate = text[start : m.start()].strip()
        last = candidate.rsplit(None, 1)[-1].rstrip(".").lower() if candidate else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if candidate:
            out.append(candidate)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_PUNCT_RE = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Case, accents-compatible forms, punctuation and whitespace folded away."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


def collapse_whitespace(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """English syllable estimate (vowel groups), good enough for readability grades."""
    w = word.lower()
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


# Small stop-word samples are enough to tell the major Latin-script languages apart.
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


_STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _STOP_INDEX[_w] = (*_STOP_INDEX.get(_w, ()), _lang)
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]"), 0.05),
    ("zh", _CJK_RE, 0.3),
    ("ko", re.compile(r"[\uac00-\ud7af]"), 0.3),
    ("ru", re.compile(r"[\u0400-\u04ff]"), 0.3),
    ("ar", re.compile(r"[\u0600-\u06ff]"), 0.3),
)


def detect_language(text: str, default: str = "en") -> str:
    """Cheap script and stop-word guess, used only when a document does not declare one."""
    sample = text[:2000]
    if not sample.strip():
        return default
    if not sample.isascii():
        letters = sum(1 for ch in sample if ch.isalpha()) or 1
        for lang, pattern, share in _SCRIPTS:
            if len(pattern.findall(sample)) > share * letters:
                return lang
    tokens = _WORD_RE.findall(sample.lower())
    if len(tokens) < 20:
        return default
    scores: dict[str, int] = dict.fromkeys(_STOPWORDS, 0)
    for t in tokens:
        for lang in _STOP_INDEX.get(t, ()):
            scores[lang] += 1
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 0.08 * len(tokens) or scores[best] <= scores.get(default, 0) * 1.2:
        return default
    return best


def base_language(lang: str | None) -> str:
    """`en-US` -> `en`."""
    return (lang or "").split("-")[0].split("_")[0].lower()
