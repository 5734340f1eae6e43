"""The byline half of the HTML scan: what a byline looks like, and where authors hide.

`signals.htmlscan` walks the page once and asks this module whether an element's text
is a byline ("By", "von", "Autor:", "作者："; the cues are data, `signals.cues`), which
names a byline element holds, and, in one extra pass, for the author credits that sit
away from the headline: author-page links (`/author/jo/`, `/@jo`), `<address>`,
h-card/vcard markup, the author box below the article and the `<title>`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from contentlint.model.text import collapse_whitespace
from contentlint.signals import dates as datesmod
from contentlint.signals.cues import cues
from contentlint.signals.names import clean_name, is_capitalised_name
from contentlint.signals.sites import PROFILE_DIRS, profile_href

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})


NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:name|fn|author-?name|authorname)(?:$|[\s_-])", re.I)


_BY_ALONE = re.compile(
    r"^(?:[|/•·\-–—]\s*)?(?:(?:written|posted|analysis|reporting|text|story|words)\s+)?by\s*:?$|"
    r"^(?:von|por|par|door|texte?\s*:|текст\s*:|author\s*:|autor\s*:)$",
    re.IGNORECASE,
)


_TRAILING_BY = re.compile(r"^(?P<lead>.+?)\s+by\s*:?$", re.IGNORECASE)


_BY_TEXT = re.compile(
    r"^(?:[|/•·\-–—]\s*)?(?:(?:written|posted|analysis|reporting)\s+)?by\s*:?\s+\S|^von\s+\S|"
    r"(?:^|\s)(?:publicado por|postado por|escrito por|publié par|écrit par|geschrieben von|"
    r"scritto da|pubblicato da)\s*:?\s+\S",
    re.IGNORECASE,
)


def by_alone(text: str) -> bool:
    return bool(_BY_ALONE.match(text) or cues().by_alone.match(text))


def by_text(text: str) -> bool:
    return bool(_BY_TEXT.search(text) or cues().by_prefix.match(text))


def extra_bylines(
    tree: Any,
    walk: Any,
    place: Any,
    after: Any,
    add_byline: Any,
    out: dict[str, Any],
) -> None:
    """Author links (`/author/jo/`, `/@jo`), `<address>` bylines, h-card/vcard markup, the
    author box below the article ("About the author", `.author-bio`), and the `<title>`
    (a byline may be only there). `walk`: the page's `htmlscan.BodyWalk`, whose lists of
    author-box-classed and short-text elements spare a walk of every element here."""
    body, elements = walk.body, walk.elements
    title = tree.find(".//title")
    if title is not None:
        out["title"] = collapse_whitespace(title.text_content())[:300]
    for el in body.iter("a", "address"):
        if el.tag == "a":
            href = el.get("href")
            if not profile_href(href) or len(el) > 3:
                continue
            near, excl = place(el)
            inside = ancestor(el, "article") is not None or ancestor(el, "main") is not None
            if not excl and (near or inside) and not in_prose(el):
                add_byline(text_of(el), el, "url", href, True)
            continue
        near, excl = place(el)
        if not excl:
            add_byline(text_of(el), el, "address", first_href(el), True)
    for i in walk.boxes:  # classed like an author box (`box_class`)
        el = elements[i]
        low = el.get("class").lower()
        near, excl = place(el)
        if excl or not (near or after(el)):
            continue
        name, href = box_name(el)
        if name:
            add_byline(name, el, "hcard" if "card" in low else "about", href, True)
    about, by_prefix = cues().about, cues().by_prefix
    for i in walk.short:  # own text of at most 120 characters, starting with a letter
        el = elements[i]
        text = el.text.strip()
        if by_prefix.match(text) and not by_alone(text) and after(el):
            # "Written by Jane Doe" / "Tekst: Jan Berg" at the end of the article
            near, excl = place(el)
            inside = ancestor(el, "article") is not None or ancestor(el, "main") is not None
            if not excl and inside and not in_prose(el):
                add_byline(text, el, "text", first_href(el), True)
            continue
        if el.tag not in _ABOUT_TAGS or len(text) > 40 or not about.match(text):
            continue
        nxt = next_text(elements, i)
        if nxt is None:
            continue
        near, excl = place(nxt[0])
        if not excl:
            name = re.split(r"\s+[—–-]\s+|[,.:]\s", nxt[1], maxsplit=1)[0]
            if len(name.split()) > 4:
                name = leading_name(nxt[1]) or ""
            add_byline(name, nxt[0], "about", first_href(nxt[0]), True)


_BOX = re.compile(
    r"(?:^|\s)(?:h-card|vcard)(?:$|\s)|author-?(?:box|bio|info|card|profile|details|about|wrap)|"
    r"about-?(?:the-?)?author|(?:^|[\s_-])bio-?box"
)


_BOX_NAME_TAGS = ("strong", "b", "h2", "h3", "h4", "h5", "h6", "a", "span", "p", "div")


_LEADING_NAME = re.compile(r"^((?:[^\W\d_][\w'’.-]*\s){1,3}?[^\W\d_][\w'’.-]*),?\s+(?=[^\W\d_]+\s)")


def leading_name(text: str) -> str | None:
    """The name a bio starts with: `Jane Doe is a ...`, `Max Muster ist ...`, `Jan Berg, 42, ...`."""
    m = _LEADING_NAME.match(text)
    if not m:
        return None
    name = m.group(1)
    rest = text[m.end() :].split(maxsplit=1)
    if not is_capitalised_name(name) or not rest or not rest[0][:1].islower():
        return None
    return clean_name(name)


@lru_cache(maxsize=4096)
def box_class(cls: str) -> bool:
    """Whether an element classed `cls` may be an author box or an h-card (class strings
    repeat across a page: each is tested once)."""
    low = cls.lower()
    return ("card" in low or "author" in low or "bio" in low) and bool(_BOX.search(low))


def author_box_class(cls: str) -> bool:
    return bool(cls) and bool(_BOX.search(cls.lower()))


def box_name(el: Any) -> tuple[str | None, str | None]:
    """The person an h-card or author box names: its `p-name`/`fn`/name-classed child, else
    its first heading, bold text or link that reads as a name, else its own short text."""
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        cls = f"{child.get('class') or ''} {child.get('itemprop') or ''}"
        if re.search(r"(?:^|\s)(?:p-name|fn)(?:$|\s)", cls) or NAME_CLASS.search(cls):
            return text_of(child), first_href(child)
    for child in el.iterdescendants(*_BOX_NAME_TAGS):
        text = text_of(child)
        if 2 < len(text) <= 60:
            name = clean_name(text)
            if name and is_capitalised_name(name) and not cues().about.match(text):
                return name, first_href(child)
    text = text_of(el)
    if len(text) > 60:  # a bio: "Jane Doe is a science writer based in Leeds."
        return leading_name(text), first_href(el)
    if not text:  # an h-card that is only a photo: <img class="u-photo" alt="Jane Doe">
        img = next(iter(el.iter("img")), None)
        text = el.get("value") or el.get("title") or (img.get("alt") if img is not None else "")
        text = text or ""
    return (text, first_href(el)) if len(text) <= 60 else (None, None)


_ABOUT_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b"})


def byline_text(text: str) -> bool:
    """ "By", "Written by:", "Von", "Autor:", "作者：", "By Jane Doe", or a date line ending in "by"."""
    if by_alone(text) or by_text(text):
        return True
    m = _TRAILING_BY.match(text)
    return bool(m and datesmod.parse(m.group("lead")))


def in_prose(el: Any) -> bool:
    """Inside a sentence of the article ("an installation created by Michael ...")."""
    node = el
    for _ in range(3):
        if node is None:
            return False
        if node.tag in ("p", "li", "blockquote", "figcaption", "td"):
            return len(collapse_whitespace(node.text_content())) > 150
        node = node.getparent()
    return False


def quoted(el: Any) -> bool:
    """Inside a quotation, an embedded post or a caption: dates there are someone else's."""
    node = el
    for _ in range(6):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag in ("blockquote", "figcaption", "q", "cite"):
            return True
        if re.search(r"tweet|instagram|embed|caption", node.get("class") or "", re.I):
            return True
        node = node.getparent()
    return False


def ancestor(el: Any, tag: str) -> Any:
    node = el.getparent() if el is not None else None
    while node is not None:
        if node.tag == tag:
            return node
        node = node.getparent()
    return None


def byline_names(el: Any) -> list[tuple[str, str | None]]:
    """The names inside a byline element, each with its link: its name-classed child,
    each author link ("By <a>Ann</a> and <a>Bo</a>"), or its own short text."""
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        cls = f"{child.get('class') or ''} {child.get('itemprop') or ''}"
        if NAME_CLASS.search(cls):
            link = child if child.tag == "a" else next(iter(child.iter("a")), None)
            return [(text_of(child), link.get("href") if link is not None else None)]
    if el.tag == "a" and story_link(el.get("href") or ""):
        return []  # a link to another story, classed "author-..." by a recent-posts list
    text = text_of(el)
    links = [a for a in el.iter("a") if text_of(a) and not story_link(a.get("href") or "")]
    named = [(text_of(a), a.get("href")) for a in links if clean_name(text_of(a))]
    if named and (len(text) > 60 or len(links) == len(named)):
        return named[:6]
    if len(text) <= 120:
        return [(text, links[0].get("href") if links else None)]
    name, href = box_name(el)  # an author box: "<strong>Jane Doe</strong> writes about..."
    return [(name, href)] if name and len(name) < len(text) else []


def text_of(el: Any) -> str:
    """Text with the spaces markup implies ("Jeff Foust</a><span>Monday" stays two words)."""
    return collapse_whitespace(" ".join(el.itertext()))


def story_link(href: str) -> bool:
    """A link to another article (`/music/news/some-long-headline-slug-914326/`)."""
    segs = [seg for seg in urlsplit(href).path.split("/") if seg]
    if any(seg.lower() in PROFILE_DIRS for seg in segs[:-1]):
        return False  # /author/bill-hoppe-special-to-the-pioneer-press/ is a profile
    last = segs[-1] if segs else ""
    return last.count("-") >= 4 or bool(re.search(r"\d{5,}", last))


def first_href(el: Any) -> str | None:
    link = el if el.tag == "a" else next(iter(el.iter("a")), None)
    if link is None:
        parent = el.getparent()
        link = parent if parent is not None and parent.tag == "a" else None
    return link.get("href") if link is not None else None


def next_text(elements: list[Any], i: int) -> tuple[Any, str] | None:
    """The next element in reading order with text of its own (the name after "By")."""
    for el in elements[i + 1 : i + 8]:
        if el.tag in SKIP_TAGS:
            continue
        if el.text and el.text.strip():
            return el, el.text.strip()
    return None


def prev_text(elements: list[Any], i: int) -> str:
    for el in reversed(elements[max(0, i - 3) : i]):
        if el.text and el.text.strip():
            return str(el.text).strip()
    return ""
