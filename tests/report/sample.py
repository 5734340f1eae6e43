"""A realistic synthetic site-audit report, for the HTML report's tests and bench.

`make_report(n_docs, seed)` builds folders, kinds, word counts, problems, deductions, scores,
clusters and the site aggregates the same way the scorer is meant to, so the numbers hold
together (site score = mean of overall scores, priority = (100 - overall) x (1 + inbound)).
With `hostile=True` it plants script-breaking strings in every field a page controls.
"""

from __future__ import annotations

import random
from typing import Any

FAMILIES = ("thin", "duplication", "keywords", "expertise", "technical")
WEIGHTS = {"thin": 0.25, "duplication": 0.25, "keywords": 0.15, "expertise": 0.2, "technical": 0.15}
THIN_MIN_WORDS = 300

# code: (name, family, default severity, summary)
RULES: dict[str, tuple[str, str | None, str, str]] = {
    "T001": ("low-word-count", "thin", "warning", "Too few words of main text."),
    "T002": (
        "boilerplate-heavy",
        "thin",
        "warning",
        "Navigation and boilerplate outweigh the text.",
    ),
    "T003": ("thin-section", "thin", "warning", "A heading with almost nothing under it."),
    "T004": ("few-specifics", "thin", "warning", "Few numbers, names or examples."),
    "T005": ("filler-phrase", "thin", "warning", "Stock filler phrases."),
    "T006": ("hard-to-read", "thin", "info", "Long sentences and words."),
    "T007": ("repetitive-text", "thin", "info", "The same sentences repeat."),
    "D001": ("duplicate-content", "duplication", "error", "Same text as another page."),
    "D002": ("near-duplicate", "duplication", "error", "Almost the same text as another page."),
    "D003": (
        "copied-passage",
        "duplication",
        "warning",
        "A long passage copied from another page.",
    ),
    "D004": ("duplicate-title", "duplication", "warning", "Another page has the same title."),
    "D005": (
        "duplicate-description",
        "duplication",
        "warning",
        "Another page has the same description.",
    ),
    "D006": ("duplicate-h1", "duplication", "warning", "Another page has the same H1."),
    "D007": (
        "doorway-pages",
        "duplication",
        "error",
        "Templated pages that differ by a place name.",
    ),
    "K001": ("shared-target-keyword", "keywords", "warning", "Pages target the same keyword."),
    "K002": (
        "keyword-cannibalization",
        "keywords",
        "warning",
        "Pages compete for the same queries.",
    ),
    "K003": ("slug-overlap", "keywords", "warning", "URL slugs nearly the same."),
    "K004": ("keyword-stuffing", "keywords", "warning", "A phrase repeated unnaturally often."),
    "E001": ("missing-author", "expertise", "warning", "No author named."),
    "E002": ("missing-date", "expertise", "warning", "No publication date."),
    "E003": ("stale-content", "expertise", "warning", "Not updated in years."),
    "E004": ("no-citations", "expertise", "warning", "No outbound source cited."),
    "E005": ("no-first-hand-experience", "expertise", "info", "No sign of first-hand use."),
    "E006": ("author-without-profile", "expertise", "warning", "Author has no profile page."),
    "E007": ("missing-article-markup", "expertise", "warning", "No Article structured data."),
    "E008": ("date-mismatch", "expertise", "warning", "Visible and markup dates differ."),
    "E009": ("missing-trust-pages", "expertise", "warning", "No about or contact page."),
    "L001": ("broken-internal-link", "technical", "warning", "Internal link to a missing page."),
    "L002": ("orphan-page", "technical", "warning", "No internal link points here."),
    "M001": ("missing-title", "technical", "error", "No title."),
    "M002": ("title-length", "technical", "warning", "Title too short or too long."),
    "M003": ("missing-description", "technical", "info", "No meta description."),
    "M004": ("h1-problem", "technical", "warning", "No H1 or several."),
    "F001": ("unreadable-file", None, "error", "The file could not be read."),
    "F002": ("parse-error", None, "error", "The file could not be parsed."),
    "F003": ("fetch-failed", None, "error", "The page could not be fetched."),
    "F004": ("needs-rendering", None, "warning", "The page needs JavaScript to show its text."),
}

SECTIONS = [
    ("blog/", "article", 30),
    ("blog/2024/", "article", 14),
    ("guides/", "article", 12),
    ("docs/", "page", 10),
    ("docs/api/", "page", 6),
    ("products/", "product", 10),
    ("locations/", "landing", 5),
    ("tags/", "category", 6),
    ("news/", "article", 5),
    ("help/", "page", 2),
]
WORDS = [
    "seo",
    "content",
    "audit",
    "keyword",
    "guide",
    "review",
    "best",
    "cheap",
    "coffee",
    "grinder",
    "espresso",
    "travel",
    "berlin",
    "paris",
    "budget",
    "hotel",
    "recipe",
    "vegan",
    "bread",
    "sourdough",
    "running",
    "shoes",
    "marathon",
    "training",
    "plan",
    "python",
    "tutorial",
    "install",
    "setup",
    "pricing",
    "compare",
    "vs",
    "alternative",
    "beginner",
    "advanced",
    "tips",
]
FILLERS = [
    "In today's fast-paced world",
    "It goes without saying that",
    "At the end of the day",
    "Unlock the power of",
]
PASSAGES = [
    "Our team has tested every product on this list for at least two weeks in real conditions.",
    "Free shipping on all orders over 50 euros, returns accepted within 30 days.",
    "This guide is updated regularly to reflect the latest changes and best practices.",
    "Contact our friendly support team if you have any questions about your order.",
]
CITIES = ["Berlin", "Paris", "Lyon", "Munich", "Hamburg", "Madrid", "Rome", "Vienna"]

HOSTILE = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    '" onmouseover="alert(4)',
]
HOSTILE_URL = "javascript:alert(5)"
# Ends a script element with "<" alone unescaped, or opens the double-escaped script state.
HOSTILE_EXTRA = ["</SCRIPT ><script>alert(6)</script>", "<!--<script>alert(7)//"]
LINE_SEP = "Line\u2028separated\u2029title"


def _slug(rng: random.Random) -> str:
    return "-".join(rng.sample(WORDS, rng.randint(2, 4)))


def _problem(
    code: str,
    message: str,
    *,
    line: int | None = 1,
    excerpt: str | None = None,
    related: list[dict[str, Any]] | None = None,
    severity: str | None = None,
) -> dict[str, Any]:
    name, family, default, _ = RULES[code]
    return {
        "code": code,
        "rule": name,
        "severity": severity or default,
        "family": family,
        "message": message,
        "line": line,
        "column": 1 if line is not None else None,
        "excerpt": excerpt,
        "related": related or [],
    }


POINTS = {"error": 35, "warning": 20, "info": 5}


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def make_report(n_docs: int, seed: int = 0, *, hostile: bool = False) -> dict[str, Any]:
    """A report of `n_docs` documents; the same seed gives the same report."""
    rng = random.Random(seed)
    source = "https://example.com/"
    docs: list[dict[str, Any]] = []
    names = [s[0] for s in SECTIONS]
    weights = [s[2] for s in SECTIONS]
    kinds = {s[0]: s[1] for s in SECTIONS}
    for i in range(n_docs):
        section = rng.choices(names, weights)[0]
        kind = kinds[section]
        slug = f"{_slug(rng)}-{i}"
        median = {"category": 90, "landing": 350, "product": 420}.get(kind, 900)
        words = max(0, int(rng.lognormvariate(0, 0.75) * median))
        url: str | None = f"{source}{section}{slug}/"
        title: str | None = " ".join(w.capitalize() for w in slug.split("-")[:-1])
        if rng.random() < 0.04:
            title = None
        docs.append(
            {
                "id": i,
                "path": f"{section}{slug}/index.html",
                "url": url,
                "title": title,
                "language": rng.choice(["en", "en", "en", "de", "fr", None]),
                "kind": kind,
                "section": section,
                "words": words,
                "judged": True,
                "not_judged_reason": None,
                "inbound_links": 0
                if rng.random() < 0.08
                else min(60, 1 + int(rng.expovariate(0.3))),
                "scores": None,
                "deductions": [],
                "priority": None,
                "counts": {"error": 0, "warning": 0, "info": 0},
                "problems": [],
            }
        )

    # Not judged: an F rule fired.
    for d in docs:
        if rng.random() < 0.04:
            code, why = rng.choice(
                [
                    ("F001", "binary file"),
                    ("F002", "unclosed front matter"),
                    ("F003", "HTTP 503 after 3 tries"),
                    ("F004", "only 12 words without JavaScript"),
                ]
            )
            d["judged"] = False
            d["not_judged_reason"] = f"{code} {RULES[code][0]}: {why}"
            d["words"] = 0
            d["problems"].append(_problem(code, why))

    judged = [d for d in docs if d["judged"]]
    by_section: dict[str, list[dict[str, Any]]] = {}
    for d in judged:
        by_section.setdefault(d["section"], []).append(d)

    clusters: list[dict[str, Any]] = []

    def add_cluster(kind: str, code: str, members: list[dict[str, Any]], sim: float) -> None:
        cid = f"c{len(clusters) + 1}"
        keep = max(members, key=lambda m: (m["inbound_links"], m["words"], -m["id"]))
        if kind == "cannibalization":
            shared = [" ".join(rng.sample(WORDS, 2)) for _ in range(rng.randint(1, 3))]
        elif kind == "doorway":
            shared = [f"Best {rng.choice(WORDS)} service in {{city}}. Call us today."]
        else:
            shared = rng.sample(PASSAGES, rng.randint(1, 2))
        clusters.append(
            {
                "id": cid,
                "type": kind,
                "code": code,
                "similarity": round(sim, 2),
                "members": [m["id"] for m in members],
                "keep": keep["id"],
                "shared": shared,
            }
        )
        pct = f"{round(sim * 100)}% similar"
        for m in members:
            others = [o for o in members if o is not m]
            related = [{"path": o["path"], "line": 1, "message": pct} for o in others[:5]]
            if kind == "cannibalization":
                msg = f"Competes for {shared[0]!r} with {len(others)} other page(s)"
            elif kind == "copied-passage":
                msg = f"Passage also found on {len(others)} other page(s)"
            elif kind == "doorway":
                msg = f"One of {len(members)} pages from the same template"
            else:
                msg = f"{pct} to {others[0]['path']}"
            excerpt = shared[0] if kind != "cannibalization" else None
            m["problems"].append(_problem(code, msg, line=3, excerpt=excerpt, related=related))

    n_clusters = max(1, len(judged) // 25) if len(judged) >= 2 else 0
    pools = [p for p in by_section.values() if len(p) >= 2]
    for _ in range(n_clusters):
        pool = rng.choice(pools)
        kind, code, low, high = rng.choice(
            [
                ("near-duplicate", "D002", 0.85, 0.98),
                ("duplicate", "D001", 1.0, 1.0),
                ("copied-passage", "D003", 0.3, 0.6),
                ("cannibalization", "K002", 0.5, 0.8),
                ("doorway", "D007", 0.8, 0.95),
            ]
        )
        size = rng.randint(2, 4) if kind != "doorway" else rng.randint(4, 12)
        members = rng.sample(pool, min(size, len(pool)))
        if kind == "doorway":
            for m, city in zip(members, CITIES * 2, strict=False):
                m["title"] = f"Plumber in {city}"
        add_cluster(kind, code, members, rng.uniform(low, high))

    for d in judged:
        p = d["problems"]
        if d["words"] < THIN_MIN_WORDS:
            sev = "error" if d["words"] < THIN_MIN_WORDS // 2 else "warning"
            msg = f"{d['words']} words of main text (minimum {THIN_MIN_WORDS})"
            p.append(_problem("T001", msg, severity=sev))
        if rng.random() < 0.12:
            phrase = rng.choice(FILLERS)
            p.append(_problem("T005", f'Filler phrase "{phrase}"', line=4, excerpt=phrase))
        if rng.random() < 0.08:
            p.append(_problem("T006", "Average sentence has 31 words", line=None))
        if d["kind"] == "article":
            for code, share, msg in (
                ("E001", 0.4, "No author in front matter, byline or markup"),
                ("E002", 0.2, "No publication or update date"),
                ("E004", 0.55, "No outbound link to a source"),
                ("E007", 0.65, "No Article/BlogPosting JSON-LD"),
            ):
                if rng.random() < share:
                    p.append(_problem(code, msg, line=None))
        if rng.random() < 0.05:
            word = rng.choice(WORDS)
            msg = f'"{word}" is 6.2% of the words'
            p.append(_problem("K004", msg, line=7, excerpt=f"{word} {word} best {word}"))
        if d["title"] is None:
            p.append(_problem("M001", "No <title> and no front-matter title"))
        elif rng.random() < 0.1:
            p.append(_problem("M002", f"Title is {len(d['title'])} characters (30-60)"))
        if rng.random() < 0.3:
            p.append(_problem("M003", "No meta description", line=None))
        if rng.random() < 0.08:
            target = f"/{rng.choice(names)}{_slug(rng)}/"
            p.append(_problem("L001", f"Link to {target} finds no page", line=9, excerpt=target))
        if d["inbound_links"] == 0:
            p.append(_problem("L002", "No internal link points to this page", line=None))

    if hostile and docs:
        _plant_hostile(docs, clusters)

    for d in docs:
        for prob in d["problems"]:
            d["counts"][prob["severity"]] += 1
        if not d["judged"]:
            continue
        lost = dict.fromkeys(FAMILIES, 0)
        for prob in d["problems"]:
            fam = prob["family"]
            pts = POINTS[prob["severity"]]
            if prob["code"] == "T001":
                pts = 30 if prob["severity"] == "error" else 15
            lost[fam] += pts
            d["deductions"].append(
                {"family": fam, "code": prob["code"], "points": pts, "reason": prob["message"]}
            )
        scores: dict[str, float] = {f: max(0, 100 - lost[f]) for f in FAMILIES}
        scores["overall"] = round(sum(scores[f] * WEIGHTS[f] for f in FAMILIES), 1)
        d["scores"] = scores
        d["priority"] = round((100 - scores["overall"]) * (1 + d["inbound_links"]), 1)

    def families(ds: list[dict[str, Any]]) -> dict[str, float | None]:
        return {f: _mean([d["scores"][f] for d in ds]) for f in FAMILIES}

    sections = []
    for name in names:
        members = [d for d in docs if d["section"] == name]
        if not members:
            continue
        js = [d for d in members if d["judged"]]
        sections.append(
            {
                "name": name,
                "documents": len(members),
                "judged": len(js),
                "score": _mean([d["scores"]["overall"] for d in js]),
                "families": families(js),
            }
        )

    articles = [d for d in judged if d["kind"] == "article"]

    def share(ds: list[dict[str, Any]], pred: Any) -> float | None:
        return round(sum(1 for d in ds if pred(d)) / len(ds), 3) if ds else None

    def lacks(code: str) -> Any:
        return lambda d: all(p["code"] != code for p in d["problems"])

    rules = {
        c: {"name": r[0], "family": r[1], "severity": r[2], "summary": r[3]}
        for c, r in RULES.items()
    }
    if hostile:
        rules["T001"]["summary"] = HOSTILE[0] + " summary"
    return {
        "version": 1,
        "tool": {"name": "contentlint", "version": "0.5.0"},
        "generated_at": "2026-12-07T11:00:00Z",
        "source": source if not hostile else source + HOSTILE[1],
        "site": {
            "score": _mean([d["scores"]["overall"] for d in judged]),
            "documents": len(docs),
            "judged": len(judged),
            "not_judged": len(docs) - len(judged),
            "formula": (
                "Mean of the judged documents' overall scores. A document's overall score is "
                "0.25 x thin + 0.25 x duplication + 0.15 x keywords + 0.20 x expertise + "
                "0.15 x technical; each family starts at 100 and loses the points of its "
                "deductions (error 35, warning 20, info 5; thin pages 15 or 30)."
            ),
            "families": families(judged),
            "with_problems": {
                f: share(judged, lambda d, f=f: any(p["family"] == f for p in d["problems"]))
                for f in FAMILIES
            },
            "coverage": {
                "author": share(articles, lacks("E001")),
                "date": share(articles, lacks("E002")),
                "citations": share(articles, lacks("E004")),
                "structured_data": share(articles, lacks("E007")),
            },
            "priority_formula": "(100 - overall) x (1 + inbound internal links)",
        },
        "sections": sections,
        "documents": docs,
        "clusters": clusters,
        "rules": rules,
        "thresholds": {"thin_min_words": THIN_MIN_WORDS},
    }


def _plant_hostile(docs: list[dict[str, Any]], clusters: list[dict[str, Any]]) -> None:
    """Script-breaking strings in titles, paths, URLs, messages, excerpts and passages.

    The planted documents get many inbound links so they rank first by priority and land on
    the server-rendered first page of the table and in the top-ten list.
    """
    judged = [d for d in docs if d["judged"]]
    targets = judged[:6] if judged else docs[:1]
    moved: dict[str, str] = {}
    for n, d in enumerate(targets):
        h = HOSTILE[n % len(HOSTILE)]
        d["inbound_links"] = 200 - n
        d["title"] = h if n else LINE_SEP + " " + h
        new_path = f"blog/{h}/page-{d['id']}.md"
        moved[d["path"]] = new_path
        d["path"] = new_path
        d["url"] = HOSTILE_URL if n % 2 == 0 else f"https://example.com/{h}"
        d["problems"].append(
            _problem(
                "T005",
                f"Filler {h}",
                line=2,
                excerpt=h + " \u2028 " + HOSTILE[(n + 1) % len(HOSTILE)],
                related=[{"path": targets[0]["path"], "line": 1, "message": h}],
            )
        )
    targets[-1]["problems"].append(
        _problem("T005", HOSTILE_EXTRA[0], line=3, excerpt=HOSTILE_EXTRA[1])
    )
    for d in docs:
        for prob in d["problems"]:
            for rel in prob["related"]:
                rel["path"] = moved.get(rel["path"], rel["path"])
    if clusters:
        clusters[0]["shared"] = [*HOSTILE, clusters[0]["shared"][0]]
    elif len(targets) >= 2:
        clusters.append(
            {
                "id": "c1",
                "type": "copied-passage",
                "code": "D003",
                "similarity": 0.5,
                "members": [t["id"] for t in targets[:2]],
                "keep": targets[0]["id"],
                "shared": list(HOSTILE),
            }
        )
