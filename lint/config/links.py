"""The `links` config key: a site's own link conventions (targets to ignore or rewrite).

Designed as lychee's `exclude` (regular expressions searched in the target) and `remap`
(pattern and replacement), so the broken-link checks can learn a site's shortcuts, such as
a glossary render hook that turns `[term](g)` into a link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from contentlint.model.datafile import where_label
from contentlint.model.settings import SourceSettings

#: The `links` key: the site's own link conventions, as lychee's `exclude` and `remap`.
LINKS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "The site's link conventions (broken-link checks and the link graph).",
    "properties": {
        "ignore": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "uniqueItems": True,
            "description": "Regular expressions (Python syntax), searched in each link target "
            "as written, as lychee's `exclude`: a target that matches one is never checked. "
            "Anchor with ^ and $ for a whole target: `^g$` (a glossary shortcut), `^/api/`.",
        },
        "rewrite": {
            "type": "array",
            "description": "Applied in order to each link target before it is resolved "
            "(lychee's `remap`): `from` is a regular expression, `to` its replacement "
            "(`\\1` for groups), e.g. {from: '^/docs/', to: '/'}.",
            "items": {
                "type": "object",
                "required": ["from", "to"],
                "additionalProperties": False,
                "properties": {
                    "from": {"type": "string", "minLength": 1},
                    "to": {"type": "string"},
                },
            },
        },
    },
}


def link_pattern_errors(
    settings: SourceSettings, label: str, lines: Mapping[tuple[str, ...], int]
) -> list[str]:
    """`links.ignore` and `links.rewrite` entries that do not compile, one line each
    (file, line, key and the regex engine's own words), so a typo is exit 2, not a
    pattern that silently matches nothing."""
    errors: list[str] = []

    def add(key: tuple[str, ...], what: str) -> None:
        name = f"links.{key[1]}[{key[2]}]" + "".join(f".{k}" for k in key[3:])
        errors.append(f"{where_label(label, lines, key)}{name}: {what}")

    for i, pattern in enumerate(settings.link_ignore):
        try:
            re.compile(pattern)
        except re.error as exc:
            add(("links", "ignore", str(i)), f"invalid regular expression {pattern!r}: {exc}")
    for i, (pattern, to) in enumerate(settings.link_rewrite):
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            add(
                ("links", "rewrite", str(i), "from"),
                f"invalid regular expression {pattern!r}: {exc}",
            )
            continue
        try:
            compiled.sub(to, "")  # group references in the replacement are checked eagerly
        except (re.error, IndexError) as exc:
            add(("links", "rewrite", str(i), "to"), f"invalid replacement {to!r}: {exc}")
    return errors
