"""One document model for every source (files, crawl, WARC).

Rules see only this model. Source lines are kept while per-document rules run (to
place problems at a line and column) and dropped by `slim()` before documents are
sent to the corpus stage, where only compact fields are needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from contentlint.model import text as textmod
from contentlint.model.problem import Problem

OPEN_END = 10**9

#: Block kinds that are prose (headings and code are not).
PROSE_KINDS = frozenset({"p", "li", "quote", "table", "dd", "caption"})


@dataclass(slots=True)
class Heading:
    level: int
    text: str
    line: int
    column: int = 1
    anchor: str | None = None
    in_main: bool = True


@dataclass(slots=True)
class Block:
    """A paragraph-like unit of main content with the source lines it came from."""

    text: str
    line: int
    end_line: int
    kind: str = "p"  # p, li, quote, table, dd, caption, heading, code
    level: int = 0  # heading level for kind == "heading"
    #: Inline code in the block's text (`x = 1`, in order), recorded by the source while it
    #: parses, so the prose view (`signals.prose`) can leave code out of sentence
    #: statistics without parsing the block again.
    code: tuple[str, ...] = ()


@dataclass(slots=True)
class Link:
    href: str
    text: str
    line: int
    column: int = 1
    url: str | None = None  # resolved absolute URL, when the document has a URL
    internal: bool = False
    in_main: bool = True
    rel: tuple[str, ...] = ()


@dataclass(slots=True)
class Image:
    src: str
    alt: str
    line: int
    caption: str = ""
    in_main: bool = True


@dataclass(slots=True)
class JsonLd:
    data: Any
    line: int
    error: str | None = None


@dataclass(slots=True, frozen=True)
class Suppressions:
    """Inline `contentlint-disable` comments, resolved to line ranges per code.

    A code of `"*"` means every rule. `ranges` holds (code, first_line, last_line);
    `file_codes` holds codes ignored for the whole document (front matter, or a
    disable comment that is never re-enabled, for whole-document problems). Frozen: the
    decoder gives every document without suppressions the same instance.
    """

    ranges: tuple[tuple[str, int, int], ...] = ()
    file_codes: frozenset[str] = frozenset()

    def suppresses(self, problem: Problem) -> bool:
        if any(_code_matches(c, problem.code) for c in self.file_codes):
            return True
        for code, first, last in self.ranges:
            if not _code_matches(code, problem.code):
                continue
            if first <= problem.line <= last:
                return True
            # A disable that is never re-enabled covers whole-document problems too,
            # wherever the rule chose to place them.
            if problem.whole_document and last >= OPEN_END:
                return True
        return False


def _code_matches(selector: str, code: str) -> bool:
    return code == selector or code.startswith(selector) or selector == "*"


@dataclass(slots=True)
class Document:
    path: str
    format: str  # "markdown" | "html"
    url: str | None = None
    title: str | None = None
    title_line: int = 1
    description: str | None = None
    description_line: int = 1
    headings: list[Heading] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_format: str | None = None
    json_ld: list[JsonLd] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    lang: str = "en"
    #: The language the site files the page under (front matter, `<html lang>`, language
    #: folder or suffix, else the site's default); `lang` is what its text is written in.
    locale: str = ""
    #: The same for a page and its translations (`key:`, `url:` or `path:` + a name, see
    #: `signals/translations.py`): a join key for cross-document rules.
    translation_key: str = ""
    kind: str = "article"  # article | listing
    draft: bool = False
    noindex: bool = False
    canonical: str | None = None
    #: The front-matter title is rendered as the page's H1 by the theme.
    title_is_h1: bool = False
    #: Words of all visible page text, main content included (HTML only).
    page_words: int | None = None
    #: Source-specific metadata (trafilatura's author/date/sitename, HTTP headers...).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Problems found while reading (F001/F002); they bypass article-only filtering.
    diagnostics: list[Problem] = field(default_factory=list)
    suppressions: Suppressions = field(default_factory=Suppressions)
    content_hash: str = ""
    metrics: dict[str, float] = field(default_factory=dict)
    #: Compact per-document records for corpus rules (signatures, term vectors), computed
    #: in the worker right after extraction and cached with the document.
    features: dict[str, Any] = field(default_factory=dict)
    lines: list[str] | None = None
    #: Per-document analyses shared by rules while they run (sentences, word tokens,
    #: normalised keys: see `contentlint.analysis`), so each is computed once instead of
    #: once per rule. Not part of the document's identity, and emptied by `slim()`: it
    #: never reaches the cache or another process.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    # ----- derived views -------------------------------------------------------------
    @property
    def h1s(self) -> list[Heading]:
        return [h for h in self.headings if h.level == 1]

    @property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in PROSE_KINDS]

    @property
    def text(self) -> str:
        """Main prose text, one block per paragraph."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in PROSE_KINDS)

    @property
    def word_count(self) -> int:
        cached = self.metrics.get("word_count")
        if cached is None:
            cached = sum(textmod.word_count(b.text) for b in self.blocks if b.kind != "code")
            self.metrics["word_count"] = cached
        return int(cached)

    @property
    def judged(self) -> bool:
        """Content rules judge only indexable, published articles."""
        return self.kind == "article" and not self.draft and not self.noindex

    @property
    def readable(self) -> bool:
        return not any(p.code in ("F001", "F002") for p in self.diagnostics)

    # ----- locating text in the source -----------------------------------------------
    def locate(self, needle: str, block: Block | None = None) -> tuple[int, int, int, int] | None:
        """Line/column span of `needle` in the source, tolerant of wrapping and markup.

        Searches the block's source lines (or the whole file) for the needle's words
        separated by any whitespace or inline markup. Returns 1-based
        (line, column, end_line, end_column) or None when the text cannot be found.
        """
        if self.lines is None:
            return None
        first = block.line if block else 1
        last = block.end_line if block else len(self.lines)
        first = max(1, first)
        last = min(len(self.lines), max(first, last))
        chunk = "\n".join(self.lines[first - 1 : last])
        if not needle.split():
            return None
        m = locate_pattern(needle).search(chunk)
        if m is None:
            return None
        return (
            *_offset_to_linecol(chunk, m.start(), first),
            *_offset_to_linecol(chunk, m.end(), first),
        )

    def problem(
        self,
        code: str,
        message: str,
        *,
        line: int | None = None,
        column: int = 1,
        end_line: int | None = None,
        end_column: int | None = None,
        subject: str = "",
        whole_document: bool = False,
        **extra: Any,
    ) -> Problem:
        """A problem in this document; whole-document problems sit at the title line."""
        return Problem(
            code=code,
            message=message,
            line=line if line is not None else self.title_line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            path=self.path,
            subject=subject,
            whole_document=whole_document,
            extra=dict(extra),
        )

    def slim(self) -> Document:
        """Drop source lines and analyses before crossing process boundaries or entering
        the cache."""
        self.lines = None
        self.memo = {}
        return self

    def iter_blocks(self, kinds: frozenset[str] = PROSE_KINDS) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in kinds)


#: Inline markup and whitespace `Document.locate` skips between the words of a needle.
LOCATE_GLUE = r"(?:\s|[*_`~\[\]]|\]\([^)]*\)|<[^>]{0,200}>)+"


@lru_cache(maxsize=4096)
def locate_pattern(needle: str) -> re.Pattern[str]:
    """The regex `Document.locate` searches for `needle` (its words joined by glue).

    Cached per process: compiling one costs about a millisecond, and the same needles
    (a filler phrase, a repeated sentence) come back page after page; `re`'s own cache
    is a small FIFO that per-needle patterns flush."""
    return re.compile(LOCATE_GLUE.join(re.escape(t) for t in needle.split()), re.IGNORECASE)


def _offset_to_linecol(chunk: str, offset: int, first_line: int) -> tuple[int, int]:
    line = first_line + chunk.count("\n", 0, offset)
    line_start = chunk.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1
