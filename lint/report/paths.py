"""How a file name is shown where one problem must stay on one line.

A name may hold a newline or bytes that are not UTF-8 (Linux allows both). Text and
GitHub outputs show it escaped the way `ls -b` does (`new\\nline.md`, `caf\\351.md`), so a
problem never spans two lines; JSON and SARIF keep the exact name.
"""

from __future__ import annotations

import re

_NAMED = {
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
    "\a": "\\a",
}
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\\ud800-\udfff\u2028\u2029\x85]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_JSON_ESCAPE = re.compile(r"[\ud800-\udfff\x85\u2028\u2029]")


def shown(path: str) -> str:
    """`path` with control characters and undecodable bytes as `ls -b` escapes."""
    if not _UNSAFE.search(path):
        return path
    return _UNSAFE.sub(_escape, path)


def _escape(m: re.Match[str]) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    if "\udc80" <= ch <= "\udcff":  # a byte that was not UTF-8 (PEP 383 surrogate escape)
        return f"\\{ord(ch) - 0xDC00:03o}"
    return "".join(f"\\{b:03o}" for b in ch.encode("utf-8", "surrogatepass"))


def json_safe(text: str) -> str:
    """JSON text with lone surrogates (undecodable bytes of a file name) as `\\udcXX`
    escapes, which JSON allows and Python's decoder turns back into the exact name; and
    NEL, LINE and PARAGRAPH SEPARATOR escaped too, which `str.splitlines()` and
    JavaScript readers take for line ends (a JSON Lines record must stay one line)."""
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def bytes_escaped(text: str) -> str:
    """`text` with only the undecodable bytes of file names (lone surrogates) escaped as
    `ls -b` shows them, for formats that must be UTF-8 and cannot hold them (CSV, HTML)."""
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text
