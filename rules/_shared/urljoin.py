"""The link graph's lookup of link targets, as a join on normalised URLs.

The pages' URL keys (each page's URL and aliases, `crossdoc.url_key`) and the keys the
links ask for are one key table; rows with equal keys are grouped by the corpus's
executor (`corpus.joins`: numpy partitions in this process, a shuffle over a Dask
cluster's workers), so the link graph of a large site is not a lookup in one process's
dictionary. Rules and the link graph never know which executor ran the join.

The keys are 64-bit string hashes that never leave this run (so Python's own `hash`,
which is the same for the whole run, serves); a hash group is split by the keys
themselves, so a collision never joins two URLs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document


def _page_rows(corpus: Corpus, key: Callable[[str], str]) -> list[tuple[str, Document]]:
    """(URL key, page) for every page's URL and aliases, in corpus order: the first row
    of a key is the page a link to it reaches (as `dict.setdefault` would keep)."""
    return [(key(u), d) for d in corpus.docs for u in [d.url, *d.extra.get("aliases", [])] if u]


def joined_urls(
    corpus: Corpus, wanted: Sequence[str], key: Callable[[str], str]
) -> dict[str, Document]:
    """The page at each of the URL keys `wanted` (distinct keys; those no page has are
    left out), found by joining them with the pages' URL keys on `corpus.joins`.

    A group of equal hashes usually holds one key: its first row, when it is a page's,
    is the page every wanted row of the group reaches, checked key by key (a group where
    the check fails, a hash collision, is split by the keys themselves)."""
    if not wanted:
        return {}
    pages = corpus.shared("urljoin:pages", lambda: _page_rows(corpus, key))
    n = len(pages)
    keys = [k for k, _ in pages]
    keys += wanted
    # `hash` gives a signed 64-bit int; its bits, as unsigned, are the key
    hashes = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys)).view(np.uint64)
    groups = corpus.joins.groups(hashes)
    if not groups:
        return {}
    sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    rows = np.concatenate(groups)
    first = np.repeat(rows[np.r_[0, np.cumsum(sizes)[:-1]]], sizes)
    asking = (rows >= n) & (first < n)  # wanted rows of groups that hold a page
    found: dict[str, Document] = {}
    split: list[int] = []
    for r, p in zip(rows[asking].tolist(), first[asking].tolist(), strict=True):
        k = keys[r]
        if k == keys[p]:
            found[k] = pages[p][1]
        else:
            split.append(p)
    for p in dict.fromkeys(split):  # hash collisions: the first page row of each key
        group = rows[first == p].tolist()
        winner: dict[str, Document] = {}
        for r in group:
            k = keys[r]
            if r < n:
                winner.setdefault(k, pages[r][1])
            elif k in winner:
                found[k] = winner[k]
    return found
