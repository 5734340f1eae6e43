"""Problems are the only thing rules produce; reporters only format them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that `--fail-on` can compare levels."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        return cls[value.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a problem concerns (the other copy of a duplicate, say)."""

    path: str
    line: int | None = None
    message: str = ""


@dataclass(slots=True)
class Problem:
    """One finding. `subject` is what it is about, for a line-independent identity."""

    code: str
    message: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    severity: Severity | None = None
    path: str = ""
    rule: str = ""
    related: tuple[Related, ...] = ()
    subject: str = ""
    #: True when the problem is about the whole document (for suppression scope).
    whole_document: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    #: The page kind of the document at `path` (article, release-note...), stamped by the
    #: engine as the problem is made, so cached results carry it too; None when unknown.
    page_kind: str | None = None

    @property
    def fingerprint(self) -> str:
        """Stable across edits elsewhere in the file: path, rule and subject, never lines."""
        subject = self.subject or self.message
        if not subject and self.related:
            subject = "|".join(sorted(r.path for r in self.related))
        key = "\x1f".join((self.path, self.code, " ".join(subject.lower().split())))
        return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]

    def with_(self, **changes: object) -> Problem:
        return replace(self, **changes)  # type: ignore[arg-type]

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    @property
    def suggestion(self) -> tuple[str, int, int, int, int] | None:
        """(replacement, line, column, end line, end column) when the problem proposes
        replacing the exact span it points at (phrase rules with a `replacement`); the
        end column is exclusive, as in ruff's JSON and SARIF."""
        text = self.extra.get("replacement")
        if not isinstance(text, str) or not text or self.end_column is None:
            return None
        end_line = self.end_line if self.end_line is not None else self.line
        if (end_line, self.end_column) <= (self.line, self.column):
            return None
        return text, self.line, self.column, end_line, self.end_column
