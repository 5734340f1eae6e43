"""Markdown (and MDX) files: front matter, then markdown-it-py with source lines.

Code blocks, HTML comments, Hugo shortcodes, Liquid tags and MDX/JSX components are
not prose. They are masked with spaces before parsing, so every line and column the
parser reports is still the file's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from contentlint.model import urls
from contentlint.model.document import Block, Document, Heading, Image, Link
from contentlint.model.settings import SourceSettings
from contentlint.model.text import collapse_whitespace, heading_anchor
from contentlint.signals import suppress
from contentlint.sources import frontmatter
from contentlint.sources.base import finalize
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

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

_DESCRIPTION_KEYS = ("description", "summary", "excerpt", "meta_description", "metaDescription")
_LISTING_DIRS = {"tags", "tag", "categories", "category", "authors", "archives", "page"}
_REDIRECT_KEYS = ("redirect_to", "redirect", "redirect_url", "external_url", "externalUrl")
_LISTING_LAYOUTS = {"list", "archive", "archives", "home", "taxonomy", "term", "section", "tag"}


#: Rules left out of a document's parser when its text lacks what they need to match
#: (see `_parser_for`): the rules, and the substrings one of which each needs.
_GATED_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # A table's header row holds a "|" (markdown-it's table rule returns otherwise).
    (("table",), ("|",)),
    # Footnotes start with "[^" (definitions, references) or "^[" (inline notes); with
    # none, the plugin's rules never match and its tail pass returns at once.
    (("footnote_def", "footnote_inline", "footnote_ref", "footnote_tail"), ("[^", "^[")),
    # A link reference definition's label is closed by "]:" on one line.
    (("reference",), ("]:",)),
    # Raw HTML blocks, inline tags and autolinks all start with "<".
    (("html_block", "html_inline", "autolink"), ("<",)),
    # A code fence is three or more backticks or tildes.
    (("fence",), ("```", "~~~")),
    (("blockquote",), (">",)),
)


@lru_cache(maxsize=64)
def _parser(off: frozenset[str] = frozenset()) -> MarkdownIt:
    """The shared parser, with the rules in `off` disabled.

    markdown-it tries every enabled block rule at the start of every line (and the
    paragraph terminators on every paragraph line); a rule that cannot match the
    document only costs time. `_parser_for` disables one only when the text lacks what
    the rule needs to match, so the tokens are the same either way.
    """
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    # Footnote definitions are their own paragraphs, not part of the last one.
    md.use(footnote_plugin)
    # Links are resolved later against the page URL; markdown-it's percent-encoding pass
    # and its javascript:-link filter are rendering concerns and cost ~10% of parsing.
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    if off:
        md.disable(sorted(off))
    return md


#: The end of a line that could underline a setext heading: markdown-it's lheading
#: rule wants a line of "=" or "-" then only spaces or tabs (a lone "\r" ends a line
#: too). Most pages have no line ending so, and lheading is tried on every paragraph.
#: (Checking the whole underline costs as much as the rule saves: this starts with a
#: character class, which the regex engine skips to.)
_UNDERLINE_END_RE = re.compile(r"[=-][ \t]*(?:$|\r)", re.MULTILINE)


def _parser_for(text: str) -> MarkdownIt:
    """The parser for `text` (masked Markdown), without the rules that cannot match it
    (`_GATED_RULES`, `_UNDERLINE_END_RE`; ~10% of parsing on the Rust blog)."""
    off = [
        rule for rules, needs in _GATED_RULES if not any(n in text for n in needs) for rule in rules
    ]
    if not _UNDERLINE_END_RE.search(text):
        off.append("lheading")
    return _parser(frozenset(off))


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
    _walk(_parser_for(masked).parse(masked), doc)

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


def _walk(tokens: list[Token], doc: Document) -> None:
    containers: list[str] = []
    row: list[str] = []
    row_line = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            containers.append("li")
        elif t in ("blockquote_open",):
            containers.append("quote")
        elif t in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif t == "heading_open":
            level = int(tok.tag[1])
            inline = tokens[i + 1]
            text, _ = _inline(inline, doc, _line(tok))
            anchor = None
            m = _HEADING_ID_RE.search(text)
            if m:
                anchor, text = m.group(1), text[: m.start()]
            line = _line(tok)
            col = _heading_column(doc, line)
            doc.headings.append(Heading(level, text, line, col, anchor or heading_anchor(text)))
            doc.blocks.append(Block(text, line, _end(tok), "heading", level))
            i += 2
        elif t == "paragraph_open":
            inline = tokens[i + 1]
            text, _ = _inline(inline, doc, _line(tok))
            if text:
                kind = containers[-1] if containers else "p"
                doc.blocks.append(Block(text, _line(tok), _end(tok), kind))
            i += 2
        elif t in ("fence", "code_block"):
            doc.blocks.append(Block(tok.content.rstrip("\n"), _line(tok), _end(tok), "code"))
        elif t == "tr_open":
            row, row_line = [], _line(tok)
        elif t == "inline" and row_line:
            text, _ = _inline(tok, doc, row_line)
            row.append(text)
        elif t == "tr_close":
            cells = " | ".join(c for c in row if c)
            if cells:
                doc.blocks.append(Block(cells, row_line, row_line, "table"))
            row, row_line = [], 0
        elif t == "html_block":
            _html_block(tok, doc, containers[-1] if containers else "p")
        i += 1


def _line(tok: Token) -> int:
    return tok.map[0] + 1 if tok.map else 1


def _end(tok: Token) -> int:
    return tok.map[1] if tok.map else _line(tok)


def _heading_column(doc: Document, line: int) -> int:
    if doc.lines and 0 < line <= len(doc.lines):
        src = doc.lines[line - 1]
        return len(src) - len(src.lstrip()) + 1
    return 1


def _inline(tok: Token, doc: Document, line: int) -> tuple[str, int]:
    """Plain text of an inline token; records links and images with their lines."""
    parts: list[str] = []
    current = line
    link_stack: list[tuple[str, int, int]] = []  # href, line, start index in parts
    for child in tok.children or []:
        ct = child.type
        if ct in ("text", "code_inline"):
            parts.append(child.content)
        elif ct == "softbreak" or ct == "hardbreak":
            parts.append(" ")
            current += 1
        elif ct == "link_open":
            link_stack.append((str(child.attrGet("href") or ""), current, len(parts)))
        elif ct == "link_close" and link_stack:
            href, lline, start = link_stack.pop()
            anchor = collapse_whitespace("".join(parts[start:]))
            doc.links.append(Link(href, anchor, lline, _column(doc, lline, anchor, href)))
        elif ct == "image":
            alt = child.content
            src = str(child.attrGet("src") or "")
            title = str(child.attrGet("title") or "")
            doc.images.append(Image(src, alt, current, title))
        elif ct == "html_inline":
            m = re.match(r"<a\s[^>]*href=[\"']([^\"']+)", child.content, re.IGNORECASE)
            if m:
                link_stack.append((m.group(1), current, len(parts)))
            elif child.content.lower().startswith("</a") and link_stack:
                href, lline, start = link_stack.pop()
                anchor = collapse_whitespace("".join(parts[start:]))
                doc.links.append(Link(href, anchor, lline, _column(doc, lline, anchor, href)))
    return collapse_whitespace("".join(parts)), current


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


def _html_block(tok: Token, doc: Document, kind: str) -> None:
    """Raw HTML inside Markdown: keep its prose, headings, links and images.

    Blocks are emitted in reading order and split at block-level elements, so a
    heading inside the HTML stays between the paragraphs around it.
    """
    from lxml import html as lxml_html  # lazy: most Markdown files have no HTML blocks

    content = tok.content.strip()
    if not content or content.startswith("<script") or content.startswith("<style"):
        return
    try:
        root = lxml_html.fragment_fromstring(content, create_parent="div")
    except Exception:
        return
    base = _line(tok)
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
    flush(_end(tok))


def _html_newlines(el: Any) -> int:
    from lxml import etree

    markup: str = etree.tostring(el, encoding="unicode", with_tail=False)
    return markup.count("\n")
