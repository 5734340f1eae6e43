"""Inline suppression comments, shared by every source format.

    <!-- contentlint-disable T001 T005 -->      until a matching enable (or the end)
    <!-- contentlint-enable T005 -->
    <!-- contentlint-disable-next-line T005 -->
    <!-- contentlint-disable-line T005 -->      on the same line as the text
    <!-- contentlint-disable-file T001 -->
    {/* contentlint-disable-next-line T005 */}  (MDX)

No codes means every rule. Codes may be prefixes (`T`) or rule names (`filler-phrase`).
Front matter `contentlint: {ignore: [T001]}` ignores rules for the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from contentlint.model.document import OPEN_END, Suppressions

_DIRECTIVE_RE = re.compile(
    r"(?:<!--|\{/\*)\s*contentlint-(disable-next-line|disable-line|disable-file|disable|enable)"
    r"\b([^>*]*?)\s*(?:-->|\*/\})",
    re.IGNORECASE,
)


def _codes(raw: str, resolve: Callable[[str], str]) -> list[str]:
    parts = [p for p in re.split(r"[\s,]+", raw.strip()) if p]
    return [resolve(p) for p in parts] or ["*"]


def parse(
    text: str,
    front_matter: dict[str, Any] | None = None,
    resolve: Callable[[str], str] = lambda c: c.upper(),
) -> Suppressions:
    """Scan raw source for suppression comments and resolve them to line ranges."""
    ranges: list[tuple[str, int, int]] = []
    file_codes: set[str] = set()
    if front_matter:
        cfg = front_matter.get("contentlint")
        if isinstance(cfg, dict):
            ignore = cfg.get("ignore", [])
            if isinstance(ignore, str):
                ignore = [ignore]
            if isinstance(ignore, Iterable):
                file_codes.update(resolve(str(c)) for c in ignore)
    if "contentlint-" not in text:
        return Suppressions((), frozenset(file_codes))
    open_regions: dict[str, int] = {}
    for m in _DIRECTIVE_RE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        end_line = text.count("\n", 0, m.end()) + 1
        kind = m.group(1).lower()
        codes = _codes(m.group(2), resolve)
        if kind == "disable-next-line":
            ranges.extend((c, end_line + 1, end_line + 1) for c in codes)
        elif kind == "disable-line":
            ranges.extend((c, line, line) for c in codes)
        elif kind == "disable-file":
            file_codes.update(codes)
        elif kind == "disable":
            for c in codes:
                open_regions.setdefault(c, line)
        else:  # enable
            targets = list(open_regions) if codes == ["*"] else codes
            for c in targets:
                start = open_regions.pop(c, None)
                if start is not None:
                    ranges.append((c, start, line))
    for c, start in open_regions.items():
        ranges.append((c, start, OPEN_END))
    return Suppressions(tuple(ranges), frozenset(file_codes))
