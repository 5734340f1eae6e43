"""User rule packs: house rules written as YAML, validated, compiled and registered.

As in Vale, a team encodes its own rules without writing Python. A pack is a YAML
file listed under `packs:` in the config; its rules are declarative (`phrase`,
`required`, `metric`) and become ordinary registry rules, so selection, per-file
ignores, inline suppressions, the cache and every reporter treat them like
built-in rules. Built-in rule data (T005's phrase list) uses the same format.

Every pack is checked against `rules/schemas/pack.schema.json` and then for what a
schema cannot say (regexes compile, metrics exist, codes are free) before any rule
runs; each error names the pack file and line, the rule, the key and what is allowed.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from contentlint.model import registry
from contentlint.model import text as textmod
from contentlint.model.datafile import ConfigError, compose_and_load, format_error, key_lines
from contentlint.model.document import PROSE_KINDS, Block, Document
from contentlint.model.problem import Problem, Severity
from contentlint.model.registry import Options, Rule
from contentlint.signals import metrics

USER_CODE_RE = re.compile(r"^X-[A-Z][A-Z0-9]*-[0-9]{3}$")
DEFAULT_REGIONS = ("prose", "headings", "title", "description")
_PLACEHOLDERS = {
    "phrase": {"match", "phrase", "reason", "replacement"},
    "required": {"field", "pattern"},
    "metric": {"metric", "value", "min", "max"},
}
DEFAULT_PHRASE_MESSAGE = 'avoid "{match}"'

_schema_cache: dict[str, Any] = {}


def pack_schema() -> dict[str, Any]:
    """The hand-written pack JSON Schema shipped in the wheel."""
    if "schema" not in _schema_cache:
        ref = resources.files("contentlint.rules") / "schemas" / "pack.schema.json"
        _schema_cache["schema"] = json.loads(ref.read_text(encoding="utf-8"))
    return dict(_schema_cache["schema"])


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
) -> Iterator[Problem]:
    """One problem per phrase hit, at the hit's line and column in the source."""
    places = list(regions(doc, where))
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
            text_msg = _fill(
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


_GLUE = r"(?:\s|[*_`~\[\]]|\]\([^)]*\)|<[^>]{0,200}>)+"


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
    pattern = re.compile(_GLUE.join(re.escape(t) for t in needle.split()), re.IGNORECASE)
    m = pattern.search(chunk, offset)
    if m is None:
        return None

    def linecol(pos: int) -> tuple[int, int]:
        return first + chunk.count("\n", 0, pos), pos - (chunk.rfind("\n", 0, pos) + 1) + 1

    return (*linecol(m.start()), *linecol(m.end()))


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, **values: Any) -> str:
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


# ----- pack rules -------------------------------------------------------------------------


@dataclass
class PackRule:
    """A validated, compiled rule from a pack; `rule()` turns it into a registry Rule."""

    spec: dict[str, Any]
    pack: str
    origin: str
    language: str | None
    matcher: PhraseMatcher | None = None
    pattern: re.Pattern[str] | None = None
    when_pattern: re.Pattern[str] | None = None
    when_link: re.Pattern[str] | None = None

    @property
    def code(self) -> str:
        return str(self.spec["code"])

    @property
    def name(self) -> str:
        return str(self.spec["name"])

    @property
    def kind(self) -> str:
        return str(self.spec["kind"])

    @property
    def message(self) -> str:
        return str(self.spec.get("message") or DEFAULT_PHRASE_MESSAGE)

    @property
    def where(self) -> tuple[str, ...]:
        default = ("prose", "headings") if self.kind == "required" else DEFAULT_REGIONS
        return tuple(self.spec.get("in") or default)

    def check(self, doc: Document, opts: Options) -> Iterator[Problem]:
        if not self._when(doc):
            return
        if self.kind == "phrase":
            assert self.matcher is not None
            yield from phrase_problems(
                doc,
                self.code,
                self.matcher,
                self.message,
                self.where,
                default_replacement=self.spec.get("replacement"),
            )
        elif self.kind == "required":
            yield from self._required(doc)
        else:
            yield from self._metric(doc, opts)

    def _when(self, doc: Document) -> bool:
        cond = self.spec.get("when") or {}
        if "field" in cond:
            value = lookup_field(doc, cond["field"])
            if value is None:
                return False
            if "equals" in cond and value != cond["equals"] and str(value) != str(cond["equals"]):
                return False
        if self.when_pattern is not None and not any(
            self.when_pattern.search(t) for t, _ in regions(doc, ("prose", "headings"))
        ):
            return False
        return self.when_link is None or any(
            link.in_main and self.when_link.search(link.url or link.href) for link in doc.links
        )

    def _required(self, doc: Document) -> Iterator[Problem]:
        missing = []
        if "field" in self.spec and lookup_field(doc, self.spec["field"]) is None:
            missing.append(f"field {self.spec['field']!r}")
        if self.pattern is not None and not any(
            self.pattern.search(t) for t, _ in regions(doc, self.where)
        ):
            missing.append(f"text matching {self.spec['pattern']!r}")
        if missing:
            msg = self.spec.get("message")
            if msg:
                text = _fill(
                    msg, field=self.spec.get("field", ""), pattern=self.spec.get("pattern", "")
                )
            else:
                text = f"missing {' and '.join(missing)}"
            yield doc.problem(self.code, text, whole_document=True, subject=self.name)

    def _metric(self, doc: Document, opts: Options) -> Iterator[Problem]:
        value = metrics.value(doc, self.spec["metric"])
        if value is None:
            return
        lo, hi = opts.get("min"), opts.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            default = (
                f"{self.spec['metric']} is {value:g}"
                + (f", below the minimum {lo:g}" if lo is not None and value < lo else "")
                + (f", above the maximum {hi:g}" if hi is not None and value > hi else "")
            )
            msg = self.spec.get("message")
            text = (
                _fill(
                    msg,
                    metric=self.spec["metric"],
                    value=value,
                    min="" if lo is None else lo,
                    max="" if hi is None else hi,
                )
                if msg
                else default
            )
            yield doc.problem(self.code, text, whole_document=True, subject=self.name)

    def rule(self) -> Rule:
        spec = self.spec
        defaults: dict[str, Any] = {k: spec[k] for k in ("min", "max") if k in spec}
        langs = spec.get("languages") or ([self.language] if self.language else None)
        return Rule(
            code=self.code,
            name=self.name,
            family=self.pack,
            severity=Severity.parse(spec.get("severity", "warning")),
            check=self.check,
            defaults=defaults,
            option_schema={k: {"type": "number"} for k in defaults},
            languages=frozenset(langs) if langs else None,
            applies_to=frozenset(spec.get("applies-to", ["article"])),
            enabled_by_default=bool(spec.get("enabled", True)),
            doc=self.doc(),
            origin=self.origin,
        )

    def doc(self) -> str:
        spec = self.spec
        summary = spec.get("description") or spec.get("message") or f"{self.kind} rule"
        lines = [str(summary).strip(), "", f"From rule pack {self.pack!r} ({self.origin[5:]})."]
        if self.kind == "phrase" and self.matcher is not None:
            lines.append(
                f"Reports {len(self.matcher)} phrases or patterns in: {', '.join(self.where)}."
            )
        elif self.kind == "required":
            what = [f"front-matter field {spec['field']!r}"] if "field" in spec else []
            what += [f"text matching {spec['pattern']!r}"] if "pattern" in spec else []
            lines.append(f"Requires {' and '.join(what)}.")
        else:
            bounds = ", ".join(f"{k} {spec[k]}" for k in ("min", "max") if k in spec)
            lines.append(f"Threshold on metric {spec['metric']!r}: {bounds}.")
        if spec.get("when"):
            lines.append(f"Only when: {json.dumps(spec['when'], default=str)}.")
        return "\n".join(lines)


@dataclass
class Pack:
    path: Path
    name: str
    digest: str
    rules: list[PackRule] = field(default_factory=list)


def read_pack(path: Path, *, builtin: bool = False, label: str | None = None) -> Pack:
    """Parse, validate and compile one pack file; raise ConfigError with readable lines."""
    label = label or _label(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{label}: cannot read rule pack: {exc}"]) from exc
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{label}:{mark.line + 1}" if mark else label
        raise ConfigError([f"{where}: invalid YAML: {exc.problem}"]) from exc
    if not isinstance(data, dict):
        raise ConfigError([f"{label}:1: a rule pack must be a mapping with `name` and `rules`"])
    lines: dict[tuple[str, ...], int] = {}
    key_lines(node, (), lines)
    import jsonschema

    validator = jsonschema.Draft202012Validator(pack_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise ConfigError(
            _dedupe(_friendly(_name_rule(format_error(e, label, lines), data)) for e in errors)
        )
    origin = f"pack:{path.resolve()}"
    pack = Pack(path, data["name"], hashlib.sha256(raw).hexdigest())
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, spec in enumerate(data["rules"]):

        def err(
            key: tuple[str, ...], message: str, i: int = i, spec: dict[str, Any] = spec
        ) -> None:
            where = _where(label, lines, ("rules", str(i), *key))
            dotted = ".".join(key) if key else ""
            rule = f"rule {spec['code']} ({spec['name']})"
            problems.append(f"{where}{rule}: {dotted + ': ' if dotted else ''}{message}")

        code = spec["code"]
        if not builtin and not USER_CODE_RE.match(code):
            err(
                ("code",),
                f"{code!r} is reserved for built-in rules; pack rules use X-NAMESPACE-NNN (e.g. X-BRAND-001)",
            )
        for key in ("code", "name"):
            if spec[key] in seen:
                err(
                    (key,),
                    f"{spec[key]!r} is used twice in this pack (also rule {seen[spec[key]] + 1})",
                )
            seen[spec[key]] = i
        prule = PackRule(spec, pack.name, origin, data.get("language"))
        _compile(prule, err)
        pack.rules.append(prule)
    if problems:
        raise ConfigError(problems)
    return pack


def _compile(prule: PackRule, err: Callable[..., None]) -> None:
    spec, kind = prule.spec, prule.kind
    flags = 0 if spec.get("case-sensitive") else re.IGNORECASE

    def regex(key: tuple[str, ...], pattern: str) -> re.Pattern[str] | None:
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            err(key, f"invalid regular expression {pattern!r}: {exc}")
            return None

    if "message" in spec:
        allowed = _PLACEHOLDERS[kind]
        try:
            fields = [
                f for _, f, _, _ in string.Formatter().parse(spec["message"]) if f is not None
            ]
        except ValueError as exc:
            err(
                ("message",),
                f"malformed placeholder ({exc}); write {{{{ and }}}} for literal braces",
            )
            fields = []
        for f in fields:
            name = re.split(r"[.\[!:]", f, maxsplit=1)[0]
            if name not in allowed:
                err(
                    ("message",),
                    f"unknown placeholder {{{f}}}; allowed: {', '.join('{' + a + '}' for a in sorted(allowed))}",
                )
    when = spec.get("when") or {}
    if "pattern" in when:
        prule.when_pattern = regex(("when", "pattern"), when["pattern"])
    if "link" in when:
        prule.when_link = regex(("when", "link"), when["link"])
    if kind == "phrase":
        if "phrases" not in spec and "patterns" not in spec:
            err(
                ("kind",),
                "a phrase rule needs `phrases` (literal text) or `patterns` (regular expressions)",
            )
            return
        entries: list[Entry] = []
        keys: dict[str, int] = {}
        for j, item in enumerate(spec.get("phrases", [])):
            e = (
                Entry(item)
                if isinstance(item, str)
                else Entry(item["phrase"], False, item.get("reason", ""), item.get("replacement"))
            )
            k = normalize_phrase(e.text, not spec.get("case-sensitive"))
            if k in keys:
                err(("phrases", str(j)), f"{e.text!r} repeats phrases[{keys[k]}]")
            keys[k] = j
            entries.append(e)
        for j, item in enumerate(spec.get("patterns", [])):
            e = (
                Entry(item, True)
                if isinstance(item, str)
                else Entry(item["pattern"], True, item.get("reason", ""), item.get("replacement"))
            )
            if regex(("patterns", str(j)), e.text) is not None:
                entries.append(e)
        try:
            prule.matcher = PhraseMatcher(
                entries, bool(spec.get("case-sensitive")), spec.get("word-boundary", True)
            )
        except re.error as exc:  # pragma: no cover - each pattern compiled above
            err(("patterns",), f"cannot combine patterns: {exc}")
    elif kind == "required":
        if "field" not in spec and "pattern" not in spec:
            err(("kind",), "a required rule needs `field` (front matter) or `pattern` (text)")
        if "pattern" in spec:
            prule.pattern = regex(("pattern",), spec["pattern"])
    else:
        known = sorted(metrics.available())
        name = spec.get("metric")
        if name is None:
            err(("kind",), f"a metric rule needs `metric`; one of: {', '.join(known)}")
        elif name not in known:
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            err(("metric",), f"unknown metric {name!r}{hint}; allowed: {', '.join(known)}")
        if "min" not in spec and "max" not in spec:
            err(("kind",), "a metric rule needs `min`, `max` or both")


def _where(label: str, lines: Mapping[tuple[str, ...], int], path: tuple[str, ...]) -> str:
    while path and path not in lines:
        path = path[:-1]
    line = lines.get(path)
    return f"{label}:{line}: " if line else f"{label}: "


_RULE_KEY_RE = re.compile(
    r"^(?P<where>.*?: )rules\.(?P<i>\d+)(?:\.(?P<rest>[^:]*))?: (?P<msg>.*)$", re.S
)


def _name_rule(message: str, data: dict[str, Any]) -> str:
    """`p.yml:7: rules.1.kind: ...` -> `p.yml:7: rule X-A-002 (too-short): kind: ...`."""
    m = _RULE_KEY_RE.match(message)
    if not m:
        return message
    i = int(m.group("i"))
    rules = data.get("rules")
    spec = rules[i] if isinstance(rules, list) and i < len(rules) else None
    if isinstance(spec, dict) and "code" in spec:
        rule = f"rule {spec['code']}" + (f" ({spec['name']})" if "name" in spec else "")
    elif isinstance(spec, dict) and "name" in spec:
        rule = f"rule {spec['name']}"
    else:
        rule = f"rules[{i}]"
    rest = m.group("rest")
    return f"{m.group('where')}{rule}: {rest + ': ' if rest else ''}{m.group('msg')}"


_FRIENDLY_PATTERNS = {
    "code": "must look like X-NAMESPACE-NNN (e.g. X-BRAND-001)",
    "name": "must be kebab-case (e.g. product-names)",
    "language": "must be a 2- or 3-letter language code (e.g. en)",
}


def _friendly(message: str) -> str:
    """Schema regexes are not what a pack author wants to read."""
    m = re.search(r"([\w-]+): (string .+?) does not match the expected form \S+$", message)
    key = m.group(1) if m else ""
    if m and key in _FRIENDLY_PATTERNS:
        return f"{message[: m.start()]}{key}: {_FRIENDLY_PATTERNS[key]}; got {m.group(2)}"
    if m and key.isdigit():  # languages[0]
        return f"{message[: m.start()]}{key}: {_FRIENDLY_PATTERNS['language']}; got {m.group(2)}"
    return message


def _dedupe(messages: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(messages))


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


# ----- registration -------------------------------------------------------------------------

#: origin -> digest of the packs currently registered.
_LOADED: dict[str, str] = {}


def load_packs(paths: Sequence[Path]) -> list[Pack]:
    """Make exactly these packs the registered ones (idempotent; workers call it again).

    Raises ConfigError listing every problem in every pack; nothing is registered then.
    """
    packs: list[Pack] = []
    errors: list[str] = []
    for p in paths:
        try:
            packs.append(read_pack(Path(p)))
        except ConfigError as exc:
            errors += exc.messages
    wanted = {f"pack:{p.path.resolve()}" for p in packs}
    owners: dict[str, str] = {}
    for r in registry.all_rules():
        if r.origin not in wanted:
            owners.setdefault(r.code, r.origin)
            owners.setdefault(r.name, r.origin)
    for pack in packs:
        for pr in pack.rules:
            for ident in (pr.code, pr.name):
                other = owners.get(ident)
                if other is not None and other != pr.origin:
                    where = "a built-in rule" if other == "builtin" else f"pack {other[5:]}"
                    errors.append(
                        f"{_label(pack.path)}: rule {pr.code} ({pr.name}): {ident!r} is already used by {where}"
                    )
                owners[ident] = pr.origin
    if errors:
        raise ConfigError(_dedupe(errors))
    for origin in [o for o in _LOADED if o not in wanted]:
        registry.unregister_origin(origin)
        del _LOADED[origin]
    for pack in packs:
        origin = f"pack:{pack.path.resolve()}"
        if _LOADED.get(origin) == pack.digest:
            continue
        registry.unregister_origin(origin)
        for pr in pack.rules:
            registry.register(pr.rule())
        _LOADED[origin] = pack.digest
    return packs


def digest(paths: Iterable[str | Path]) -> str:
    """Hash of the packs' contents, for the cache key."""
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode())
        try:
            h.update(Path(p).read_bytes())
        except OSError:
            h.update(b"\x00missing")
    return h.hexdigest()[:16]
