"""Release templates: text a series of release notes shares is expected, not a copy.

Release notes repeat their project's template (an "Upgrading" paragraph, install
instructions, a thank-you to contributors) with only versions and dates changed. The
duplicate rules report that once per template, as information (D003, the rule that
would otherwise report the shared passages on every page), never page by page. Pages that differ only in such slots are not
doorway pages either: `neutral_slot` tells D007 which slot words are versions, dates,
counts or identifiers (`data/template_slots.yml`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related, Severity
from contentlint.rules._shared.crossdoc import MAX_RELATED
from contentlint.rules.duplication.fingerprints import DupRecord, record_of
from contentlint.signals import similarity as sim

#: Page kinds whose shared template is expected.
TEMPLATE_KINDS = frozenset({"release-note"})
#: A block must have this many words to be part of a template (headings such as
#: "Bug fixes" are shared by any two release notes).
TEMPLATE_BLOCK_WORDS = 5
#: A page follows the template when its blocks shared with other release notes add up to
#: this many words.
TEMPLATE_MIN_WORDS = 15
#: Pages that must share a template before it is reported.
TEMPLATE_MIN_PAGES = 3


@cache
def _slot_data() -> tuple[re.Pattern[str], frozenset[str]]:
    path = resources.files("contentlint.rules") / "data" / "template_slots.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    pattern = re.compile("|".join(f"(?:{p})" for p in data["patterns"]), re.IGNORECASE)
    return pattern, frozenset(str(w).casefold() for w in data["words"])


def neutral_slot(word: str) -> bool:
    """Whether a slot word is a version, date, count or identifier (not a place or a
    product a doorway page would target)."""
    pattern, words = _slot_data()
    return word.casefold() in words or pattern.fullmatch(word) is not None


@dataclass(frozen=True)
class Template:
    """Release notes that share blocks of text (slot words such as versions masked)."""

    docs: list[Document]
    #: Shared blocks and their words on the median page.
    blocks: int
    words: int


def release_templates(corpus: Corpus) -> list[Template]:
    """Groups of release notes that share a template, largest first (computed once)."""
    return corpus.shared("dup:release-templates", lambda: _templates(corpus))


def _templates(corpus: Corpus) -> list[Template]:
    docs = [
        d for d in corpus.readable if d.kind in TEMPLATE_KINDS and not d.draft and not d.noindex
    ]
    recs: list[DupRecord] = [record_of(d) for d in docs]
    # Document frequency of each long-enough block (slot-masked hash) among release notes.
    per_doc: list[dict[int, int]] = []
    df: Counter[int] = Counter()
    for rec in recs:
        blocks = {
            int(h): int(w)
            for h, w in zip(rec.bm.tolist(), rec.bw.tolist(), strict=True)
            if w >= TEMPLATE_BLOCK_WORDS
        }
        per_doc.append(blocks)
        df.update(blocks.keys())
    uf = sim.UnionFind(len(docs))
    first_with: dict[int, int] = {}
    members: list[int] = []
    shared: dict[int, tuple[int, int]] = {}
    for i, blocks in enumerate(per_doc):
        mine = {h: w for h, w in blocks.items() if df[h] > 1}
        words = sum(mine.values())
        if words < TEMPLATE_MIN_WORDS:
            continue
        members.append(i)
        shared[i] = (len(mine), words)
        for h in mine:
            j = first_with.setdefault(h, i)
            if j != i:
                uf.union(i, j)
    out = []
    for group in uf.groups(members):
        if len(group) < TEMPLATE_MIN_PAGES:
            continue
        # The typical page's share of the template (the median page).
        n_blocks, n_words = sorted((shared[i] for i in group), key=lambda t: t[1])[len(group) // 2]
        out.append(
            Template(sorted((docs[i] for i in group), key=lambda d: d.path), n_blocks, n_words)
        )
    out.sort(key=lambda t: (-len(t.docs), t.docs[0].path))
    return out


def release_template_problems(corpus: Corpus, code: str) -> Iterator[Problem]:
    """One information problem per release template."""
    for t in release_templates(corpus):
        found = template_problem(corpus, code, t)
        if found is not None:
            yield found


def template_problem(corpus: Corpus, code: str, t: Template) -> Problem | None:
    """One information problem for a whole template, on its first reported page."""
    at = next((d for d in t.docs if corpus.is_reported(d)), None)
    if at is None:
        return None
    others = [d for d in t.docs if d is not at]
    p = at.problem(
        code,
        f"{len(t.docs)} release notes share a template ({t.blocks} repeated "
        f"block{'s' if t.blocks != 1 else ''}, about {t.words} words on a page, versions "
        "and dates aside): expected of release notes, not reported page by page",
        subject="release-template",
        whole_document=True,
    )
    p.severity = Severity.INFO
    p.related = tuple(Related(d.path, d.title_line, "same template") for d in others[:MAX_RELATED])
    if len(others) > MAX_RELATED:
        p.message += f"; {len(others) - MAX_RELATED} more not listed"
    return p
