"""K rules: shared target keywords, cannibalization, slug overlap, keyword stuffing."""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import pairwise

import numpy as np
import pytest
from contentlint.model import text as textmod
from contentlint.model.document import PROSE_KINDS, Block, Document, Heading
from contentlint.model.registry import Options
from contentlint.rules.keywords import stuffing, topics
from contentlint.rules.keywords.terms import (
    KEYWORD_KEYS,
    content_terms,
    declared_keywords,
    normalize_keyword,
    page_slug,
    stem,
)
from contentlint.signals import similarity as sim
from helpers import check, md, run, write
from prose import article, paragraph


def docs_from(files: dict[str, str]) -> list:
    return [md(text, path=path) for path, text in files.items()]


# ----- K001 shared-target-keyword ----------------------------------------------------------


def test_keyword_normalisation_folds_case_plural_and_order():
    assert normalize_keyword("CI tools") == normalize_keyword("tool ci")
    assert normalize_keyword("Caching builds") == normalize_keyword("build caching")
    assert normalize_keyword("ci tools") != normalize_keyword("ci pipelines")
    assert stem("stories") == stem("story")
    assert stem("caching") == stem("cache")


def test_k001_same_target_keyword_in_two_pages():
    docs = docs_from(
        {
            "content/a.md": article(1, focus_keyword="CI tools"),
            "content/b.md": article(2, keyword="tool ci"),
            "content/c.md": article(3, focus_keyphrase="ci pipelines"),
        }
    )
    found = check("K001", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    a = next(p for p in found if p.path == "content/a.md")
    assert '"CI tools"' in a.message and a.related[0].path == "content/b.md"


def test_k001_first_entry_of_a_keywords_list_is_the_target():
    docs = docs_from(
        {
            "content/a.md": article(4, keywords="[rust, release]"),
            "content/b.md": article(5, keywords="[cargo, release]"),
        }
    )
    assert check("K001", docs) == []


def test_k001_keys_are_configurable():
    docs = docs_from(
        {"content/a.md": article(6, seo_kw="ci"), "content/b.md": article(7, seo_kw="CI")}
    )
    assert check("K001", docs) == []
    assert len(check("K001", docs, keys=["seo_kw"])) == 2


# ----- K002 keyword-cannibalization ---------------------------------------------------------

CI_A = """---
title: How to speed up CI builds
---

Slow CI builds waste developer time. Caching dependencies between CI builds is the first
step: key the cache on the lock file so CI builds reuse downloads. Splitting slow tests
across parallel runners cuts CI build time again, and smaller build images start faster.

## Cache dependencies

A dependency cache keyed on the lock file makes most CI builds skip the download step.

## Split slow tests

Parallel test runners, balanced by timing data, shorten the longest CI build stage.
"""

CI_B = """---
title: Speeding up slow CI builds with caching
---

Our CI builds took twenty minutes. Caching dependencies on the lock file, splitting slow
tests across parallel runners and slimming build images cut CI build time to nine
minutes. Faster CI builds mean developers wait less and merge with confidence.

## Dependency caching

Keying the cache on the lock file means CI builds reuse dependencies until they change.

## Parallel tests

Test runners split by timing data keep every CI build stage short.
"""

CI_MORE = """## Smaller images

Slim build images without compilers nobody uses pull in seconds, so every CI build
starts sooner and the whole pipeline finishes faster.
"""

GARDEN = """---
title: Growing tomatoes on a balcony
---

Tomatoes need six hours of sun, a deep pot and regular watering. Choose a compact
variety, feed weekly once the first flowers open, and pinch out side shoots so the plant
puts its energy into fruit rather than leaves.
"""


def test_k002_pages_on_one_topic_with_overlapping_titles():
    docs = docs_from(
        {
            "content/speed-up-ci.md": CI_A,
            "content/cutting-ci.md": CI_B + "\n" + CI_MORE,
            "content/tomatoes.md": GARDEN,
        }
    )
    found = check("K002", docs)
    assert sorted(p.path for p in found) == ["content/cutting-ci.md", "content/speed-up-ci.md"]
    weak = next(p for p in found if p.path == "content/speed-up-ci.md")
    strong = next(p for p in found if p.path == "content/cutting-ci.md")
    # The strongest page (no links either way: the one with more words) is named.
    assert "consolidate into content/cutting-ci.md" in weak.message
    assert "merge the others into this page" in strong.message
    assert weak.related[0].path == "content/cutting-ci.md"
    assert "ci build" in weak.message


def test_k002_inbound_links_decide_the_strongest_page():
    linker = "---\ntitle: Index of guides\n---\n\nRead [the guide](/speed-up-ci/) first.\n"
    docs = docs_from(
        {
            "content/speed-up-ci.md": CI_A,
            "content/cutting-ci.md": CI_B + "\n" + CI_MORE,
            "content/guides.md": linker,
        }
    )
    found = check("K002", docs)
    weak = next(p for p in found if p.path == "content/cutting-ci.md")
    assert "consolidate into content/speed-up-ci.md" in weak.message


def test_k002_titles_for_different_versions_or_periods_do_not_compete():
    a = CI_A.replace("How to speed up CI builds", "Speeding up CI builds in 2023")
    b = CI_B.replace("Speeding up slow CI builds with caching", "Speeding up CI builds in 2024")
    assert check("K002", docs_from({"content/a.md": a, "content/b.md": b})) == []
    a = CI_A.replace("How to speed up CI builds", "CI builds, March update")
    b = CI_B.replace("Speeding up slow CI builds with caching", "CI builds, April update")
    assert check("K002", docs_from({"content/a.md": a, "content/b.md": b})) == []


def test_k002_shared_title_words_but_different_topics_pass():
    a = CI_A
    b = GARDEN.replace("Growing tomatoes on a balcony", "CI builds for tomato growers")
    assert check("K002", docs_from({"content/a.md": a, "content/b.md": b})) == []


def test_k002_threshold_is_configurable():
    docs = docs_from({"content/a.md": CI_A, "content/b.md": CI_B})
    assert check("K002", docs, threshold=0.99) == []


# ----- K003 slug-overlap -----------------------------------------------------------------------


def test_k003_slugs_with_the_same_words_in_another_order():
    docs = docs_from(
        {
            "content/blog/best-ci-tools.md": article(1),
            "content/guides/ci-tools-best.md": article(2),
            "content/guides/ci-tool-best.md": article(3),
            "content/blog/ci-caching.md": article(4),
        }
    )
    found = check("K003", docs)
    assert sorted(p.path for p in found) == [
        "content/blog/best-ci-tools.md",
        "content/guides/ci-tool-best.md",
        "content/guides/ci-tools-best.md",
    ]
    p = next(p for p in found if p.path == "content/blog/best-ci-tools.md")
    assert '"ci-tools-best"' in p.message


def test_k003_same_slug_in_dated_folders_plurals_and_different_numbers_pass():
    docs = docs_from(
        {
            "content/2023/meeting-notes.md": article(1),
            "content/2024/meeting-notes.md": article(2),
            "content/rust-survey-2023.md": article(3),
            "content/rust-survey-2024.md": article(4),
            "content/core-team-update.md": article(5),
            "content/core-team-updates.md": article(6),
        }
    )
    assert check("K003", docs) == []


# ----- K004 keyword-stuffing -------------------------------------------------------------------


def stuffed(times: int, filler_paragraphs: int) -> str:
    sentence = "These best running shoes are the best running shoes for runners."
    body = "\n\n".join([sentence] * times + [paragraph(i) for i in range(filler_paragraphs)])
    return f"---\ntitle: Best running shoes\n---\n\n{body}\n"


def test_k004_inferred_keyword_far_above_natural_density():
    doc = md(stuffed(times=12, filler_paragraphs=5), path="content/shoes.md")
    found = check("K004", doc)
    assert len(found) == 1
    assert '"best running shoes" appears 24 times' in found[0].message


def test_k004_a_name_the_page_is_about_is_not_stuffing():
    sentence = "Star Trek fans know that Star Trek changed television."
    body = "\n\n".join([sentence] * 10 + [paragraph(i) for i in range(5)])
    doc = md(f"---\ntitle: Why Star Trek matters\n---\n\n{body}\n", path="content/trek.md")
    assert check("K004", doc) == []
    declared = f"---\ntitle: Why Star Trek matters\nfocus_keyword: star trek\n---\n\n{body}\n"
    assert len(check("K004", md(declared, path="content/trek.md"))) == 1


def test_k004_natural_use_passes():
    doc = md(stuffed(times=1, filler_paragraphs=12), path="content/shoes.md")
    assert check("K004", doc) == []


def test_k004_declared_keyword_in_most_headings():
    heads = "\n\n".join(f"## CI caching step {i}\n\n{paragraph(i, 6)}" for i in range(5))
    text = f"---\ntitle: Guide\nfocus_keyword: ci caching\n---\n\n{heads}\n"
    found = check("K004", md(text, path="content/guide.md"))
    assert len(found) == 1 and "5 of 5 subheadings" in found[0].message
    assert found[0].line == 6


def test_k004_short_pages_are_not_judged():
    text = "---\ntitle: Best running shoes\n---\n\nBest running shoes. " * 1
    assert check("K004", md(text + "best running shoes " * 5)) == []


# ----- the topic record and K004: fast forms give the plain definitions' results -----------

_WORDS = [
    "caching", "cache", "caches", "cached", "build", "builds", "building", "the", "a", "of",
    "and", "Rust", "rust", "Star", "Trek", "2024", "1.2", "x", "running", "shoes", "best",
    "stories", "class", "über", "Straße", "don't", "it’s", "e.g", "CI", "ci", "tools", "tool",
    "March", "update", "über-fast", "東京", "I",
]  # fmt: skip


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        w = rng.choice(_WORDS)
        out.append(w + rng.choice(["", "", "", ".", ",", " -", "!"]))
    return " ".join(out)


def _doc(rng: random.Random) -> Document:
    lang = rng.choice(["en", "en", "en-GB", "de"])
    title = _text(rng, rng.randint(0, 7))
    url = rng.choice([None, "https://x.org/blog/best-running-shoes/", "https://x.org/a/index.html"])
    doc = Document(path="content/ci-caching-tools.md", format="markdown", url=url, lang=lang)
    doc.title = title
    if rng.random() < 0.3:
        doc.front_matter["focus_keyword"] = _text(rng, rng.randint(1, 3))
    if rng.random() < 0.5:
        doc.headings.append(Heading(1, rng.choice([title, _text(rng, 4)]), 1))
    kinds = ["p", "p", "li", "heading", "heading", "code", "quote"]
    for i in range(rng.randint(0, 25)):
        kind = rng.choice(kinds)
        doc.blocks.append(
            Block(_text(rng, rng.randint(0, 40)), i + 2, i + 2, kind, rng.randint(1, 3))
        )
    return doc


def _plain_topic(doc: Document) -> topics.Topic:
    lang = doc.lang
    counts: dict[str, Counter[str]] = {f: Counter() for f in topics._FIELD_WEIGHTS}

    def add(text: str, field: str) -> None:
        terms = [s for s, _ in content_terms(text, lang)]
        for t in terms:
            if not t.replace(".", "").isdigit():
                counts[field][t] += 1
        for a, b in pairwise(terms):
            counts[field][f"{a} {b}"] += 1

    title = doc.title or ""
    add(title, "title")
    for h in doc.h1s:
        if h.text != title:
            add(h.text, "h1")
    slug = page_slug(doc)
    if slug:
        add(slug.replace("-", " ").replace("_", " "), "slug")
    lead = True
    for b in doc.blocks:
        if b.kind == "heading":
            if b.level > 1:
                add(b.text, "heading")
        elif b.kind in PROSE_KINDS:
            add(b.text, "lead" if lead else "body")
            lead = False
    weights: dict[str, float] = {}
    for field, bag in counts.items():
        for t, c in bag.items():
            weights[t] = weights.get(t, 0.0) + topics._FIELD_WEIGHTS[field] * (1 + math.log(c))
    top = sorted(weights.items(), key=lambda t: (-t[1], t[0]))[: topics.TOP_TERMS]
    ids = np.array([sim.stable_hash64(t) & 0xFFFFFFFF for t, _ in top], dtype=np.uint32)
    w = np.array([v for _, v in top], dtype=np.float32)
    order = np.argsort(ids)
    numbers = frozenset(
        t.lower()
        for t in textmod.words(title)
        if any(c.isdigit() for c in t) or t.lower() in topics._PERIODS
    )
    return topics.Topic(
        ids[order],
        w[order],
        tuple(content_terms(title, lang)),
        numbers,
        sim.stable_hash64(textmod.normalize(title)),
    )


def _plain_occurrences(seq: list[str], phrase: list[str]) -> int:
    n = len(phrase)
    count = i = 0
    while n and i <= len(seq) - n:
        if seq[i : i + n] == phrase:
            count, i = count + 1, i + n
        else:
            i += 1
    return count


def _plain_stuffing(doc: Document, opts: Options) -> list[tuple[str, int]]:
    """K004's messages and lines, from the plain definitions."""
    lang = textmod.base_language(doc.lang)
    prose = [b for b in doc.blocks if b.kind in PROSE_KINDS]
    body = [s for b in prose for s, _ in content_terms(b.text, lang)]
    surfaces = [w for b in prose for _, w in content_terms(b.text, lang)]
    total = doc.word_count
    if total < opts.min_words or not body:
        return []
    declared = declared_keywords(doc, opts["keys"])
    candidates: list[tuple[str, list[str]]] = []
    if declared:
        candidates = [(declared[0], [s for s, _ in content_terms(declared[0], lang)])]
    else:
        title = content_terms(doc.title or "", lang)
        for n in (3, 2):
            for k in range(len(title) - n + 1):
                gram = title[k : k + n]
                candidates.append((" ".join(w for _, w in gram).lower(), [s for s, _ in gram]))
    best = None
    for phrase, stems in candidates:
        if stems:
            count = _plain_occurrences(body, stems)
            if best is None or count > best[0]:
                best = (count, phrase, stems)
    if best is None:
        return []
    count, phrase, stems = best
    n = len(stems)
    hits = [i for i in range(len(body) - n + 1) if body[i : i + n] == stems]
    capital = sum(1 for i in hits if all(w[:1].isupper() for w in surfaces[i : i + n]))
    if not declared and hits and capital >= 0.8 * len(hits):
        return []
    out = []
    density = count / total
    if density > opts.max_density and count >= 5:
        out.append(
            (
                f'"{phrase}" appears {count} times in {total} words ({density:.1%}; '
                f"natural use stays under {opts.max_density:.0%})",
                doc.title_line,
            )
        )
    heads = [b for b in doc.blocks if b.kind == "heading" and b.level >= 2]
    if len(heads) >= 4:
        found = sum(
            1
            for h in heads
            if _plain_occurrences([s for s, _ in content_terms(h.text, lang)], stems)
        )
        if found > opts.max_heading_share * len(heads):
            out.append(
                (
                    f'"{phrase}" is in {found} of {len(heads)} subheadings; use headings to say '
                    "what each section covers",
                    heads[0].line,
                )
            )
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_topic_and_k004_are_their_plain_definitions(seed: int) -> None:
    """Memoised stems, the body terms never weighed, phrases found with str.find: the
    topic record and K004's findings are those of the plain definitions."""
    rng = random.Random(seed)
    opts = Options(max_density=0.01, max_heading_share=0.2, min_words=1, keys=KEYWORD_KEYS)
    for _ in range(300):
        doc = _doc(rng)
        fast = [(p.message, p.line) for p in stuffing.keyword_stuffing(doc, opts)]
        topic = topics.build_topic(doc)
        plain_topic = _plain_topic(doc)
        assert topic.__getstate__()[1:] == plain_topic.__getstate__()[1:]
        assert topic.data.tobytes() == plain_topic.data.tobytes()
        assert fast == _plain_stuffing(doc, opts)
        doc.memo = {}


# ----- through the command line ------------------------------------------------------------------


def test_cli_k001_against_a_corpus_file_not_on_the_command_line(tmp_path):
    write(
        tmp_path,
        {
            "content/new.md": article(1, focus_keyword="ci tools"),
            "content/old.md": article(2, focus_keyword="CI Tool"),
        },
    )
    result = run("check", "content/new.md", "--corpus", "content", "--select", "K001", "-q")
    assert result.exit_code == 0  # warnings do not fail the run by default
    assert "content/new.md:2:1: K001" in result.output
    assert "content/old.md" not in result.output.split("K001", 1)[0]
    assert result.output.count("K001") == 1
