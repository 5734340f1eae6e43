"""What the page rests on: cited sources (E004) and first-hand experience (E005).

Both judge the text of substantial articles: external links in the main content, a
references section or footnotes for E004; first-person accounts, data tables and
captioned photos on reviews, comparisons and how-tos for E005. The
`citations_per_1000` metric is E004's measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.signals import metrics
from contentlint.signals.structured import jsonld_nodes

# ----- E004 no-citations -----------------------------------------------------------------------

_SHARE_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com/(?:sharer|share\.php|dialog)|twitter\.com/(?:intent|share)|"
    r"x\.com/intent|linkedin\.com/(?:share|shareArticle)|pinterest\.\w+/pin/create|"
    r"reddit\.com/submit|wa\.me|api\.whatsapp\.com|t\.me/share|telegram\.me/share|"
    r"news\.ycombinator\.com/submitlink|getpocket\.com/save|mix\.com/add|flipboard\.com/bookmarklet)",
    re.IGNORECASE,
)
_AFFILIATE_HOSTS = re.compile(
    r"(?:^|\.)(?:amzn\.to|amzn\.com|shareasale\.com|awin1\.com|go\.skimresources\.com|"
    r"click\.linksynergy\.com|anrdoezrs\.net|dpbolvw\.net|jdoqocy\.com|tkqlhce\.com|"
    r"kqzyfj\.com|prf\.hn|go\.redirectingat\.com|pntra\.com|avantlink\.com|shop-links\.co|"
    r"howl\.me|rstyle\.me|bit\.ly/aff|impact\.com|sjv\.io|evyy\.net|ojrq\.net)",
    re.IGNORECASE,
)
_AFFILIATE_PARAMS = frozenset(
    {"tag", "affid", "aff_id", "affiliate", "ref_id", "irclickid", "clickid"}
)
_REFERENCES_HEADING = re.compile(
    r"^\s*(?:references?|sources?|bibliography|further reading|citations?|notes|footnotes|"
    r"works cited|literature|literatur|quellen|fuentes|références|fonti|bronnen|источники|"
    r"learn more|read more|see also)\b",
    re.IGNORECASE,
)


def citation_links(doc: Document) -> list[str]:
    """External links in the main content that could be sources: not share or affiliate links."""
    out: list[str] = []
    for link in doc.links:
        if not link.in_main or link.internal or not link.url:
            continue
        if not link.url.startswith(("http://", "https://")):
            continue
        if "sponsored" in link.rel or _is_share_or_affiliate(link.url):
            continue
        out.append(link.url)
    return out


@lru_cache(maxsize=1 << 16)
def _is_share_or_affiliate(url: str) -> bool:
    """Memoised: a site links the same outside pages from many of its pages."""
    parts = urlsplit(url)
    host_path = parts.netloc.lower().removeprefix("www.") + parts.path
    if _SHARE_HOSTS.search(host_path) or _AFFILIATE_HOSTS.search(host_path):
        return True
    if "amazon." not in parts.netloc.lower():
        return False
    params = {k.lower() for k in parse_qs(parts.query)}
    return bool(params & _AFFILIATE_PARAMS)


#: A footnote written out as text: "[1] Smith, J. ...".
_NUMBERED_NOTE = re.compile(r"^\[\d+\]\s")


def has_references_section(doc: Document) -> bool:
    if any(
        _REFERENCES_HEADING.match(h.text)
        for h in doc.headings
        if h.in_main or doc.format == "markdown"
    ):
        return True
    return any(b.text.startswith("[^") or _NUMBERED_NOTE.match(b.text) for b in doc.prose_blocks)


@rule(
    code="E004",
    name="no-citations",
    severity="warning",
    options={"min_per_1000_words": 0.5, "min_words": 500},
    option_schema={"min_per_1000_words": {"minimum": 0}, "min_words": {"minimum": 0}},
)
def no_citations(doc: Document, opts: Options) -> Iterator[Problem]:
    """A substantial article cites almost no outside sources and has no references section.

    Why: claims backed by sources are checkable; pages that never point to evidence
    read as opinion or as text generated from nothing, and raters look for citations
    on anything factual.
    How to fix: link the studies, data, documentation and reporting your claims rest
    on, in the text, or add a "Sources"/"References" section.
    Options: `min_per_1000_words` (0.5, one link per 2,000 words) external links in the
    main content per 1,000 words; pages shorter than `min_words` (500) are not judged. Navigation, share
    buttons (`facebook.com/sharer`, `twitter.com/intent`...) and affiliate links
    (`amzn.to`, `?tag=` on Amazon, `rel="sponsored"`, affiliate networks) do not
    count. A heading such as "Sources", "References" or "Further reading", or
    footnotes, passes.
    Fails: 1,500 words of health claims with one link to a shop.
    Passes: the same text linking three studies, or ending with a "Sources" list.
    """
    words = doc.word_count
    if words < opts.min_words or has_references_section(doc):
        return
    cited = citation_links(doc)
    rate = len(cited) * 1000 / words
    if rate >= opts.min_per_1000_words:
        return
    yield doc.problem(
        "E004",
        f"{len(cited)} link{'s' if len(cited) != 1 else ''} to outside sources in {words:,} words "
        f"({rate:.1f} per 1,000; minimum {opts.min_per_1000_words:g}) and no sources section",
        whole_document=True,
        subject="no-citations",
    )


@metrics.metric(
    "citations_per_1000",
    "Links to outside sources in the main content per 1,000 words (no share or affiliate links).",
)
def _citations_metric(doc: Document) -> float:
    return len(citation_links(doc)) * 1000 / doc.word_count if doc.word_count else 0.0


# ----- E005 no-first-hand-experience ------------------------------------------------------------

_EXPERIENCE = re.compile(
    r"\b(?:(?:I|we)(?:'ve|’ve| have| had|'d|’d)?\s+(?:personally\s+|actually\s+|also\s+|first\s+)?"
    r"(?:tested|tried|used|measured|visited|bought|purchased|ran|benchmarked|reviewed|installed|"
    r"compared|spent|cooked|baked|played|drove|rode|wore|owned|interviewed|surveyed|timed|"
    r"weighed|stayed|hiked|built|set up|switched|been using|been testing)\b|"
    r"\bin (?:my|our) (?:experience|testing|tests)\b|\b(?:my|our) (?:own )?(?:tests?|testing|"
    r"measurements?|experience|benchmarks?|review unit|hands-on)\b|\bhands-on\b|"
    r"\bafter (?:\d+|a few|several|two|three|four|six) (?:days|weeks|months|years) (?:of|with)\b|"
    r"\b(?:I|we) (?:found|noticed|saw|learned) (?:that )?\b)",
    re.IGNORECASE,
)
_TYPE_PATTERNS = {
    "review": re.compile(r"\breview(?:s|ed)?\b|\bhands-on\b|\btested\b", re.IGNORECASE),
    "comparison": re.compile(
        r"\bbest\b|\bvs\.?\b|\bversus\b|\btop \d+\b|\bcompar\w*\b|\balternatives?\b", re.IGNORECASE
    ),
    # "guide" at the end of a hyphenated name ("rustc-dev-guide") names a document,
    # not the kind of article.
    "how-to": re.compile(
        r"\bhow to\b|\bstep[- ]by[- ]step\b|\btutorial\b|(?<![\w-])guide\b", re.IGNORECASE
    ),
}
_TYPE_LD = {"review": {"Review", "Product"}, "how-to": {"HowTo", "Recipe"}, "comparison": set()}


def article_types(doc: Document) -> set[str]:
    """Which kinds of article this is, from title, front-matter type/categories/tags and JSON-LD."""
    fm = doc.front_matter
    title = _without_site_name(doc.meta.get("og:title") or doc.title or "")
    labels = [title, str(fm.get("type") or ""), str(fm.get("layout") or "")]
    for key in ("categories", "tags", "category"):
        value = fm.get(key)
        labels += [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
    text = " | ".join(labels)
    found = {name for name, pattern in _TYPE_PATTERNS.items() if pattern.search(text)}
    ld_types: set[str] = set()
    for _, node, _ in jsonld_nodes(doc):
        t = node.get("@type")
        ld_types.update(x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str))
    found |= {name for name, types in _TYPE_LD.items() if types & ld_types}
    return found


def _without_site_name(title: str) -> str:
    """`Impeachment clock | National Review` -> `Impeachment clock` (the site is no article type)."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    while len(parts) > 1 and len(parts[-1].split()) <= 5:
        parts.pop()
    return " - ".join(parts)


def experience_signals(doc: Document) -> list[str]:
    """Evidence of first-hand experience: first-person accounts, original data, captioned photos."""
    out: list[str] = []
    for block in doc.prose_blocks:
        m = _EXPERIENCE.search(block.text)
        if m:
            out.append(f"“{m.group(0).strip()}” (line {block.line})")
            break
    data_rows = [b for b in doc.blocks if b.kind == "table" and re.search(r"\d", b.text)]
    if len(data_rows) >= 3:
        out.append("a data table")
    if any(i.in_main and i.caption.strip() for i in doc.images):
        out.append("captioned images")
    return out


@rule(
    code="E005",
    name="no-first-hand-experience",
    severity="info",
    languages=("en",),
    options={"article_types": ["review", "comparison", "how-to"], "min_words": 300},
    option_schema={
        "article_types": {
            "items": {"enum": ["review", "comparison", "how-to", "*"]},
            "description": "Kinds of article that need first-hand experience (`*`: all).",
        },
        "min_words": {"minimum": 0},
    },
)
def no_first_hand_experience(doc: Document, opts: Options) -> Iterator[Problem]:
    """A review, comparison or how-to shows no sign that the author did the thing.

    Why: the first E in E-E-A-T is experience. Reviews by people who used the product,
    and guides by people who did the task, are what search engines try to reward;
    rewritten spec sheets and "best of" lists compiled from other lists are what they
    demote.
    How to fix: say what you did and found ("we ran each tool on a 2 GB repository"),
    add your own measurements as a table, and your own photos with captions.
    Options: `article_types` (review, comparison, how-to; `*` for every article),
    recognised from the title, front-matter `type`/`categories`/`tags` and JSON-LD
    (Review, HowTo); pages shorter than `min_words` (300) are not judged. Info by
    default: it is a prompt to check, not proof of a problem.
    Fails: "Best running shoes 2024" listing specs with no first-person account.
    Passes: the same list with "I ran 50 km in each pair" or a table of measurements.
    """
    if doc.word_count < opts.min_words:
        return
    wanted = set(opts.article_types)
    kinds = article_types(doc)
    if "*" not in wanted and not (kinds & wanted):
        return
    if experience_signals(doc):
        return
    kind = ", ".join(sorted(kinds & wanted)) or "article"
    yield doc.problem(
        "E005",
        f"{kind} with no sign of first-hand experience (no first-person account of testing "
        "or using, no original data table, no captioned photos)",
        whole_document=True,
        subject="no-first-hand-experience",
    )
