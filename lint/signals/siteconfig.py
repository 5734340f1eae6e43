"""The static-site generator's config in a folder: found, read and parsed once.

The link graph (which URLs the site serves), the heading anchors (which slug rules) and
the translations (which languages) all need the generator's config. They used to look for
it on their own, each with its own list of file names and its own parser; a site could be
Hugo to one and unknown to another. This module is the one reader:

* which generator: Docusaurus, Astro, MkDocs, Jekyll (`_config.yml`) or Hugo
  (`hugo.*`, a `config.*` with a key only Hugo has, or a `config/_default/` folder);
  Zola's and other tools' `config.toml` are not Hugo's;
* its text (JavaScript configs are only ever read as text, never run) and its data:
  TOML, JSON or YAML through a safe loader that reads unknown tags (mkdocs'
  `!!python/name:`) as None. Hugo's split config is merged the way Hugo does it:
  `config/_default/hugo.toml` holds root keys, `config/_default/params.toml` the
  `params` key; a root file next to the content wins.

A file that cannot be read counts as empty; a file that cannot be parsed as no data.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

#: Read at most this much of a config file: a real one is a few kB.
MAX_CHARS = 1_000_000
_HUGO_EXTS = ("toml", "yaml", "yml", "json")
#: Root keys only a Hugo config has (Zola's config.toml has `base_url`, not `baseURL`).
HUGO_KEYS = frozenset(
    {
        "baseurl",
        "markup",
        "params",
        "languagecode",
        "defaultcontentlanguage",
        "disablepathtolower",
        "permalinks",
        "module",
    }
)
_JS = (
    ("docusaurus", ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs")),
    ("astro", ("astro.config.mjs", "astro.config.ts", "astro.config.js")),
)


@dataclass(frozen=True)
class GeneratorConfig:
    #: hugo, jekyll, docusaurus, astro or mkdocs.
    generator: str
    folder: Path
    #: The files read, in the order they take precedence (a path relative to `folder`).
    names: tuple[str, ...] = ()
    #: Their text, joined by newlines in that order.
    text: str = ""
    #: Their data with keys as written (Hugo: the files merged); {} for JavaScript.
    data: Mapping[str, Any] = field(default_factory=dict)


class _Loader(yaml.SafeLoader):
    """Safe YAML that reads tags it does not know (mkdocs' `!!python/name:`) as None."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return f.read(MAX_CHARS)
    except (OSError, ValueError):
        return ""


def parse(name: str, text: str) -> dict[str, Any]:
    """The mapping a TOML, JSON or YAML config holds; {} when it holds none."""
    try:
        if name.endswith(".toml"):
            data: Any = tomllib.loads(text)
        elif name.endswith(".json"):
            data = json.loads(text)
        else:
            data = yaml.load(text, _Loader)
    except (ValueError, yaml.YAMLError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _is_hugo(data: Mapping[str, Any]) -> bool:
    return any(str(k).lower() in HUGO_KEYS for k in data)


def _hugo(folder: Path, names: set[str]) -> GeneratorConfig | None:
    read: list[tuple[str, str, dict[str, Any]]] = []
    for stem in ("hugo", "config"):
        for ext in _HUGO_EXTS:
            name = f"{stem}.{ext}"
            if name in names:
                text = _read(folder / name)
                data = parse(name, text)
                if stem == "config" and not _is_hugo(data):
                    continue  # a Zola or other tool's config.toml
                read.append((name, text, data))
    split = folder / "config" / "_default"
    if split.is_dir():
        for path in sorted(split.iterdir()):
            stem, _, ext = path.name.rpartition(".")
            if ext in _HUGO_EXTS and path.is_file():
                text = _read(path)
                data = parse(path.name, text)
                if stem not in ("hugo", "config"):
                    data = {stem: data}  # params.toml holds the `params` key
                read.append((f"config/_default/{path.name}", text, data))
    if not read:
        return None
    merged: dict[str, Any] = {}
    for _, _, data in reversed(read):  # the first file wins
        merged.update(data)
    return GeneratorConfig(
        "hugo",
        folder,
        tuple(n for n, _, _ in read),
        "\n".join(t for _, t, _ in read),
        merged,
    )


def _one(gen: str, folder: Path, name: str, structured: bool) -> GeneratorConfig:
    text = _read(folder / name)
    return GeneratorConfig(gen, folder, (name,), text, parse(name, text) if structured else {})


def _find(folder: Path) -> GeneratorConfig | None:
    try:
        names = {p.name for p in folder.iterdir()}
    except OSError:
        return None
    for gen, files in _JS:
        for name in files:
            if name in names:
                return _one(gen, folder, name, structured=False)
    for name in ("mkdocs.yml", "mkdocs.yaml"):
        if name in names:
            return _one("mkdocs", folder, name, structured=True)
    if "_config.yml" in names:
        return _one("jekyll", folder, "_config.yml", structured=True)
    return _hugo(folder, names)


@lru_cache(maxsize=4096)
def _cached(folder: str) -> GeneratorConfig | None:
    return _find(Path(folder))


def find(folder: Path) -> GeneratorConfig | None:
    """The generator config in `folder` itself (not its parents), or None (memoised per
    folder for the process: a run reads each config once however many pages it has)."""
    try:
        where = os.path.abspath(folder)  # cwd-relative names must not share an entry
    except (OSError, ValueError):
        return None
    return _cached(where)
