"""D: duplicated content across documents.

Exact copies (D001), near-copies (D002), doorway pages (D007), copied passages (D003)
and duplicate titles, descriptions and H1s (D004-D006).

How it scales: every document gets a compact record in the workers (`@feature("dup")`:
block hashes, word-shingle hashes, a MinHash of slot-masked shingles and winnowed
fingerprints, all numpy arrays). The corpus stage learns the site template from block
hashes, finds candidate pairs with banded MinHash (LSH), and verifies each candidate
with the exact shingle Jaccard; it never compares all pairs.

Modules: `fingerprints` (the records and the shared corpus analysis), `copies` (D001,
D002), `passages` (D003), `titles` (D004-D006) and `doorways` (D007). Importing this
package registers every rule of the family and its `dup` feature.
"""

from __future__ import annotations

from contentlint.rules.duplication import copies, doorways, passages, titles

__all__ = ["copies", "doorways", "passages", "titles"]
