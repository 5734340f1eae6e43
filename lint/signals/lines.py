"""Where on the page a fact was written: the source line of a front-matter key or a meta tag.

Authors and dates found in front matter or `<meta>` tags are reported at the line that
states them. Finding that line must stay cheap on minified pages, whose lines run to
100,000 characters; both author and date discovery use these.
"""

from __future__ import annotations

import re

from contentlint.model.document import Document
from contentlint.model.text import fold_for_ascii


def meta_line(doc: Document, key: str) -> int:
    """The source line of `<meta name|property="key">` (the title line if unknown).

    That is the first of the first 400 lines that `_META_ATTR` (with `key`) matches.
    Each line is lowered once per page (İ/ı/ſ/K folded first: the letters re.I matches
    to ASCII; lowering then keeps offsets), and the key's occurrences in it checked for
    the attribute around them: a case-insensitive search of every line cost ~0.5 ms a
    call, minified pages having lines of 100,000 characters.
    """
    if not key.isascii() or "\n" in key:
        pattern = re.compile(_META_ATTR.format(key=re.escape(key)), re.I)
        return _find_line(doc, pattern, 400) or doc.title_line
    lowered: list[str] = doc.memo.setdefault("signals.lowered_lines", [])
    lines = doc.lines or []
    needle = key.lower()
    for i in range(min(400, len(lines))):
        if i == len(lowered):
            lowered.append(fold_for_ascii(lines[i]))
        low = lowered[i]
        hit = low.find(needle)
        while hit >= 0:
            after = hit + len(needle)
            if after < len(low) and low[after] in "\"'" and _meta_attr_before(low, hit):
                return i + 1
            hit = low.find(needle, hit + 1)
    return doc.title_line


#: The attribute naming a meta tag's key; `{key}` is the escaped key.
_META_ATTR = r"""(?:name|property|itemprop)\s*=\s*["']{key}["']"""


def _meta_attr_before(low: str, end: int) -> bool:
    """Whether `low[:end]` ends like `_META_ATTR` before its key: name|property|itemprop,
    optional spaces, `=`, optional spaces, a quote."""
    j = end - 1
    if j < 0 or low[j] not in "\"'":
        return False
    j -= 1
    while j >= 0 and low[j].isspace():  # str.isspace: the characters re's \s matches
        j -= 1
    if j < 0 or low[j] != "=":
        return False
    j -= 1
    while j >= 0 and low[j].isspace():
        j -= 1
    return low.endswith(("name", "property", "itemprop"), 0, j + 1)


def key_line(doc: Document, key: str) -> int:
    """The line of a front-matter key (`key:`, `key =`, `"key":`), or 1."""
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*[:=]""")
    return _find_line(doc, pattern, 200) or 1


def _find_line(doc: Document, pattern: re.Pattern[str], limit: int) -> int | None:
    for i, line in enumerate((doc.lines or [])[:limit]):
        if pattern.search(line):
            return i + 1
    return None
