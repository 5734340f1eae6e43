"""Reading YAML data files with the line of every key, and schema errors as readable lines.

The config file, user rule packs and built-in rule data are all read this way, so an
error always names the file, the key path and what is allowed, on one line.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    import jsonschema

#: What a rule selector looks like: a code, a prefix, a slug name or ALL.
SELECTOR_PATTERN = r"^(ALL|[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*[0-9]*|[a-z][a-z0-9]*(-[a-z0-9]+)*)$"


class ConfigError(Exception):
    """A configuration problem; each message is one readable line."""

    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = list(messages)


def key_lines(node: Any, prefix: tuple[str, ...], out: dict[tuple[str, ...], int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = (*prefix, str(key.value))
            out[path] = key.start_mark.line + 1
            key_lines(value, path, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = (*prefix, str(i))
            out[path] = item.start_mark.line + 1
            key_lines(item, path, out)


def compose_and_load(text: str) -> tuple[Any, Any]:
    """One YAML parse gives both the node tree (for line numbers) and the data, with
    libyaml when it is there (the built-in phrase list is loaded by every worker)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def validate(
    data: Any,
    schema: dict[str, Any],
    label: str,
    lines: Mapping[tuple[str, ...], int] | None = None,
) -> None:
    """Validate against `schema`; raise ConfigError with one readable line per error."""
    import jsonschema  # ~40 ms: only runs that have a config or packs to check pay it

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise ConfigError([format_error(e, label, lines or {}) for e in errors])


def format_error(
    error: jsonschema.ValidationError, label: str, lines: Mapping[tuple[str, ...], int]
) -> str:
    path = tuple(str(p) for p in error.absolute_path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        return format_error(best, label, lines)
    key = ".".join(path) or "(top level)"
    message = _explain(error)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extras = [k for k in error.instance if k not in allowed]
        if extras:
            path = (*path, str(extras[0]))
            key = ".".join(path)
    return f"{where_label(label, lines, path)}{key}: {message}"


def where_label(label: str, lines: Mapping[tuple[str, ...], int], path: tuple[str, ...]) -> str:
    while path and path not in lines:
        path = path[:-1]
    line = lines.get(path)
    return f"{label}:{line}: " if line else f"{label}: "


def _explain(error: jsonschema.ValidationError) -> str:
    v, inst, schema = error.validator, error.instance, error.schema
    if v == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extras = [k for k in inst if k not in allowed] if isinstance(inst, dict) else []
        bad = extras[0] if extras else "?"
        close = difflib.get_close_matches(str(bad), allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        shown = [a for a in allowed if not re.fullmatch(r"[A-Z]\d{3}", a)] or allowed
        if len(shown) > 12:
            shown = [*shown[:12], "..."]
        return f"unknown key {bad!r}{hint}; allowed: {', '.join(shown)}"
    if v == "type":
        return f"expected {_types(error.validator_value)}, got {_describe(inst)}"
    if v == "enum":
        return f"must be one of {', '.join(map(str, error.validator_value))}; got {_describe(inst)}"
    if v == "minimum":
        return f"must be at least {error.validator_value}; got {inst}"
    if v == "maximum":
        return f"must be at most {error.validator_value}; got {inst}"
    if v == "pattern":
        if error.validator_value == SELECTOR_PATTERN:
            return f"{inst!r} is not a rule code, prefix or name (e.g. T001, T, low-word-count)"
        return f"{_describe(inst)} does not match the expected form {error.validator_value}"
    if v == "required":
        return f"missing required key: {error.message.split(' ')[0]}"
    if v in ("minItems", "minLength"):
        return "must not be empty"
    if v == "uniqueItems":
        return "has duplicate entries"
    return str(error.message)


def _types(t: Any) -> str:
    names = {
        "integer": "an integer",
        "number": "a number",
        "string": "a string",
        "boolean": "true or false",
        "array": "a list",
        "object": "a mapping",
    }
    if isinstance(t, list):
        return " or ".join(names.get(str(x), str(x)) for x in t)
    return names.get(t, str(t))


def _describe(value: Any) -> str:
    kind = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "list",
        dict: "mapping",
        type(None): "null",
    }.get(type(value), type(value).__name__)
    shown = json.dumps(value, default=str)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{kind} {shown}"
