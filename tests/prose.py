"""Deterministic filler prose for cross-document tests: distinct texts share no 5-word run.

`helpers.words()` cycles twenty words, so every text built from it shares shingles with
every other; duplicate rules need texts that are distinct unless a test copies them.
"""

from __future__ import annotations

import random

_SYLLABLES = [
    "ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pi", "zan", "qua", "mor", "lin",
    "to", "bra", "sel", "fin", "gar", "hol", "nex", "ost", "pra", "rum", "tiv", "wen",
]  # fmt: skip
_VOCAB = sorted({a + b for a in _SYLLABLES for b in _SYLLABLES})


def sentence(rng: random.Random, n: int = 12) -> str:
    words = [rng.choice(_VOCAB) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(seed: int, sentences: int = 5) -> str:
    """A paragraph of about 12 words per sentence, the same for the same seed."""
    rng = random.Random(seed)
    return " ".join(sentence(rng) for _ in range(sentences))


def article(seed: int, paragraphs: int = 4, title: str | None = None, **front: str) -> str:
    """A Markdown article with front matter and `paragraphs` distinct paragraphs."""
    lines = ["---", f"title: {title or f'Article {seed}'}"]
    lines += [f"{k}: {v}" for k, v in front.items()]
    lines += ["---", ""]
    for i in range(paragraphs):
        lines += [paragraph(seed * 1000 + i), ""]
    return "\n".join(lines)


def mutate(text: str, every: int, seed: int = 1) -> str:
    """Replace one word in every `every` words of the body (front matter untouched)."""
    rng = random.Random(seed)
    head, sep, body = text.partition("---\n\n")
    words = body.split(" ")
    for i in range(every // 2, len(words), every):
        words[i] = rng.choice(_VOCAB)
    return head + sep + " ".join(words)
