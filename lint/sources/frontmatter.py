"""Front matter in YAML (`---`), TOML (`+++`) and JSON, split without losing lines.

The body keeps its original line numbers: the front matter is replaced by blank
lines rather than cut off, so every later line number is the file's own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

import yaml


class FrontMatterError(ValueError):
    """Malformed front matter, with the 1-based line of the problem when known."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass(slots=True)
class FrontMatter:
    data: dict[str, Any]
    format: str | None  # "yaml" | "toml" | "json" | None
    #: Lines (1-based, inclusive) the block occupies, delimiters included.
    first_line: int
    last_line: int
    body: str
    #: Line of each top-level key, for pointing problems at front-matter fields.
    key_lines: dict[str, int]


_FENCES = {"---": "yaml", "+++": "toml"}


def split(text: str) -> FrontMatter:
    """Split front matter from the body; raise FrontMatterError when it is malformed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    head = lines[0].rstrip("\r").strip() if lines else ""
    if head in _FENCES:
        fmt = _FENCES[head]
        closers = {head} | ({"..."} if fmt == "yaml" else set())
        end = next(
            (i for i in range(1, len(lines)) if lines[i].rstrip("\r").strip() in closers), None
        )
        if end is None:
            raise FrontMatterError(
                f"{fmt.upper()} front matter opened with {head!r} is never closed", 1
            )
        raw = "\n".join(lines[1:end])
        try:
            data = _parse(raw, fmt)
        except FrontMatterError as exc:
            if exc.line > end:  # "at end of document": point at the closing fence
                exc.line = end + 1
            raise
        return _result(data, fmt, lines, end, raw)
    if head.startswith("{") and text.lstrip().startswith("{"):
        try:
            data, offset = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError as exc:
            raise FrontMatterError(
                f"invalid JSON front matter: {exc.msg}", exc.lineno, exc.colno
            ) from exc
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            raise FrontMatterError(f"invalid JSON front matter: {exc}", 1) from exc
        if not isinstance(data, dict):
            raise FrontMatterError("JSON front matter must be an object", 1)
        end = text.count("\n", 0, offset)
        return _result(data, "json", lines, end, text[:offset])
    return FrontMatter({}, None, 0, 0, text, {})


def _result(data: dict[str, Any], fmt: str, lines: list[str], end: int, raw: str) -> FrontMatter:
    plain = _plain(data, [MAX_VALUES])
    # Blank lines in place of the front matter keep every body line at its file line; a
    # file that ends on the closing line has no line after it, so no newline to keep.
    body = "\n" * end + ("\n" + "\n".join(lines[end + 1 :]) if end + 1 < len(lines) else "")
    key_lines: dict[str, int] = {}
    key_re = {
        "yaml": re.compile(r"^([A-Za-z0-9_\-]+)\s*:"),
        "toml": re.compile(r"^([A-Za-z0-9_\-]+)\s*="),
        "json": re.compile(r'^\s*"([^"]+)"\s*:'),
    }[fmt]
    for i, line in enumerate(raw.split("\n")):
        m = key_re.match(line)
        if m and m.group(1) not in key_lines:
            key_lines[m.group(1)] = i + (1 if fmt == "json" else 2)
    return FrontMatter(plain, fmt, 1, end + 1, body, key_lines)


#: More values than any real front matter holds; YAML aliases can make a few lines
#: expand to billions ("billion laughs"), which would hang the run and exhaust memory.
MAX_VALUES = 100_000


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader (no tags that build Python objects), refusing duplicate
    keys as Hugo's YAML parser does, instead of silently keeping the last."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key_node.value!r}",
                    key_node.start_mark,
                )
            seen.add(key_node.value)
        return super().construct_mapping(node, deep)


if yaml.__with_libyaml__:

    class _CSafeLoader(yaml.CSafeLoader):
        """The same loader on libyaml's parser (5-10x faster); any error is reported by
        the pure-Python one instead (`_load`), so messages and positions stay its own."""

        construct_mapping = _SafeLoader.construct_mapping


def _load(raw: str) -> Any:
    """`raw` as YAML: libyaml's parser first (front matter is a tenth of a Markdown
    file's parse time in pure Python), the pure-Python loader when it fails or is absent."""
    if yaml.__with_libyaml__:
        try:
            return yaml.load(raw, Loader=_CSafeLoader)
        except Exception:  # read again below, for the pure-Python diagnostic
            pass
    return yaml.load(raw, Loader=_SafeLoader)


def _parse(raw: str, fmt: str) -> dict[str, Any]:
    if fmt == "yaml":
        try:
            data = _load(raw)
        except yaml.MarkedYAMLError as exc:
            # The context mark is where the unclosed construct began: the line to fix.
            mark = exc.context_mark or exc.problem_mark
            line = mark.line + 2 if mark else 1
            col = mark.column + 1 if mark else 1
            reason = exc.problem or exc.context or "invalid YAML"
            raise FrontMatterError(f"invalid YAML front matter: {reason}", line, col) from exc
        except yaml.YAMLError as exc:
            raise FrontMatterError(f"invalid YAML front matter: {exc}", 1) from exc
        except (ValueError, OverflowError) as exc:  # 2024-13-45, a 10,000-digit integer
            raise FrontMatterError(f"invalid YAML front matter: {exc}", 1) from exc
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise FrontMatterError("YAML front matter must be a mapping of keys to values", 2)
        return data
    try:
        parsed: dict[str, Any] = tomllib.loads(raw + "\n")
        return parsed
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        line = int(m.group(1)) + 1 if m else 10**6
        col = int(m.group(2)) if m else 1
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        raise FrontMatterError(f"invalid TOML front matter: {reason}", line, col) from exc
    except (ValueError, OverflowError) as exc:  # e.g. an integer of more than 4,300 digits
        raise FrontMatterError(f"invalid TOML front matter: {exc}", 1) from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (a JSON or YAML `\\ud800` escape) as U+FFFD: they are
    not text, and no report could encode them as UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _plain(value: Any, budget: list[int]) -> Any:
    """Dates become ISO strings so documents pickle, cache and serialise to JSON alike.

    Copies the data, so `budget` (values left) stops aliases that expand to billions.
    """
    budget[0] -= 1
    if budget[0] < 0:
        raise FrontMatterError(
            f"front matter expands to more than {MAX_VALUES:,} values "
            "(YAML aliases repeating each other?)",
            1,
        )
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {without_surrogates(str(k)): _plain(v, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, budget) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value
