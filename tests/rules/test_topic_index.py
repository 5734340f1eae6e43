"""The corpus-stage arrays of K002's topic vectors (`rules/keywords/topics.py`)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from contentlint.model.corpus import Corpus
from contentlint.rules.keywords import topics

from tests.helpers import md


@pytest.mark.parametrize("bits", [22, 4])
def test_document_frequency_counts_each_id(monkeypatch, bits: int) -> None:
    # 4 bits: most buckets hold several ids, so the binary-search fallback runs too.
    monkeypatch.setattr(topics, "_DF_BITS", bits)
    rng = np.random.default_rng(3)
    vocab = rng.integers(0, 2**32, 500, dtype=np.uint64).astype(np.uint32)
    vocab[:3] = [0, 1, 2**32 - 1]  # both ends of the range
    ids = rng.choice(vocab, 5000)
    counts = Counter(ids.tolist())
    assert topics._document_frequency(ids).tolist() == [counts[i] for i in ids.tolist()]
    assert len(topics._document_frequency(np.empty(0, np.uint32))) == 0


def test_index_splits_each_record_into_terms_weights_and_heads() -> None:
    docs = [
        md("---\ntitle: Caching CI builds with remote caches\n---\n\nBuild caches speed CI."),
        md("---\ntitle: Empty\n---\n"),
        md("---\ntitle: Faster CI builds for monorepos\n---\n\nMonorepo builds need caches."),
    ]
    for d in docs:
        d.features.pop("topic", None)
    index = topics.topic_index(Corpus(docs))
    assert len(index.docs) == 3
    for i, t in enumerate(index.topics):
        a, b = index.offsets[i], index.offsets[i + 1]
        assert index.ids[a:b].tolist() == t.ids.tolist()
        assert index.heads[index.head_offsets[i] : index.head_offsets[i + 1]].tolist() == (
            t.heads.tolist()
        )
        if b > a:  # L2-normalised TF-IDF weights, positive where the raw weights are
            assert np.isclose(np.square(index.weights[a:b]).sum(), 1.0)
            assert (index.weights[a:b] > 0).all()
