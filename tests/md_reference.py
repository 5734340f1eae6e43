"""The markdown-it-py parse the Markdown source used before pyromark, kept only as the
reference the comparison test (tests/test_markdown_identity.py) and
bench/md_identity.py check the pyromark walk against. Remove it with them once the
pyromark walk has run a release without a difference.

Not part of the package: markdown-it-py and mdit-py-plugins are test dependencies now.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from unittest import mock

from contentlint.model.document import Block, Document, Heading, Image, Link
from contentlint.model.text import collapse_whitespace, heading_anchor
from contentlint.sources import markdown
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

_HEADING_ID_RE = markdown._HEADING_ID_RE


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def parse(*args: Any, **kwargs: Any) -> Document:
    """`markdown.parse` with the markdown-it-py walk in place of the pyromark one."""
    with mock.patch.object(markdown, "_parse_body", parse_body):
        return markdown.parse(*args, **kwargs)


def parse_body(masked: str, doc: Document) -> None:
    _walk(_parser().parse(masked), doc)


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
            col = markdown._heading_column(doc, line)
            doc.headings.append(Heading(level, text, line, col, anchor or heading_anchor(text)))
            doc.blocks.append(Block(text, line, _end(tok), "heading", level))
            i += 2
        elif t == "paragraph_open":
            inline = tokens[i + 1]
            text, _ = _inline(inline, doc, _line(tok))
            if text:
                kind = containers[-1] if containers else "p"
                code = tuple(
                    c
                    for c in (
                        collapse_whitespace(ch.content)
                        for ch in inline.children or []
                        if ch.type == "code_inline"
                    )
                    if c
                )
                doc.blocks.append(Block(text, _line(tok), _end(tok), kind, code=code))
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
            kind = containers[-1] if containers else "p"
            markdown._html_block(tok.content, _line(tok), _end(tok), doc, kind)
        i += 1


def _line(tok: Token) -> int:
    return tok.map[0] + 1 if tok.map else 1


def _end(tok: Token) -> int:
    return tok.map[1] if tok.map else _line(tok)


def _inline(tok: Token, doc: Document, line: int) -> tuple[str, int]:
    parts: list[str] = []
    current = line
    link_stack: list[tuple[str, int, int]] = []
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
            doc.links.append(Link(href, anchor, lline, markdown._column(doc, lline, anchor, href)))
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
                doc.links.append(
                    Link(href, anchor, lline, markdown._column(doc, lline, anchor, href))
                )
    return collapse_whitespace("".join(parts)), current
