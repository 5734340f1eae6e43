"""Phrase matching: finding a rule's phrases and patterns in a document and reporting them.

Shared by T005 (filler phrases) and every `phrase` rule of a user pack (`packs.py`),
and kept apart from the pack model because it is the hot path: `PhraseMatcher`
compiles a rule's phrases into (at most) two regexes and scans all the texts of a
document at once, `regions` says which texts of a document a rule looks in, and
`phrase_problems` turns hits into problems at the hit's line and column in the
source, with the suggested replacement as a fix.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from contentlint.model import text as textmod
from contentlint.model.document import PROSE_KINDS, Block, Document, locate_pattern
from contentlint.model.problem import Problem

#: The regions a phrase rule looks in when its pack does not say (`in:`).
DEFAULT_REGIONS = ("prose", "headings", "title", "description")


# ----- phrase matching -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One phrase or pattern of a phrase rule."""

    text: str
    regex: bool = False
    reason: str = ""
    replacement: str | None = None

    @property
    def key(self) -> str:
        return self.text if self.regex else normalize_phrase(self.text)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    text: str
    start: int
    end: int


_SEP_RE = re.compile(r"\s*[-‐‑]\s*|\s+")
_SEP = r"(?:\s*[-‐‑]\s*|\s+)"


def normalize_phrase(s: str, fold: bool = True) -> str:
    """The form phrases are compared in: one space, straight apostrophes, hyphen as space."""
    s = _SEP_RE.sub(" ", s.replace("’", "'").replace("‘", "'")).strip()
    return s.lower() if fold else s


def _atoms(phrase: str, fold: bool) -> list[str]:
    """A literal phrase as regex atoms: any apostrophe for ', whitespace or a hyphen for a space."""
    out: list[str] = []
    for ch in normalize_phrase(phrase, fold):
        if ch == "'":
            out.append("['’‘]")
        elif ch == " ":
            out.append(_SEP)
        else:
            out.append(re.escape(ch))
    return out


def _trie_regex(phrases: Iterable[list[str]]) -> str:
    """One alternation with shared prefixes factored out.

    Python's `re` tries alternatives one by one; a trie makes each position cost a
    few character comparisons instead of one attempt per phrase. Optional tails are
    greedy, so the longest phrase at a position wins.
    """
    trie: dict[str, Any] = {}
    for atoms in phrases:
        node = trie
        for a in atoms:
            node = node.setdefault(a, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [a + build(child) for a, child in sorted(node.items()) if a != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
        return body

    return build(trie)


#: Joins region texts that are scanned in one pass for literal phrases: no phrase atom
#: matches it, and like the start or end of a text it is not a word character.
_JOIN = "\x00"
#: Regex syntax that can look before a match's start: anchors and lookbehinds.
_LOOKS_BACK_RE = re.compile(r"\^|\\A|\(\?<[=!]")
_REGEX_META = frozenset("\\.^$*+?{}[]|()")


def _required_prefix(pattern: str) -> str:
    """Text every match of `pattern` starts with (its leading plain characters), or "".

    Conservative: "" when the pattern has a top-level alternative or starts with any
    regex syntax; a character followed by a quantifier is left out.
    """
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += (
                2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
            )
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return ""
        i += 1
    n = 0
    while n < len(pattern) and pattern[n] not in _REGEX_META:
        n += 1
    if n < len(pattern) and pattern[n] in "*+?{":
        n -= 1  # the quantifier applies to the last character
    return pattern[: max(n, 0)]


class _Texts:
    """The texts of one search joined by `_JOIN`, where each starts, and the joined text
    folded for comparing with lowercase ASCII (`text.fold_for_ascii`)."""

    __slots__ = ("joined", "lowered", "starts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.joined = joined = _JOIN.join(texts)
        self.starts: list[int] = []
        offset = 0
        for t in texts:
            self.starts.append(offset)
            offset += len(t) + 1
        self.lowered = textmod.fold_for_ascii(joined)

    def index(self, offset: int) -> int:
        """Which text the joined offset falls in."""
        return bisect.bisect_right(self.starts, offset) - 1


class PhraseMatcher:
    r"""All phrases and patterns of a rule in (at most) two compiled regexes.

    Matching is the hot path of T005 and of every phrase pack rule, so with word
    boundaries on (the default) the texts are scanned with equivalent faster regexes:
    a leading `(?<!\w)` makes the regex engine try every position of the text, while
    consuming the non-word character before a phrase (`\W`, with a space in front of
    the text for a phrase at its start) lets it skip straight over words. Literal
    phrases (when ASCII) are matched in folded text (`text.fold_for_ascii`) rather than
    ignoring case character by character, and in all the texts of a document at once.
    Whenever the fast form could differ (an empty match, a pattern with an anchor or a
    lookbehind), the plain regexes are used.
    """

    def __init__(
        self, entries: Sequence[Entry], case_sensitive: bool = False, word_boundary: bool = True
    ) -> None:
        self.fold = not case_sensitive
        flags = 0 if case_sensitive else re.IGNORECASE
        lb, rb = (r"(?<!\w)", r"(?!\w)") if word_boundary else ("", "")
        self.literals: dict[str, Entry] = {}
        for e in entries:
            if not e.regex:
                self.literals.setdefault(normalize_phrase(e.text, self.fold), e)
        self._flags = flags
        self._literal_source: str | None = None
        #: Literal phrases in lowercased text (or as they are, when case matters) with
        #: the non-word character before each consumed; group 1 is the phrase.
        self.literal_scan: re.Pattern[str] | None = None
        if self.literals:
            body = _trie_regex(_atoms(p, self.fold) for p in self.literals)
            self._literal_source = f"{lb}(?:{body}){rb}"
            if (
                word_boundary
                and (not self.fold or all(p.isascii() for p in self.literals))
                and not any(_JOIN in p for p in self.literals)
            ):
                self.literal_scan = re.compile(rf"\W({body}){rb}")
        self.patterns = [e for e in entries if e.regex]
        # Patterns share one alternation with a named group each; those with numbered
        # backreferences would see shifted group numbers, so they run on their own.
        self.pattern_re: re.Pattern[str] | None = None
        self.solo: list[tuple[Entry, re.Pattern[str]]] = []
        joined, scan = [], []
        for i, e in enumerate(self.patterns):
            if re.search(r"\\[1-9]|\(\?P=", e.text):
                self.solo.append((e, re.compile(f"{lb}(?:{e.text}){rb}", flags)))
            else:
                joined.append(f"(?P<_cl{i}>{lb}(?:{e.text}){rb})")
                scan.append(f"(?P<_cl{i}>(?:{e.text}){rb})")
        if joined:
            self.pattern_re = re.compile("|".join(joined), flags)
        #: The joined patterns with the non-word character before a match consumed; only
        #: when no pattern could look at that character (an anchor or a lookbehind).
        self.pattern_scan: re.Pattern[str] | None = None
        if scan and word_boundary and not any(_LOOKS_BACK_RE.search(e.text) for e in self.patterns):
            try:
                self.pattern_scan = re.compile(r"\W(?:" + "|".join(scan) + ")", flags)
            except re.error:  # pragma: no cover - the plain form compiled
                self.pattern_scan = None
        #: Text one of which every match of the joined patterns starts with (lowercased
        #: when case is ignored): texts with none of them need no pattern search. Empty
        #: when some pattern has no such prefix.
        self.pattern_prefixes: tuple[str, ...] = ()
        if joined:
            prefixes = [
                _required_prefix(e.text)
                for e in self.patterns
                if not re.search(r"\\[1-9]|\(\?P=", e.text)
            ]
            if all(p and p.isascii() and _JOIN not in p for p in prefixes):
                self.pattern_prefixes = tuple(
                    dict.fromkeys(p.lower() if self.fold else p for p in prefixes)
                )

    @functools.cached_property
    def literal_re(self) -> re.Pattern[str] | None:
        """All literal phrases in one regex (compiled when first needed: with the fast
        scan it rarely is, and a few hundred phrases take tens of milliseconds)."""
        if self._literal_source is None:
            return None
        return re.compile(self._literal_source, self._flags)

    def __len__(self) -> int:
        return len(self.literals) + len(self.patterns)

    def finditer(self, text: str) -> Iterator[Hit]:
        """Every hit in `text`: literal phrases, then patterns, each in text order."""
        yield from self.find_all([text])[0]

    def find_all(self, texts: Sequence[str]) -> list[list[Hit]]:
        """`list(finditer(text))` for each of the texts, found in fewer passes."""
        out: list[list[Hit]] = [[] for _ in texts]
        view = _Texts(texts)
        if self.literals:
            literal = self._scan_literals(view) if self.literal_scan is not None else None
            if literal is None:
                literal = [self._plain_literals(t) for t in texts]
            for hits, found in zip(out, literal, strict=True):
                hits.extend(found)
        if self.pattern_re is not None:
            candidates = self._pattern_candidates(view)
            for i, (text, hits) in enumerate(zip(texts, out, strict=True)):
                if candidates is not None and i not in candidates:
                    continue  # no pattern's prefix in it: no pattern can match
                scanned = self._scan_patterns(text) if self.pattern_scan is not None else None
                hits.extend(self._plain_patterns(text) if scanned is None else scanned)
        for e, rx in self.solo:
            for text, hits in zip(texts, out, strict=True):
                hits.extend(
                    Hit(e, m.group(), m.start(), m.end())
                    for m in rx.finditer(text)
                    if m.end() > m.start()
                )
        return out

    def _plain_literals(self, text: str) -> list[Hit]:
        assert self.literal_re is not None
        hits = []
        for m in self.literal_re.finditer(text):
            entry = self.literals.get(normalize_phrase(m.group(), self.fold))
            if entry is not None:
                hits.append(Hit(entry, m.group(), m.start(), m.end()))
        return hits

    def _scan_literals(self, view: _Texts) -> list[list[Hit]] | None:
        """Literal hits of all texts in one pass, or None where only the plain regex is
        exact. Hits cannot span texts: no phrase matches the separator."""
        assert self.literal_scan is not None
        joined, starts = view.joined, view.starts
        subject = " " + (view.lowered if self.fold else joined)
        out: list[list[Hit]] = [[] for _ in starts]
        scan = self.literal_scan.search
        pos = 0
        while (m := scan(subject, pos)) is not None:
            start, end = m.start(1) - 1, m.end(1) - 1
            if start == end:
                return None  # an empty phrase; the plain scan skips it its own way
            i = bisect.bisect_right(starts, start) - 1
            matched = joined[start:end]
            entry = self.literals.get(normalize_phrase(matched, self.fold))
            if entry is not None:
                out[i].append(Hit(entry, matched, start - starts[i], end - starts[i]))
            pos = m.end() - 1  # the phrase's last character may precede the next one
        return out

    def _pattern_candidates(self, view: _Texts) -> set[int] | None:
        """Indices of the texts containing a prefix of `pattern_prefixes` (None: all)."""
        haystack = view.lowered if self.fold else view.joined
        if not self.pattern_prefixes:
            return None
        found: set[int] = set()
        for prefix in self.pattern_prefixes:
            at = haystack.find(prefix)
            while at >= 0:
                found.add(view.index(at))
                at = haystack.find(prefix, at + 1)
        return found

    def _plain_patterns(self, text: str) -> list[Hit]:
        assert self.pattern_re is not None
        hits = []
        for m in self.pattern_re.finditer(text):
            if m.lastgroup and m.end() > m.start():
                e = self.patterns[int(m.lastgroup[3:])]
                hits.append(Hit(e, m.group(), m.start(), m.end()))
        return hits

    def _scan_patterns(self, text: str) -> list[Hit] | None:
        """Pattern hits in `text`, or None where only the plain regex is exact."""
        assert self.pattern_scan is not None
        subject = " " + text
        scan = self.pattern_scan.search
        hits = []
        pos = 0
        while (m := scan(subject, pos)) is not None:
            group = m.lastgroup
            if group is None or m.end(group) == m.start(group):
                return None  # an empty match; the plain scan skips it its own way
            start, end = m.start(group) - 1, m.end(group) - 1
            hits.append(Hit(self.patterns[int(group[3:])], text[start:end], start, end))
            pos = m.end() - 1
        return hits


# ----- where rules look ---------------------------------------------------------------------


def regions(doc: Document, where: Iterable[str]) -> Iterator[tuple[str, Block]]:
    """(text, block) pairs to search; title and description get one-line pseudo-blocks."""
    where = set(where)
    blocks = doc.blocks
    if "title" in where and doc.title:
        h1_texts = {b.text.strip() for b in blocks if b.kind == "heading" and b.level == 1}
        if doc.title.strip() not in h1_texts:
            yield doc.title, Block(doc.title, doc.title_line, doc.title_line, kind="title")
    if "description" in where and doc.description:
        line = doc.description_line
        yield doc.description, Block(doc.description, line, line, kind="description")
    for b in blocks:
        if (b.kind == "heading" and "headings" in where) or (
            b.kind in PROSE_KINDS and "prose" in where
        ):
            yield b.text, b
    if "source" in where:
        if doc.lines is not None:
            yield "\n".join(doc.lines), Block("", 1, len(doc.lines), kind="source")
        else:
            yield doc.text, Block("", 1, 1, kind="source")


def phrase_problems(
    doc: Document,
    code: str,
    matcher: PhraseMatcher,
    message: str,
    where: Iterable[str] = DEFAULT_REGIONS,
    skip: Callable[[Entry], bool] | None = None,
    default_replacement: str | None = None,
    keep: Callable[[Block], bool] | None = None,
) -> Iterator[Problem]:
    """One problem per phrase hit, at the hit's line and column in the source (only in
    blocks `keep` accepts, when given)."""
    places = list(regions(doc, where))
    if keep is not None:
        places = [(text, b) for text, b in places if keep(b)]
    found = matcher.find_all([text for text, _ in places])
    for (_, block), hits in zip(places, found, strict=True):
        if not hits:
            continue
        last: dict[str, tuple[int, int, int, int]] = {}
        for hit in sorted(hits, key=lambda h: h.start):
            if skip is not None and skip(hit.entry):
                continue
            seen = normalize_phrase(hit.text)
            span = _locate(doc, hit, block, last.get(seen))
            if span is not None:
                last[seen] = span
            line, col, end_line, end_col = span or (block.line, 1, None, None)
            replacement = _match_case(hit.text, hit.entry.replacement or default_replacement)
            text_msg = fill_message(
                message,
                match=hit.text,
                phrase=hit.entry.text,
                reason=hit.entry.reason,
                replacement=replacement or "",
            )
            if hit.entry.reason and "{reason}" not in message:
                text_msg += f": {hit.entry.reason}"
            if replacement and "{replacement}" not in message:
                text_msg += f' (suggestion: "{replacement}")'
            extra: dict[str, Any] = {"replacement": replacement} if replacement else {}
            yield doc.problem(
                code,
                text_msg,
                line=line,
                column=col,
                end_line=end_line,
                end_column=end_col,
                subject=hit.entry.text,
                phrase=hit.entry.text,
                **extra,
            )


def _match_case(found: str, replacement: str | None) -> str | None:
    """A plain lower-case suggestion starts with a capital where the phrase it replaces
    does ("Delving into" -> "Looking at"); one with capitals of its own ("iPhone") is
    kept as written."""
    if replacement and replacement.islower() and found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _locate(
    doc: Document, hit: Hit, block: Block, previous: tuple[int, int, int, int] | None
) -> tuple[int, int, int, int] | None:
    """Find the hit in the source; a repeat of the same text is searched after the last one."""
    if block.kind == "source":
        text = "\n".join(doc.lines or [])
        line = text.count("\n", 0, hit.start) + 1
        col = hit.start - (text.rfind("\n", 0, hit.start) + 1) + 1
        return line, col, line, col + len(hit.text)
    if previous is not None:
        return _locate_after(doc, hit.text, block, previous[2], previous[3]) or doc.locate(
            hit.text, block
        )
    # Some sources map a block to the wrong lines; the first place in the file beats none.
    return doc.locate(hit.text, block) or doc.locate(hit.text)


def _locate_after(
    doc: Document, needle: str, block: Block, line: int, column: int
) -> tuple[int, int, int, int] | None:
    """`Document.locate`, but from (line, column) on: it only ever finds the first occurrence."""
    if doc.lines is None or not needle.split():
        return None
    first, last = max(1, block.line), min(len(doc.lines), max(block.line, block.end_line))
    if not first <= line <= last:
        return None
    chunk = "\n".join(doc.lines[first - 1 : last])
    offset = sum(len(x) + 1 for x in doc.lines[first - 1 : line - 1]) + column - 1
    m = locate_pattern(needle).search(chunk, offset)
    if m is None:
        return None

    def linecol(pos: int) -> tuple[int, int]:
        return first + chunk.count("\n", 0, pos), pos - (chunk.rfind("\n", 0, pos) + 1) + 1

    return (*linecol(m.start()), *linecol(m.end()))


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def fill_message(template: str, **values: Any) -> str:
    """`template` with its `{placeholders}` filled; unknown ones are blank, a malformed
    template is returned as written."""
    try:
        return string.Formatter().vformat(template, (), _Blank(values))
    except (ValueError, TypeError):
        return template


def lookup_field(doc: Document, name: str) -> Any:
    """A front-matter value by dotted path, else an HTML `<meta>` value; None when unset."""
    value: Any = doc.front_matter
    for part in name.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        else:
            value = None
            break
    if value is None:
        value = doc.meta.get(name)
    if value in (None, "", [], {}):
        return None
    return value
