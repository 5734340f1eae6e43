"""Content words and their stems, read by every keyword rule and the topic vectors.

A word's stem is judged once per process (`_Terms`), a document's short texts and blocks
once per document (`doc_terms`, `block_terms`); declared target keywords and the page
slug are read here too, so that the rules compare keywords, titles and slugs alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

from contentlint.model import text as textmod
from contentlint.model.document import PROSE_KINDS, Document
from contentlint.signals import analysis

KEYWORD_KEYS = ["keyword", "keywords", "focus_keyword", "focus_keyphrase", "target_keyword"]


def wordlist(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(text.split())


STOPWORDS_EN = wordlist(
    """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he her here hers herself him himself his how i if in into is isn't
    it it's its itself just let's me more most mustn't my myself no nor not now of off on
    once only or other ought our ours ourselves out over own same shan't she should
    shouldn't so some such than that that's the their theirs them themselves then there
    there's these they this those through to too under until up very was wasn't we were
    weren't what what's when where which while who whom why will with won't would wouldn't
    you your yours yourself yourselves also may might must shall us via vs etc e.g i.e get
    got new use using used make makes made way ways like many much well even still back
    see s t ll ve re d m
    """
)


def stopwords(lang: str) -> frozenset[str]:
    base = textmod.base_language(lang)
    if base == "en":
        return STOPWORDS_EN
    found: frozenset[str] = textmod._STOPWORDS.get(base, frozenset())
    return found


def stem(word: str, lang: str = "en") -> str:
    """Light English stemming: plural, -ing, -ed and a final e folded ("caching" = "cache")."""
    w = word.lower().replace("’", "'")
    if lang != "en" or len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # running -> run
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


class _Terms(dict[str, str]):
    """Token -> its stem, or "" for a word that is not a content word (a stop word, a
    single character, no letter), for one language.

    A site's vocabulary is small: each distinct token is judged and stemmed once per
    process, and a text's tokens are looked up with one C-level `map`. (A content
    word's stem is never empty: it keeps at least three letters, or the word as it is.)
    """

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base
        self.stop = stopwords(base)

    def __missing__(self, tok: str) -> str:
        if len(self) > 200_000:
            self.clear()
        low = tok.lower()
        if low in self.stop or len(low) < 2 or not any(c.isalpha() for c in low):
            found = ""
        else:
            found = stem(low, self.base)
        self[tok] = found
        return found


_TERMS: dict[str, _Terms] = {}


def _table(base: str) -> _Terms:
    table = _TERMS.get(base)
    if table is None:
        table = _TERMS[base] = _Terms(base)
    return table


def _terms_of(toks: list[str], base: str) -> tuple[list[str], list[str]]:
    """(stems, surface words) of the content words among `toks`, in order."""
    stems = list(map(_table(base).__getitem__, toks))
    if "" not in stems:
        return stems, toks
    return list(filter(None, stems)), list(compress(toks, stems))


def doc_terms(doc: Document, text: str) -> tuple[list[str], list[str]]:
    """`content_terms` of a short text of `doc` (title, heading, keyword) as (stems,
    surface words), memoised per document (do not modify the lists)."""
    memo = doc.memo.get("kw_terms")
    if memo is None:
        memo = doc.memo["kw_terms"] = {}
    found: tuple[list[str], list[str]] | None = memo.get(text)
    if found is None:
        base = textmod.base_language(doc.lang)
        found = memo[text] = _terms_of(analysis.words(doc, text), base)
    return found


def block_terms(doc: Document) -> list[tuple[list[str], list[str]] | None]:
    """Per block of `doc.blocks`, for prose and heading blocks: (words, the stem of each
    word or "" where it is not a content word); None for other blocks.

    Computed once per document for K004 and the topic feature, a block at a time in a
    tight loop: the words come from the shared tokenisation (`analysis.words`), the
    stems from the process-wide memo, each with one C-level call.
    """
    found: list[tuple[list[str], list[str]] | None] | None = doc.memo.get("kw_blocks")
    if found is not None:
        return found
    get = _table(textmod.base_language(doc.lang)).__getitem__
    words = analysis.words
    out: list[tuple[list[str], list[str]] | None] = []
    for b in doc.blocks:
        if b.kind == "heading" or b.kind in PROSE_KINDS:
            toks = words(doc, b.text)
            out.append((toks, list(map(get, toks))))
        else:
            out.append(None)
    doc.memo["kw_blocks"] = out
    return out


def content_terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(stem, surface) for every content word of `text`, in order."""
    stems, surfaces = _terms_of(textmod.words(text), textmod.base_language(lang))
    return list(zip(stems, surfaces, strict=True))


def normalize_keyword(phrase: str, lang: str = "en") -> str:
    """Case, plural and word order folded: "CI tools" == "tool ci"."""
    base = textmod.base_language(lang)
    stems = [stem(w.lower(), base) for w in textmod.words(phrase)]
    return " ".join(sorted(stems))


def declared_keywords(doc: Document, keys: Iterable[str]) -> list[str]:
    """Target keywords from front matter; of a list, the first entry is the target."""
    out = []
    fm = doc.front_matter
    for key in keys:
        value = fm.get(key)
        if value is None:  # most pages declare none: nothing more to ask
            continue
        if isinstance(value, dict):  # seo: {focus_keyword: ...}
            continue
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and "," in value and key == "keywords":
            value = value.split(",")[0]
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    seo = doc.front_matter.get("seo")
    if isinstance(seo, dict):
        for key in keys:
            value = seo.get(key)
            if isinstance(value, str) and value.strip():
                out.append(value.strip())
    return out


_PAGE_EXT = re.compile(r"\.(html?|mdx?|markdown)$", re.IGNORECASE)


def page_slug(doc: Document) -> str:
    """The last path segment of the page URL (or the file name), without extension."""
    source = doc.url or doc.path
    path = source.split("://", 1)[-1]
    if "://" in source:
        path = path.partition("/")[2]  # the host is no segment
    last = path.rstrip("/").rpartition("/")[2]
    if not last:
        return ""
    if last.lower() in ("index.html", "index.htm", "index.md", "_index.md"):
        segs = [s for s in path.split("/") if s]
        if len(segs) > 1:
            last = segs[-2]
    return _PAGE_EXT.sub("", last) if "." in last else last
