"""Bylines and dates read from the HTML tree, while it exists: one scan per page at parse time.

Visible bylines and dates need the HTML tree, which only exists while the page is
parsed: `scan_html` records them in `doc.extra["page_signals"]`, a compact picklable
record that `signals.authors`, `signals.datefacts` and the rules read later. Only the
ones near the article's headline, or inside its article element, count, and nothing
inside navigation, sidebars, comments or related-story lists does: those carry other
stories' bylines and dates. Finding the headline, and telling those places apart
cheaply on pages of thousands of elements, is most of the work.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from contentlint.model.text import collapse_whitespace, fold_for_ascii
from contentlint.signals import dates as datesmod
from contentlint.signals.bylinescan import (
    SKIP_TAGS,
    ancestor,
    author_box_class,
    box_class,
    by_alone,
    by_text,
    byline_names,
    byline_text,
    extra_bylines,
    first_href,
    in_prose,
    next_text,
    prev_text,
    quoted,
    text_of,
)
from contentlint.signals.cues import cues
from contentlint.signals.names import clean_name, is_capitalised_name
from lxml import etree

_EXCLUDED_TAGS = frozenset({"aside", "nav", "form"})
_EXCLUDED_CLASS = re.compile(
    r"comment|sidebar|side-bar|widget|related|recommend|trending|popular|most-?read|"
    r"newsletter|promo|teaser|outbrain|taboola|recirc|more-stories|also-on|next-?up|up-?next|"
    r"rpwwt|ticker|mainnav|navbar|navigation|(?:^|[\s_-])nav(?:$|[\s_-])|menu|breadcrumb|"
    r"footer-nav|site-footer|share|social|subscribe|story-list|river|carousel|featured-article|"
    r"post-?list|article-?list|list-of|review|masthead|top-?bar|(?:^|[\s_-])today(?:$|[\s_-])|"
    r"replies|reply|read-?more|more-?from|you-?may|also-?read",
    re.IGNORECASE,
)
_COMMENT_CLASS = re.compile(r"(?:^|\s)comment", re.IGNORECASE)
_BYLINE_CLASS = re.compile(
    r"by-?line|author|writer|contributor|posted-?by|submitted-?by|reporter|columnist",
    re.IGNORECASE,
)
_NOT_BYLINE_CLASS = re.compile(
    r"avatar|image|img|photo|pic|social|twitter|email|mail|follow|flyout|bio(?!s)|"
    r"description|desc|title|role|job|more|archive|rss|count|icon|label|reading|read-?time|"
    r"location|city|place|dateline|credit|gear|recent|__post|stories|__heading",
    re.IGNORECASE,
)
_DATE_CLASS = re.compile(
    r"date|time(?!line)|publish|posted|updated|modified|stamp|dateline", re.IGNORECASE
)
_MODIFIED_WORDS = re.compile(
    r"updat|modif|revised|aktualisiert|actualizado|atualizado|aggiornato|mis à jour|edited",
    re.IGNORECASE,
)
_PUBLISHED_WORDS = re.compile(
    r"publi|posted|first published|veröffentlicht|pubblicato|created|pubdate|issued",
    re.IGNORECASE,
)
#: How far (in text-bearing elements) a byline or date may sit from the headline.
WINDOW_BEFORE = 15
WINDOW_AFTER = 30
_ARTICLE_ITEMTYPE = re.compile(r"schema\.org/(\w*Article|BlogPosting|LiveBlogPosting|Report)\b")

# A page has ~800 elements and ~190 distinct class strings; testing each string with
# the three case-insensitive class patterns below cost more than the rest of the scan.
# One search of the lowered string tells the few that may match any of them.

#: Every match of _BYLINE_CLASS, _DATE_CLASS or _HEADLINE_CLASS contains one of these.
_CLASS_WORDS = re.compile(
    "byline|by-line|author|writer|contributor|posted|submitted|reporter|columnist|"
    "date|time|publish|updated|modified|stamp|headline|tit"
)


@lru_cache(maxsize=4096)
def _class_words(cls: str) -> bool:
    """Whether `cls` may match _BYLINE_CLASS, _DATE_CLASS or _HEADLINE_CLASS (a superset:
    the exact tests still decide)."""
    return _CLASS_WORDS.search(fold_for_ascii(cls)) is not None


_MICRODATA = etree.XPath("descendant-or-self::*[@itemprop or @itemscope]")

#: Elements whose text is not shown (`head` is outside the body anyway).
HIDDEN_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_NOT_BOXES = ("body", "html", "main", "article")


@dataclass
class BodyWalk:
    """What one walk of the page's body finds, for `scan_html` and the page's visible words.

    A page has ~1,400 elements: every Python step per element is a cost paid on every
    page, so the facts several scans need are read in this one walk, not in a walk each.
    """

    body: Any
    elements: list[Any]  # the body's elements, in document order
    order: dict[Any, int]  # element -> index in `elements`
    texty: list[int]  # cumulative count of text-bearing elements, by document order
    heads: list[Any]  # possible headlines
    classed: list[int]  # <time> and elements classed like a byline or a date, maybe
    boxes: list[int]  # elements classed like an author box (`bylinescan.box_class`)
    short: list[int]  # elements whose own text is short and starts with a letter
    microdata: list[Any]  # elements with `itemprop` or `itemscope`
    #: The body's visible text nodes (what `sources.html._VISIBLE_TEXT` selects, each
    #: element's tail right after its text: an order of its own), or None on an odd tree
    #: (several bodies), where the caller asks the XPath.
    visible: list[str] | None


def walk_body(tree: Any) -> BodyWalk | None:
    """One walk of the body (None when the page has no `<body>` under its root)."""
    body = tree.find("body")
    if body is None:
        return None
    elements: list[Any] = []
    order: dict[Any, int] = {}
    texty: list[int] = []
    heads: list[Any] = []
    classed: list[int] = []
    boxes: list[int] = []
    short: list[int] = []
    micro: list[Any] = []
    visible: list[str] = []
    count = i = 0
    hidden_end: Any = None  # the last node of the hidden subtree being walked, if any
    for node in body.iter():
        tag = node.tag
        hidden = hidden_end is not None
        if hidden and node is hidden_end:
            hidden_end = None  # the nodes after it are shown again
        if tag.__class__ is not str:  # a comment or a processing instruction
            if not hidden and node.tail:
                visible.append(node.tail)
            continue
        text = node.text
        if not hidden:
            if tag in HIDDEN_TEXT_TAGS:
                if len(node):
                    last = node[-1]
                    while len(last):
                        last = last[-1]
                    hidden_end = last
            elif text:
                visible.append(text)
            if node.tail and node is not body:
                visible.append(node.tail)
        order[node] = i
        elements.append(node)
        if text and tag not in SKIP_TAGS:
            stripped = text.strip()
            if stripped:
                count += 1
                if len(text) <= 120 and stripped[0].isalpha():
                    short.append(i)
        texty.append(count)
        cls_attr, id_attr, itemprop = node.get("class"), node.get("id"), node.get("itemprop")
        # A word of the class test lies in the class or in the id (no word has a space).
        cls_words = bool(cls_attr) and _class_words(cls_attr)
        if cls_words or tag in ("h1", "h2", "h3") or itemprop == "headline":
            heads.append(node)
        if cls_words or tag == "time" or (id_attr and _class_words(id_attr)):
            classed.append(i)
        if cls_attr and tag not in _NOT_BOXES and box_class(cls_attr):
            boxes.append(i)
        if itemprop is not None or node.get("itemscope") is not None:
            micro.append(node)
        i += 1
    bodies = sum(1 for _ in tree.iter("body"))
    odd = bodies != 1 or any(a.tag in HIDDEN_TEXT_TAGS for a in body.iterancestors())
    return BodyWalk(
        body, elements, order, texty, heads, classed, boxes, short, micro, None if odd else visible
    )


def _microdata(tree: Any, walk: BodyWalk) -> list[Any]:
    """`_MICRODATA(tree)`: the root, then each of its children's subtrees in order; the
    body's from the walk."""
    found: list[Any] = []
    if tree.get("itemprop") is not None or tree.get("itemscope") is not None:
        found.append(tree)
    for child in tree.iterchildren(etree.Element):
        found.extend(walk.microdata if child is walk.body else _MICRODATA(child))
    return found


def scan_html(tree: Any, walk: BodyWalk | None = None) -> dict[str, Any]:
    """Bylines, `rel=author` links, microdata and visible dates, while the tree is whole.

    Returns a compact, picklable record for `doc.extra["page_signals"]`. Each candidate
    says whether it is near the headline (`near`), so the rules need no HTML. `walk`:
    `walk_body(tree)`, when the caller has it already.
    """
    out: dict[str, Any] = {"headline": None, "bylines": [], "dates": [], "articles": []}
    if walk is None:
        walk = walk_body(tree)
    if walk is None:
        return out
    elements, order, texty = walk.elements, walk.order, walk.texty
    heads, classed = walk.heads, walk.classed
    headline = _headline(tree, heads)
    h_pos = texty[order[headline]] if headline is not None else None
    h_article = ancestor(headline, "article") if headline is not None else None
    if headline is not None:
        out["headline"] = headline.sourceline
    excluded_cache: dict[Any, bool] = {}
    # What holds the headline is the article's container, whatever its classes say
    # (Blogger's "widget Blog", a theme's "main-inner columns-fix-sidebar").
    node = headline.getparent() if headline is not None else None
    while node is not None:
        excluded_cache[node] = False
        node = node.getparent()

    def place(el: Any) -> tuple[bool, bool]:
        """(near the headline, excluded context) for an element."""
        if el not in order:  # <html> and <head>: page-level microdata
            return False, False
        if _excluded(el, excluded_cache):
            return False, True
        if h_pos is None:
            in_main = ancestor(el, "article") is not None or ancestor(el, "main") is not None
            return in_main, False
        distance = texty[order[el]] - h_pos
        near = -WINDOW_BEFORE <= distance <= WINDOW_AFTER
        if not near and h_article is not None and ancestor(el, "article") is h_article:
            near = distance > 0  # an author box or date line at the end of the article
        return near, False

    bylines: list[dict[str, Any]] = out["bylines"]
    seen_names: dict[tuple[str, int], dict[str, Any]] = {}

    def add_byline(name: str | None, el: Any, how: str, url: str | None, near: bool) -> None:
        name = clean_name(name)
        if not name:
            return
        if how in ("text", "about") and not is_capitalised_name(name):
            return
        key = (name.lower(), el.sourceline or 0)
        if key in seen_names:
            if url and not seen_names[key]["url"]:
                seen_names[key]["url"] = url  # the same name again, now with its link
            return
        if len(bylines) >= 12:
            return
        entry = {"name": name, "line": el.sourceline or 1, "how": how, "url": url, "near": near}
        seen_names[key] = entry
        bylines.append(entry)

    # rel=author links (the <link> ones live in <head>)
    for el in tree.iter("a", "link"):
        if "author" not in (el.get("rel") or "").lower().split():
            continue
        if el.tag == "link":
            out.setdefault("rel_author", []).append(
                {"href": el.get("href"), "line": el.sourceline or 1}
            )
            continue
        near, excl = place(el)
        if not excl:  # an author link says what it is wherever it sits
            add_byline(el.text_content(), el, "rel", el.get("href"), True)

    def after(el: Any) -> bool:
        """Below the headline (an author box at the end of the article), or no headline."""
        return h_pos is None or (el in order and texty[order[el]] > h_pos)

    extra_bylines(tree, walk, place, after, add_byline, out)
    # microdata (an Article item may be the whole <html>, with its dates in <head>)
    for el in _microdata(tree, walk):
        prop = (el.get("itemprop") or "").split()
        itemtype = el.get("itemtype") or ""
        if el.get("itemscope") is not None and _ARTICLE_ITEMTYPE.search(itemtype):
            out["articles"].append(_microdata_article(el, itemtype))
        if not prop:
            continue
        if "author" in prop or "creator" in prop:
            near, excl = place(el)
            if excl:
                continue
            name_el = next(iter(el.xpath(".//*[@itemprop='name']")), None)
            raw = (
                (name_el.get("content") or name_el.text_content())
                if name_el is not None
                else (el.get("content") or el.text_content())
            )
            link = el if el.tag == "a" else next(iter(el.iter("a")), None)
            add_byline(raw, el, "microdata", link.get("href") if link is not None else None, near)
        for p in prop:
            if p in ("datePublished", "dateModified", "dateCreated", "uploadDate"):
                near, excl = place(el)
                if excl:
                    continue
                raw = el.get("content") or el.get("datetime") or el.text_content()
                role = "modified" if p == "dateModified" else "published"
                _add_date(out["dates"], raw, raw, el, "microdata", role, near)
    # class/id bylines, "By" + name, and visible dates. Only elements near the headline
    # (a run of the document order: texty only grows) or with a byline or date class
    # (or <time>) can yield one; the rest of the page is not visited.
    if h_pos is None:
        visit: Iterable[int] = range(len(elements))
    else:
        near_run = range(
            bisect_left(texty, h_pos - WINDOW_BEFORE), bisect_right(texty, h_pos + WINDOW_AFTER)
        )
        visit = sorted(set(near_run).union(classed))
    for i in visit:
        el = elements[i]
        if el.tag in SKIP_TAGS:
            continue
        raw_cls = el.get("class"), el.get("id")
        cls = f"{raw_cls[0] or ''} {raw_cls[1] or ''}" if raw_cls != (None, None) else ""
        text = el.text.strip() if el.text else ""
        if (
            cls
            and el.tag not in ("body", "html", "main", "article")
            and _byline_class(cls)
            and not _has_byline_child(el)
        ):
            near, excl = place(el)
            if not excl and (near or after(el)):  # the author box below the article too
                for name, url in byline_names(el):
                    add_byline(name, el, "class", url, True)
        # Text-based bylines and dates only count near the headline: test that cheaply first.
        close = h_pos is None or -WINDOW_BEFORE <= texty[i] - h_pos <= WINDOW_AFTER
        if close and text and len(text) <= 120 and byline_text(text):
            near, excl = place(el)
            if not excl and near and not in_prose(el):
                if by_text(text) and not by_alone(text):
                    add_byline(text, el, "text", first_href(el), near)
                else:
                    nxt = next_text(elements, i)
                    if nxt is not None and len(nxt[1]) <= 80:
                        add_byline(nxt[1], nxt[0], "text", first_href(nxt[0]), near)
        dated = el.tag == "time" or bool(cls and _date_class(cls) and len(el) <= 6)
        if close:
            tail = el.tail.strip() if el.tail else ""
            for loose in (text, tail) if not dated else (tail,):
                # most elements have neither: no call for the empty strings
                if loose and _date_line(loose) and not quoted(el):
                    # A date line without markup ("Monday, November 18th, 2019 at 11:08 a.m.").
                    near, excl = place(el)
                    if near and not excl:
                        label = f"{loose} {prev_text(elements, i)}"
                        _add_date(out["dates"], loose, loose, el, "text", _date_role(label), near)
        if not dated:
            continue
        near, excl = place(el)
        if excl or not near:
            continue
        content = collapse_whitespace(" ".join(el.itertext()))
        if len(content) > 160:
            continue
        attr = el.get("datetime") or el.get("content") or ""
        label = f"{cls} {content} {prev_text(elements, i)}"
        _add_date(
            out["dates"],
            attr or content,
            content,
            el,
            "time" if el.tag == "time" else "class",
            _date_role(label),
            near,
        )
    return out


_SENTENCE_END = re.compile(r"[.。!?！？]\s*$")


def _date_line(text: str) -> bool:
    """A short line that dates something: "12. März 2024", "Publicado el 7 de agosto de 2024",
    not a sentence of the article that mentions a date ("The meeting is on 5 March 2019.")."""
    if not text or len(text) > 80 or not _looks_dated(text):
        return False
    words = text.split()
    if _SENTENCE_END.search(text) and (len(words) > 8 or (len(words) < 3 and len(text) > 25)):
        c = cues()
        return bool(c.published.search(text) or c.updated.search(text))
    return True


def _looks_dated(text: str) -> bool:
    if not any(map(str.isdigit, text)):  # map: no Python frame per character
        low = text.lower()
        if "yesterday" not in low and "today" not in low and "just now" not in low:
            return False
    return datesmod.parse(text) is not None or datesmod.is_relative(text)


def _date_role(label: str) -> str:
    if _MODIFIED_WORDS.search(label):
        return "modified"
    if _PUBLISHED_WORDS.search(label):
        return "published"
    return "unknown"


def _add_date(
    found: list[dict[str, Any]], raw: str, shown: str, el: Any, how: str, role: str, near: bool
) -> None:
    if len(found) >= 24 or not raw:
        return
    raw = collapse_whitespace(raw)
    parsed = datesmod.parse(raw) if not datesmod.PLACEHOLDER_DATE.match(raw) else None
    if parsed is None and shown != raw:
        parsed = datesmod.parse(shown)
    relative = parsed is None and datesmod.is_relative(shown or raw)
    if parsed is None and not relative:
        return
    entry = {
        "value": parsed.day.isoformat() if parsed else None,
        "alt": parsed.alt.isoformat() if parsed and parsed.alt else None,
        "role": role,
        "line": el.sourceline or 1,
        "how": how,
        "text": (shown or raw)[:80],
        "relative": relative,
        "near": near,
    }
    if entry not in found:
        found.append(entry)


def _headline(tree: Any, candidates: Iterable[Any]) -> Any:
    """The article's headline: the heading (or title-classed element) closest to the page title.

    `candidates`: the body's elements, in document order, that may be one (scan_html
    leaves out those whose class cannot match _HEADLINE_CLASS).

    Not simply the first H1: many sites use an H1 for the logo or a section name, some
    put the headline in an H2 or a `<p class="title">`.
    """
    title = ""
    for m in tree.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"):
            title = m.get("content") or ""
            break
    if not title:
        t = tree.find(".//title")
        title = t.text_content() if t is not None else ""
    want = set(re.findall(r"\w+", title.lower()))
    cache: dict[Any, bool] = {}
    scored: list[tuple[float, int, Any]] = []
    for el in candidates:
        heading = el.tag in ("h1", "h2", "h3")
        hinted = el.get("itemprop") == "headline" or _headline_class(el.get("class") or "")
        if not (heading or hinted):
            continue
        text = collapse_whitespace(el.text_content())
        if not text or len(text) > 300:
            continue
        got = set(re.findall(r"\w+", text.lower()))
        score = len(want & got) / len(got | want) if want and got else 0.0
        if _excluded(el, cache):
            score -= 1
        scored.append((score, el.tag == "h1", el))
    if not scored:
        return None
    best = max(scored, key=lambda x: (x[0], x[1]))
    if best[0] >= 0.5:
        return best[2]
    h1s = [x for x in scored if x[1]]
    good = [x for x in h1s if x[0] >= 0.25]
    if good:
        return max(good, key=lambda x: x[0])[2]
    inside = [
        x[2]
        for x in h1s
        if x[0] >= 0
        and (ancestor(x[2], "article") is not None or ancestor(x[2], "main") is not None)
    ]
    if inside:
        return inside[0]
    return h1s[0][2] if len(h1s) == 1 and h1s[0][0] >= 0 else None


_HEADLINE_CLASS = re.compile(r"headline|title|titulo|titel|titre", re.IGNORECASE)


def _excluded(el: Any, cache: dict[Any, bool]) -> bool:
    """Inside navigation, a sidebar, comments or a list of other stories."""
    chain: list[Any] = []
    node = el
    result = False
    while node is not None and isinstance(node.tag, str):
        if node in cache:
            result = cache[node]
            break
        chain.append(node)
        if node.tag in ("body", "main", "html") or _main_like(node) or _entry_like(node):
            # their classes describe the page or the post (WordPress adds category slugs);
            # an h-entry is the post itself (Blogger puts it in a "widget")
            break
        if node.tag == "article":
            # An article's classes describe the post, except that comments are often
            # articles too; a teaser card is an article inside a related-posts block.
            if _COMMENT_CLASS.search(node.get("class") or ""):
                result = True
                break
            node = node.getparent()
            continue
        if node.tag == "aside" and author_box_class(node.get("class") or ""):
            node = node.getparent()  # <aside class="author-box">: about this article
            continue
        if node.tag in _EXCLUDED_TAGS or (
            node.tag == "footer"
            and ancestor(node, "article") is None
            and ancestor(node, "main") is None
        ):
            result = True
            break
        cls = f"{node.get('class') or ''} {node.get('id') or ''}"
        if cls.strip() and _excluded_class(cls):
            result = True
            break
        node = node.getparent()
    for n in chain:
        cache[n] = result
    return result


def _main_like(node: Any) -> bool:
    """`<div id="main">`, `role="main"`: the page's main column, whatever its classes say."""
    return node.get("role") == "main" or (node.get("id") or "").lower() in _MAIN_IDS


def _entry_like(node: Any) -> bool:
    """A post marked up as an h-entry (`hentry`): like `<article>`."""
    cls = node.get("class")
    return bool(cls) and ("hentry" in cls or "h-entry" in cls)


_MAIN_IDS = frozenset({"main", "main-content", "maincontent", "content-main", "primary"})


# Class strings repeat across a page (and across pages of a site): test each once.
@lru_cache(maxsize=4096)
def _byline_class(cls: str) -> bool:
    return bool(_BYLINE_CLASS.search(cls)) and not _NOT_BYLINE_CLASS.search(cls)


@lru_cache(maxsize=4096)
def _date_class(cls: str) -> bool:
    return bool(_DATE_CLASS.search(cls))


@lru_cache(maxsize=4096)
def _headline_class(cls: str) -> bool:
    return bool(cls) and bool(_HEADLINE_CLASS.search(cls))


#: Every match of _EXCLUDED_CLASS contains one of these (tested on the lowered string
#: first: one plain search instead of the long case-insensitive pattern, for most
#: classes of a page, which match nothing).
_EXCLUDED_WORDS = re.compile(
    "comment|side-?bar|widget|related|recommend|trending|popular|most|newsletter|promo|"
    "teaser|outbrain|taboola|recirc|more-stories|also-on|next|rpwwt|ticker|nav|menu|"
    "breadcrumb|footer|share|social|subscribe|list|river|carousel|featured-article|"
    "review|masthead|top-?bar|today|repl|read|more|may"
)


@lru_cache(maxsize=4096)
def _excluded_class(cls: str) -> bool:
    if not _EXCLUDED_WORDS.search(fold_for_ascii(cls)):
        return False
    return bool(_EXCLUDED_CLASS.search(cls)) and not _BYLINE_CLASS.search(cls)


def _has_byline_child(el: Any) -> bool:
    """A byline block holding a more specific author element: let that one speak."""
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        cls = f"{child.get('class') or ''} {child.get('id') or ''}"
        if cls.strip() and _byline_class(cls) and text_of(child):
            return True
    return False


def _microdata_article(el: Any, itemtype: str) -> dict[str, Any]:
    props: set[str] = set()
    for child in el.iter():
        if child is not el and isinstance(child.tag, str):
            props.update((child.get("itemprop") or "").split())
    m = _ARTICLE_ITEMTYPE.search(itemtype)
    return {
        "type": m.group(1) if m else itemtype,
        "line": el.sourceline or 1,
        "author": bool(props & {"author", "creator"}),
        "date": "datePublished" in props,
    }
