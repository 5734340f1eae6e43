"""Markdown (and MDX) files: front matter, then pulldown-cmark (pyromark) with source lines.

Code blocks, HTML comments, Hugo shortcodes, Liquid tags and MDX/JSX components are
not prose. They are masked with spaces before parsing, so every line and column the
parser reports is still the file's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from pathlib import PurePosixPath
from typing import Any

import pyromark
from contentlint.model import urls
from contentlint.model.document import Block, Document, Heading, Image, Link
from contentlint.model.settings import SourceSettings
from contentlint.model.text import collapse_whitespace, heading_anchor
from contentlint.signals import suppress
from contentlint.sources import frontmatter
from contentlint.sources.base import finalize

_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_SHORTCODE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.DOTALL)
_LIQUID_BLOCK_RE = re.compile(
    r"\{%-?\s*(comment|highlight|raw)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}", re.DOTALL
)
_LIQUID_RE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_MDX_ESM_RE = re.compile(r"^(?:import|export)\s.*?(?=\n\s*\n|\Z)", re.DOTALL | re.MULTILINE)
_JSX_TAG_RE = re.compile(r"</?[A-Z][\w.]*(?:\s(?:[^<>{}]|\{[^{}]*\})*)?/?>", re.DOTALL)
_JSX_EXPR_LINE_RE = re.compile(r"^\s*\{.*?\}\s*$", re.MULTILINE | re.DOTALL)
_FIGURE_RE = re.compile(r"\{\{[<%]\s*figure\s+(.*?)[%>]\}\}", re.DOTALL)
_ATTR_RE = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))")
_HEADING_ID_RE = re.compile(r"\s*\{#([\w\-:.]+)[^}]*\}\s*$")

_PLUS_ONE = (1).__add__

_DESCRIPTION_KEYS = ("description", "summary", "excerpt", "meta_description", "metaDescription")
_LISTING_DIRS = {"tags", "tag", "categories", "category", "authors", "archives", "page"}
_REDIRECT_KEYS = ("redirect_to", "redirect", "redirect_url", "external_url", "externalUrl")
_LISTING_LAYOUTS = {"list", "archive", "archives", "home", "taxonomy", "term", "section", "tag"}


def _blank(match: re.Match[str]) -> str:
    """Drop matched text but keep its newlines, so every line number stays the file's own.

    (Spaces would keep columns too, but leading spaces turn the rest of a line into an
    indented code block.)
    """
    return "\n" * match.group(0).count("\n")


def mask_non_prose(body: str, mdx: bool) -> str:
    body = _COMMENT_RE.sub(_blank, body)
    if "{{" in body:
        body = _SHORTCODE_RE.sub(_blank, body)
    if "{%" in body or "{{" in body:
        body = _LIQUID_BLOCK_RE.sub(_blank, body)
        body = _LIQUID_RE.sub(_blank, body)
    if mdx:
        body = re.sub(r"\{/\*.*?\*/\}", _blank, body, flags=re.DOTALL)
        body = _MDX_ESM_RE.sub(_blank, body)
        body = _JSX_TAG_RE.sub(_blank, body)
        body = _JSX_EXPR_LINE_RE.sub(_blank, body)
    return body


def parse(
    text: str,
    path: str,
    rel: PurePosixPath,
    settings: SourceSettings,
    resolve_code: Callable[[str], str] = str.upper,
) -> Document:
    """Parse Markdown text into a Document; raises FrontMatterError on broken front matter."""
    fm = frontmatter.split(text)
    data = fm.data
    doc = Document(path=path, format="markdown", front_matter=data, front_matter_format=fm.format)
    doc.lines = text.split("\n")
    mdx = rel.suffix.lower() == ".mdx"

    url_path = urls.url_path_for(
        rel, data, content_root=settings.content_root, trailing_slash=settings.trailing_slash
    )
    doc.url = urls.absolute(urls.site_base(settings.base_url), url_path)
    aliases = [urls.absolute(urls.site_base(settings.base_url), a) for a in urls.alias_paths(data)]
    if aliases:
        doc.extra["aliases"] = aliases

    _figures(fm.body, doc)
    masked = mask_non_prose(fm.body, mdx)
    _parse_body(masked, doc)
    if mdx:
        _drop_expressions(doc)

    title = data.get("title")
    if isinstance(title, str) and title.strip():
        doc.title = title.strip()
        doc.title_line = fm.key_lines.get("title", 1)
        if settings.title_is_h1:
            doc.title_is_h1 = True
            doc.headings.insert(0, Heading(1, doc.title, doc.title_line, in_main=False))
    elif doc.h1s:
        doc.title = doc.h1s[0].text
        doc.title_line = doc.h1s[0].line
    description = _description(data)
    if description is not None:
        doc.description = description[1]
        doc.description_line = fm.key_lines.get(description[0], doc.title_line)

    _page_kind(doc, rel, data, settings)
    doc.suppressions = suppress.parse(text, data, resolve_code)
    declared = next(
        (str(data[k]) for k in ("lang", "language", "locale") if isinstance(data.get(k), str)), None
    )
    if declared is None:
        m = re.match(r"^.*\.([a-z]{2}(?:-[a-z]{2})?)$", rel.stem)
        declared = m.group(1) if m else None
    return finalize(doc, settings, declared)


def _drop_expressions(doc: Document) -> None:
    """MDX fills `href={url}`, `[x]({props.link})` and `src={img}` in when it renders: a
    JSX expression is not a URL, so it is neither a link nor an image of the page."""
    doc.links = [k for k in doc.links if not k.href.lstrip().startswith("{")]
    doc.images = [i for i in doc.images if not i.src.lstrip().startswith("{")]


def _description(data: dict[str, Any]) -> tuple[str, str] | None:
    for key in _DESCRIPTION_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return key, collapse_whitespace(value)
    seo = data.get("seo")
    if isinstance(seo, dict) and isinstance(seo.get("description"), str):
        return "seo", collapse_whitespace(seo["description"])
    return None


def _page_kind(
    doc: Document, rel: PurePosixPath, data: dict[str, Any], settings: SourceSettings
) -> None:
    stem = rel.stem.split(".")[0]
    layout = str(data.get("layout") or data.get("type") or "").lower()
    dirs = {p.lower() for p in rel.parts[:-1]}
    if stem == "_index" or layout in _LISTING_LAYOUTS or (stem == "index" and dirs & _LISTING_DIRS):
        doc.kind = "listing"
    elif any(data.get(k) for k in _REDIRECT_KEYS):
        doc.kind = "redirect"
    elif (data.get("template") or data.get("layout")) and not any(
        b.kind != "code" for b in doc.blocks
    ):
        # A body-less page rendered entirely by a template (a "latest release" page).
        doc.kind = "template"
    draft = data.get("draft") is True or data.get("published") is False or "_drafts" in rel.parts
    doc.draft = draft and not settings.include_drafts
    robots = " ".join(str(data.get(k, "")) for k in ("robots", "meta_robots")).lower()
    doc.noindex = data.get("noindex") is True or "noindex" in robots
    for key in ("canonical", "canonicalURL", "canonical_url", "canonicalUrl"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            doc.canonical = urls.absolute(urls.site_base(settings.base_url), value.strip())
            break


def _figures(body: str, doc: Document) -> None:
    """Hugo `figure` shortcodes are images with captions, even though they are masked."""
    if "figure" not in body:
        return
    for m in _FIGURE_RE.finditer(body):
        attrs = {
            a.group(1): a.group(2) or a.group(3) or a.group(4) or ""
            for a in _ATTR_RE.finditer(m.group(1))
        }
        line = body.count("\n", 0, m.start()) + 1
        doc.images.append(
            Image(
                attrs.get("src", ""),
                attrs.get("alt", ""),
                line,
                attrs.get("caption", "") or attrs.get("title", ""),
            )
        )


#: pulldown-cmark's extensions that markdown-it-py's "commonmark" preset plus tables,
#: strikethrough and the footnote plugin (the parser before pyromark) also had.
_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_STRIKETHROUGH
)
_INLINE_HTML_A_RE = re.compile(r"<a\s[^>]*href=[\"']([^\"']+)", re.IGNORECASE)
#: Block events that end a tight list item's paragraph (pulldown-cmark sends no
#: Paragraph events inside tight items; markdown-it made them hidden paragraphs).
_BLOCK_STARTS = frozenset(
    ("Paragraph", "Heading", "List", "BlockQuote", "CodeBlock", "HtmlBlock", "Table")
)


@lru_cache(maxsize=1)
def _parser() -> pyromark.Markdown:
    """The shared parser (pulldown-cmark through pyromark; immutable, fork-safe)."""
    return pyromark.Markdown(options=_OPTIONS)


def _parse_body(masked: str, doc: Document) -> None:
    """Blocks, headings, links and images of the masked Markdown body, into `doc`."""
    if "\r" in masked or "\0" in masked:  # lines as markdown-it counted them
        masked = masked.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    last = masked.rfind("\n") + 1
    if last and masked[last:] and not masked[last:].strip(" \t"):
        # A last line of only blanks, unterminated: markdown-it left it out of a block
        # (an open code fence) and pulldown-cmark counts it in.
        masked = masked[:last]
    events = list(_parser().events_with_range(masked, merge_text=True))
    _Walk(masked, doc).run(events, footnotes="[^" in masked)


class _Walk:
    """pulldown-cmark's events → Blocks, Headings, Links and Images with source lines.

    Kept to what markdown-it-py built before (tests/md_reference.py is that walk, and
    tests/test_markdown_identity.py compares them): a block's lines are its first and
    last source line; an inline's line is its block's first line plus the line breaks
    before it; footnote definitions come last, in the order of their first reference,
    and unreferenced ones not at all; an image's alt text is its label's source.
    """

    def __init__(self, masked: str, doc: Document) -> None:
        self.src = masked.encode()
        self.doc = doc
        #: Offset just past each line's newline (the last line's: one past the end), so a
        #: byte's line is a bisection; summed in C from the lines' lengths.
        self.line_ends: list[int] = list(
            accumulate(map(_PLUS_ONE, map(len, self.src.split(b"\n"))))
        )
        self.containers: list[str] = []
        # The open inline context (paragraph, heading, table cell, tight item text).
        self.parts: list[str] | None = None
        self.current = 0
        self.links: list[tuple[str, int, int]] = []
        self.first = 0  # the first line of the open block
        self.last_end = 0  # byte end of the last inline event of a tight item's text
        self.implicit = False
        self.end = 0  # the last line of the open block
        self.defined: dict[str, tuple[int, int]] = {}
        self.row: list[str] = []
        self.row_line = 0
        self.codes: list[str] = []  # inline code of the open inline context

    def line(self, offset: int) -> int:
        """The 1-based line of the byte at `offset`."""
        return bisect_right(self.line_ends, offset) + 1

    def last_line(self, rng: dict[str, int]) -> int:
        """The line of the last byte of `rng` (its trailing newline is on that line)."""
        return self.line(max(rng["start"], rng["end"] - 1))

    def run(self, events: list[tuple[Any, Any]], footnotes: bool) -> None:
        """Walk `events`; footnote definitions last (`footnotes`: the text has any)."""
        defs: dict[str, tuple[int, int]] = {}
        order: list[str] = []
        i, n = 0, len(events) if footnotes else 0
        while i < n:  # footnote definitions and the order of their first references
            ev = events[i][0]
            if type(ev) is dict:
                if "FootnoteReference" in ev and ev["FootnoteReference"] not in order:
                    order.append(ev["FootnoteReference"])
                elif "Start" in ev and type(ev["Start"]) is dict:
                    label = ev["Start"].get("FootnoteDefinition")
                    if label is not None:
                        j = self.skip(events, i)
                        defs[label] = (i + 1, j)  # markdown-it kept the last
            i += 1
        self.defined = defs
        self.walk(events, 0, len(events))
        for label in order:
            if label in defs:
                self.containers = []
                self.walk(events, *defs[label])

    @staticmethod
    def skip(events: list[tuple[Any, dict[str, int]]], i: int) -> int:
        """The index of the End event that closes the Start event at `i`."""
        depth = 0
        while True:
            ev = events[i][0]
            if type(ev) is dict:
                if "Start" in ev:
                    depth += 1
                elif "End" in ev:
                    depth -= 1
                    if depth == 0:
                        return i
            i += 1

    def walk(self, events: list[tuple[Any, dict[str, int]]], i: int, stop: int) -> None:
        doc = self.doc
        while i < stop:
            ev, rng = events[i]
            if type(ev) is str:  # SoftBreak, HardBreak, Rule
                if ev != "Rule" and self.parts is not None:
                    self.parts.append(" ")
                    self.current += 1
                    self.last_end = rng["end"]
                i += 1
                continue
            value = ev.get("Text")
            if value is not None:  # a third of all events: the shortest path
                parts = self.parts
                if parts is None:
                    parts = self.inline(rng)
                parts.append(value)
                self.last_end = rng["end"]
                i += 1
                continue
            ((key, value),) = ev.items()
            if key == "Code":
                parts = self.parts
                if parts is None:
                    parts = self.inline(rng)
                parts.append(value)
                self.codes.append(value)
                self.last_end = rng["end"]
            elif key == "Start":
                name = value if type(value) is str else next(iter(value))
                if self.implicit and name in _BLOCK_STARTS:
                    self.close_implicit()
                if name == "Paragraph" or name == "Heading":
                    self.open(self.line(rng["start"]))
                    self.end = self.last_line(rng)
                elif name == "List":
                    self.containers.append("li")
                elif name == "BlockQuote":
                    self.containers.append("quote")
                elif name == "Link":
                    parts = self.inline(rng)
                    href = value["Link"]["dest_url"]
                    if value["Link"]["link_type"] == "Email":
                        href = "mailto:" + href
                    self.links.append((href, self.current, len(parts)))
                elif name == "Image":
                    self.inline(rng)
                    j = self.skip(events, i)
                    data = value["Image"]
                    alt = self.label(events, i, j)
                    doc.images.append(Image(data["dest_url"], alt, self.current, data["title"]))
                    self.last_end = rng["end"]
                    i = j
                elif name == "Strikethrough":
                    self.inline(rng)
                    if self.src[rng["start"] + 1] != 0x7E:  # "~": markdown-it wanted "~~"
                        self.parts.append("~")  # type: ignore[union-attr]
                elif name == "CodeBlock" or name == "HtmlBlock":
                    j = self.skip(events, i)
                    content = "".join(next(iter(e.values())) for e, _ in events[i + 1 : j])
                    first, last = self.line(rng["start"]), self.last_line(rng)
                    if name == "CodeBlock":
                        doc.blocks.append(Block(content.rstrip("\n"), first, last, "code"))
                    else:
                        kind = self.containers[-1] if self.containers else "p"
                        _html_block(content, first, last, doc, kind)
                    i = j
                elif name == "TableHead" or name == "TableRow":
                    self.row, self.row_line = [], self.line(rng["start"])
                elif name == "TableCell":
                    self.open(self.row_line)
                elif name in ("Emphasis", "Strong"):
                    self.inline(rng)
                elif name == "FootnoteDefinition":  # walked last (see `run`)
                    i = self.skip(events, i)
            elif key == "End":
                name = value if type(value) is str else next(iter(value))
                if self.implicit and name == "Item":
                    self.close_implicit()
                if name == "Paragraph":
                    self.close_block(self.containers[-1] if self.containers else "p")
                elif name == "Heading":
                    self.close_heading(int(value["Heading"][1]))
                elif name == "List" or name == "BlockQuote":
                    self.containers.pop()
                elif name == "Link":
                    self.close_link(rng)
                elif name == "Strikethrough":
                    if self.src[rng["start"] + 1] != 0x7E:
                        self.parts.append("~")  # type: ignore[union-attr]
                    self.last_end = rng["end"]
                elif name in ("Emphasis", "Strong"):
                    self.last_end = rng["end"]
                elif name == "TableCell":
                    self.row.append(self.close_inline())
                elif name == "TableHead" or name == "TableRow":
                    cells = " | ".join(c for c in self.row if c)
                    if cells:
                        doc.blocks.append(Block(cells, self.row_line, self.row_line, "table"))
                    self.row, self.row_line = [], 0
            elif key == "InlineHtml":
                parts = self.inline(rng)
                m = _INLINE_HTML_A_RE.match(value)
                if m:
                    self.links.append((m.group(1), self.current, len(parts)))
                elif value.lower().startswith("</a"):
                    self.close_link(rng)
            elif key == "FootnoteReference":
                parts = self.inline(rng)
                if value not in self.defined:
                    parts.append(f"[^{value}]")
            i += 1

    def open(self, line: int) -> None:
        self.parts, self.current, self.links, self.first = [], line, [], line
        self.codes = []

    def inline(self, rng: dict[str, int]) -> list[str]:
        """The open inline context's parts; outside one, a tight item's text opens one."""
        self.last_end = rng["end"]
        if self.parts is None:
            self.open(self.line(rng["start"]))
            self.implicit = True
        return self.parts  # type: ignore[return-value]

    def close_inline(self) -> str:
        text = collapse_whitespace("".join(self.parts or ()))
        self.parts, self.links = None, []
        return text

    def close_implicit(self) -> None:
        self.implicit = False
        self.end = self.line(max(self.last_end - 1, 0))
        self.close_block(self.containers[-1] if self.containers else "p")

    def close_block(self, kind: str) -> None:
        first = self.first
        text = self.close_inline()
        if text:
            code = tuple(filter(None, map(collapse_whitespace, self.codes))) if self.codes else ()
            self.doc.blocks.append(Block(text, first, self.end, kind, code=code))

    def close_heading(self, level: int) -> None:
        doc, line = self.doc, self.first
        text = self.close_inline()
        anchor = None
        m = _HEADING_ID_RE.search(text)
        if m:
            anchor, text = m.group(1), text[: m.start()]
        col = _heading_column(doc, line)
        doc.headings.append(Heading(level, text, line, col, anchor or heading_anchor(text)))
        doc.blocks.append(Block(text, line, self.end, "heading", level))

    def close_link(self, rng: dict[str, int]) -> None:
        self.last_end = rng["end"]
        if self.links and self.parts is not None:
            href, lline, start = self.links.pop()
            anchor = collapse_whitespace("".join(self.parts[start:]))
            self.doc.links.append(Link(href, anchor, lline, _column(self.doc, lline, anchor, href)))

    def label(self, events: list[tuple[Any, dict[str, int]]], i: int, j: int) -> str:
        """The source of the label of the image whose events are `i`..`j` (markdown-it
        gave the label's source as the alt text, not its rendered text): from after
        "![" to the end of the last event inside."""
        if j <= i + 1:
            return ""
        start = events[i][1]["start"] + 2
        end = max(rng["end"] for _, rng in events[i + 1 : j])
        return self.src[start:end].decode(errors="replace")


def _heading_column(doc: Document, line: int) -> int:
    if doc.lines and 0 < line <= len(doc.lines):
        src = doc.lines[line - 1]
        return len(src) - len(src.lstrip()) + 1
    return 1


def _column(doc: Document, line: int, anchor: str, href: str) -> int:
    if not doc.lines or not 0 < line <= len(doc.lines):
        return 1
    src = doc.lines[line - 1]
    for needle in ("[" + anchor, href):
        pos = src.find(needle) if needle else -1
        if pos >= 0:
            return pos + 1
    return 1


#: HTML elements that start a new paragraph-like block (and the block kind they imply).
_HTML_BLOCK_TAGS = {
    **dict.fromkeys(
        ("p", "div", "ul", "ol", "section", "article", "details", "summary", "dl", "dt"),
        "",
    ),
    **dict.fromkeys(("figure", "figcaption", "header", "footer", "aside", "hr"), ""),
    **{"li": "li", "blockquote": "quote", "pre": "code", "tr": "table", "dd": "dd"},
}


def _html_block(content: str, base: int, end: int, doc: Document, kind: str) -> None:
    """Raw HTML inside Markdown: keep its prose, headings, links and images.

    Blocks are emitted in reading order and split at block-level elements, so a
    heading inside the HTML stays between the paragraphs around it.
    """
    content = content.strip()
    if not content or content.startswith("<script") or content.startswith("<style"):
        return
    if _tags_only(content):
        return  # "</details>", "<blockquote>": nothing to keep, and no parse to pay for
    from lxml import html as lxml_html  # lazy: most Markdown files have no HTML blocks

    try:
        root = lxml_html.fragment_fromstring(content, create_parent="div")
    except Exception:
        return
    for bad in root.xpath("//script|//style|//template"):
        bad.drop_tree()
    for a in root.iter("a"):
        if a.get("href"):
            doc.links.append(
                Link(
                    a.get("href"),
                    collapse_whitespace(a.text_content()),
                    base + (a.sourceline or 1) - 1,
                )
            )
    for img in root.iter("img"):
        doc.images.append(
            Image(img.get("src", ""), img.get("alt", ""), base + (img.sourceline or 1) - 1)
        )

    parts: list[str] = []
    state: dict[str, Any] = {"line": base, "kind": kind}

    def flush(end: int) -> None:
        text = collapse_whitespace("".join(parts))
        parts.clear()
        if text:
            start = state["line"]
            doc.blocks.append(Block(text, start, max(start, end), state["kind"]))

    def add(text: str | None, line: int, block_kind: str) -> None:
        if text:
            if not parts or not "".join(parts).strip():
                state["line"], state["kind"] = line, block_kind
            parts.append(text)

    def visit(el: Any, block_kind: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        line = base + (el.sourceline or 1) - 1
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            flush(line - 1)
            text = collapse_whitespace(el.text_content())
            if text:
                level = int(tag[1])
                doc.headings.append(
                    Heading(level, text, line, 1, el.get("id") or heading_anchor(text))
                )
                doc.blocks.append(Block(text, line, line, "heading", level))
        elif tag in _HTML_BLOCK_TAGS:
            flush(line - 1)
            inner = _HTML_BLOCK_TAGS[tag] or block_kind
            add(el.text, line, inner)
            for child in el:
                visit(child, inner)
            flush(line + _html_newlines(el))
        else:
            if tag in ("td", "th") and parts:
                parts.append(" | ")
            add(el.text, line, block_kind)
            for child in el:
                visit(child, block_kind)
        add(el.tail, line, block_kind)

    add(root.text, base, kind)
    for child in root:
        visit(child, kind)
    flush(end)


#: Start and end tags of elements that hold no link, image or heading of their own.
_PLAIN_TAG_RE = re.compile(
    r"</?(?:div|span|details|summary|blockquote|br|hr|p|table|thead|tbody|tr|td|th|ul|ol|li"
    r"|section|center|b|i|em|strong|small|sub|sup)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


_TAGS_ONLY_MAX = 300


def _tags_only(content: str) -> bool:
    """Whether an HTML block is only such tags and whitespace: lxml would find no text,
    link, image or heading in it, so `_html_block` would add nothing. (Long blocks are
    not looked at: they hold text, and scanning them would cost more than it saves.)"""
    return len(content) <= _TAGS_ONLY_MAX and not _PLAIN_TAG_RE.sub("", content).strip()


def _html_newlines(el: Any) -> int:
    from lxml import etree

    markup: str = etree.tostring(el, encoding="unicode", with_tail=False)
    return markup.count("\n")
