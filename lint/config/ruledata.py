"""Data files named in rule options, read once by the config loader.

Rules never do I/O. A rule that needs site data (E006's authors, from Hugo's
`data/authors/` or an `authors.yml`) declares an option whose schema has
`"x-loads": "<target option>"`; the config loader reads the named file or folder,
relative to the config file, and hands its contents to the rule as the target
option, merged under any inline value. Workers, the cache key and `contentlint rule`
all see the loaded data as an ordinary option.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import yaml
from contentlint.model.registry import get_rule

SUFFIXES = (".yml", ".yaml", ".toml", ".json")


class DataFileError(ValueError):
    pass


def load_rule_data(rules: dict[str, dict[str, Any]], root: Path, label: str) -> list[str]:
    """Load every data file the rule options name; returns readable errors."""
    errors: list[str] = []
    for code, opts in rules.items():
        r = get_rule(code)
        if r is None:
            continue
        for key, schema in r.option_schema.items():
            target = schema.get("x-loads")
            value = opts.get(key)
            if not target or not isinstance(value, str) or not value.strip():
                continue
            try:
                data = load(root / value)
            except DataFileError as exc:
                errors.append(f"{label}: rules.{code}.{key}: {exc}")
                continue
            inline = opts.get(target)
            opts[target] = {**data, **(inline if isinstance(inline, dict) else {})}
    return errors


def load(path: Path) -> dict[str, Any]:
    """A mapping from a YAML/TOML/JSON file, or from a folder of them (keyed by file stem).

    A file holding a list of entries is keyed by each entry's `id`, `slug` or `name`.
    """
    if path.is_dir():
        out: dict[str, Any] = {}
        for f in sorted(path.iterdir()):
            if f.suffix.lower() in SUFFIXES and f.is_file():
                out[f.stem] = _parse(f)
        if not out:
            raise DataFileError(f"{path}: no .yml, .toml or .json files in the folder")
        return out
    if not path.is_file():
        raise DataFileError(f"{path}: no such file or folder")
    data = _parse(path)
    if isinstance(data, list):
        keyed: dict[str, Any] = {}
        for item in data:
            if isinstance(item, dict):
                ident = item.get("id") or item.get("slug") or item.get("name")
                if isinstance(ident, str):
                    keyed[ident] = item
        return keyed
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected a mapping or a list of entries")
    return data


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read: {exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            return tomllib.loads(text)
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot parse: {exc}") from exc
