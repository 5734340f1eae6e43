"""Configuration: discovery, JSON Schema validation with readable errors, rule selection.

Config lives in `.contentlint.yml`/`.contentlint.yaml` (found by walking up from the
working directory), `[tool.contentlint]` in `pyproject.toml`, or `--config PATH`.
The schema is generated from the rule registry, so every rule's options are checked.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import contentlint.rules  # noqa: F401  (registers the built-in rules)
import pathspec
import yaml
from contentlint.config.links import LINKS_SCHEMA, link_pattern_errors
from contentlint.config.ruledata import load_rule_data
from contentlint.model.datafile import (
    SELECTOR_PATTERN,
    ConfigError,
    compose_and_load,
    key_lines,
    validate,
    where_label,
)
from contentlint.model.problem import Severity
from contentlint.model.registry import Options, Rule, all_rules, get_rule
from contentlint.model.settings import (
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_MAX_FILE_TIME,
    SIZE_PATTERN,
    SourceSettings,
    parse_size,
)
from contentlint.signals.kinds import KINDS as PAGE_KINDS
from contentlint.sources.files import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, gitwild

if TYPE_CHECKING:
    pass

import tomllib

CONFIG_NAMES = (".contentlint.yml", ".contentlint.yaml")


PACKS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {"type": "string", "minLength": 1},
    "uniqueItems": True,
    "description": "Rule pack YAML files (relative to the config file); see `contentlint schema pack`.",
}


#: The `scores` key of the config file, validated like every other key.
SCORES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "Score weights; `contentlint scores` shows the formula and defaults.",
    "properties": {
        "families": {
            "type": "object",
            "additionalProperties": False,
            "description": "Weight of each family in the overall score (0 leaves it out).",
            "properties": {
                f: {"type": "number", "minimum": 0}
                for f in ("thin", "duplication", "keywords", "expertise", "technical")
            },
        },
        "severity": {
            "type": "object",
            "additionalProperties": False,
            "description": "Points a problem of each severity takes from its family.",
            "properties": {
                s: {"type": "number", "minimum": 0, "maximum": 100}
                for s in ("error", "warning", "info")
            },
        },
        "rules": {
            "type": "object",
            "description": "Points one rule's problem takes, by rule code (overrides severity).",
            "propertyNames": {"pattern": r"^[A-Z][0-9]{3}$"},
            "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100},
        },
        "repeat-factor": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Each further problem of one rule on a page counts this much of the one before.",
        },
        "inbound-link-weight": {
            "type": "number",
            "minimum": 0,
            "description": "Priority = (100 − overall) × (1 + this × inbound internal links).",
        },
    },
}


def config_schema(rules: Iterable[Rule] | None = None) -> dict[str, Any]:
    """The config JSON Schema, with one entry per rule (by code and by name)."""
    rules = list(rules if rules is not None else all_rules())
    selector = {"type": "string", "pattern": SELECTOR_PATTERN}
    selectors = {"type": "array", "items": selector, "uniqueItems": True}
    rule_props: dict[str, Any] = {}
    for r in rules:
        schema = r.options_schema()
        schema["description"] = f"{r.code} {r.name}: {r.summary}"
        rule_props[r.code] = schema
        rule_props[r.name] = schema
    rules_schema = {"type": "object", "properties": rule_props, "additionalProperties": False}
    globs = {"type": "array", "items": {"type": "string", "minLength": 1}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://contentlint.dev/schemas/config.schema.json",
        "title": "contentlint configuration",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "select": {
                **selectors,
                "description": "Rules to enable: codes, prefixes (T, D0), names, or ALL.",
            },
            "extend-select": {**selectors, "description": "Rules to enable on top of `select`."},
            "ignore": {**selectors, "description": "Rules to disable."},
            "per-file-ignores": {
                "type": "object",
                "description": "Glob (relative to the config file) to rules ignored for matching files.",
                "additionalProperties": selectors,
            },
            "per-kind": {
                "type": "object",
                "description": "Rule sets per page kind: `extend-select` makes per-document "
                "rules that judge articles judge pages of this kind too; `ignore` silences "
                "rules on pages of this kind.",
                "propertyNames": {"enum": list(PAGE_KINDS)},
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "extend-select": selectors,
                        "ignore": selectors,
                    },
                },
            },
            "include": {
                **globs,
                "description": "Globs of files to lint (default: Markdown and HTML).",
            },
            "exclude": {
                **globs,
                "description": "Globs of files and folders to skip (replaces the defaults).",
            },
            "extend-exclude": {**globs, "description": "Globs to skip on top of the defaults."},
            "respect-gitignore": {"type": "boolean", "default": True},
            "base-url": {
                "type": "string",
                "pattern": r"^https?://",
                "description": "The site's public URL.",
            },
            "content-root": {
                "type": "string",
                "description": "Folder whose layout maps to URLs (default: auto).",
            },
            "trailing-slash": {"type": "boolean", "default": True},
            "title-is-h1": {
                "type": "boolean",
                "default": True,
                "description": "The theme renders the front-matter title as the page's H1.",
            },
            "kinds": {
                "type": "object",
                "description": "Page kind per path glob (first match wins), e.g. "
                '{"docs/**": "reference"}; overrides the guess from path and structure.',
                "additionalProperties": {"enum": list(PAGE_KINDS)},
            },
            "links": LINKS_SCHEMA,
            "language": {
                "type": "string",
                "pattern": r"^[a-zA-Z]{2,3}([-_][A-Za-z0-9]+)*$",
                "description": "The site's default language (else the generator's i18n "
                "config, else en): pages that neither declare nor show one are in it.",
            },
            "languages": {
                "type": "array",
                "items": {"type": "string", "pattern": r"^[a-zA-Z]{2,3}([-_][A-Za-z0-9]+)*$"},
                "uniqueItems": True,
                "description": "The site's languages, as its folders and file suffixes name "
                "them (`fr`, `pt-br`); default: from the generator's i18n config.",
            },
            "translation-keys": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "Front-matter fields naming a page's translation group "
                "(default: translationKey, translation_key, ref, lang_ref).",
            },
            "language-fallback": {
                "type": "boolean",
                "description": "Untranslated pages are served from the default language at "
                "the locale's URL (default: as the generator does: Starlight, Docusaurus, "
                "mkdocs-static-i18n, Jekyll Polyglot yes; Hugo no).",
            },
            "include-drafts": {"type": "boolean", "default": False},
            "max-file-size": {
                "oneOf": [
                    {"type": "integer", "minimum": 1024},
                    {"type": "string", "pattern": SIZE_PATTERN},
                ],
                "default": DEFAULT_MAX_FILE_SIZE,
                "description": "Larger files are reported (F001), not read: bytes, or 5MB, 512KB.",
            },
            "max-file-time": {
                "type": "number",
                "minimum": 0,
                "default": DEFAULT_MAX_FILE_TIME,
                "description": "Seconds a file may take to read and check before it is "
                "reported (F001); 0 for no limit. Not enforced on Windows.",
            },
            "fail-on": {"enum": ["error", "warning", "info"], "default": "error"},
            "corpus": {**globs, "description": "Paths every reported file is compared against."},
            "rules": {**rules_schema, "description": "Per-rule options and severity."},
            "packs": PACKS_SCHEMA,
            "scores": SCORES_SCHEMA,
            "min-score": {
                "type": "number",
                "minimum": 0,
                "maximum": 100,
                "description": "Fail when a judged document's overall score is below this.",
            },
            "overrides": {
                "type": "array",
                "description": "Options for some paths only (e.g. a glossary with a lower minimum).",
                "items": {
                    "type": "object",
                    "required": ["files"],
                    "additionalProperties": False,
                    "properties": {"files": {**globs, "minItems": 1}, "rules": rules_schema},
                },
            },
        },
    }


@dataclass
class Override:
    files: list[str]
    rules: dict[str, dict[str, Any]]

    def __post_init__(self) -> None:
        self.spec = gitwild(self.files)


@dataclass
class Config:
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    per_kind: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    respect_gitignore: bool = True
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    overrides: list[Override] = field(default_factory=list)
    fail_on: Severity = Severity.ERROR
    corpus: list[str] = field(default_factory=list)
    settings: SourceSettings = field(default_factory=SourceSettings)
    raw: dict[str, Any] = field(default_factory=dict)
    #: Rule pack files (absolute paths), loaded into the registry by `build_config`.
    packs: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else "<defaults>"

    def fingerprint(self) -> str:
        """Everything in the config that can change a file's result (packs' contents included)."""
        blob = json.dumps(self.raw, sort_keys=True, default=str)
        if self.packs:
            from contentlint.rules._shared.packs import digest

            blob += digest(self.packs)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


# ----- discovery and loading ------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """Walk up from `start` to the first folder with a contentlint config."""
    start = start.resolve()
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "contentlint" in data.get("tool", {}):
                return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Load and validate config; raise ConfigError with readable lines on any problem."""
    if path is None:
        path = find_config(start or Path.cwd())
    if path is None:
        return Config(root=(start or Path.cwd()).resolve())
    if not path.is_file():
        raise ConfigError([f"{path}: config file not found"])
    data, lines = _read(path)
    return build_config(data, path, lines)


def _read(path: Path) -> tuple[dict[str, Any], dict[tuple[str, ...], int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read config: {exc}"]) from exc
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("contentlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{path}: invalid TOML: {exc}"]) from exc
        return data, {}
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError([f"{where}: invalid YAML: {exc.problem}"]) from exc
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError([f"{path}:1: the config must be a mapping of keys to values"])
    lines: dict[tuple[str, ...], int] = {}
    key_lines(node, (), lines)
    return data, lines


def _normalise_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Top-level keys accept snake_case too (`base_url` == `base-url`)."""
    return {k.replace("_", "-") if isinstance(k, str) else k: v for k, v in data.items()}


def build_config(
    data: dict[str, Any], path: Path | None, lines: Mapping[tuple[str, ...], int] | None = None
) -> Config:
    label = str(path) if path else "<config>"
    root = path.parent.resolve() if path else Path.cwd().resolve()
    data = _normalise_keys(dict(data))
    lines = {
        (*((k[0].replace("_", "-"),) if k else ()), *k[1:]): v for k, v in (lines or {}).items()
    }
    # Packs register rules, so they load before the `rules:` options are validated.
    packs = _load_packs(data, root, label, lines)
    validate(data, config_schema(), label, lines)
    cfg = Config(path=path, root=root, raw=data, packs=packs)
    cfg.select = data.get("select")
    cfg.extend_select = list(data.get("extend-select", []))
    cfg.ignore = list(data.get("ignore", []))
    cfg.per_file_ignores = dict(data.get("per-file-ignores", {}))
    cfg.per_kind = {
        str(kind): {key: list(v) for key, v in (sets or {}).items()}
        for kind, sets in (data.get("per-kind") or {}).items()
    }
    cfg.include = list(data.get("include", DEFAULT_INCLUDE))
    cfg.exclude = list(data.get("exclude", DEFAULT_EXCLUDE)) + list(data.get("extend-exclude", []))
    cfg.respect_gitignore = bool(data.get("respect-gitignore", True))
    cfg.rules = _by_code(data.get("rules", {}))
    cfg.overrides = [
        Override(list(o["files"]), _by_code(o.get("rules", {}))) for o in data.get("overrides", [])
    ]
    cfg.fail_on = Severity.parse(data.get("fail-on", "error"))
    cfg.corpus = list(data.get("corpus", []))
    cfg.settings = SourceSettings(
        base_url=data.get("base-url"),
        content_root=data.get("content-root"),
        trailing_slash=bool(data.get("trailing-slash", True)),
        title_is_h1=bool(data.get("title-is-h1", True)),
        kinds=tuple((str(k), str(v)) for k, v in (data.get("kinds") or {}).items()),
        link_ignore=tuple((data.get("links") or {}).get("ignore", ())),
        link_rewrite=tuple(
            (str(r["from"]), str(r["to"])) for r in (data.get("links") or {}).get("rewrite", ())
        ),
        language=str(data.get("language", "")),
        languages=tuple(str(x).lower().replace("_", "-") for x in data.get("languages") or ()),
        translation_keys=tuple(str(x) for x in data.get("translation-keys") or ()),
        language_fallback=data.get("language-fallback"),
        max_file_size=parse_size(data.get("max-file-size", DEFAULT_MAX_FILE_SIZE)),
        max_file_time=float(data.get("max-file-time", DEFAULT_MAX_FILE_TIME)),
    )
    # Options naming data files (E006's authors) are read here: rules never do I/O.
    errors = load_rule_data(cfg.rules, root, label)
    errors += link_pattern_errors(cfg.settings, label, lines)
    if cfg.settings.max_file_size < 1024:
        errors.append(
            where_label(label, lines, ("max-file-size",))
            + f"max-file-size: {data['max-file-size']!r} is below the minimum of 1KB"
        )
    for key in ("select", "extend-select", "ignore"):
        for i, sel in enumerate(data.get(key) or []):
            if not selector_matches_any(sel):
                errors.append(
                    where_label(label, lines, (key, str(i)))
                    + f"{key}[{i}]: unknown rule selector {sel!r}"
                    + selector_hint(sel)
                )
    for glob, sels in cfg.per_file_ignores.items():
        for sel in sels:
            if not selector_matches_any(sel):
                where = where_label(label, lines, ("per-file-ignores", glob))
                errors.append(
                    f"{where}per-file-ignores.{glob}: unknown rule selector {sel!r}"
                    + selector_hint(sel)
                )
    for kind, sets in cfg.per_kind.items():
        for key, sels in sets.items():
            for i, sel in enumerate(sels):
                if not selector_matches_any(sel):
                    where = where_label(label, lines, ("per-kind", kind, key, str(i)))
                    errors.append(
                        f"{where}per-kind.{kind}.{key}[{i}]: unknown rule selector {sel!r}"
                        + selector_hint(sel)
                    )
    if errors:
        raise ConfigError(errors)
    return cfg


def _load_packs(
    data: Mapping[str, Any], root: Path, label: str, lines: Mapping[tuple[str, ...], int]
) -> list[str]:
    """Validate and register the config's rule packs (and forget packs no longer listed)."""
    from contentlint.rules._shared.packs import load_packs

    listed = data.get("packs", [])
    validate({"packs": listed}, {"properties": {"packs": PACKS_SCHEMA}}, label, lines)
    paths = [root / p for p in listed]
    missing = [
        where_label(label, lines, ("packs", str(i)))
        + f"packs[{i}]: rule pack not found: {listed[i]}"
        for i, p in enumerate(paths)
        if not p.is_file()
    ]
    if missing:
        raise ConfigError(missing)
    load_packs(paths)
    return [str(p) for p in paths]


def _by_code(rules: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key, opts in rules.items():
        r = get_rule(key)
        if r is not None:
            out.setdefault(r.code, {}).update(opts or {})
    return out


def selector_hint(selector: str) -> str:
    """ " (did you mean 'low-word-count'?)" for a mistyped selector, or nothing."""
    names = [r.code for r in all_rules()] + [r.name for r in all_rules()]
    close = difflib.get_close_matches(selector, names, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# ----- selection -----------------------------------------------------------------------


def _specificity(selector: str, r: Rule) -> int:
    """How precisely `selector` names rule `r` (0: not at all)."""
    if selector == "ALL":
        return 1
    if selector == r.code or selector == r.name:
        return 100
    if r.code.startswith(selector):
        return 1 + len(selector)
    return 0


def selector_matches_any(selector: str) -> bool:
    return any(_specificity(selector, r) for r in all_rules()) or selector == "ALL"


def resolve_selection(
    select: Sequence[str] | None, extend_select: Sequence[str], ignore: Sequence[str]
) -> set[str]:
    """The enabled rule codes. As in ruff, the most specific selector wins; ties go to ignore."""
    enabled: set[str] = set()
    for r in all_rules():
        if select is None:
            # Default-on is the weakest selection, so `ignore: [T]` turns off the T rules.
            best_on = 1 if r.enabled_by_default else 0
        else:
            best_on = max((_specificity(s, r) for s in select), default=0)
        best_on = max(best_on, *(_specificity(s, r) for s in extend_select), 0)
        best_off = max((_specificity(s, r) for s in ignore), default=0)
        if best_on and best_on > best_off:
            enabled.add(r.code)
    return enabled


@dataclass
class Policy:
    """Everything that decides which rules run on a path and with what options.

    Picklable: it is sent once to each worker process.
    """

    enabled: set[str]
    root: str
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    #: kind -> rule codes added to (`extend-select`) or removed from (`ignore`) its rules.
    kind_select: dict[str, frozenset[str]] = field(default_factory=dict)
    kind_ignore: dict[str, frozenset[str]] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    overrides: list[tuple[list[str], dict[str, dict[str, Any]]]] = field(default_factory=list)
    #: The run's date (`check --now`), given to rules that declare a `now` option. Not in
    #: the fingerprint: only corpus rules, which are never cached, may declare one.
    now: str | None = None
    _specs: dict[str, pathspec.PathSpec[Any]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_config(
        cls,
        cfg: Config,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> Policy:
        enabled = resolve_selection(
            list(select) if select else cfg.select,
            [*cfg.extend_select, *extend_select],
            [*cfg.ignore, *ignore],
        )
        return cls(
            enabled=enabled,
            root=str(cfg.root),
            per_file_ignores=cfg.per_file_ignores,
            kind_select={
                k: frozenset(resolve_selection(v.get("extend-select", []), [], []))
                for k, v in cfg.per_kind.items()
                if v.get("extend-select")
            },
            kind_ignore={
                k: frozenset(resolve_selection(v.get("ignore", []), [], []))
                for k, v in cfg.per_kind.items()
                if v.get("ignore")
            },
            rule_options=cfg.rules,
            overrides=[(o.files, o.rules) for o in cfg.overrides],
        )

    def _spec(self, globs: Sequence[str]) -> pathspec.PathSpec[Any]:
        key = "\x00".join(globs)
        if key not in self._specs:
            self._specs[key] = gitwild(globs)
        return self._specs[key]

    def rel(self, path: str) -> str:
        p = Path(path)
        try:
            return p.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return p.as_posix()

    def enabled_for(self, path: str, code: str) -> bool:
        if code not in self.enabled:
            return False
        if not self.per_file_ignores or path.startswith(("http://", "https://")):
            return True
        rel = self.rel(path)
        r = get_rule(code)
        for glob, selectors in self.per_file_ignores.items():
            if (
                r is not None
                and self._spec([glob]).match_file(rel)
                and any(_specificity(s, r) for s in selectors)
            ):
                return False
        return True

    def judges(self, r: Rule, kind: str, judged: bool, lang: str, fmt: str) -> bool:
        """Whether rule `r` runs on a page of `kind`: its own kinds, or the config's
        `per-kind` rule set for that kind (published, indexable pages only)."""
        if r.code in self.kind_ignore.get(kind, ()):
            return False
        if r.applies(kind, judged, lang, fmt):
            return True
        return r.code in self.kind_select.get(kind, ()) and r.applies("article", True, lang, fmt)

    def ignored_on_kind(self, code: str, kind: str) -> bool:
        return code in self.kind_ignore.get(kind, ())

    def options_for(self, r: Rule, path: str | None = None) -> Options:
        opts = Options(r.defaults)
        opts.update({k: v for k, v in self.rule_options.get(r.code, {}).items() if k != "severity"})
        if path and self.overrides:
            rel = self.rel(path)
            for files, rules in self.overrides:
                if r.code in rules and self._spec(files).match_file(rel):
                    opts.update({k: v for k, v in rules[r.code].items() if k != "severity"})
        if self.now and "now" in r.defaults:
            opts["now"] = self.now
        return opts

    def configured_severity(self, r: Rule, path: str | None = None) -> Severity | None:
        """The severity the user set for this rule (and path), if any."""
        sev = self.rule_options.get(r.code, {}).get("severity")
        if path and self.overrides:
            rel = self.rel(path)
            for files, rules in self.overrides:
                if "severity" in rules.get(r.code, {}) and self._spec(files).match_file(rel):
                    sev = rules[r.code]["severity"]
        return Severity.parse(sev) if sev else None

    def severity_for(self, r: Rule, path: str | None = None) -> Severity:
        return self.configured_severity(r, path) or r.severity

    def fingerprint(self) -> str:
        blob = json.dumps(
            [
                sorted(self.enabled),
                self.per_file_ignores,
                self.rule_options,
                self.overrides,
                {k: sorted(v) for k, v in self.kind_select.items()},
                {k: sorted(v) for k, v in self.kind_ignore.items()},
            ],
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:16]
