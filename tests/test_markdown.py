from contentlint.model.document import PROSE_KINDS
from helpers import md


def test_blocks_carry_source_lines():
    doc = md(
        """
        ---
        title: Lines
        ---

        First paragraph
        wraps here.

        ## A heading

        - item one
        - item two

        > quoted text
        """
    )
    got = [(b.kind, b.line, b.end_line, b.text) for b in doc.blocks]
    assert got == [
        ("p", 5, 6, "First paragraph wraps here."),
        ("heading", 8, 8, "A heading"),
        ("li", 10, 10, "item one"),
        ("li", 11, 11, "item two"),
        ("quote", 13, 13, "quoted text"),
    ]


def test_code_comments_shortcodes_liquid_are_not_prose():
    doc = md(
        """
        ---
        title: Not prose
        ---

        Real words here.

        ```python
        print("code is not prose")
        ```

        <!-- an editor's note that is not published -->

        {{< youtube abc123 >}}

        {{% notice %}}Inside a paired shortcode is prose.{{% /notice %}}

        {% include cta.html title="Buy now" %}

        {% comment %}
        Liquid comment text.
        {% endcomment %}

        Text with {{ page.title }} variable.
        """
    )
    prose = " ".join(b.text for b in doc.blocks if b.kind in PROSE_KINDS)
    assert "Real words here." in prose
    assert "Inside a paired shortcode is prose." in prose
    for absent in (
        "code is not prose",
        "editor's note",
        "youtube",
        "Buy now",
        "Liquid comment",
        "page.title",
    ):
        assert absent not in prose
    assert any(b.kind == "code" for b in doc.blocks)
    assert doc.word_count == len(
        [
            "Real",
            "words",
            "here.",
            "Inside",
            "a",
            "paired",
            "shortcode",
            "is",
            "prose.",
            "Text",
            "with",
            "variable.",
        ]
    )


def test_mdx_imports_and_components_are_not_prose():
    doc = md(
        """
        ---
        title: MDX
        ---
        import Chart from "../components/Chart"
        export const meta = {draft: false}

        Intro sentence for the chart.

        <Chart data={[1, 2, 3]} caption="Component props are not prose" />

        <Callout type="warning">
        Children of a component are prose.
        </Callout>
        """,
        path="content/post.mdx",
    )
    prose = doc.text
    assert "Intro sentence for the chart." in prose
    assert "Children of a component are prose." in prose
    for absent in ("import", "Component props", "meta", "Callout"):
        assert absent not in prose
    # lines survive masking
    assert [b.line for b in doc.blocks if "Intro" in b.text] == [7]


def test_front_matter_title_is_the_h1_unless_configured():
    doc = md("---\ntitle: Hello world\n---\n\nText.\n")
    assert doc.title == "Hello world" and doc.title_line == 2
    assert [h.text for h in doc.h1s] == ["Hello world"]
    doc = md("---\ntitle: Hello world\n---\n\nText.\n", title_is_h1=False)
    assert doc.h1s == []


def test_title_falls_back_to_first_h1():
    doc = md("Intro\n\n# The Real Title\n\nBody.\n")
    assert doc.title == "The Real Title" and doc.title_line == 3


def test_description_and_its_line():
    doc = md('+++\ntitle = "T"\ndescription = "A summary"\n+++\nBody\n')
    assert doc.description == "A summary"
    assert doc.description_line == 3


def test_links_and_images():
    doc = md(
        """
        ---
        title: Links
        ---

        See [the docs](https://docs.example.com/x) and [our other post](../other/),
        or [a heading](#setup). ![A chart of results](chart.png "Results chart")
        """,
        base_url="https://example.org",
    )
    by_text = {link.text: link for link in doc.links}
    assert by_text["the docs"].internal is False
    assert by_text["the docs"].line == 5 and by_text["the docs"].column == 5
    assert by_text["our other post"].internal is True
    assert by_text["our other post"].url == "https://example.org/other/"
    assert by_text["a heading"].internal is True
    assert by_text["a heading"].line == 6
    assert doc.images[0].alt == "A chart of results"
    assert doc.images[0].caption == "Results chart"


def test_hugo_figure_shortcode_is_an_image_with_caption():
    doc = md('---\ntitle: F\n---\n{{< figure src="a.jpg" caption="Our test rig" >}}\n')
    assert [(i.src, i.caption, i.line) for i in doc.images] == [("a.jpg", "Our test rig", 4)]


def test_tables_become_rows():
    doc = md("| Tool | Time |\n|---|---|\n| make | 3 s |\n")
    assert [(b.kind, b.text, b.line) for b in doc.blocks] == [
        ("table", "Tool | Time", 1),
        ("table", "make | 3 s", 3),
    ]


def test_heading_custom_id():
    doc = md("## Setup steps {#setup}\n\ntext\n")
    assert doc.headings[0].text == "Setup steps"
    assert doc.headings[0].anchor == "setup"


def test_page_kinds_drafts_and_noindex():
    assert md("---\ntitle: x\n---\n", path="content/posts/_index.md").kind == "listing"
    assert md("---\ntitle: x\n---\n", path="content/tags/rust/index.md").kind == "listing"
    assert md("---\ntitle: x\nlayout: archive\n---\n").kind == "listing"
    assert md('+++\ntemplate = "latest.html"\n+++\n').kind == "template"
    assert md('+++\ntemplate = "post.html"\n+++\nA body.\n').kind == "article"
    assert md("---\ntitle: Moved\nredirect_to: /new/\n---\n").kind == "redirect"
    draft = md("---\ntitle: x\ndraft: true\n---\n")
    assert draft.draft and not draft.judged
    assert not md("---\ntitle: x\ndraft: true\n---\n", include_drafts=True).draft
    assert md("---\ntitle: x\npublished: false\n---\n").draft
    assert md("---\ntitle: x\nrobots: noindex, follow\n---\n").noindex
    assert md("---\ntitle: x\nnoindex: true\n---\n").noindex
    canon = md("---\ntitle: x\ncanonical: /other/\n---\n", base_url="https://example.org")
    assert canon.canonical == "https://example.org/other/"


def test_language_declared_by_filename_or_front_matter():
    assert md("---\ntitle: x\n---\nText", path="content/post.fr.md").lang == "fr"
    assert md("---\ntitle: x\nlang: de-DE\n---\nText").lang == "de"


def test_cjk_word_count_is_a_word_equivalent():
    doc = md("---\ntitle: x\nlang: zh\n---\n" + "内容质量很重要。" * 30 + "\n")
    assert doc.lang == "zh"
    # 210 Han characters at 1.7 characters per word
    assert doc.word_count == round(210 / 1.7)


def test_inline_html_block_keeps_prose_and_headings():
    doc = md(
        '<div class="note">\n<h2>Inner heading</h2>\n<p>Inner prose with a <a href="https://x.org">link</a>.</p>\n</div>\n'
    )
    assert [h.text for h in doc.headings] == ["Inner heading"]
    assert "Inner prose with a link." in doc.text
    assert doc.links[0].href == "https://x.org"


def test_footnote_definitions_are_their_own_paragraphs():
    doc = md(
        "---\ntitle: x\n---\nText with a note.[^1] More text.\n\n[^1]: The footnote explains\n    over two lines.\n"
    )
    assert [(b.text, b.line, b.end_line) for b in doc.blocks] == [
        ("Text with a note. More text.", 4, 4),
        ("The footnote explains over two lines.", 6, 7),
    ]
