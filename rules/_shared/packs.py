"""User rule packs: house rules written as YAML, validated, compiled and registered.

As in Vale, a team encodes its own rules without writing Python. A pack is a YAML
file listed under `packs:` in the config; its rules are declarative (`phrase`,
`required`, `metric`) and become ordinary registry rules, so selection, per-file
ignores, inline suppressions, the cache and every reporter treat them like
built-in rules. Built-in rule data (T005's phrase list) uses the same format.

Every pack is checked against `rules/schemas/pack.schema.json` and then for what a
schema cannot say (regexes compile, metrics exist, codes are free) before any rule
runs; each error names the pack file and line, the rule, the key and what is allowed.

This module is the pack model (reading, validating, compiling and registering packs);
finding phrases in a document and reporting them is `phrases.py`, which T005 shares.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from contentlint.model import registry
from contentlint.model.datafile import ConfigError, compose_and_load, format_error, key_lines
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Severity
from contentlint.model.registry import Options, Rule
from contentlint.rules._shared.phrases import (
    DEFAULT_REGIONS,
    Entry,
    PhraseMatcher,
    fill_message,
    lookup_field,
    normalize_phrase,
    phrase_problems,
    regions,
)
from contentlint.signals import metrics

USER_CODE_RE = re.compile(r"^X-[A-Z][A-Z0-9]*-[0-9]{3}$")
_PLACEHOLDERS = {
    "phrase": {"match", "phrase", "reason", "replacement"},
    "required": {"field", "pattern"},
    "metric": {"metric", "value", "min", "max"},
}
DEFAULT_PHRASE_MESSAGE = 'avoid "{match}"'

_schema_cache: dict[str, Any] = {}


def pack_schema() -> dict[str, Any]:
    """The hand-written pack JSON Schema shipped in the wheel."""
    if "schema" not in _schema_cache:
        ref = resources.files("contentlint.rules") / "schemas" / "pack.schema.json"
        _schema_cache["schema"] = json.loads(ref.read_text(encoding="utf-8"))
    return dict(_schema_cache["schema"])


# ----- pack rules -------------------------------------------------------------------------


@dataclass
class PackRule:
    """A validated, compiled rule from a pack; `rule()` turns it into a registry Rule."""

    spec: dict[str, Any]
    pack: str
    origin: str
    language: str | None
    matcher: PhraseMatcher | None = None
    pattern: re.Pattern[str] | None = None
    when_pattern: re.Pattern[str] | None = None
    when_link: re.Pattern[str] | None = None

    @property
    def code(self) -> str:
        return str(self.spec["code"])

    @property
    def name(self) -> str:
        return str(self.spec["name"])

    @property
    def kind(self) -> str:
        return str(self.spec["kind"])

    @property
    def message(self) -> str:
        return str(self.spec.get("message") or DEFAULT_PHRASE_MESSAGE)

    @property
    def where(self) -> tuple[str, ...]:
        default = ("prose", "headings") if self.kind == "required" else DEFAULT_REGIONS
        return tuple(self.spec.get("in") or default)

    def check(self, doc: Document, opts: Options) -> Iterator[Problem]:
        if not self._when(doc):
            return
        if self.kind == "phrase":
            assert self.matcher is not None
            yield from phrase_problems(
                doc,
                self.code,
                self.matcher,
                self.message,
                self.where,
                default_replacement=self.spec.get("replacement"),
            )
        elif self.kind == "required":
            yield from self._required(doc)
        else:
            yield from self._metric(doc, opts)

    def _when(self, doc: Document) -> bool:
        cond = self.spec.get("when") or {}
        if "field" in cond:
            value = lookup_field(doc, cond["field"])
            if value is None:
                return False
            if "equals" in cond and value != cond["equals"] and str(value) != str(cond["equals"]):
                return False
        if self.when_pattern is not None and not any(
            self.when_pattern.search(t) for t, _ in regions(doc, ("prose", "headings"))
        ):
            return False
        return self.when_link is None or any(
            link.in_main and self.when_link.search(link.url or link.href) for link in doc.links
        )

    def _required(self, doc: Document) -> Iterator[Problem]:
        missing = []
        if "field" in self.spec and lookup_field(doc, self.spec["field"]) is None:
            missing.append(f"field {self.spec['field']!r}")
        if self.pattern is not None and not any(
            self.pattern.search(t) for t, _ in regions(doc, self.where)
        ):
            missing.append(f"text matching {self.spec['pattern']!r}")
        if missing:
            msg = self.spec.get("message")
            if msg:
                text = fill_message(
                    msg, field=self.spec.get("field", ""), pattern=self.spec.get("pattern", "")
                )
            else:
                text = f"missing {' and '.join(missing)}"
            yield doc.problem(self.code, text, whole_document=True, subject=self.name)

    def _metric(self, doc: Document, opts: Options) -> Iterator[Problem]:
        value = metrics.value(doc, self.spec["metric"])
        if value is None:
            return
        lo, hi = opts.get("min"), opts.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            default = (
                f"{self.spec['metric']} is {value:g}"
                + (f", below the minimum {lo:g}" if lo is not None and value < lo else "")
                + (f", above the maximum {hi:g}" if hi is not None and value > hi else "")
            )
            msg = self.spec.get("message")
            text = (
                fill_message(
                    msg,
                    metric=self.spec["metric"],
                    value=value,
                    min="" if lo is None else lo,
                    max="" if hi is None else hi,
                )
                if msg
                else default
            )
            yield doc.problem(self.code, text, whole_document=True, subject=self.name)

    def rule(self) -> Rule:
        spec = self.spec
        defaults: dict[str, Any] = {k: spec[k] for k in ("min", "max") if k in spec}
        langs = spec.get("languages") or ([self.language] if self.language else None)
        return Rule(
            code=self.code,
            name=self.name,
            family=self.pack,
            severity=Severity.parse(spec.get("severity", "warning")),
            check=self.check,
            defaults=defaults,
            option_schema={k: {"type": "number"} for k in defaults},
            languages=frozenset(langs) if langs else None,
            applies_to=frozenset(spec.get("applies-to", ["article"])),
            enabled_by_default=bool(spec.get("enabled", True)),
            doc=self.doc(),
            origin=self.origin,
        )

    def doc(self) -> str:
        spec = self.spec
        summary = spec.get("description") or spec.get("message") or f"{self.kind} rule"
        lines = [str(summary).strip(), "", f"From rule pack {self.pack!r} ({self.origin[5:]})."]
        if self.kind == "phrase" and self.matcher is not None:
            lines.append(
                f"Reports {len(self.matcher)} phrases or patterns in: {', '.join(self.where)}."
            )
        elif self.kind == "required":
            what = [f"front-matter field {spec['field']!r}"] if "field" in spec else []
            what += [f"text matching {spec['pattern']!r}"] if "pattern" in spec else []
            lines.append(f"Requires {' and '.join(what)}.")
        else:
            bounds = ", ".join(f"{k} {spec[k]}" for k in ("min", "max") if k in spec)
            lines.append(f"Threshold on metric {spec['metric']!r}: {bounds}.")
        if spec.get("when"):
            lines.append(f"Only when: {json.dumps(spec['when'], default=str)}.")
        return "\n".join(lines)


@dataclass
class Pack:
    path: Path
    name: str
    digest: str
    rules: list[PackRule] = field(default_factory=list)


def read_pack(
    path: Path, *, builtin: bool = False, label: str | None = None, validate: bool = True
) -> Pack:
    """Parse, validate and compile one pack file; raise ConfigError with readable lines.

    `validate=False` skips the JSON Schema check, for the packs shipped with contentlint
    only (their schema check is a test): importing jsonschema and validating cost ~0.07 s
    of a pre-commit run's 0.8 s budget."""
    label = label or _label(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{label}: cannot read rule pack: {exc}"]) from exc
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{label}:{mark.line + 1}" if mark else label
        raise ConfigError([f"{where}: invalid YAML: {exc.problem}"]) from exc
    if not isinstance(data, dict):
        raise ConfigError([f"{label}:1: a rule pack must be a mapping with `name` and `rules`"])
    lines: dict[tuple[str, ...], int] = {}
    key_lines(node, (), lines)
    errors: list[Any] = []
    if validate:
        import jsonschema

        validator = jsonschema.Draft202012Validator(pack_schema())
        errors = sorted(
            validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
        )
    if errors:
        raise ConfigError(
            _dedupe(_friendly(_name_rule(format_error(e, label, lines), data)) for e in errors)
        )
    origin = f"pack:{path.resolve()}"
    pack = Pack(path, data["name"], hashlib.sha256(raw).hexdigest())
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, spec in enumerate(data["rules"]):

        def err(
            key: tuple[str, ...], message: str, i: int = i, spec: dict[str, Any] = spec
        ) -> None:
            where = _where(label, lines, ("rules", str(i), *key))
            dotted = ".".join(key) if key else ""
            rule = f"rule {spec['code']} ({spec['name']})"
            problems.append(f"{where}{rule}: {dotted + ': ' if dotted else ''}{message}")

        code = spec["code"]
        if not builtin and not USER_CODE_RE.match(code):
            err(
                ("code",),
                f"{code!r} is reserved for built-in rules; pack rules use X-NAMESPACE-NNN (e.g. X-BRAND-001)",
            )
        for key in ("code", "name"):
            if spec[key] in seen:
                err(
                    (key,),
                    f"{spec[key]!r} is used twice in this pack (also rule {seen[spec[key]] + 1})",
                )
            seen[spec[key]] = i
        prule = PackRule(spec, pack.name, origin, data.get("language"))
        _compile(prule, err)
        pack.rules.append(prule)
    if problems:
        raise ConfigError(problems)
    return pack


def _compile(prule: PackRule, err: Callable[..., None]) -> None:
    spec, kind = prule.spec, prule.kind
    flags = 0 if spec.get("case-sensitive") else re.IGNORECASE

    def regex(key: tuple[str, ...], pattern: str) -> re.Pattern[str] | None:
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            err(key, f"invalid regular expression {pattern!r}: {exc}")
            return None

    if "message" in spec:
        allowed = _PLACEHOLDERS[kind]
        try:
            fields = [
                f for _, f, _, _ in string.Formatter().parse(spec["message"]) if f is not None
            ]
        except ValueError as exc:
            err(
                ("message",),
                f"malformed placeholder ({exc}); write {{{{ and }}}} for literal braces",
            )
            fields = []
        for f in fields:
            name = re.split(r"[.\[!:]", f, maxsplit=1)[0]
            if name not in allowed:
                err(
                    ("message",),
                    f"unknown placeholder {{{f}}}; allowed: {', '.join('{' + a + '}' for a in sorted(allowed))}",
                )
    when = spec.get("when") or {}
    if "pattern" in when:
        prule.when_pattern = regex(("when", "pattern"), when["pattern"])
    if "link" in when:
        prule.when_link = regex(("when", "link"), when["link"])
    if kind == "phrase":
        if "phrases" not in spec and "patterns" not in spec:
            err(
                ("kind",),
                "a phrase rule needs `phrases` (literal text) or `patterns` (regular expressions)",
            )
            return
        entries: list[Entry] = []
        keys: dict[str, int] = {}
        for j, item in enumerate(spec.get("phrases", [])):
            e = (
                Entry(item)
                if isinstance(item, str)
                else Entry(item["phrase"], False, item.get("reason", ""), item.get("replacement"))
            )
            k = normalize_phrase(e.text, not spec.get("case-sensitive"))
            if k in keys:
                err(("phrases", str(j)), f"{e.text!r} repeats phrases[{keys[k]}]")
            keys[k] = j
            entries.append(e)
        for j, item in enumerate(spec.get("patterns", [])):
            e = (
                Entry(item, True)
                if isinstance(item, str)
                else Entry(item["pattern"], True, item.get("reason", ""), item.get("replacement"))
            )
            if regex(("patterns", str(j)), e.text) is not None:
                entries.append(e)
        try:
            prule.matcher = PhraseMatcher(
                entries, bool(spec.get("case-sensitive")), spec.get("word-boundary", True)
            )
        except re.error as exc:  # pragma: no cover - each pattern compiled above
            err(("patterns",), f"cannot combine patterns: {exc}")
    elif kind == "required":
        if "field" not in spec and "pattern" not in spec:
            err(("kind",), "a required rule needs `field` (front matter) or `pattern` (text)")
        if "pattern" in spec:
            prule.pattern = regex(("pattern",), spec["pattern"])
    else:
        known = sorted(metrics.available())
        name = spec.get("metric")
        if name is None:
            err(("kind",), f"a metric rule needs `metric`; one of: {', '.join(known)}")
        elif name not in known:
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            err(("metric",), f"unknown metric {name!r}{hint}; allowed: {', '.join(known)}")
        if "min" not in spec and "max" not in spec:
            err(("kind",), "a metric rule needs `min`, `max` or both")


def _where(label: str, lines: Mapping[tuple[str, ...], int], path: tuple[str, ...]) -> str:
    while path and path not in lines:
        path = path[:-1]
    line = lines.get(path)
    return f"{label}:{line}: " if line else f"{label}: "


_RULE_KEY_RE = re.compile(
    r"^(?P<where>.*?: )rules\.(?P<i>\d+)(?:\.(?P<rest>[^:]*))?: (?P<msg>.*)$", re.S
)


def _name_rule(message: str, data: dict[str, Any]) -> str:
    """`p.yml:7: rules.1.kind: ...` -> `p.yml:7: rule X-A-002 (too-short): kind: ...`."""
    m = _RULE_KEY_RE.match(message)
    if not m:
        return message
    i = int(m.group("i"))
    rules = data.get("rules")
    spec = rules[i] if isinstance(rules, list) and i < len(rules) else None
    if isinstance(spec, dict) and "code" in spec:
        rule = f"rule {spec['code']}" + (f" ({spec['name']})" if "name" in spec else "")
    elif isinstance(spec, dict) and "name" in spec:
        rule = f"rule {spec['name']}"
    else:
        rule = f"rules[{i}]"
    rest = m.group("rest")
    return f"{m.group('where')}{rule}: {rest + ': ' if rest else ''}{m.group('msg')}"


_FRIENDLY_PATTERNS = {
    "code": "must look like X-NAMESPACE-NNN (e.g. X-BRAND-001)",
    "name": "must be kebab-case (e.g. product-names)",
    "language": "must be a 2- or 3-letter language code (e.g. en)",
}


def _friendly(message: str) -> str:
    """Schema regexes are not what a pack author wants to read."""
    m = re.search(r"([\w-]+): (string .+?) does not match the expected form \S+$", message)
    key = m.group(1) if m else ""
    if m and key in _FRIENDLY_PATTERNS:
        return f"{message[: m.start()]}{key}: {_FRIENDLY_PATTERNS[key]}; got {m.group(2)}"
    if m and key.isdigit():  # languages[0]
        return f"{message[: m.start()]}{key}: {_FRIENDLY_PATTERNS['language']}; got {m.group(2)}"
    return message


def _dedupe(messages: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(messages))


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


# ----- registration -------------------------------------------------------------------------

#: origin -> digest of the packs currently registered.
_LOADED: dict[str, str] = {}


def load_packs(paths: Sequence[Path]) -> list[Pack]:
    """Make exactly these packs the registered ones (idempotent; workers call it again).

    Raises ConfigError listing every problem in every pack; nothing is registered then.
    """
    packs: list[Pack] = []
    errors: list[str] = []
    for p in paths:
        try:
            packs.append(read_pack(Path(p)))
        except ConfigError as exc:
            errors += exc.messages
    wanted = {f"pack:{p.path.resolve()}" for p in packs}
    owners: dict[str, str] = {}
    for r in registry.all_rules():
        if r.origin not in wanted:
            owners.setdefault(r.code, r.origin)
            owners.setdefault(r.name, r.origin)
    for pack in packs:
        for pr in pack.rules:
            for ident in (pr.code, pr.name):
                other = owners.get(ident)
                if other is not None and other != pr.origin:
                    where = "a built-in rule" if other == "builtin" else f"pack {other[5:]}"
                    errors.append(
                        f"{_label(pack.path)}: rule {pr.code} ({pr.name}): {ident!r} is already used by {where}"
                    )
                owners[ident] = pr.origin
    if errors:
        raise ConfigError(_dedupe(errors))
    for origin in [o for o in _LOADED if o not in wanted]:
        registry.unregister_origin(origin)
        del _LOADED[origin]
    for pack in packs:
        origin = f"pack:{pack.path.resolve()}"
        if _LOADED.get(origin) == pack.digest:
            continue
        registry.unregister_origin(origin)
        for pr in pack.rules:
            registry.register(pr.rule())
        _LOADED[origin] = pack.digest
    return packs


def digest(paths: Iterable[str | Path]) -> str:
    """Hash of the packs' contents, for the cache key."""
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode())
        try:
            h.update(Path(p).read_bytes())
        except OSError:
            h.update(b"\x00missing")
    return h.hexdigest()[:16]
