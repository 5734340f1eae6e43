"""The model: the types every stage shares (Document, Problem, Corpus, the rule registry)
and the units they are measured in (words, URLs, settings).

The bottom floor: it imports nothing else of contentlint.
"""
