"""Realistic synthetic sites for the cross-document benchmark, with planted duplicates.

    python bench/synth.py --docs 1000 --out /tmp/site        # Markdown files + truth.json

Text comes from a word-level Markov chain trained on real posts (../shared/corpora/
rust-blog), so word frequencies, common phrases and the capitalised names that
doorway detection masks are those of real writing. Every article has headings and
paragraphs of varied length inside a site template (a newsletter banner on top, an
author box and a legal note below; three sections with their own variants).

Planted, with the ground truth kept in `Truth`:
  * exact copies (1% of pages), under another title and URL;
  * near-copies (3%) at a known similarity: words substituted, a sentence added or
    dropped, paragraphs reordered; the 5-shingle Jaccard of the main text is measured
    here with plain Python sets, independently of the linter, and pairs at >= 0.90 are
    the near-duplicates to find (the rest, 0.70-0.90, must not be reported);
  * copied passages (1%): 50-120 words of another page pasted in as a paragraph;
  * same-keyword pairs (1%): a declared `focus_keyword` reused with case, plural or
    word order changed, and same-topic rewrites under a title sharing the head terms;
  * doorway clusters: 6-12 "{service} in {city}" pages from one text;
  * every other page is distinct and shares only the template.

`documents()` builds `Document` objects directly (blocks with line numbers, as the
Markdown parser would), with their features computed in worker processes as the engine
does, so the benchmark can time the cross-document stage alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "corpora" / "rust-blog" / "content"
CACHE = Path(__file__).resolve().parent / ".cache"
END = 0  # sentence-end token id

# ----- the language model -------------------------------------------------------------------


@dataclass
class Markov:
    """Word bigram chain: flattened transition CDFs, sampled for many sequences at once."""

    vocab: np.ndarray  # object array of words; vocab[0] is the sentence end
    starts: np.ndarray  # offset of each word's transitions
    targets: np.ndarray
    cum: np.ndarray  # cumulative counts within each word's block
    totals: np.ndarray
    first_ids: np.ndarray  # words that start sentences, and their CDF
    first_cum: np.ndarray
    content_ids: np.ndarray  # frequent content words (titles, keywords, slots)

    def sentences(self, rng: np.random.Generator, count: int, max_len: int = 40) -> list[list[int]]:
        """`count` sentences, generated together (one vectorised step per word position)."""
        u = rng.random(count) * self.first_cum[-1]
        state = self.first_ids[np.searchsorted(self.first_cum, u, side="right")]
        out = [[int(s)] for s in state]
        alive = np.ones(count, dtype=bool)
        for _ in range(max_len - 1):
            idx = np.flatnonzero(alive)
            if len(idx) == 0:
                break
            s = state[idx]
            u = rng.random(len(idx)) * self.totals[s]
            lo = self.starts[s]
            pos = (
                np.array(
                    [
                        np.searchsorted(self.cum[a:b], x, side="right")
                        for a, b, x in zip(lo, self.starts[s + 1], u, strict=True)
                    ]
                )
                if len(idx) < 64
                else _batched_search(self.cum, lo, self.starts[s + 1], u)
            )
            nxt = self.targets[lo + pos]
            state[idx] = nxt
            for k, t in zip(idx.tolist(), nxt.tolist(), strict=True):
                if t == END:
                    alive[k] = False
                else:
                    out[k].append(t)
        return [o for o in out if len(o) >= 4]

    def text(self, ids: list[int]) -> str:
        words = [self.vocab[i] for i in ids]
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words) + "."


def _batched_search(cum: np.ndarray, lo: np.ndarray, hi: np.ndarray, u: np.ndarray) -> np.ndarray:
    """searchsorted of u[i] in cum[lo[i]:hi[i]] for every i (binary search, vectorised)."""
    left = lo.copy()
    right = hi.copy()
    while True:
        active = left < right
        if not active.any():
            break
        mid = (left + right) // 2
        go_right = active & (cum[np.minimum(mid, len(cum) - 1)] <= u)
        left = np.where(go_right, mid + 1, left)
        right = np.where(active & ~go_right, mid, right)
    return np.minimum(left, hi - 1) - lo


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d+(?:\.\d+)*")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def train(source: Path = DEFAULT_SOURCE) -> Markov:
    """Train on the prose of the Markdown posts (front matter, code and links removed).

    The model of the default source (the Rust blog in ../shared) is cached; tests pass
    their own source (fixtures/), since they never read ../shared."""
    cache = CACHE / "markov.npz" if source == DEFAULT_SOURCE else None
    if cache is not None and cache.exists():
        try:  # plain arrays only: a cache that needs pickle (an older one) is rebuilt
            with np.load(cache, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            arrays["vocab"] = np.array(arrays["vocab"].tolist(), dtype=object)
            return Markov(**arrays)
        except (ValueError, KeyError, TypeError, OSError):
            pass
    texts = []
    for f in sorted(source.rglob("*.md")):
        t = f.read_text(encoding="utf-8", errors="replace")
        t = re.sub(r"^(\+\+\+|---)\n.*?\n\1\n", "", t, flags=re.DOTALL)
        t = re.sub(r"```.*?```", " ", t, flags=re.DOTALL)
        t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
        t = re.sub(
            r"<[^>]*>|https?://\S+|\{\{.*?\}\}|`[^`]*`|^\s*\|.*$|^\[[^\]]*\]:.*$",
            " ",
            t,
            flags=re.MULTILINE,
        )
        t = re.sub(r"^\s*(#+|[-*>]|\d+\.)\s*", "", t, flags=re.MULTILINE)
        texts.append(t)
    counts: dict[tuple[int, int], int] = {}
    firsts: dict[int, int] = {}
    index = {"": END}
    vocab = [""]
    for t in texts:
        for para in re.split(r"\n\s*\n", t):
            for sent in _SENT.split(" ".join(para.split())):
                toks = _TOKEN.findall(sent)
                if len(toks) < 4:
                    continue
                ids = []
                for tok in toks:
                    if tok not in index:
                        index[tok] = len(vocab)
                        vocab.append(tok)
                    ids.append(index[tok])
                firsts[ids[0]] = firsts.get(ids[0], 0) + 1
                for a, b in zip(ids, [*ids[1:], END], strict=True):
                    counts[(a, b)] = counts.get((a, b), 0) + 1
    keys = sorted(counts)
    src = np.array([k[0] for k in keys], dtype=np.int64)
    targets = np.array([k[1] for k in keys], dtype=np.int64)
    c = np.array([counts[k] for k in keys], dtype=np.float64)
    n = len(vocab)
    starts = np.searchsorted(src, np.arange(n + 1))
    cum = np.zeros(len(c))
    totals = np.zeros(n)
    for w in range(n):
        a, b = starts[w], starts[w + 1]
        if b > a:
            cum[a:b] = np.cumsum(c[a:b])
            totals[w] = cum[b - 1]
    fid = np.array(sorted(firsts), dtype=np.int64)
    fcum = np.cumsum([firsts[i] for i in fid]).astype(np.float64)
    freq = np.bincount(targets, weights=c, minlength=n)
    stop = set(
        [
            "the",
            "a",
            "an",
            "and",
            "or",
            "of",
            "to",
            "in",
            "is",
            "it",
            "that",
            "for",
            "on",
            "with",
            "as",
            "this",
            "be",
            "are",
            "was",
            "by",
            "we",
            "you",
        ]
    )
    content = [
        i
        for i in np.argsort(-freq)[:3000]
        if vocab[i].lower() not in stop and len(vocab[i]) > 3 and vocab[i].isalpha()
    ]
    m = Markov(
        np.array(vocab, dtype=object), starts, targets, cum, totals, fid, fcum,
        np.array(content[:1500], dtype=np.int64),
    )  # fmt: skip
    CACHE.mkdir(exist_ok=True)
    if cache is not None:
        arrays = {k: getattr(m, k) for k in m.__dataclass_fields__}
        arrays["vocab"] = np.array(vocab, dtype=str)  # fixed-width text: no pickle to load
        np.savez(cache, **arrays)
    return m


# ----- pages ---------------------------------------------------------------------------------

TEMPLATES = {
    "blog": (
        [
            "Get our weekly newsletter: one practical tip for faster software, every Tuesday morning."
        ],
        [
            "Written by the engineering team. We build developer tools and write about what we learn along the way.",
            "All content is provided for information only. Product names are trademarks of their owners. Copyright the authors, all rights reserved.",
        ],
    ),
    "guides": (
        ["You are reading the documentation for the current release. Older versions are archived."],
        [
            "Was this page helpful? Tell us what was missing and we will improve it in the next release of the docs.",
            "All content is provided for information only. Product names are trademarks of their owners. Copyright the authors, all rights reserved.",
        ],
    ),
    "news": (
        ["Breaking news and analysis from our newsroom, updated through the day."],
        [
            "Sign up for alerts to hear about stories as they happen, and follow us for analysis from our correspondents.",
            "All content is provided for information only. Product names are trademarks of their owners. Copyright the authors, all rights reserved.",
        ],
    ),
}
CITIES = [
    "Leeds",
    "York",
    "Hull",
    "Bradford",
    "Sheffield",
    "Wakefield",
    "Harrogate",
    "Durham",
    "Carlisle",
    "Chester",
    "Derby",
    "Leicester",
    "Lincoln",
    "Norwich",
    "Oxford",
    "Cambridge",
    "Bristol",
    "Bath",
    "Exeter",
    "Plymouth",
    "Truro",
    "Brighton",
    "Dover",
    "Canterbury",
    "Reading",
    "Swindon",
    "Gloucester",
    "Worcester",
    "Hereford",
    "Coventry",
]
SERVICES = [
    "emergency plumber",
    "boiler repair",
    "roof repair",
    "locksmith",
    "electrician",
    "dog groomer",
]


@dataclass
class Page:
    """One article: title, slug, section, front matter and paragraphs (headings inline)."""

    id: int
    title: str
    slug: str
    section: str
    body: list[tuple[str, str]]  # (kind, text): kind "h2" or "p"
    front: dict[str, str] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)


@dataclass
class Truth:
    exact: list[tuple[int, int]] = field(default_factory=list)
    #: (base, copy, measured Jaccard of the main text)
    near: list[tuple[int, int, float]] = field(default_factory=list)
    passages: list[tuple[int, int, int]] = field(default_factory=list)  # donor, receiver, words
    keywords: list[tuple[int, int]] = field(default_factory=list)
    topics: list[tuple[int, int]] = field(default_factory=list)
    doorways: list[list[int]] = field(default_factory=list)
    #: Families: pages derived from one base; similarity is only expected inside a family.
    family: dict[int, int] = field(default_factory=dict)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def base_page(m: Markov, i: int) -> Page:
    """A distinct article: the same id always gives the same page."""
    rng = np.random.default_rng(1_000_003 * (i + 1))
    n_words = int(np.clip(rng.lognormal(np.log(520), 0.55), 150, 2500))
    sents = m.sentences(rng, max(8, n_words // 14 + 4))
    body: list[tuple[str, str]] = []
    words = 0
    k = 0
    while words < n_words and k < len(sents):
        if body and rng.random() < 0.22:
            h = [m.vocab[x] for x in rng.choice(m.content_ids, size=int(rng.integers(2, 5)))]
            body.append(("h2", " ".join(h).capitalize()))
        take = int(rng.integers(2, 7))
        para = sents[k : k + take]
        k += take
        text = " ".join(m.text(s) for s in para)
        words += sum(len(s) for s in para)
        body.append(("p", text))
    tw = [
        m.vocab[x] for x in rng.choice(m.content_ids, size=int(rng.integers(3, 7)), replace=False)
    ]
    title = " ".join(tw).capitalize()
    section = ["blog", "guides", "news"][i % 3]
    return Page(i, title, f"{_slug(title)}-{i}", section, body)


def shingles(page: Page, k: int = 5) -> set[tuple[str, ...]]:
    """Word k-shingles of the main text per paragraph: the independent ground truth."""
    out: set[tuple[str, ...]] = set()
    for _, text in page.body:
        toks = re.findall(r"\w+(?:['.\-]\w+)*", text.lower())
        if len(toks) < k:
            out.add(tuple(toks))
        out.update(tuple(toks[j : j + k]) for j in range(len(toks) - k + 1))
    return out


def jaccard(a: Page, b: Page) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y) if x or y else 0.0


def near_copy(m: Markov, base: Page, i: int, rate: float) -> Page:
    """Substitute about `rate` of the words, reorder two paragraphs, add a sentence."""
    rng = random.Random(i)
    body = []
    for kind, text in base.body:
        if kind == "p":
            words = text.split(" ")
            for j in range(len(words)):
                if rng.random() < rate:
                    words[j] = str(m.vocab[int(m.content_ids[rng.randrange(len(m.content_ids))])])
            text = " ".join(words)
        body.append((kind, text))
    paras = [j for j, (kind, _) in enumerate(body) if kind == "p"]
    if len(paras) >= 4 and rng.random() < 0.5:
        a, b = rng.sample(paras, 2)
        body[a], body[b] = body[b], body[a]
    if rng.random() < 0.5:
        extra = m.sentences(np.random.default_rng(i), 1)
        if extra:
            body.append(("p", m.text(extra[0])))
    title = (
        base.title
        + " "
        + rng.choice(["guide", "explained", "in practice", "revisited", "overview"])
    )
    return Page(i, title, f"{_slug(title)}-{i}", base.section, body)


def doorway(m: Markov, i: int, cluster: int, city: str) -> Page:
    """One page of a cluster generated from a single text with the city swapped in."""
    rng = np.random.default_rng(77_000 + cluster)
    service = SERVICES[cluster % len(SERVICES)]
    paras = []
    for _ in range(int(rng.integers(3, 6))):
        sents = m.sentences(rng, 3)
        paras.append(
            " ".join(m.text(s) for s in sents)
            + f" Our {service} team in {{city}} is ready to help."
        )
    body = [
        ("p", f"Looking for a {service} in {{city}}? We cover all of {{city}} and nearby villages.")
    ]
    body += [("p", p) for p in paras]
    body = [(k, t.replace("{city}", city)) for k, t in body]
    title = f"{service.capitalize()} in {city}"
    return Page(i, title, _slug(title), "blog", body)


def plan(n: int, seed: int = 7) -> tuple[list[tuple], Truth]:
    """Which page is what: ("base",), ("exact", b), ("near", b, rate), ("passage", donor, start, words),
    ("keyword", b), ("topic", b), ("doorway", cluster, city)."""
    rng = random.Random(seed)
    specs: list[tuple] = [("base",) for _ in range(n)]
    truth = Truth()
    ids = list(range(n))
    rng.shuffle(ids)
    cursor = 0

    def take(count: int) -> list[int]:
        nonlocal cursor
        out = ids[cursor : cursor + count]
        cursor += count
        return out

    bases = [i for i in ids[int(0.2 * n) :]]  # pages that stay distinct and can be copied from
    for c in take(max(1, n // 100)):
        specs[c] = ("exact", rng.choice(bases))
    for c in take(max(2, 3 * n // 100)):
        specs[c] = (
            "near",
            rng.choice(bases),
            rng.choice([0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.08]),
        )
    for c in take(max(1, n // 100)):
        specs[c] = ("passage", rng.choice(bases), rng.random(), rng.randint(50, 120))
    kw_bases = rng.sample(bases, max(1, n // 200))  # one keyword per base page
    for c, b in zip(take(len(kw_bases)), kw_bases, strict=True):
        specs[c] = ("keyword", b)
    for c in take(max(1, n // 200)):
        specs[c] = ("topic", rng.choice(bases))
    for cluster in range(max(1, n // 2000)):
        size = rng.randint(6, 12)
        members = take(size)
        for j, c in enumerate(members):
            specs[c] = ("doorway", cluster, CITIES[j % len(CITIES)])
        truth.doorways.append(members)
    return specs, truth


def build_page(m: Markov, i: int, spec: tuple) -> Page:
    kind = spec[0]
    if kind == "base":
        return base_page(m, i)
    if kind == "exact":
        b = base_page(m, spec[1])
        return Page(i, b.title + " (copy)", f"{b.slug}-copy-{i}", b.section, list(b.body))
    if kind == "near":
        return near_copy(m, base_page(m, spec[1]), i, spec[2])
    if kind == "passage":
        page = base_page(m, i)
        donor = base_page(m, spec[1])
        words = " ".join(t for k, t in donor.body if k == "p").split(" ")
        start = int(spec[2] * max(1, len(words) - spec[3]))
        passage = " ".join(words[start : start + spec[3]])
        at = max(1, len(page.body) // 2)
        page.body.insert(at, ("p", passage))
        return page
    if kind == "keyword":
        page = base_page(m, i)
        return page
    if kind == "topic":
        b = base_page(m, spec[1])
        page = near_copy(m, b, i, 0.45)
        page.title = "How to " + b.title.lower()
        page.slug = f"{_slug(page.title)}-{i}"
        return page
    if kind == "doorway":
        return doorway(m, i, spec[1], spec[2])
    raise ValueError(kind)


def keyword_of(m: Markov, i: int) -> str:
    rng = random.Random(i * 31)
    return " ".join(str(m.vocab[int(x)]).lower() for x in rng.sample(list(m.content_ids[:400]), 2))


def variant(keyword: str, i: int) -> str:
    """The same keyword with case, plural or order changed."""
    words = keyword.split()
    choice = i % 3
    if choice == 0:
        return " ".join(reversed(words))
    if choice == 1 or keyword.endswith(("s", "y", "x", "h")):
        return keyword.title()
    return keyword + "s"


def finish(m: Markov, pages: list[Page], specs: list[tuple], truth: Truth) -> None:
    """Front matter, links, and the ground truth that needs the built pages."""
    by_id = {p.id: p for p in pages}
    rng = random.Random(11)
    used_keywords: set[str] = set()
    for p in pages:
        spec = specs[p.id]
        truth.family.setdefault(p.id, p.id)
        if spec[0] == "exact":
            truth.exact.append((spec[1], p.id))
            truth.family[p.id] = spec[1]
        elif spec[0] == "near":
            if p.body == by_id[spec[1]].body:  # no word happened to change: an exact copy
                truth.exact.append((spec[1], p.id))
            else:
                truth.near.append((spec[1], p.id, jaccard(by_id[spec[1]], p)))
            truth.family[p.id] = spec[1]
        elif spec[0] == "passage":
            truth.passages.append((spec[1], p.id, spec[3]))
        elif spec[0] == "keyword":
            kw, salt = keyword_of(m, spec[1]), 0
            while " ".join(sorted(kw.split())) in used_keywords:  # one page pair per keyword
                salt += 1
                kw = keyword_of(m, spec[1] + 7919 * salt)
            used_keywords.add(" ".join(sorted(kw.split())))
            by_id[spec[1]].front["focus_keyword"] = kw
            p.front["focus_keyword"] = variant(kw, p.id)
            truth.keywords.append((spec[1], p.id))
        elif spec[0] == "topic":
            truth.topics.append((spec[1], p.id))
            truth.family[p.id] = spec[1]
        elif spec[0] == "doorway":
            truth.family[p.id] = -1 - spec[1]
        # Two links to random other pages (one in fifty broken).
        for _ in range(2):
            target = pages[rng.randrange(len(pages))]
            url = f"/{target.section}/{target.slug}/"
            p.links.append(url if rng.random() > 0.02 else url.rstrip("/") + "-gone/")
    # Near-copies of one base are also compared with each other.
    fam: dict[int, list[int]] = {}
    for pid, base in truth.family.items():
        if specs[pid][0] in ("exact", "near") or pid == base:
            fam.setdefault(base, []).append(pid)
    extra = []
    for members in fam.values():
        nears = [x for x in members if specs[x][0] in ("near", "exact")]
        for a in range(len(nears)):
            for b in range(a + 1, len(nears)):
                x, y = nears[a], nears[b]
                if by_id[x].body == by_id[y].body:
                    truth.exact.append((x, y))
                else:
                    extra.append((x, y, jaccard(by_id[x], by_id[y])))
    truth.near += extra


def markdown(p: Page) -> str:
    header, footer = TEMPLATES[p.section]
    front = {"title": p.title, **p.front}
    lines = ["---", *(f"{k}: {json.dumps(v)}" for k, v in front.items()), "---", ""]
    for t in header:
        lines += [t, ""]
    for kind, text in p.body:
        lines += [f"## {text}" if kind == "h2" else text, ""]
    if p.links:
        lines += [" ".join(f"[related]({u})" for u in p.links), ""]
    for t in footer:
        lines += [t, ""]
    return "\n".join(lines)


# ----- documents, built directly ------------------------------------------------------------

_MODEL: Markov | None = None


def _init(model: Markov) -> None:
    global _MODEL
    _MODEL = model

    import contentlint.rules  # noqa: F401  (registers the built-in rules)


def document(p: Page) -> object:
    """The Document the Markdown parser would build for `markdown(p)`, with features."""
    from contentlint.engine.core import compute_features
    from contentlint.model.document import Block, Document, Heading, Link
    from contentlint.model.urls import PLACEHOLDER_BASE

    header, footer = TEMPLATES[p.section]
    front = {"title": p.title, **p.front}
    url = f"{PLACEHOLDER_BASE}{p.section}/{p.slug}/"
    doc = Document(path=f"content/{p.section}/{p.slug}.md", format="markdown", url=url)
    doc.front_matter = front
    doc.title = p.title
    doc.title_line = 2
    doc.title_is_h1 = True
    doc.headings.append(Heading(1, p.title, 2, in_main=False))
    line = len(front) + 4
    for t in header:
        doc.blocks.append(Block(t, line, line, "p"))
        line += 2
    for kind, text in p.body:
        if kind == "h2":
            doc.headings.append(Heading(2, text, line, anchor=_slug(text)))
            doc.blocks.append(Block(text, line, line, "heading", 2))
        else:
            doc.blocks.append(Block(text, line, line, "p"))
        line += 2
    for u in p.links:
        doc.links.append(
            Link(u, "related", line, url=PLACEHOLDER_BASE.rstrip("/") + u, internal=True)
        )
    line += 2
    for t in footer:
        doc.blocks.append(Block(t, line, line, "p"))
        line += 2
    compute_features(doc, _POLICY)
    doc.metrics["word_count"] = doc.word_count  # as the per-document rules leave it
    return doc.slim()  # as a worker sends it: no analyses memoised while linting it


_POLICY = None


def _build_chunk(args: tuple[list[int], list[tuple]]) -> list[Page]:
    assert _MODEL is not None
    ids, specs = args
    return [build_page(_MODEL, i, s) for i, s in zip(ids, specs, strict=True)]


def _docs_chunk(pages: list[Page]) -> list[bytes]:
    """Encoded as the engine's workers send documents (`codec`), so that the parent
    holds what it holds in a real run, decoded from the same bytes."""
    from contentlint.model import codec

    return [codec.encode_output(document(p), [], []) for p in pages]  # type: ignore[arg-type]


def pages(
    n: int, jobs: int = 2, seed: int = 7, source: Path = DEFAULT_SOURCE
) -> tuple[list[Page], Truth, list[tuple]]:
    model = train(source)
    specs, truth = plan(n, seed)
    chunks = [(list(range(s, min(n, s + 500))), specs[s : s + 500]) for s in range(0, n, 500)]
    with get_context("fork").Pool(jobs, initializer=_init, initargs=(model,)) as pool:
        built = [p for chunk in pool.imap(_build_chunk, chunks) for p in chunk]
    finish(model, built, specs, truth)
    return built, truth, specs


def documents(
    built: list[Page], jobs: int = 2, corpus: bool = False, trim: bool = True
) -> list[object]:
    """The pages' Documents, with features, built in worker processes.

    With `corpus`, as the engine holds them for the corpus stage: the blocks no corpus
    rule reads are dropped as each document arrives (`engine.drop_blocks`), and the few
    documents a rule reads them from get theirs back (`engine.prepare_corpus`), and the
    heap they freed is returned (`engine.release_memory`) unless `trim` is False.
    """
    global _POLICY
    from contentlint.config.core import Policy, build_config
    from contentlint.engine.core import drop_blocks, prepare_corpus
    from contentlint.engine.memory import release_memory
    from contentlint.model import codec

    _POLICY = Policy.from_config(build_config({}, None))
    model = train()
    chunks = [built[s : s + 250] for s in range(0, len(built), 250)]
    docs: list = []
    with get_context("fork").Pool(jobs, initializer=_init, initargs=(model,)) as pool:
        for chunk in pool.imap(_docs_chunk, chunks):
            for blob in chunk:
                d = codec.decode_output(blob)[0]
                if corpus:
                    drop_blocks(d, _POLICY)
                docs.append(d)
    if corpus:
        page_of = {f"content/{p.section}/{p.slug}.md": p for p in built}
        prepare_corpus(docs, _POLICY, lambda d: document(page_of[d.path]).blocks)  # type: ignore[attr-defined]
        if trim:
            release_memory()
    return docs


def write_site(built: list[Page], truth: Truth, out: Path) -> None:
    for p in built:
        f = out / "content" / p.section / f"{p.slug}.md"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(markdown(p), encoding="utf-8")
    data = {k: v for k, v in truth.__dict__.items() if k != "family"}
    data["paths"] = {p.id: f"content/{p.section}/{p.slug}.md" for p in built}
    (out / "truth.json").write_text(json.dumps(data), encoding="utf-8")


def iter_paths(built: list[Page]) -> Iterator[str]:
    for p in built:
        yield f"content/{p.section}/{p.slug}.md"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)
    built, truth, _ = pages(args.docs, args.jobs)
    write_site(built, truth, args.out)
    print(
        f"wrote {len(built)} pages to {args.out}/content and the ground truth to {args.out}/truth.json"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
