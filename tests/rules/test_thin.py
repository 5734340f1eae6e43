"""T rules: thin content. Failing and passing cases from short inline text."""

from __future__ import annotations

import random
import re

from contentlint.model import text as textmod
from contentlint.rules.thin import specifics
from contentlint.signals import metrics
from helpers import check, html, md, words

# ----- helpers ---------------------------------------------------------------------------

SPECIFIC = (
    "In March 2024 the Harbor Authority raised the Old Bridge by 2.5 metres, "
    "said engineer Maria Lopez, after the river crested at 6.1 metres on 14 March."
)
VAGUE = (
    "In today's fast-paced world, choosing the right approach matters more than ever. "
    "There are many options, and each one has its own strengths and weaknesses. "
    "It is important to think about your needs and goals before you decide. "
    "The right choice can make a huge difference for your team and your business. "
)


def _page(body: str, title: str = "A page about the river and its bridges") -> str:
    return f'+++\ntitle = "{title}"\n+++\n\n{body}\n'


def _news_page(article: str, nav_items: int) -> str:
    nav = " ".join(f'<li><a href="/s{i}">Section {words(3, i)}</a></li>' for i in range(nav_items))
    return f"""<html><head><title>River news</title></head><body>
<nav><ul>{nav}</ul></nav>
<article><h1>Short news brief about the river</h1>
<p>{article}</p>
</article>
<footer><p>{words(150)}</p></footer>
</body></html>"""


# ----- T002 boilerplate-heavy ------------------------------------------------------------


def test_t002_flags_article_drowned_in_template() -> None:
    doc = html(_news_page(SPECIFIC + " " + SPECIFIC, nav_items=120))
    assert doc.page_words and doc.page_words > 600
    [p] = check("T002", doc)
    assert p.whole_document and p.subject == "boilerplate-heavy"
    share = f"{doc.word_count / doc.page_words:.0%}"
    assert share in p.message and f"{doc.word_count} of {doc.page_words:,} words" in p.message
    assert "minimum 20%" in p.message


def test_t002_passes_article_that_dominates_the_page() -> None:
    article = " ".join([SPECIFIC] * 20)
    doc = html(_news_page(article, nav_items=10))
    assert doc.word_count / (doc.page_words or 1) > 0.5
    assert check("T002", doc) == []


def test_t002_skips_small_pages_and_honours_options() -> None:
    doc = html(_news_page(SPECIFIC, nav_items=120))
    assert check("T002", doc, min_page_words=10_000) == []
    assert check("T002", doc, min_main_share=0.01) == []


# ----- T003 thin-section -----------------------------------------------------------------

LISTICLE = _page(
    """Intro paragraph that sets the scene for the list of tools below in a few words.

## 1. Jenkins

Jenkins is a popular tool.

## 2. CircleCI

CircleCI is fast and easy.

## 3. Travis

Travis is simple to set up for small teams.

## 4. Conclusion

Pick the tool that fits your needs best.
"""
)


def test_t003_flags_every_hollow_section_of_a_listicle_at_its_heading() -> None:
    doc = md(LISTICLE)
    found = check("T003", doc)
    assert [(p.line, p.subject) for p in found] == [
        (7, "1. Jenkins"),
        (11, "2. CircleCI"),
        (15, "3. Travis"),
        (19, "4. Conclusion"),
    ]
    assert "only 5 words (minimum 25)" in found[0].message
    assert "4 of 4 sections" in found[0].message
    assert found[0].column == 1


def test_t003_one_short_section_among_full_ones_is_not_an_outline() -> None:
    body = (
        f"## Background\n\n{SPECIFIC} {SPECIFIC}\n\n## Thanks\n\nThanks to everyone who helped.\n\n"
    )
    body += f"## Results\n\n{SPECIFIC} {SPECIFIC}\n"
    assert check("T003", md(_page(body))) == []


def test_t003_empty_section_is_always_reported() -> None:
    body = f"## Background\n\n{SPECIFIC} {SPECIFIC}\n\n## Conclusion\n"
    [p] = check("T003", md(_page(body)))
    assert p.line == 9 and p.subject == "Conclusion"
    assert "'Conclusion' is empty" in p.message


def test_t003_parent_heading_followed_by_subheadings_is_not_thin() -> None:
    body = (
        f"## Results\n\n### Speed\n\n{SPECIFIC} {SPECIFIC}\n\n### Cost\n\n{SPECIFIC} {SPECIFIC}\n"
    )
    assert check("T003", md(_page(body))) == []


def test_t003_code_table_image_and_faq_answers_are_not_hollow() -> None:
    body = """## Install

```
cargo install contentlint
```

## Options

| name | default |
|---|---|
| min_words | 25 |

## Screenshot

![The report](report.png)

## Does it work offline?

Yes, it never uses the network.
"""
    assert check("T003", md(_page(body))) == []


def test_t003_labels_and_sentences_set_as_headings_are_not_judged() -> None:
    body = f"## Read next:\n\n###### Located in Brussels\n\n## Summary\n\n{SPECIFIC}\n"
    assert check("T003", md(_page(body))) == []


def test_t003_sections_inside_raw_html_keep_their_text() -> None:
    # Headings in an HTML block used to come out before the block's paragraphs.
    body = f"<div>\n<h2>First</h2>\n<p>{SPECIFIC}</p>\n<h2>Second</h2>\n<p>{SPECIFIC}</p>\n</div>\n"
    doc = md(_page(body))
    assert [b.kind for b in doc.blocks] == ["heading", "p", "heading", "p"]
    assert check("T003", doc) == []


def test_t003_options() -> None:
    doc = md(LISTICLE)
    assert check("T003", doc, min_words=5) == []  # the shortest sections have 5 words
    assert check("T003", doc, min_thin_sections=5) == []
    assert len(check("T003", doc, min_thin_share=1.0)) == 4


# ----- T004 few-specifics ----------------------------------------------------------------


def test_specifics_finds_numbers_names_code_and_quotations() -> None:
    found = specifics(
        'We moved to GitHub Actions in January 2024; the Rust Foundation said "this is a big '
        'step forward". Run cargo with --release and std::io, for $1,200 or 3.5%.'
    )
    assert {
        "n:2024",
        "n:$1,200",
        "n:3.5",
        "p:github actions",
        "p:january",
        "p:rust foundation",
        "c:--release",
        "c:std::io",
        "q:this is a big step forward",
    } <= found
    assert "p:we" not in found and "p:run" not in found  # sentence starts prove nothing


def test_t004_flags_vague_text() -> None:
    doc = md(_page(VAGUE * 5))
    assert metrics.value(doc, "specifics_per_500") == 0.0
    [p] = check("T004", doc)
    assert p.whole_document and p.subject == "few-specifics"
    assert "0.0 per 500 words (minimum 6)" in p.message


def test_t004_passes_text_full_of_details() -> None:
    doc = md(_page((VAGUE + SPECIFIC + " ") * 4))
    value = metrics.value(doc, "specifics_per_500")
    assert value is not None and value > 6
    assert check("T004", doc) == []


def test_t004_short_pages_and_other_languages_are_not_judged() -> None:
    assert check("T004", md(_page(VAGUE))) == []  # under min_words
    german = md(_page(VAGUE * 5).replace("+++\n\n", 'lang = "de"\n+++\n\n', 1))
    assert german.lang == "de"
    assert metrics.value(german, "specifics_per_500") is None


# ----- T006 hard-to-read -----------------------------------------------------------------

LONG_SENTENCE = (
    "The team looked at every build that ran in the last quarter and found that the slowest "
    "ones were waiting on a cache that was keyed on the modification time of the lock file, "
    "which changes on every checkout, so the cache never hit and every run downloaded the "
    "same packages again from the registry."
)
SHORT = "Builds were slow. The cache never hit. We fixed the key."


def test_t006_reports_long_sentence_at_its_line_and_column() -> None:
    doc = md(_page(f"{SHORT}\n\nIntro words here. {LONG_SENTENCE}\n"))
    [p] = check("T006", doc)
    assert (p.line, p.column) == (7, 19)
    assert p.message.startswith("sentence of 55 words (maximum 50)")
    assert p.subject == LONG_SENTENCE


def test_t006_reports_long_paragraph_once() -> None:
    paragraph = " ".join([SHORT] * 25)  # 275 words in short sentences
    doc = md(_page(f"{SHORT}\n\n{paragraph}\n"))
    [p] = check("T006", doc)
    assert p.line == 7 and "paragraph of 275 words (maximum 200)" in p.message


def test_t006_caps_reports_per_page_keeping_the_worst() -> None:
    longer = LONG_SENTENCE.replace("The team", "The whole infrastructure team of four people")
    paras = [LONG_SENTENCE] * 4 + [longer]
    doc = md(_page("\n\n".join(paras)))
    found = check("T006", doc)
    assert len(found) == 3
    assert any("sentence of 60 words" in p.message for p in found)
    assert [p.line for p in found] == sorted(p.line for p in found)
    assert len(check("T006", doc, max_reports=10)) == 5


def test_t006_reading_grade_is_english_only() -> None:
    dense = (
        "Organisational interoperability considerations necessitate comprehensive "
        "architectural standardisation initiatives. "
    ) * 40
    doc = md(_page(dense))
    found = [p for p in check("T006", doc) if p.subject == "reading-grade"]
    assert len(found) == 1 and found[0].whole_document
    assert "reading grade" in found[0].message and "maximum 16" in found[0].message
    french = md(_page(dense).replace("+++\n\n", 'lang = "fr"\n+++\n\n', 1))
    assert [p for p in check("T006", french) if p.subject == "reading-grade"] == []


def test_t006_passes_plain_text() -> None:
    assert check("T006", md(_page("\n\n".join([SHORT * 3] * 10)))) == []


# ----- T007 repetitive-text --------------------------------------------------------------

DISCLAIMER = "This article is for information only and is not financial advice of any kind."


def test_t007_reports_repeated_sentence_with_first_line() -> None:
    body = f"{SPECIFIC} {DISCLAIMER}\n\n## Next\n\nMore text here. {DISCLAIMER}\n"
    [p] = check("T007", md(_page(body)))
    assert p.line == 9 and p.column == 17
    assert p.subject == DISCLAIMER
    assert "repeated sentence" in p.message and "already appears at line 5" in p.message


def test_t007_groups_a_copied_passage_into_one_problem() -> None:
    a = "The first paragraph explains the river and the bridge in some detail."
    b = "The second paragraph explains the harbour and the quay in more detail."
    c = "A third paragraph that only appears once in the whole of this page."
    body = f"{a}\n\n{b}\n\n{c}\n\n{a}\n\n{b}\n"
    [p] = check("T007", md(_page(body)))
    assert p.line == 11 and "already appears at line 5" in p.message
    assert "and 1 more repeated right after it" in p.message


def test_t007_ignores_short_sentences_and_repeated_list_items() -> None:
    body = (
        "Yes. Read more.\n\nYes. Read more.\n\n"
        "- 1 scoop protein, 1 cup strawberries, 8 oz almond milk, ice\n"
        "- 1 scoop protein, 1 cup strawberries, 8 oz almond milk, ice\n"
    )
    assert check("T007", md(_page(body))) == []


def test_t007_case_and_punctuation_do_not_hide_a_repeat() -> None:
    body = f"{DISCLAIMER}\n\n{SPECIFIC}\n\n{DISCLAIMER.upper().replace('.', '!')}\n"
    [p] = check("T007", md(_page(body)))
    assert p.line == 9


def test_t007_caps_problems_per_page() -> None:
    paras = [
        f"Paragraph number {i} says something that is long enough to count here." for i in range(8)
    ]
    spaced = "\n\nA separator sentence.\n\n".join(paras)
    doc = md(
        _page(
            spaced
            + "\n\nA separator sentence.\n\n"
            + spaced.replace("\n\nA separator sentence.", "\n\nAnother separator.")
        )
    )
    found = check("T007", doc)
    assert len(found) == 5
    assert len(check("T007", doc, max_reports=20)) == 8


# ----- specifics: the fast patterns find what the plain ones find ------------------------

_REF_NUMBER = re.compile(r"(?<![\w.])[$€£¥]?\d[\d,.:/]*\d|(?<![\w.])[$€£¥]?\d")
_REF_CODE = [
    re.compile(r"\w+(?:::\w+)+"),
    re.compile(r"\b[a-z]\w*_\w+"),
    re.compile(r"[\w.]+\(\)"),
    re.compile(r"(?<![\w-])--?[a-zA-Z][\w-]+"),
    re.compile(r"#!?\[\w+"),
    re.compile(r"\b[a-z]+[A-Z]\w*"),
    re.compile(r"\b[\w-]+\.(?:json|toml|ya?ml|md|py|rs|js|ts|tsx|go|java|html|css|txt|csv|sh)\b"),
]
_REF_QUOTATION = re.compile(r"[\"“«„]([^\"”»“]{12,400})[\"”»“]")
_REF_NAME_RUN = re.compile(
    r"\b[A-Z][\w'’&.-]*(?:\s+(?:of|the|de|la|le|du|von|van|der|for|and|&)?\s*[A-Z][\w'’&.-]*)*"
)


def _ref_specifics(text: str) -> set[str]:
    """`specifics` as first written: every pattern over the whole text."""
    found = {"n:" + m.group(0) for m in _REF_NUMBER.finditer(text)}
    for pattern in _REF_CODE:
        found.update("c:" + m.group(0) for m in pattern.finditer(text))
    for m in _REF_QUOTATION.finditer(text):
        if len(m.group(1).split()) >= 3:
            found.add("q:" + textmod.normalize(m.group(1))[:60])
    for cell in text.split(" | "):
        for sentence in textmod.sentences(cell):
            for m in _REF_NAME_RUN.finditer(sentence):
                before = sentence[: m.start()].rstrip()
                if not before or before.endswith(tuple(":—–\"“(;«„‘'")):
                    continue
                name = m.group(0).rstrip(".").lower()
                if name not in {"i", "i'm", "i've", "i'd", "i'll", "ok", "a"}:
                    found.add("p:" + name)
    return found


SPECIFIC_PIECES = [
    *"abcdefXYZ ABC 012345 $€£¥.,:/-_()[]#!\"“”«»„'’&:;—–\n\téİ",
    "Rust Foundation",
    "iPhone",
    "fooBar",
    "XfooBar",
    "1fooBar",
    "_fooBar",
    "éfooBar",
    "std::io",
    "Vec::new()",
    "snake_case",
    "--release",
    "-Zflag",
    "a-b",
    "#[derive",
    "#![no_std",
    "file.json",
    "x.rs",
    "$20",
    "1,000",
    "12:30",
    "3.14",
    ".5",
    "v2.0",
    "“quoted text that is long enough”",
    "The",
    "I",
    "I'm",
    "of the",
    " | ",
    "Dr. Who",
]


def test_specifics_match_the_plain_patterns() -> None:
    rng = random.Random(7)
    for _ in range(6000):
        text = "".join(rng.choice(SPECIFIC_PIECES) for _ in range(rng.randint(0, 30)))
        assert specifics(text) == _ref_specifics(text), text
