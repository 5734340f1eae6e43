"""The corpus reads its readable and judged documents once, and again when docs change."""

from __future__ import annotations

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem


def doc(path: str, **fields: object) -> Document:
    d = Document(path=path, format="markdown")
    for k, v in fields.items():
        setattr(d, k, v)
    return d


def test_views_follow_the_documents_list():
    broken = doc("b.md")
    broken.diagnostics.append(Problem("F001", "cannot read"))
    corpus = Corpus([doc("a.md"), broken, doc("c.md", kind="listing"), doc("d.md", draft=True)])
    assert [d.path for d in corpus.readable] == ["a.md", "c.md", "d.md"]
    assert [d.path for d in corpus.judged] == ["a.md"]
    assert [d.path for d in corpus.indexable(frozenset({"listing"}))] == ["c.md"]
    corpus.judged.clear()  # callers get their own list
    assert [d.path for d in corpus.judged] == ["a.md"]
    corpus.docs.append(doc("e.md"))  # grown
    assert [d.path for d in corpus.judged] == ["a.md", "e.md"]
    corpus.docs = [doc("f.md")]  # replaced
    assert [d.path for d in corpus.judged] == ["f.md"]
