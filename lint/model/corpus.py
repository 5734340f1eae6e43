"""The corpus: every document cross-document rules compare, and which ones to report on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from contentlint.model.document import Document
from contentlint.model.joins import IN_PROCESS, Joins
from contentlint.model.settings import SourceSettings
from contentlint.model.urls import normalize_url

T = TypeVar("T")


@dataclass
class Corpus:
    docs: list[Document]
    #: Paths problems are reported for (None: all of them).
    reported: frozenset[str] | None = None
    settings: SourceSettings = field(default_factory=SourceSettings)
    #: Figures corpus rules want shown by `--statistics` (e.g. template text left out).
    stats: dict[str, Any] = field(default_factory=dict)
    #: Who runs the key joins of the cross-document rules (this process, or a cluster).
    joins: Joins = IN_PROCESS
    _shared: dict[str, Any] = field(default_factory=dict, repr=False)
    _by_url: dict[str, Document] | None = field(default=None, repr=False)
    #: (the docs list it was read from, its length, the readable and judged documents).
    _views: tuple[list[Document], int, list[Document], list[Document]] | None = field(
        default=None, repr=False
    )

    def is_reported(self, doc: Document) -> bool:
        return self.reported is None or doc.path in self.reported

    def _filtered(self) -> tuple[list[Document], list[Document]]:
        """(readable, judged) documents, read once: a dozen corpus rules ask for them,
        and at 100k documents each pass cost about 0.1 s. Read again if `docs` is
        replaced or grows."""
        views = self._views
        if views is None or views[0] is not self.docs or views[1] != len(self.docs):
            readable = [d for d in self.docs if d.readable]
            views = (self.docs, len(self.docs), readable, [d for d in readable if d.judged])
            self._views = views
        return views[2], views[3]

    @property
    def judged(self) -> list[Document]:
        """Readable, indexable articles: what content rules compare."""
        return list(self._filtered()[1])

    def indexable(self, kinds: frozenset[str]) -> list[Document]:
        """Readable, indexable, published pages of `kinds` (duplication also compares
        landing pages: city and product pages are where doorways live)."""
        return [d for d in self._filtered()[0] if d.kind in kinds and not d.draft and not d.noindex]

    @property
    def readable(self) -> list[Document]:
        return list(self._filtered()[0])

    def by_url(self, url: str) -> Document | None:
        if self._by_url is None:
            index: dict[str, Document] = {}
            for d in self.docs:
                for u in [d.url, *d.extra.get("aliases", [])]:
                    if u:
                        index.setdefault(normalize_url(u).rstrip("/"), d)
            self._by_url = index
        return self._by_url.get(normalize_url(url).rstrip("/"))

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a corpus-wide structure once for all rules that need it (e.g. an LSH index)."""
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]  # type: ignore[no-any-return]
