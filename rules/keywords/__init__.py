"""K: keyword targeting: pages that chase the same query, and pages that overdo it.

Topic vectors are computed per document in the workers (`@feature("topic")`: the
strongest weighted terms and phrases, title and H1 weighing most) and combined with
corpus-wide TF-IDF in the corpus stage. Candidates for cannibalization are pages whose
titles share two head terms; only those pairs are compared, never all pairs.

Modules: `terms` (content words, stems, declared keywords, slugs), `topics` (the topic
vectors and candidate pairs), `targets` (K001), `cannibalization` (K002), `slugs` (K003)
and `stuffing` (K004). Importing this package registers every rule of the family and its
`topic` feature.
"""

from __future__ import annotations

from contentlint.rules.keywords import cannibalization, slugs, stuffing, targets

__all__ = ["cannibalization", "slugs", "stuffing", "targets"]
