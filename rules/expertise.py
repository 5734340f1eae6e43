"""E: expertise and trust markers (E-E-A-T): who wrote a page, when, and from what.

Google asks of every page "Who created it, how, and why?". Readers and search
engines trust content with a named author who has a profile, honest dates, cited
sources and first-hand experience; generated content at volume usually has none.

Authors and dates are found by `contentlint.signals` (once per document, from every
place sites put them); these rules only judge what it found. E003, E006 and E009
compare documents or depend on the run's date, so they run in the corpus stage from
a compact per-document record (`@feature("eeat")`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pathspec
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, feature, rule
from contentlint.signals import dates as datesmod
from contentlint.signals import metrics
from contentlint.signals import page as signals

# ----- E001 missing-author --------------------------------------------------------------------


@rule(
    code="E001",
    name="missing-author",
    severity="warning",
    options={"front_matter_keys": list(signals.AUTHOR_KEYS), "site_author": ""},
    option_schema={
        "front_matter_keys": {
            "minItems": 1,
            "description": "Front-matter keys that name the author(s).",
        },
        "site_author": {
            "description": "The author of every page when the site has one (a personal blog): "
            "pages without their own author count as written by them.",
        },
    },
)
def missing_author(doc: Document, opts: Options) -> Iterator[Problem]:
    """No author is named anywhere on the page.

    Why: "who created it?" is the first question Google's quality raters ask; an
    anonymous page gives readers and search engines no reason to trust it, and
    unattributed pages at volume are a mark of generated content.
    How to fix: add the author to the front matter (`author: Jane Doe`), or on an HTML
    page a visible byline plus JSON-LD `author` in the Article markup. A one-person
    site can set `site_author` instead.
    Options: `front_matter_keys` lists the keys that name authors (`author`, `authors`,
    `by`, `contributors`...); `site_author` names the author of every page. Also found:
    `<meta name="author">`, `article:author`, `rel="author"` links, JSON-LD `author`
    (Person, Organization, list or string, `@graph` included), microdata
    `itemprop="author"`, visible bylines near the headline and trafilatura's metadata.
    Placeholder accounts (`admin`) do not count.
    Fails: a post with `title:` and `date:` but no author anywhere.
    Passes: `authors = ["The Rust Core Team"]`; `<span class="byline">By Jane Doe</span>`.
    """
    if signals.authors(doc, opts.front_matter_keys, opts.site_author):
        return
    where = (
        "add `author` to the front matter"
        if doc.format == "markdown"
        else "add a byline and a JSON-LD `author`"
    )
    yield doc.problem(
        "E001", f"no author named on the page; {where}", whole_document=True, subject="no-author"
    )


# ----- E002 missing-date ----------------------------------------------------------------------


@rule(
    code="E002",
    name="missing-date",
    severity="warning",
    options={"front_matter_keys": list(signals.DATE_KEYS)},
    option_schema={
        "front_matter_keys": {
            "minItems": 1,
            "description": "Front-matter keys that hold the publication or update date.",
        }
    },
)
def missing_date(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page says nowhere when it was published or last updated.

    Why: readers judge advice by its age, and search engines show and rank by date;
    an undated page cannot be known to be current.
    How to fix: add `date` (and `lastmod` when you update it) to the front matter, or
    on an HTML page a visible date plus `datePublished` in the JSON-LD.
    Options: `front_matter_keys` lists the date keys (`date`, `publishDate`,
    `published`, `lastmod`, `updated`...). Also found: a date in the file path or in a
    front-matter `path`/`url`/`permalink` (`2019/10/15/slug`), the page URL,
    `article:published_time`/`modified_time`, JSON-LD `datePublished`/`dateModified`,
    microdata, `<time datetime>` and dates shown next to the headline; htmldate where
    the page has no recognisable headline.
    Fails: `title: Best CI tools` with no date and an undated path.
    Passes: `date: 2024-03-01`; `path = "2019/10/15/slug"`.
    """
    if signals.dates(doc, opts.front_matter_keys):
        return
    where = (
        "add `date` to the front matter"
        if doc.format == "markdown"
        else "show the date and add JSON-LD `datePublished`"
    )
    yield doc.problem(
        "E002", f"no publication or update date; {where}", whole_document=True, subject="no-date"
    )


# ----- the per-document record for corpus rules ---------------------------------------------------

_ABOUT = re.compile(
    r"^(?:about(?:-us|-me|-the-\w+)?|who-we-are|our-story|our-team|the-team|team|company|"
    r"ueber-uns|uber-uns|a-propos|chi-siamo|sobre(?:-nos|-mi)?|quienes-somos|o-nas|over-ons|"
    r"masthead|staff|people)$"
)
_CONTACT = re.compile(
    r"^(?:contact(?:-us|-me)?|contacts|get-in-touch|kontakt|contacto|contato|contatti|"
    r"contactez-nous|impressum|imprint|legal-notice)$"
)
_EDITORIAL = re.compile(
    r"(?:editorial|ethics|standards|corrections|fact-?check(?:ing)?-(?:policy|process)|"
    r"how-we-work|methodology|review-process|our-process|transparency|trust-project|"
    r"code-of-conduct|guidelines)"
)
_TRUST_KINDS = ("about", "contact", "editorial")


@lru_cache(maxsize=1 << 16)
def trust_kind(path: str, title: str | None = None) -> str | None:
    """`/about-us/` is an About page, `/contact/` a Contact page, `/ethics/` an editorial policy.

    Memoised: the E-E-A-T record asks it about every internal link of a page, and a
    site's navigation links the same pages from every page."""
    segs = [s for s in urlsplit(path).path.lower().split("/") if s]
    last = re.sub(r"\.(?:html?|md|mdx|markdown)$", "", segs[-1]) if segs else ""
    if last in ("index", "_index") and len(segs) > 1:
        last = segs[-2]
    if last and _ABOUT.match(last):
        return "about"
    if last and _CONTACT.match(last):
        return "contact"
    if last and _EDITORIAL.search(last):
        return "editorial"
    t = (title or "").strip().lower()
    if re.match(r"^(?:about(?: us| me)?|who we are)\b", t):
        return "about"
    if re.match(r"^(?:contact(?: us| me)?)\b", t):
        return "contact"
    if re.match(
        r"^(?:editorial (?:policy|standards|guidelines)|ethics policy|corrections policy)", t
    ):
        return "editorial"
    return None


def profile_slugs(doc: Document) -> set[str]:
    """Slugs of the people this page is a profile of (an author page), if it is one."""
    out: set[str] = set()
    for where in (doc.url or "", doc.path):
        segs = [s for s in urlsplit(where).path.split("/") if s]
        segs = [re.sub(r"\.(?:html?|md|mdx|markdown)$", "", s) for s in segs]
        if segs and segs[-1] in ("index", "_index"):
            segs = segs[:-1]
        if len(segs) >= 2 and segs[-2].lower() in signals.PROFILE_DIRS:
            out.add(signals.slugify(segs[-1]))
    for _, node, _ in signals.jsonld_nodes(doc):
        raw = node.get("@type")
        types = {t for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)}
        if "ProfilePage" in types:
            entity = node.get("mainEntity") or node.get("about")
            if isinstance(entity, dict) and isinstance(entity.get("name"), str):
                out.add(signals.slugify(entity["name"]))
        name = node.get("name")
        # A Person node named in the title: a profile page without ProfilePage markup.
        if (
            "Person" in types
            and isinstance(name, str)
            and doc.title
            and (signals.slugify(name) in signals.slugify(doc.title))
        ):
            out.add(signals.slugify(name))
    if out and doc.title:
        out.add(signals.slugify(re.split(r"\s[|–—-]\s", doc.title)[0]))
    return {s for s in out if s}


def primary_authors(doc: Document, keys: Sequence[str], site_author: str) -> list[signals.Author]:
    """The authors from the strongest kind of source present (front matter, JSON-LD, meta...).

    Secondary sources add noise (a related story's byline, a CMS account), so a profile
    is looked for only for the authors the page states most authoritatively.
    """
    found = signals.authors(doc, keys, site_author)
    for family in _FAMILIES:
        picked = [a for a in found if a.source.split(":")[0] in family]
        if picked:
            return picked
    return []


_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"front-matter", "config"}),
    frozenset({"json-ld"}),
    frozenset({"byline", "rel-author", "microdata"}),
    frozenset({"meta"}),
    frozenset({"trafilatura"}),
)


# E001 is listed so that its author keys and `site_author` reach the record.
@feature("eeat", used_by=["E001", "E003", "E006", "E009"])
def eeat_record(doc: Document, options_by_code: Mapping[str, Options]) -> dict[str, Any]:
    """What E003, E006 and E009 need from a page, computed once in the workers."""
    e001: Mapping[str, Any] = options_by_code.get("E001") or {}
    keys = e001.get("front_matter_keys", signals.AUTHOR_KEYS)
    site_author = e001.get("site_author", "")
    updated = signals.last_updated(doc)
    links = set()
    for link in doc.links:
        if link.internal and link.url:
            kind = trust_kind(link.url)
            if kind:
                links.add(kind)
    primary = primary_authors(doc, keys, site_author)
    # Every link any source gives for an author: JSON-LD may give a social profile and
    # the byline the profile page on the site (not looked for on pages naming nobody).
    urls: dict[str, set[str]] = defaultdict(set)
    if primary:
        for claim in signals.author_claims(doc, keys, site_author):
            if claim.url:
                urls[claim.slug].add(claim.url)
        # ... and any link on the page whose text is the author's name.
        for link in doc.links:
            if link.url and link.text and len(link.text) < 80:
                urls[signals.slugify(link.text)].add(link.url)
    return {
        "updated": (updated.value, updated.line, updated.source) if updated else None,
        "authors": [
            (a.name, sorted(urls.get(a.slug, set())), a.line, a.kind, a.source) for a in primary
        ],
        "profiles": sorted(profile_slugs(doc)),
        "trust": trust_kind(doc.url or doc.path, doc.title),
        "trust_links": sorted(links),
        "site": _site(doc),
        "url_path": urlsplit(doc.url).path if doc.url else "",
    }


def _record(doc: Document) -> dict[str, Any]:
    rec = doc.features.get("eeat")
    return rec if isinstance(rec, dict) else eeat_record(doc, {})


def _site(doc: Document) -> str:
    host = urlsplit(doc.url or "").netloc.lower().removeprefix("www.")
    return host or "(site)"


# ----- E003 stale-content ------------------------------------------------------------------------


@rule(
    code="E003",
    name="stale-content",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"paths": [], "max_age_months": 24, "now": ""},
    option_schema={
        "paths": {
            "description": "Globs of time-sensitive content (`content/news/**`, `/reviews/`); "
            "matched against the file path as reported and the page's URL path.",
        },
        "max_age_months": {"minimum": 1},
        "now": {
            "pattern": r"^(\d{4}-\d{2}-\d{2})?$",
            "description": "The date ages are measured at (YYYY-MM-DD; default today). "
            "`contentlint check --now DATE` sets it for a run.",
        },
    },
)
def stale_content(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """A time-sensitive page was last updated longer ago than allowed.

    Why: prices, versions, laws and "best of" lists age; a page that was last touched
    years ago loses readers' trust, and search engines favour fresh answers for
    queries that deserve them.
    How to fix: review the page, update what changed and bump `lastmod` (or
    `dateModified`); retire or redirect what can no longer be kept current.
    Options: nothing is judged until `paths` marks the time-sensitive folders (globs,
    e.g. `["content/news/**", "/reviews/"]`). `max_age_months` (24) is the limit,
    measured from the latest date the page states (modified, else published) to `now`
    (today, or `--now DATE` for reproducible runs). Pages without a date are E002's.
    Runs in the corpus stage, because its answer depends on the day it runs.
    Fails: `content/news/x.md` with `date: 2019-05-15`, checked in 2024.
    Passes: the same page with `lastmod: 2024-01-10`.
    """
    if not opts.paths:
        return
    spec = pathspec.GitIgnoreSpec.from_lines(list(opts.paths))
    now = dt.date.fromisoformat(opts.now) if opts.now else dt.date.today()
    for doc in corpus.judged:
        if not corpus.is_reported(doc):
            continue
        rec = _record(doc)
        if not _matches(spec, doc.path, rec["url_path"]):
            continue
        if not rec["updated"]:
            continue
        value, line, source = rec["updated"]
        age = datesmod.months_between(dt.date.fromisoformat(value), now)
        if age > opts.max_age_months:
            yield doc.problem(
                "E003",
                f"last updated {value} ({age} months ago, per {_source_name(source)}); "
                "time-sensitive pages "
                f"here must be reviewed within {opts.max_age_months} months",
                line=line,
                whole_document=True,
                subject="stale-content",
            )


def _matches(spec: pathspec.PathSpec[Any], path: str, url_path: str) -> bool:
    """The glob matches the file path from any folder down, or the URL path.

    So `content/news/**` and `news/**` both match, whichever folder the run starts in.
    """
    parts = [p for p in path.replace("\\", "/").split("/") if p and p != "."]
    candidates = ["/".join(parts[i:]) for i in range(len(parts))]
    if url_path:
        candidates.append(url_path.strip("/") + "/")
    return any(spec.match_file(c) for c in candidates)


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


@metrics.metric("authors", "Authors named on the page (front matter, meta, JSON-LD, bylines...).")
def _authors_metric(doc: Document) -> float:
    return len(signals.authors(doc))


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
    for _, node, _ in signals.jsonld_nodes(doc):
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


# ----- E006 author-without-profile ----------------------------------------------------------------


@rule(
    code="E006",
    name="author-without-profile",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"authors_file": "", "authors": {}},
    option_schema={
        "authors_file": {
            "x-loads": "authors",
            "description": "A YAML/TOML/JSON file, or a folder of them (Hugo's `data/authors`), "
            "describing the site's authors; relative to the config file. Loaded into `authors`.",
        },
        "authors": {
            "description": "Author profiles by id: `{jane-doe: {name: Jane Doe, bio: ...}}`.",
        },
    },
)
def author_without_profile(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The page's author has no profile: no author page on the site and no entry in the authors data.

    Why: a name alone proves little; a profile page with the author's background,
    credentials and other work is how readers and search engines judge expertise.
    How to fix: link the byline to an author page on the same site (or add one, with
    JSON-LD `Person`), or describe the author in the site's authors data file.
    Options: `authors_file` names the authors data (a file or a folder of files, e.g.
    Hugo's `data/authors`), read by the config loader; `authors` can list them inline.
    An author has a profile when the page links the author to a page on the same site
    (JSON-LD `author.url`, `rel="author"`, a byline link, `article:author`), when the
    name or id is in the authors data, or when a page in the corpus is that author's
    profile (`/authors/jane-doe/`, a `ProfilePage`). Organisations are not judged.
    Markdown sites without authors data and without any profile page in the corpus
    are not judged either: their theme may build author pages the linter cannot see.
    Fails: `author: Jane Doe` on a site whose `data/authors/` has no jane-doe.
    Passes: a byline linking to `/authors/jane-doe/`.
    """
    data_ids = _author_ids(opts.authors or {})
    profiles: dict[str, set[str]] = defaultdict(set)  # site -> profile slugs
    for doc in corpus.readable:
        rec = _record(doc)
        profiles[rec["site"]].update(rec["profiles"])
    reported: set[tuple[str, str]] = set()
    for doc in corpus.judged:
        if not corpus.is_reported(doc):
            continue
        rec = _record(doc)
        site_profiles = profiles.get(rec["site"], set())
        if doc.format == "markdown" and not data_ids and not site_profiles:
            continue
        for name, links, line, kind, source in rec["authors"]:
            if kind == "organization" or (source == "config" and not data_ids):
                continue
            slug = signals.slugify(name)
            if slug in data_ids or name.lower() in data_ids or slug in site_profiles:
                continue
            if any(_profile_link(doc, url) for url in links):
                continue
            if (doc.path, slug) in reported:
                continue
            reported.add((doc.path, slug))
            where = "the authors data" if data_ids else "an author page on the site"
            p = doc.problem(
                "E006",
                f"author {name!r} has no profile: not found in {where}, and the page does "
                "not link the author to one",
                line=line,
                whole_document=True,
                subject=f"author-without-profile:{slug}",
            )
            if links:
                p.related = tuple(
                    Related(url, None, "the author's link (not a profile on this site)")
                    for url in links[:3]
                )
            yield p


def _author_ids(data: Mapping[str, Any]) -> set[str]:
    """Every id and name in an authors data mapping, slugified."""
    out: set[str] = set()
    items: Iterable[tuple[str, Any]] = data.items() if isinstance(data, Mapping) else []
    for key, value in items:
        out.add(signals.slugify(str(key)))
        out.add(str(key).lower())
        if isinstance(value, Mapping):
            for field in ("name", "title", "id", "slug", "display_name", "displayName"):
                v = value.get(field)
                if isinstance(v, str) and v.strip():
                    out.add(signals.slugify(v))
    return {x for x in out if x}


def _profile_link(doc: Document, url: str) -> bool:
    """A link from the author to a page of this site other than its home page."""
    path = urlsplit(url).path.strip("/")
    return bool(path) and signals.same_site(doc, url)


# ----- E007 missing-article-markup ----------------------------------------------------------------


@rule(
    code="E007",
    name="missing-article-markup",
    severity="warning",
    formats=("html",),
)
def missing_article_markup(doc: Document, opts: Options) -> Iterator[Problem]:
    """An HTML article has no structured data naming its author and publication date.

    Why: `Article` markup is how search engines read who wrote a page and when
    (bylines and dates in search results, Top Stories, author knowledge panels);
    malformed JSON-LD is ignored entirely, silently.
    How to fix: add a JSON-LD `Article` (or `NewsArticle`, `BlogPosting`) with
    `author` (a Person or Organization with a `name`, ideally a `url`) and
    `datePublished`; fix the reported syntax error in a malformed block.
    Options: none. Microdata (`itemscope itemtype=".../Article"` with `itemprop`
    author and datePublished) counts too. Malformed JSON-LD is reported at its line,
    and then nothing else is: the missing Article is usually inside the broken block.
    Fails: a blog post whose only JSON-LD is a `WebSite`; `{"@type": "Article",}`.
    Passes: `{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Doe"},
    "datePublished": "2024-03-01"}`.
    """
    broken = [b for b in doc.json_ld if b.error]
    for block in broken:
        yield doc.problem(
            "E007",
            f"malformed JSON-LD (ignored by search engines): {block.error}",
            line=block.line,
            subject=f"malformed-json-ld:{block.error}",
        )
    if broken:
        return
    articles = list(signals.article_nodes(doc))
    micro = (doc.extra.get("page_signals") or {}).get("articles", [])
    complete_micro = any(m["author"] and m["date"] for m in micro)
    if not articles and not micro:
        yield doc.problem(
            "E007",
            "no Article structured data: add JSON-LD `Article`/`BlogPosting` with `author` and "
            "`datePublished`",
            whole_document=True,
            subject="no-article-markup",
        )
        return
    if complete_micro:
        return
    best: tuple[int, list[str], int] | None = None
    for block, node, index in articles:
        missing = []
        if not signals.jsonld_author_names(node, index):
            missing.append("`author` with a name")
        if not signals.jsonld_date(node.get("datePublished")):
            missing.append("a valid `datePublished`")
        if not missing:
            return
        if best is None or len(missing) < len(best[1]):
            best = (block.line, missing, len(missing))
    if best is None:  # microdata only, and incomplete
        m = micro[0]
        missing = [w for w, ok in (("author", m["author"]), ("datePublished", m["date"])) if not ok]
        best = (m["line"], [f"`{w}`" for w in missing], len(missing))
    yield doc.problem(
        "E007",
        f"Article markup lacks {' and '.join(best[1])}",
        line=best[0],
        whole_document=True,
        subject="incomplete-article-markup",
    )


# ----- E008 date-mismatch ---------------------------------------------------------------------------

#: Sources whose "published" date is a deliberate statement about this page.
_STATED = ("front-matter", "path", "url", "json-ld", "meta", "microdata")


@rule(
    code="E008",
    name="date-mismatch",
    severity="warning",
    options={"tolerance_days": 1, "max_changed_words": 20},
    option_schema={"tolerance_days": {"minimum": 0}, "max_changed_words": {"minimum": 0}},
)
def date_mismatch(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page's dates contradict each other, or the update date moved while the text did not.

    Why: a visible date that disagrees with the structured data, or a path that says
    2019 while the front matter says 2021, confuses readers and search engines, which
    may then ignore both. Moving `lastmod` without changing the content ("date
    bumping") to look fresh is a practice search engines explicitly call out.
    How to fix: give one publication date everywhere (front matter, path, JSON-LD,
    meta tags, the visible date); change the modified date only with a real update.
    Options: `tolerance_days` (1) absorbs time zones; `max_changed_words` (20): a
    modified date that moved since the previous version while at most this many words
    changed is date bumping. The previous version is the last commit of the file in
    git (the committed version when the file has uncommitted changes), or the earlier
    fetch of a crawled page, when the source provides it.
    Fails: `date: 2021-03-01` with `path = "2019/10/15/slug"`; `lastmod` moved from
    2023-01-05 to 2024-06-01 with 3 words changed.
    Passes: one date everywhere; a new `lastmod` with a rewritten section.
    """
    found = [d for d in signals.dates(doc) if d.value and not d.relative]
    tol = opts.tolerance_days
    published = [d for d in found if d.role == "published" and d.source.split(":")[0] in _STATED]
    problem = _first_disagreement(published, tol)
    if problem:
        a, b = problem
        yield doc.problem(
            "E008",
            f"publication dates disagree: {_where(a)} says {a.value}, {_where(b)} says {b.value}",
            line=next((d.line for d in (a, b) if _editable(d)), a.line),
            whole_document=True,
            subject="published-dates-disagree",
        )
    else:
        stated = [d for d in found if d.source.split(":")[0] in _STATED]
        visible = [
            d
            for d in found
            if d.source == "visible" and (d.role != "unknown" or not d.text.strip().isdigit())
        ]
        for v in visible:
            if stated and not any(v.matches(s, tol) for s in stated):
                nearest = min(stated, key=lambda s: abs(_days(s.value) - _days(v.value)))
                yield doc.problem(
                    "E008",
                    f"the date shown on the page ({v.text.strip()!r}) matches none of the "
                    f"stated dates (e.g. {_where(nearest)}: {nearest.value})",
                    line=v.line,
                    whole_document=True,
                    subject="visible-date-disagrees",
                )
                break
    modified = [d for d in found if d.role == "modified" and d.source.split(":")[0] in _STATED]
    if published and modified:
        first = min(published, key=lambda d: d.value or "")
        last = max(modified, key=lambda d: d.value or "")
        if _days(last.value) < _days(first.value) - tol:
            yield doc.problem(
                "E008",
                f"modified date {last.value} ({_where(last)}) is before the publication date "
                f"{first.value} ({_where(first)})",
                line=last.line,
                whole_document=True,
                subject="modified-before-published",
            )
    yield from _date_bumping(doc, found, opts)


def _first_disagreement(
    facts: Sequence[signals.DateFact], tol: int
) -> tuple[signals.DateFact, signals.DateFact] | None:
    """Two published dates from different sources that disagree beyond the tolerance."""
    by_source: dict[str, signals.DateFact] = {}
    for d in facts:
        by_source.setdefault(_family(d.source), d)
    items = list(by_source.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if not a.matches(b, tol):
                return a, b
    return None


def _editable(d: signals.DateFact) -> bool:
    """A front-matter date field (not the path): where the fix usually goes."""
    return d.source.startswith("front-matter:") and not d.source.endswith(
        (":path", ":url", ":permalink")
    )


def _family(source: str) -> str:
    head = source.split(":")[0]
    return (
        "path"
        if head in ("path", "url") or source.endswith((":path", ":url", ":permalink"))
        else source
    )


def _date_bumping(
    doc: Document, found: Sequence[signals.DateFact], opts: Options
) -> Iterator[Problem]:
    prev = doc.extra.get("previous_version")
    if not isinstance(prev, Mapping):
        return
    changed = prev.get("changed_words")
    old_dates = prev.get("dates") or {}
    if not isinstance(changed, int) or changed > opts.max_changed_words:
        return
    for d in found:
        if not d.source.startswith(("front-matter:", "meta:")) and d.source != "json-ld":
            continue
        key = d.source.split(":", 1)[-1]
        old = (
            old_dates.get(key) if d.source.startswith("front-matter:") else old_dates.get(d.source)
        )
        if not isinstance(old, str) or (d.role != "modified" and key != "date"):
            continue
        parsed = datesmod.parse(old)
        if parsed and d.value and d.value > parsed.day.isoformat():
            ref = str(prev.get("ref") or "the previous version")
            yield doc.problem(
                "E008",
                f"{_where(d)} moved from {parsed.day.isoformat()} to {d.value} but only "
                f"{changed} word{'s' if changed != 1 else ''} of the text changed since {ref} "
                "(date bumping)",
                line=d.line,
                whole_document=True,
                subject=f"date-bumping:{key}",
            )
            return


def _where(d: signals.DateFact) -> str:
    return _source_name(d.source)


def _source_name(source: str) -> str:
    """`front-matter:lastmod` -> "front matter `lastmod`", for messages."""
    if source.startswith("front-matter:"):
        return f"front matter `{source.split(':', 1)[1]}`"
    if source.startswith("meta:"):
        return f"`<meta {source.split(':', 1)[1]}>`"
    return {
        "path": "the file path",
        "url": "the URL",
        "json-ld": "JSON-LD",
        "microdata": "microdata",
        "visible": "the page",
        "htmldate": "htmldate",
    }.get(source, source)


def _days(value: str | None) -> int:
    return dt.date.fromisoformat(value).toordinal() if value else 0


# ----- E009 missing-trust-pages --------------------------------------------------------------------


@rule(
    code="E009",
    name="missing-trust-pages",
    severity="warning",
    scope="corpus",
    needs_text=False,
    applies_to=("*",),
    options={"require": [], "min_pages": 10},
    option_schema={
        "require": {
            "items": {"enum": list(_TRUST_KINDS)},
            "description": "Trust pages every site must have (default: at least one of them).",
        },
        "min_pages": {"minimum": 1},
    },
)
def missing_trust_pages(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The site has no About, Contact or editorial-policy page.

    Why: knowing who runs a site, how to reach them and how they work is basic trust;
    quality raters look for it first, and sites without it look anonymous.
    How to fix: publish an About page (who you are, why you are qualified), a Contact
    page, and for news or advice sites an editorial policy; link them from every page.
    Options: by default the site needs at least one of the three; `require` lists the
    ones it must each have (`["about", "contact"]`). A page counts when its URL or
    file name (`about`, `about-us`, `contact`, `impressum`, `editorial-policy`,
    `ethics`, `corrections`...) or title says so, and a same-site link to such a URL
    from any page counts too (the page exists even if it is not in the corpus). Sites
    with fewer than `min_pages` (10) pages in the corpus are not judged: a handful of
    pages is not the whole site. Reported once per site, on its home page (or the
    shallowest page), and only when that page is among the checked files.
    Fails: a 40-post blog with no about, contact or policy page anywhere.
    Passes: the same blog with `content/about.md`.
    """
    sites: dict[str, list[Document]] = defaultdict(list)
    for doc in corpus.readable:
        sites[_record(doc)["site"]].append(doc)
    for site, docs in sites.items():
        if len(docs) < opts.min_pages:
            continue
        have: set[str] = set()
        for doc in docs:
            rec = _record(doc)
            if rec["trust"]:
                have.add(rec["trust"])
            have.update(rec["trust_links"])
        wanted = set(opts.require)
        missing = sorted(wanted - have) if wanted else ([] if have else list(_TRUST_KINDS))
        if not missing:
            continue
        home = min(docs, key=_home_rank)
        if not corpus.is_reported(home):
            continue
        names = {"about": "About", "contact": "Contact", "editorial": "editorial-policy"}
        listed = ", ".join(names[m] for m in missing)
        what = f"no {listed} page" if wanted else "no About, Contact or editorial-policy page"
        yield home.problem(
            "E009",
            f"the site ({len(docs)} pages checked) has {what}, and no page links to one",
            line=1,
            whole_document=True,
            subject=f"missing-trust-pages:{site}:{','.join(missing)}",
        )


def _home_rank(doc: Document) -> tuple[int, int, str]:
    """The home page first, then the shallowest listing, then the shallowest path."""
    path = urlsplit(doc.url).path if doc.url else "/" + doc.path
    depth = len([s for s in path.split("/") if s])
    return (depth, 0 if doc.kind == "listing" else 1, doc.path)
