"""HTML pages: one lxml parse for page-level facts, trafilatura for the main content.

Title, description, headings, links, JSON-LD, robots and canonical come from the
page tree; bylines, visible dates, microdata and the visible words from one walk of its
body (`signals.htmlscan.walk_body`); the main text comes from trafilatura, given the same
tree afterwards (and, with the trafilatura releases `_extract_in_place` follows, left to
prune it in place: nothing reads the tree after that). Each main content block keeps the
source line of the element it came from.
"""

from __future__ import annotations

import json
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from itertools import accumulate
from typing import Any

import lxml.html
from contentlint.model.document import Block, Document, Heading, Image, JsonLd, Link
from contentlint.model.settings import SourceSettings
from contentlint.model.text import collapse_whitespace, word_count, words
from contentlint.signals import suppress
from contentlint.signals.htmlscan import HIDDEN_TEXT_TAGS, BodyWalk, scan_html, walk_body
from contentlint.sources.base import finalize
from contentlint.sources.frontmatter import without_surrogates
from lxml import etree

_TAG_RE = re.compile(r"<[^>]*>")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
_LISTING_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage"}


def decode(data: bytes) -> str:
    """Bytes to text: BOM, then UTF-8, then the declared or detected charset."""
    from trafilatura.utils import decode_file

    return decode_file(data)


#: Deeper JSON-LD is not structured data but an attack on the code that walks it.
MAX_JSON_LD_DEPTH = 64


def _depth_over(value: Any, limit: int) -> bool:
    """Whether `value` nests deeper than `limit` (iteratively: no recursion to exhaust)."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return False


def _text_only(value: Any) -> Any:
    """JSON-LD with lone surrogates (`"\\ud800"`) in its strings replaced (see
    `frontmatter.without_surrogates`); called on data no deeper than MAX_JSON_LD_DEPTH."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {without_surrogates(k): _text_only(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_text_only(v) for v in value]
    return value


def _html_parser() -> etree.HTMLParser:
    """lxml.html's parser with its element classes chosen in C, not by a Python callback.

    lxml.html's own parser asks a Python `lookup` method for the class of every element
    proxy it creates (~5,000 a page, as our scans and trafilatura walk the tree): a tenth
    of the lint's time. Every element here is an `HtmlElement` (what trafilatura checks
    for and what `text_content` needs); only the form classes (`InputElement`...), which
    nothing reads, are lost. Same parse options as `lxml.html.HTMLParser()`.
    """
    parser = etree.HTMLParser()
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSERS = threading.local()  # one parser per thread: a parser is not shared


def parse_tree(text: str) -> lxml.html.HtmlElement:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = _html_parser()
    if not text.strip():  # lxml refuses an empty document; the page is just empty
        return lxml.html.document_fromstring("<html><body></body></html>", parser=parser)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError:  # "Document is empty": only comments, say
        return lxml.html.document_fromstring("<html><body></body></html>", parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
        return lxml.html.document_fromstring(text, parser=parser)


def parse(
    text: str,
    path: str,
    url: str | None,
    settings: SourceSettings,
    resolve_code: Callable[[str], str] = str.upper,
) -> Document:
    doc = Document(path=path, format="html", url=url)
    doc.lines = text.split("\n")
    tree = parse_tree(text)
    _page_facts(tree, doc)
    # Bylines, visible dates and the visible words, read in one walk of the body.
    walk = walk_body(tree)
    doc.extra["page_signals"] = scan_html(tree, walk)
    doc.page_words = _visible_words(tree, walk)
    _main_content(tree, doc, text)
    if doc.noindex is False and any(t in _LISTING_TYPES for t in _jsonld_types(doc)):
        doc.kind = "listing"
    doc.suppressions = suppress.parse(text, None, resolve_code)
    return finalize(doc, settings, tree.get("lang") or doc.meta.get("og:locale"))


def _page_facts(tree: lxml.html.HtmlElement, doc: Document) -> None:
    title_el = tree.find(".//title")
    if title_el is not None:
        title = collapse_whitespace(title_el.text_content())
        if title:
            doc.title = title
            doc.title_line = title_el.sourceline or 1
    for meta in tree.iter("meta"):
        key = (
            (meta.get("name") or meta.get("property") or meta.get("http-equiv") or "")
            .strip()
            .lower()
        )
        content = meta.get("content")
        if not key or content is None:
            continue
        doc.meta.setdefault(key, content.strip())
        if key == "description" and doc.description is None:
            doc.description = collapse_whitespace(content)
            doc.description_line = meta.sourceline or 1
        if key in ("robots", "googlebot") and "noindex" in content.lower():
            doc.noindex = True
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            doc.canonical = link.get("href").strip()
        elif "alternate" in rel and link.get("hreflang") and link.get("href"):
            pair = [link.get("hreflang").strip().lower(), link.get("href").strip()]
            doc.extra.setdefault("hreflang", []).append(pair)
    if doc.title is None and doc.meta.get("og:title"):
        doc.title = doc.meta["og:title"]
    for el in tree.iter(*_HEADING_TAGS):
        text = collapse_whitespace(el.text_content())
        doc.headings.append(
            Heading(int(el.tag[1]), text, el.sourceline or 1, 1, el.get("id"), in_main=False)
        )
    for a in tree.iter("a"):
        href = a.get("href")
        if href is None:
            continue
        rel = tuple((a.get("rel") or "").lower().split())
        doc.links.append(
            Link(
                href.strip(),
                collapse_whitespace(a.text_content()),
                a.sourceline or 1,
                rel=rel,
                in_main=False,
            )
        )
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        line = script.sourceline or 1
        try:
            data = json.loads(raw, strict=False)
            if _depth_over(data, MAX_JSON_LD_DEPTH):
                raise ValueError(f"nested more than {MAX_JSON_LD_DEPTH} levels deep")
            doc.json_ld.append(JsonLd(_text_only(data), line))
        except json.JSONDecodeError as exc:
            doc.json_ld.append(
                JsonLd(
                    None,
                    line + exc.lineno - 1,
                    f"{exc.msg} (line {exc.lineno}, column {exc.colno})",
                )
            )
        except (ValueError, RecursionError) as exc:  # too deep; an integer of 4,301 digits
            reason = "nested too deeply to read" if isinstance(exc, RecursionError) else str(exc)
            doc.json_ld.append(JsonLd(None, line, reason))


def _jsonld_types(doc: Document) -> list[str]:
    out: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                visit(n)
        elif isinstance(node, dict):
            t = node.get("@type")
            out.extend([t] if isinstance(t, str) else [x for x in t or [] if isinstance(x, str)])
            if "@graph" in node:
                visit(node["@graph"])

    for block in doc.json_ld:
        visit(block.data)
    return out


_HIDDEN_TEXT_TAGS = HIDDEN_TEXT_TAGS
_VISIBLE_TEXT = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::svg)]",
    smart_strings=False,
)


def _visible_words(tree: lxml.html.HtmlElement, walk: BodyWalk | None) -> int:
    """Words of all visible body text: `word_count(" ".join(texts))`, counted in two parts.

    No word spans the space the text nodes are joined with, so neither their order (the
    walk's is its own) nor a split of them changes the count. Nearly every page has some
    non-ASCII character (a no-break space, a curly quote), which sends the whole page
    through the Unicode word pattern; the ASCII nodes, most of them, are counted with the
    ASCII one (same words, twice as fast).
    """
    texts = walk.visible if walk is not None and walk.visible is not None else None
    if texts is None:
        texts = _visible_texts(tree)
    plain = " ".join([t for t in texts if t.isascii()])
    other = " ".join([t for t in texts if not t.isascii()])
    return len(words(plain)) + word_count(other)


def _visible_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """The text nodes `_VISIBLE_TEXT` selects, in document order, found twice as fast.

    The XPath tests five ancestor axes for each of a page's ~800 text nodes; a walk of
    the body that skips hidden subtrees whole reads each visible element's text when it
    starts and its tail when it ends (the HTML parser merges adjacent text, so `.text`
    and `.tail` are the text nodes). An odd tree (no body or several, or a body inside a
    hidden element) gets the XPath.
    """
    bodies = list(tree.iter("body"))
    if len(bodies) != 1 or any(a.tag in _HIDDEN_TEXT_TAGS for a in bodies[0].iterancestors()):
        return list(_VISIBLE_TEXT(tree))
    body = bodies[0]
    out: list[str] = []
    walker = etree.iterwalk(body, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            if node.tag in _HIDDEN_TEXT_TAGS:
                walker.skip_subtree()  # its "end" still comes, with its (visible) tail
            elif node.text:
                out.append(node.text)
        elif node.tail and node is not body:  # "end", or a comment or PI (no own text)
            out.append(node.tail)
    return out


def _main_content(tree: lxml.html.HtmlElement, doc: Document, source: str) -> None:
    """Blocks, images and main links from trafilatura's result; `source`: the page's text."""
    from trafilatura import bare_extraction

    # trafilatura's metadata (its author and htmldate's date) is read only as a fallback
    # on pages where our own scan finds no headline to anchor bylines and visible dates
    # (see `signals.htmlscan`); elsewhere it is ~15% of the extraction spent on nothing.
    fallback = not doc.extra.get("page_signals", {}).get("headline")
    if _in_place():
        result = _extract_in_place(tree, doc.url, fallback)
    else:
        result = bare_extraction(tree, options=_extractor(doc.url, fallback))
    if result is None:
        return
    meta = result if isinstance(result, dict) else result.as_dict()
    doc.extra["trafilatura"] = {
        k: meta.get(k)
        for k in (
            "title",
            "author",
            "date",
            "sitename",
            "categories",
            "tags",
            "description",
            "pagetype",
        )
        if meta.get(k)
    }
    body = meta.get("body")
    if body is None:
        return
    finder = _LineFinder(doc.lines or [], source)
    main_hrefs: set[str] = set()
    for el in body:
        _block(el, doc, finder, main_hrefs)
    for link in doc.links:
        if link.href in main_hrefs:
            link.in_main = True
    main_heads = {(b.level, b.text) for b in doc.blocks if b.kind == "heading"}
    for h in doc.headings:
        if (h.level, h.text) in main_heads:
            h.in_main = True


def _extractor(url: str | None, with_metadata: bool) -> Any:
    """trafilatura's options for `_main_content`: tables, links and images kept, no
    comments, no deduplication. The "txt" format, not "python": that one also renders
    the body as plain text, which nothing here reads (the blocks come from the body)."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="txt",
        comments=False,
        tables=True,
        links=True,
        images=True,
        url=url,
        with_metadata=with_metadata,
    )


#: trafilatura releases whose `bare_extraction` `_extract_in_place` follows step by step.
_IN_PLACE_VERSIONS = ("2.3.",)


@cache
def _in_place() -> bool:
    import trafilatura

    return str(getattr(trafilatura, "__version__", "")).startswith(_IN_PLACE_VERSIONS)


def _extract_in_place(tree: lxml.html.HtmlElement, url: str | None, with_metadata: bool) -> Any:
    """`bare_extraction(tree, ...)` with `_main_content`'s options, on `tree` itself.

    `bare_extraction` first copies a tree it is given (~0.5 ms a page: the whole page,
    head and scripts included), so that the caller's tree survives the pruning; nothing
    reads this tree after extraction but its root's `lang`, which the extraction leaves
    alone, and the API offers no way to skip the copy. These are its remaining steps for
    these options (no comments, no deduplication, language filter or blacklists, "txt"
    format); it is used only with the trafilatura releases it was checked against
    (`_IN_PLACE_VERSIONS`: the same result on every page of the identity check, see
    `bench/html_identity.py`), others get `bare_extraction` itself.
    """
    from trafilatura.core import LOGGER, trafilatura_sequence
    from trafilatura.metadata import Document as Extracted
    from trafilatura.metadata import extract_metadata

    options = _extractor(url, with_metadata)
    try:
        if options.with_metadata:
            document = extract_metadata(
                tree, options.url, options.date_params, options.fast, options.author_blacklist
            )
        else:
            document = Extracted()
        postbody, text, commentsbody, comments = trafilatura_sequence(
            tree, options, options.url or document.url
        )
        if options.max_tree_size:
            if len(postbody) > options.max_tree_size:
                etree.strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                raise ValueError
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            raise ValueError
    except (TypeError, ValueError):
        LOGGER.warning("discarding data: %s", options.source)
        return None
    document.raw_text, document.commentsbody, document.body = text, commentsbody, postbody
    return document


def _block(el: Any, doc: Document, finder: _LineFinder, hrefs: set[str]) -> None:
    tag = el.tag
    if not isinstance(tag, str):
        return
    for ref in el.iter("ref"):
        if ref.get("target"):
            hrefs.add(ref.get("target"))
    if tag == "list":
        for item in el.iterchildren("item"):
            _add(item, "li", doc, finder)
        return
    if tag == "table":
        for row in el.iter("row"):
            cells = [collapse_whitespace("".join(c.itertext())) for c in row.iterchildren("cell")]
            text = " | ".join(c for c in cells if c)
            if text:
                line = finder.find(cells[0] if cells else text, row.sourceline)
                doc.blocks.append(Block(text, line, line, "table"))
        return
    if tag == "graphic":
        doc.images.append(
            Image(
                el.get("src", ""),
                el.get("alt", ""),
                el.sourceline or finder.last,
                el.get("title", ""),
            )
        )
        return
    if tag == "head":
        rend = el.get("rend", "h2")
        level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
        _add(el, "heading", doc, finder, level)
        return
    kind = {"p": "p", "quote": "quote", "code": "code", "item": "li"}.get(tag, "p")
    for graphic in el.iter("graphic"):
        doc.images.append(
            Image(
                graphic.get("src", ""),
                graphic.get("alt", ""),
                finder.last,
                graphic.get("title", ""),
            )
        )
    _add(el, kind, doc, finder)


def _add(el: Any, kind: str, doc: Document, finder: _LineFinder, level: int = 0) -> None:
    text = collapse_whitespace("".join(el.itertext()))
    if not text:
        return
    line = finder.find(text, el.sourceline)
    end = line + max(0, _count_lines(el) - 1)
    code: tuple[str, ...] = ()
    if kind not in ("code", "heading"):
        code = tuple(
            c for c in (collapse_whitespace("".join(e.itertext())) for e in el.iter("code")) if c
        )
    doc.blocks.append(Block(text, line, end, kind, level, code))


def _count_lines(el: Any) -> int:
    lines = {e.sourceline for e in el.iter() if isinstance(e.tag, str) and e.sourceline}
    return (max(lines) - min(lines) + 1) if lines else 1


class _LineFinder:
    """Maps extracted text back to source lines when trafilatura rebuilt the element.

    Searches forward from the last found line, so repeated phrases resolve to the
    occurrence in reading order.
    """

    def __init__(self, lines: list[str], source: str | None = None) -> None:
        """`source`: `"\\n".join(lines)`, when the caller has it (the page's text)."""
        self.lines = lines
        self.last = 1
        self._plain: dict[int, str] = {}
        # The source in one string and where each line starts in it, so a scan for the
        # first line holding some text is one str.find in C per matching line instead of
        # a Python test per line (minified pages have few lines, others thousands). Both
        # made on first use: most blocks are found at the line trafilatura kept.
        self._source_text = source
        self._line_starts: list[int] | None = None

    @property
    def _source(self) -> str:
        if self._source_text is None:
            self._source_text = "\n".join(self.lines)
        return self._source_text

    @property
    def _starts(self) -> list[int]:
        if self._line_starts is None:  # line lengths + 1, summed: iterators in C
            lengths = map((1).__add__, map(len, self.lines))
            self._line_starts = list(accumulate(lengths, initial=0))
        return self._line_starts

    def _plain_line(self, i: int) -> str:
        """Line i (0-based) without tags, computed on demand: most lookups stay near `last`."""
        got = self._plain.get(i)
        if got is None:
            got = self._plain[i] = collapse_whitespace(_TAG_RE.sub(" ", self.lines[i]))
        return got

    def _lines_with(self, needle: str, first: int) -> Iterator[int]:
        """The lines from `first` on (0-based) whose source holds `needle`, in order.

        `needle` has no newline: callers pass collapsed text, or a word of it."""
        if first >= len(self.lines):
            return
        pos = self._starts[first]
        while (hit := self._source.find(needle, pos)) >= 0:
            i = bisect_right(self._starts, hit) - 1
            yield i
            pos = self._starts[i + 1]

    def find(self, text: str, hint: int | None) -> int:
        # trafilatura's fallback extractors re-parse fragments, so an element's sourceline
        # can belong to another parse: trust it only when the text starts there.
        if hint and self._starts_near(text, hint):
            self.last = max(1, hint)
            return hint
        probe = text[:40].strip()
        if probe:
            for start in (self.last, 1):
                for i in self._lines_with(probe[:12], max(0, start - 1)):
                    if probe in self._plain_line(i):
                        self.last = i + 1
                        return i + 1
        words = text.split(maxsplit=3)[:3]
        if words:
            # A word of the tag-free line is a run of its source: the first word of `head`
            # is in the source line of every line whose plain text holds `head`.
            head = " ".join(words)
            for i in self._lines_with(words[0], max(0, self.last - 1)):
                if head in self._plain_line(i):
                    self.last = i + 1
                    return i + 1
        return self.last

    def _starts_near(self, text: str, line: int) -> bool:
        head = " ".join(text.split(maxsplit=3)[:3])
        if not head or not 0 < line <= len(self.lines):
            return not head
        for i in range(line - 1, min(len(self.lines), line + 3)):
            if head in self._plain_line(i):
                return True
        # The head may be split by markup across lines; fall back to the first word.
        first = head.split()[0]
        return any(first in self.lines[i] for i in range(line - 1, min(len(self.lines), line + 3)))


def serialize_error(exc: BaseException) -> str:
    if isinstance(exc, etree.ParserError):
        return f"HTML could not be parsed: {exc}"
    return str(exc)
