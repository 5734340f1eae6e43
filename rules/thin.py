"""T: thin content, pages with too little substance to be worth a visit."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from contentlint.model import text as textmod
from contentlint.model.document import OPEN_END, PROSE_KINDS, Block, Document
from contentlint.model.problem import Problem, Severity
from contentlint.model.registry import Options, rule
from contentlint.signals import analysis, metrics, prose
from contentlint.signals.metrics import metric


@rule(
    code="T001",
    name="low-word-count",
    severity="warning",
    options={"min_words": 300, "error_below": 100},
    option_schema={"min_words": {"minimum": 0}, "error_below": {"minimum": 0}},
)
def low_word_count(doc: Document, opts: Options) -> Iterator[Problem]:
    """Main text is too short to answer anything.

    Why: pages with little main content rarely satisfy a search; search engines treat
    them as thin, and a site with many of them is judged as a whole.
    How to fix: add what a reader came for (steps, examples, data, sources) or merge the
    page into a fuller one and redirect. For glossaries and other short-by-design pages,
    lower `min_words` for that folder with `overrides`.
    Options: `min_words` (300) is the warning threshold; below `error_below` (100) it is
    an error. Words are counted in the main content only (no navigation, no code);
    Chinese and Japanese characters count as word equivalents.
    Fails: a 60-word "best running shoes" page.  Passes: a 900-word guide.
    """
    wc = doc.word_count
    if wc >= opts.min_words:
        return
    severity = Severity.ERROR if wc < opts.error_below else None
    yield Problem(
        code="T001",
        message=f"only {wc} words of main text (minimum {opts.min_words})",
        line=doc.title_line,
        path=doc.path,
        severity=severity,
        subject="low-word-count",
        whole_document=True,
    )


# ----- T002 boilerplate-heavy ------------------------------------------------------------


@rule(
    code="T002",
    name="boilerplate-heavy",
    severity="warning",
    formats=("html",),
    options={"min_main_share": 0.2, "min_page_words": 300},
    option_schema={
        "min_main_share": {"minimum": 0, "maximum": 1},
        "min_page_words": {"minimum": 0},
    },
)
def boilerplate_heavy(doc: Document, opts: Options) -> Iterator[Problem]:
    """The main text is a small share of the page's visible text (HTML only).

    Why: when navigation, teasers, newsletter boxes and footers outweigh the article,
    readers and search engines see mostly the template; pages of the same site then
    look alike and the article itself reads as thin.
    How to fix: give the page more substance of its own, or cut template blocks that
    add nothing on this page (long related-link lists, repeated promos, tag clouds).
    Options: `min_main_share` (0.2): the smallest acceptable share of main words in the
    visible page words. `min_page_words` (300): pages with fewer visible words are not
    judged (a short page is the business of T001).
    Fails: a 64-word news brief on a page with 663 visible words (10%).
    Passes: a 900-word article on a page with 1,500 visible words (60%).
    """
    page = doc.page_words
    if not page or page < opts.min_page_words:
        return
    main = min(doc.word_count, page)
    share = main / page
    if share >= opts.min_main_share:
        return
    yield doc.problem(
        "T002",
        f"main text is {share:.0%} of the page's visible text ({main:,} of {page:,} words; "
        f"minimum {opts.min_main_share:.0%}): the template outweighs the article",
        subject="boilerplate-heavy",
        whole_document=True,
    )


# ----- T003 thin-section -----------------------------------------------------------------

#: Block kinds that make a section substantial whatever its word count.
_RICH_KINDS = frozenset({"code", "table"})


@dataclass(slots=True)
class _Section:
    heading: Block
    words: int
    rich: bool


def _leaf_sections(doc: Document, max_level: int) -> list[_Section]:
    """Sections whose heading is not followed by a deeper heading, in reading order.

    A heading whose next heading is deeper is a parent: its subsections are judged
    instead. Images between the heading and the next heading make a section rich.
    """
    blocks = doc.blocks
    starts = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    image_lines = sorted(i.line for i in doc.images if i.in_main)
    out: list[_Section] = []
    for n, i in enumerate(starts):
        heading = blocks[i]
        j = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        nxt = blocks[j] if j < len(blocks) else None
        if heading.level > max_level:
            continue
        if nxt is not None and nxt.level > heading.level:
            continue  # a parent section: its subsections carry the content
        body = blocks[i + 1 : j]
        words = sum(analysis.word_count(doc, b.text) for b in body if b.kind not in _RICH_KINDS)
        end = nxt.line if nxt is not None else OPEN_END
        rich = any(b.kind in _RICH_KINDS for b in body) or any(
            heading.line < line < end for line in image_lines
        )
        out.append(_Section(heading, words, rich))
    return out


def _last_prose_line(doc: Document) -> int:
    return max((b.line for b in doc.blocks if b.kind != "heading"), default=0)


def _heading_position(doc: Document, block: Block) -> tuple[int, int]:
    """The heading's own line and column (HTML main-content blocks only approximate it)."""
    same = [h for h in doc.headings if h.text == block.text and h.level == block.level]
    for h in same:
        if h.line == block.line:
            return h.line, h.column
    if doc.format == "html" and same:
        h = min(same, key=lambda h: (not h.in_main, abs(h.line - block.line)))
        return h.line, h.column
    return block.line, 1


@rule(
    code="T003",
    name="thin-section",
    severity="warning",
    options={"min_words": 25, "min_thin_sections": 3, "min_thin_share": 0.5, "max_level": 4},
    option_schema={
        "min_words": {"minimum": 1},
        "min_thin_sections": {"minimum": 1},
        "min_thin_share": {"minimum": 0, "maximum": 1},
        "max_level": {"minimum": 1, "maximum": 6},
    },
)
def thin_section(doc: Document, opts: Options) -> Iterator[Problem]:
    """A heading has (almost) no text before the next heading: a hollow outline.

    Why: generated listicles and unfinished drafts share a shape: many headings, each
    followed by a sentence or two that says nothing. Readers land on a promise and find
    no answer, and search engines see a table of contents, not content.
    How to fix: write the section (steps, numbers, an example), merge it into its
    neighbour, or drop the heading. A heading meant as a group label should be followed
    by its subheadings one level down.
    Options: an empty section (no text, code, table or image before the next heading of
    the same or a higher level) is always reported. Short sections, under `min_words`
    (25) words, are reported only when they form the outline: at least
    `min_thin_sections` (3) of them, and at least `min_thin_share` (0.5) of the page's
    sections. A section with a code block, table or image is never thin; question
    headings ("How do I...?", FAQ style) may be answered briefly. Headings deeper than
    `max_level` (4), and headings ending with "." or ":" (a sentence or a label set as a
    heading), are not judged; nor, in HTML, an empty heading closing the main content
    (usually a "related posts" widget the extractor kept).
    Fails: "## 1. Jenkins" / "Jenkins is a popular tool." / "## 2. CircleCI" / "CircleCI is
    fast." / "## 3. Travis" / "Travis is easy.". Also a "## Conclusion" with nothing
    under it.  Passes: "## Results" followed by two paragraphs, or by "### Speed" and
    "### Cost" subsections that each have their own text.
    """
    sections = _leaf_sections(doc, opts.max_level)
    short = [
        s
        for s in sections
        if 0 < s.words < opts.min_words
        and not s.rich
        and not s.heading.text.rstrip().endswith(("?", "？"))
    ]
    outline = len(short) >= opts.min_thin_sections and len(short) >= opts.min_thin_share * len(
        sections
    )
    reported = {id(s) for s in short} if outline else set()
    last = sections[-1] if sections else None
    for s in sections:
        h = s.heading
        if s.words == 0 and not s.rich:
            if h.text.rstrip().endswith((".", ":")):
                continue  # a sentence or a label set as a heading, not a section title
            if s is last and doc.format == "html" and h.line >= _last_prose_line(doc):
                continue  # extractors keep a widget heading ("You may also like") at the end
            message = f"section {h.text!r} is empty: no text before the next heading"
        elif id(s) in reported:
            message = (
                f"section {h.text!r} has only {s.words} words (minimum {opts.min_words}); "
                f"{len(short)} of {len(sections)} sections are this thin"
            )
        else:
            continue
        line, column = _heading_position(doc, h)
        yield doc.problem("T003", message, line=line, column=column, subject=h.text)


# ----- T004 few-specifics ----------------------------------------------------------------

#: Languages where a capital letter mid-sentence marks a name (not German: every noun).
SPECIFICS_LANGUAGES = ("en", "fr", "es", "it", "pt", "nl")
_SPECIFICS_WINDOW = 500
_NONE: frozenset[str] = frozenset()

# Every pattern here runs on every paragraph, so each is written to start with a
# character class or a literal: the regex engine then skips straight to the places where
# a match can start. A word boundary or lookbehind in front would make it try every
# position instead, so where one is needed it comes right after the first character
# (`[A-Z](?<!\w[A-Z])` is `\b[A-Z]`).

#: Numbers: "2024", "3.5", "$20", "1,000", "12:30", "1/2", with no word character or
#: "." before: `(?<![\w.])[$€£¥]?\d(?:[\d,.:/]*\d)?`, starting at the symbol or digit.
_NUMBER_RE = re.compile(r"[$€£¥\d](?:(?<=[$€£¥])(?<![\w.].)\d|(?<=\d)(?<![\w.].))(?:[\d,.:/]*\d)?")
#: Code-like tokens (see `_code_tokens`).
_PATH_RE = re.compile(r"\w+(?:::\w+)+")  # paths: std::io, Vec::new
_SNAKE_CASE_RE = re.compile(r"[a-z](?<!\w[a-z])\w*_\w+")  # snake_case identifiers
_CALL_RE = re.compile(r"[\w.]+\(\)")  # calls: main(), foo.bar()
#: Flags: --release, -Zself-profile (the dash must not follow a word character or dash).
_FLAG_RE = re.compile(r"-(?<![\w-]-)-?[a-zA-Z][\w-]+")
_ATTRIBUTE_RE = re.compile(r"#!?\[\w+")  # Rust attributes
_EXTENSIONS = r"\.(?:json|toml|ya?ml|md|py|rs|js|ts|tsx|go|java|html|css|txt|csv|sh)\b"
_EXTENSION_RE = re.compile(_EXTENSIONS)
_FILE_NAME_RE = re.compile(r"\b[\w-]+" + _EXTENSIONS)  # Cargo.toml, main.rs
_QUOTATION_RE = re.compile(r"[\"“«„]([^\"”»“]{12,400})[\"”»“]")
_NAME_RUN_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w'’&.-]*"
    r"(?:\s+(?:of|the|de|la|le|du|von|van|der|for|and|&)?\s*[A-Z][\w'’&.-]*)*"
)
_CAPITAL_RE = re.compile("[A-Z]")
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "ok", "a"})
#: Characters after which a capital starts a clause rather than naming something.
_AFTER_BREAK = frozenset({":", "—", "–", '"', "“", "(", ";", "«", "„", "‘", "'"})


def specifics(text: str) -> set[str]:
    """Concrete details in a passage of prose: numbers, names, code and quotations.

    Names are capitalised words (or runs like "Rust Foundation") that do not start a
    sentence; each item is returned once, tagged by kind ("n:2024", "p:rust foundation").
    """
    return _specifics(text, textmod.sentences)


#: A capital right after a lowercase letter, where camelCase words have one.
_LOWER_UPPER_RE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_WORD_CHAR_RE = re.compile(r"\w")
_WORD_CHARS_RE = re.compile(r"\w*")


def _camel_case(text: str) -> list[str]:
    r"""What `re.findall(r"\b[a-z]+[A-Z]\w*", text)` returns (camelCase, iPhone).

    That regex tries every lowercase letter; this looks only where a lowercase letter
    meets a capital (rare in prose): a match is the lowercase run ending there when it
    starts a word, through the rest of the word.
    """
    found: list[str] = []
    end = 0
    for m in _LOWER_UPPER_RE.finditer(text):
        upper = m.start()
        if upper < end:
            continue  # inside the previous match
        start = upper - 1
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start > 0 and _WORD_CHAR_RE.match(text, start - 1):
            continue  # the lowercase run does not start the word
        rest = _WORD_CHARS_RE.match(text, upper + 1)
        assert rest is not None  # \w* always matches
        end = rest.end()
        found.append(text[start:end])
    return found


def _code_tokens(text: str) -> list[str]:
    """Identifiers, paths, calls, flags, attributes and file names in prose.

    Each pattern runs only when a substring it needs is present (most prose has no code
    at all), or, for the common "." and camelCase, when a cheap regex finds the part
    every match has.
    """
    found: list[str] = []
    if "::" in text:
        found += _PATH_RE.findall(text)
    if "_" in text:
        found += _SNAKE_CASE_RE.findall(text)
    if "()" in text:
        found += _CALL_RE.findall(text)
    if "-" in text:
        found += _FLAG_RE.findall(text)
    if "[" in text:
        found += _ATTRIBUTE_RE.findall(text)
    if "." in text and _EXTENSION_RE.search(text):
        found += _FILE_NAME_RE.findall(text)
    if _LOWER_UPPER_RE.search(text):
        found += _camel_case(text)
    return found


def _specifics(text: str, sentences_of: Callable[[str], list[str]]) -> set[str]:
    """`specifics`, splitting sentences with `sentences_of` (memoised per document)."""
    found: set[str] = {"n:" + n for n in _NUMBER_RE.findall(text)}
    found.update("c:" + c for c in _code_tokens(text))
    for m in _QUOTATION_RE.finditer(text):
        if len(m.group(1).split()) >= 3:
            found.add("q:" + textmod.normalize(m.group(1))[:60])
    for cell in text.split(" | "):
        for sentence in sentences_of(cell):
            if _CAPITAL_RE.search(sentence, 1) is None:
                continue  # a run can only start the sentence, and that proves nothing
            for m in _NAME_RUN_RE.finditer(sentence):
                # The first word of a sentence or clause proves nothing: look at the last
                # character before the run, spaces skipped.
                i = m.start() - 1
                while i >= 0 and sentence[i].isspace():
                    i -= 1
                if i < 0 or sentence[i] in _AFTER_BREAK:
                    continue
                name = m.group(0).rstrip(".").lower()
                if name not in _NOT_NAMES:
                    found.add("p:" + name)
    return found


@metric(
    "specifics_per_500",
    "Concrete details (numbers, names, code, quotations) per 500 words of main prose.",
    languages=SPECIFICS_LANGUAGES,
)
def _specifics_per_500(doc: Document) -> float:
    """Distinct specifics counted in windows of 500 words, so long pages are not penalised
    for naming the same thing twice (each window counts its own distinct details).
    Links to other pages count too: a source or an example someone can follow."""
    windows: dict[int, set[str]] = {}
    links: dict[int, set[str]] = {}
    for link in doc.links:
        if link.in_main and link.href and not link.href.startswith("#"):
            links.setdefault(link.line, set()).add("l:" + (link.url or link.href))
    offset = 0

    def sentences_of(text: str) -> list[str]:
        return analysis.sentences(doc, text)

    for b in doc.blocks:
        if b.kind == "code":
            windows.setdefault(offset // _SPECIFICS_WINDOW, set()).add("code:" + b.text[:80])
        elif b.kind in PROSE_KINDS:
            found = _specifics(b.text, sentences_of)
            if b.kind == "quote":
                found.add("q:" + b.text[:60])
            if links:
                for line in range(b.line, b.end_line + 1):
                    found |= links.get(line, _NONE)
            windows.setdefault(offset // _SPECIFICS_WINDOW, set()).update(found)
            offset += analysis.word_count(doc, b.text)
    if not offset:
        return 0.0
    return sum(len(s) for s in windows.values()) * _SPECIFICS_WINDOW / offset


@rule(
    code="T004",
    name="few-specifics",
    severity="warning",
    languages=SPECIFICS_LANGUAGES,
    options={"min_per_500": 6.0, "min_words": 200},
    option_schema={"min_per_500": {"minimum": 0}, "min_words": {"minimum": 0}},
)
def few_specifics(doc: Document, opts: Options) -> Iterator[Problem]:
    """The text has few concrete details: numbers, names, examples, code or quotations.

    Why: vague text ("many tools", "a huge difference", "in today's landscape") could be
    about anything; it is the signature of filler and generated copy. Pages that name
    things, measure them and quote people show first-hand knowledge and get cited.
    How to fix: replace generalities with the particulars: which tool, what version,
    how many, how long, who said it, an example with real names or code.
    Options: `min_per_500` (6): the least distinct specifics per 500 words of prose
    (numbers, units and dates; capitalised names mid-sentence; identifiers, flags and
    code blocks; quotations of three words or more; links to sources and examples). Counted per 500-word stretch, so
    long pages are judged like short ones. `min_words` (200): shorter pages are not
    judged. Languages: those where capitals mark names (not German).
    Fails: 400 words on "the best project management tools" naming no tool, price or
    figure.  Passes: "We cut CI from 14 to 6 minutes by caching `package-lock.json`".
    """
    words = sum(analysis.word_count(doc, b.text) for b in doc.prose_blocks)
    if words < opts.min_words:
        return
    density = metrics.value(doc, "specifics_per_500")
    if density is None or density >= opts.min_per_500:
        return
    yield doc.problem(
        "T004",
        f"few concrete details: {density:.1f} per 500 words (minimum {opts.min_per_500:g}); "
        "add the numbers, names, examples and sources the text only alludes to",
        subject="few-specifics",
        whole_document=True,
    )


# ----- T006 hard-to-read -----------------------------------------------------------------

#: Block kinds written as running prose (table rows and captions are not).
_RUNNING_PROSE = frozenset({"p", "li", "quote", "dd"})


@dataclass(slots=True)
class _Finding:
    block: Block
    badness: float
    message: str
    needle: str
    subject: str


def _lead(text: str, n: int = 8) -> str:
    """The first words of a passage: a stable subject and something to search for."""
    parts = text.split()
    return " ".join(parts[:n]) + (" …" if len(parts) > n else "")


@rule(
    code="T006",
    name="hard-to-read",
    severity="info",
    options={
        "max_sentence_words": 50,
        "max_paragraph_words": 200,
        "max_grade": 16.0,
        "min_words": 300,
        "max_reports": 3,
    },
    option_schema={
        "max_sentence_words": {"minimum": 1},
        "max_paragraph_words": {"minimum": 1},
        "max_grade": {"minimum": 0},
        "min_words": {"minimum": 0},
        "max_reports": {"minimum": 1},
    },
)
def hard_to_read(doc: Document, opts: Options) -> Iterator[Problem]:
    """Very long sentences, walls of text, or a reading grade few readers manage.

    Why: people scan web pages; a 60-word sentence or a 250-word paragraph is where they
    give up, and a page that is hard to read is left before it answers anything.
    How to fix: split the sentence at its "and", "but", "which" or semicolon; break the
    paragraph at its change of topic, or turn enumerations into a list; replace long
    words with short ones.
    Only running prose is read (`signals.prose`): list items, table cells, code, commit
    hashes, issue references, version strings and paragraphs that list commits are not
    sentences.
    Options: `max_sentence_words` (50) and `max_paragraph_words` (200) flag a sentence or
    a paragraph at its line, one problem per paragraph (the paragraph, or else its
    longest sentence), and at most `max_reports` (3) per page, the worst first.
    `max_grade` (16) is the highest Flesch-Kincaid grade of the whole text, judged only
    in English and on pages with at least `min_words` (300) words (a grade over short
    text swings with one list or signature block).
    Fails: a 70-word sentence chaining four clauses with "and".  Passes: the same
    content as three sentences.
    """
    findings: list[_Finding] = []
    too_short = min(opts.max_sentence_words, opts.max_paragraph_words)
    for pb in prose.prose_blocks(doc):
        b = pb.block
        p = analysis.passage(doc, pb.text)
        words = p.word_count
        if words <= too_short:
            continue  # neither it nor any sentence in it can be too long
        longest_words, longest = max(
            zip(p.sentence_word_counts, p.sentences, strict=True), default=(0, "")
        )
        if words > opts.max_paragraph_words:
            extra = (
                f", including a {longest_words}-word sentence"
                if longest_words > opts.max_sentence_words
                else ""
            )
            findings.append(
                _Finding(
                    b,
                    words / opts.max_paragraph_words,
                    f"paragraph of {words} words (maximum {opts.max_paragraph_words}){extra}: "
                    "break it up",
                    b.text,
                    _lead(b.text),
                )
            )
        elif longest_words > opts.max_sentence_words:
            findings.append(
                _Finding(
                    b,
                    longest_words / opts.max_sentence_words,
                    f"sentence of {longest_words} words "
                    f"(maximum {opts.max_sentence_words}): split it",
                    longest,
                    longest,
                )
            )
    worst = sorted(findings, key=lambda f: -f.badness)[: opts.max_reports]
    for f in sorted(worst, key=lambda f: f.block.line):
        span = _locate_start(doc, f.needle, f.block)
        line, column = span if span else (f.block.line, 1)
        yield doc.problem("T006", f.message, line=line, column=column, subject=f.subject)

    if doc.word_count >= opts.min_words:
        grade = metrics.value(doc, "reading_grade")
        if grade is not None and grade > opts.max_grade:
            yield doc.problem(
                "T006",
                f"reading grade {grade:.1f} (Flesch-Kincaid; maximum {opts.max_grade:g}): "
                "use shorter sentences and plainer words",
                subject="reading-grade",
                whole_document=True,
            )


def _locate_start(doc: Document, text: str, block: Block) -> tuple[int, int] | None:
    """Line and column where `text` starts in the source, found by its first words
    (a whole long passage is slow to match, and inline markup can break the match)."""
    words = text.split()
    # The block's own lines first; then onwards (HTML blocks are sometimes placed early).
    for where in (block, Block(block.text, block.line, OPEN_END)):
        for needle in (" ".join(words[:8]), " ".join(words[:3])):
            start = analysis.locate_start(doc, needle, where) if needle else None
            if start:
                return start
    return None


# ----- T007 repetitive-text --------------------------------------------------------------


@rule(
    code="T007",
    name="repetitive-text",
    severity="info",
    options={"min_words": 9, "max_reports": 5},
    option_schema={"min_words": {"minimum": 1}, "max_reports": {"minimum": 1}},
)
def repetitive_text(doc: Document, opts: Options) -> Iterator[Problem]:
    """The same sentence or paragraph appears more than once on the page.

    Why: repeated passages are the trace of copy-paste, spun or generated text and of
    templates pasted into the body; they pad the word count without adding anything,
    and readers notice.
    How to fix: keep the passage where it serves best and delete or rewrite the other
    copies; a call to action meant to repeat belongs in the template, not the text.
    Options: `min_words` (9): shorter sentences ("Yes.", "Read more", "See the release
    notes for details.") may repeat. Text is compared after folding case, punctuation
    and spacing. Table rows are not compared, nor a list item with another list item
    (schedules, menus and spec sheets repeat entries by nature). Consecutive repeated paragraphs
    (a copied passage) are one problem, and at most `max_reports` (5) per page. Default
    severity is info: on well-kept sites most repeats are deliberate (a summary that
    quotes the sections below it), on generated pages they are padding.
    Fails: the same 15-word disclaimer pasted after every section.
    Passes: "Read more" under every teaser.
    """
    paragraphs: dict[str, Block] = {}
    sentences: dict[str, Block] = {}
    # A repeat: (text, normalised key, block, block of the first occurrence, kind).
    runs: list[list[tuple[str, str, Block, Block, str]]] = []
    in_run = False
    min_words = opts.min_words
    normalize = textmod.normalize
    for b in doc.iter_blocks(_RUNNING_PROSE):
        text = b.text
        whole = normalize(text)
        p = analysis.passage(doc, text)
        parts = p.sentences
        repeats: list[tuple[str, str, Block, Block, str]] = []
        first = paragraphs.get(whole)
        if first is not None and p.word_count >= min_words:
            kind = "paragraph" if len(parts) > 1 else "sentence"
            repeats.append((text, whole, b, first, kind))
        else:
            paragraphs.setdefault(whole, b)
            for sentence, n_words in zip(parts, p.sentence_word_counts, strict=True):
                if n_words < min_words:
                    continue
                # A one-sentence paragraph is its own key.
                key = whole if sentence == text else normalize(sentence)
                seen = sentences.get(key)
                if seen is not None:
                    repeats.append((sentence, key, b, seen, "sentence"))
                else:
                    sentences[key] = b
        if repeats and b.kind == "li":
            repeats = [r for r in repeats if r[3].kind != "li"]
        if repeats and in_run:
            runs[-1].extend(repeats)
        elif repeats:
            runs.append(repeats)
        in_run = bool(repeats)
    reported: set[str] = set()
    count = 0
    for run in runs:
        text, key, block, first, kind = run[0]
        if key in reported or count >= opts.max_reports:
            continue
        reported.update(r[1] for r in run)
        count += 1
        more = len(run) - 1
        tail = f" (and {more} more repeated right after it)" if more else ""
        span = _locate_start(doc, text, block)
        line, column = span if span else (block.line, 1)
        yield doc.problem(
            "T007",
            f"repeated {kind}: {_lead(text, 10)!r} already appears at line {first.line}{tail}",
            line=line,
            column=column,
            subject=text,
        )
