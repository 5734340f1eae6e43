"""K003: URL slugs made of the same words in another order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import MAX_RELATED, canon, excused, subject_of
from contentlint.rules.keywords.terms import STOPWORDS_EN, page_slug, stem

_SEPARATORS = re.compile(r"[-_\s]+")


class _SlugStems(dict[str, str]):
    """Slug word -> its stem, or "" for a stop word or no word (a stem is never empty)."""

    def __missing__(self, word: str) -> str:
        found = self[word] = stem(word) if word and word not in STOPWORDS_EN else ""
        return found


# ----- K003 slug-overlap ----------------------------------------------------------------------


@rule(code="K003", name="slug-overlap", severity="warning", scope="corpus", needs_text=False)
def slug_overlap(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page's URL slug is made of the same words in another order.

    Why: `best-ci-tools` and `ci-tools-best` (or `ci-tool-best`) are the fingerprint of
    pages written for one keyword; they split the query between two URLs.
    How to fix: merge the pages, or give each a slug for its own topic.
    Slugs (the last URL segment, or the file name) are compared as sets of content words
    with plural endings folded; only a different order is reported: the same slug in
    different folders (a yearly series), or with a plural, is not.
    Fails: `/blog/best-ci-tools/` and `/guides/ci-tools-best/`.
    Passes: `/blog/ci-tools/` and `/blog/ci-caching/`.
    """

    slugs: dict[str, str] = {}
    orders: dict[str, tuple[str, ...]] = {}
    groups: dict[str, list[Document]] = {}
    # A slug word's stem ("" for a stop word), judged once per run: 100k slugs hold a
    # few thousand words, and each slug's are looked up with one C-level `map`.
    stems = _SlugStems()
    for d in corpus.judged:
        slug = page_slug(d).lower()
        words = list(filter(None, map(stems.__getitem__, _SEPARATORS.split(slug))))
        if len(words) >= 2:
            slugs[d.path] = slug
            orders[d.path] = tuple(words)
            groups.setdefault(" ".join(sorted(words)), []).append(d)
    for members in groups.values():
        if len(members) < 2 or len({orders[d.path] for d in members}) < 2:
            continue  # one slug (give or take a plural) in several folders: a series
        for d in members:
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            mine = slugs[d.path]
            others = [
                o for o in members if orders[o.path] != orders[d.path] and not excused(corpus, d, o)
            ]
            if not others:
                continue
            variants = sorted({slugs[o.path] for o in others})
            where = others[0].path if len(others) == 1 else f"{len(others)} pages"
            p = d.problem(
                "K003",
                f'slug "{mine}" has the same words as '
                + ", ".join(f'"{v}"' for v in variants[:3])
                + f" ({where})",
                subject=subject_of([o.path for o in others]),
                whole_document=True,
            )
            p.related = tuple(
                Related(o.path, o.title_line, slugs[o.path]) for o in others[:MAX_RELATED]
            )
            yield p
