"""E: expertise and trust markers (E-E-A-T): who wrote a page, when, and from what.

Google asks of every page "Who created it, how, and why?". Readers and search
engines trust content with a named author who has a profile, honest dates, cited
sources and first-hand experience; generated content at volume usually has none.

Authors and dates are found by `contentlint.signals` (once per document, from every
place sites put them); these rules only judge what it found. E003, E006 and E009
compare documents or depend on the run's date, so they run in the corpus stage from
a compact per-document record (`@feature("eeat")`).

The family is a package, one module per job: `authors` (E001, E006), `dates` (E002,
E003, E008), `evidence` (E004, E005), `markup` (E007), `trust` (E009), and `record`,
the per-document record the corpus rules share. Importing the package registers them all.
"""

from __future__ import annotations

from contentlint.rules.expertise import authors, dates, evidence, markup, record, trust

__all__ = ["authors", "dates", "evidence", "markup", "record", "trust"]
