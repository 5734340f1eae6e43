"""The prose view of a document: the running text sentence and readability statistics read.

Sentence length, reading grade and filler density mean something only for sentences a
person wrote to be read as such. List items, table cells, code (blocks and inline),
commit hashes, version strings and paragraphs that are lists of commits are not: a
bullet list of commits read as prose is one 300-word "sentence". The view is computed
once per document (memoised in `doc.memo`) from what the source recorded while it
parsed (block kinds, each block's inline code), so no rule parses anything again.
What is left out is data (`data/prose.yml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from contentlint.model.document import Block, Document
from contentlint.model.text import collapse_whitespace

#: Block kinds that can be running prose (list items, table rows, captions, headings
#: and code never are).
RUNNING_KINDS = frozenset({"p", "quote", "dd"})


#: Identifiers and versions all hold a digit, "#" or "@"; most paragraphs have none.
_MAY_HOLD_IDS = re.compile(r"[\d#@]").search


@dataclass(frozen=True, slots=True)
class _Patterns:
    identifiers: re.Pattern[str]
    commit: re.Pattern[str]
    versions: re.Pattern[str]
    min_ids: int
    per_words: float
    hash_per_words: float
    #: (name, source, hint or None) of each identifier pattern, in the data file's order.
    parts: tuple[tuple[str, str, re.Pattern[str] | None], ...]
    commit_hint: re.Pattern[str] | None
    versions_hint: re.Pattern[str] | None
    #: The alternation of the identifier patterns named, by the names (compiled once).
    subsets: dict[tuple[str, ...], re.Pattern[str] | None]

    def identifiers_in(self, text: str) -> re.Pattern[str] | None:
        """The identifier patterns that can match in `text` as one alternation (None:
        none can). Leaving out an alternative that cannot match anywhere changes no
        match of the alternation, so this finds exactly what `identifiers` finds."""
        names = tuple(n for n, _, hint in self.parts if hint is None or hint.search(text))
        found = self.subsets.get(names, False)
        if found is False:
            sources = [src for n, src, _ in self.parts if n in names]
            found = self.subsets[names] = (
                re.compile("|".join(f"(?:{x})" for x in sources)) if sources else None
            )
        return found  # type: ignore[return-value]


@cache
def _patterns() -> _Patterns:
    path = Path(__file__).parent / "data" / "prose.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    ids = "|".join(f"(?:{p})" for p in data["identifiers"].values())
    rows = data["commit_list"]
    hints = {k: re.compile(v) for k, v in (data.get("hints") or {}).items()}
    return _Patterns(
        re.compile(ids),
        re.compile(data["identifiers"]["commit"]),
        re.compile(data["versions"]),
        int(rows["min"]),
        float(rows["per_words"]),
        float(rows["hash_per_words"]),
        tuple((k, v, hints.get(k)) for k, v in data["identifiers"].items()),
        hints.get("commit"),
        hints.get("versions"),
        {},
    )


@dataclass(frozen=True, slots=True)
class ProseBlock:
    """A block of running prose and its text with code, identifiers and versions left out."""

    block: Block
    text: str


def prose_blocks(doc: Document) -> list[ProseBlock]:
    """The document's running prose, in order (memoised; do not modify the list)."""
    got = doc.memo.get("prose")
    if got is None:
        got = doc.memo["prose"] = [
            ProseBlock(b, t) for b in doc.blocks if b.kind in RUNNING_KINDS and (t := prose_text(b))
        ]
    return got


def prose_text(block: Block) -> str:
    """`block.text` as prose: inline code, commit hashes, issue references, @mentions and
    version strings removed; "" when the block is a list of commits."""
    text = block.text
    for code in block.code:
        at = text.find(code)
        if at >= 0:
            text = text[:at] + text[at + len(code) :]
    p = _patterns()
    if _MAY_HOLD_IDS(text):  # one cheap scan before the regexes
        ids_re = p.identifiers_in(text)
        if ids_re is not None:
            stripped, ids = ids_re.subn("", text)  # one pass: the count and the text
            if _listing(p, text, ids):
                return ""
            text = stripped
        if p.versions_hint is None or p.versions_hint.search(text):
            text = p.versions.sub("", text)
    elif not block.code:
        return text
    return collapse_whitespace(text)


def _listing(p: _Patterns, text: str, ids: int) -> bool:
    """Whether `text`, holding `ids` identifiers, is a list of commits."""
    if ids < p.min_ids:
        return False
    words = len(text.split())
    if ids * p.per_words >= words:
        return True
    if p.commit_hint is not None and not p.commit_hint.search(text):
        return False  # no hash: len(commit.findall(text)) is 0 below
    hashes = len(p.commit.findall(text))
    return hashes >= p.min_ids and hashes * p.hash_per_words >= words


def is_commit_list(block: Block) -> bool:
    """Whether a paragraph-like block is a list of commits (identifiers every few words)."""
    text = block.text
    if _MAY_HOLD_IDS(text) is None:
        return False
    p = _patterns()
    ids_re = p.identifiers_in(text)
    return ids_re is not None and _listing(p, text, len(ids_re.findall(text)))
