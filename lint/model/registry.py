"""The rule registry: every rule declares its metadata once, here.

The config schema, `contentlint rules`, `contentlint rule CODE`, SARIF rule
descriptors and the README table are all generated from these declarations.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from contentlint.model.problem import Problem, Severity

if TYPE_CHECKING:
    from contentlint.model.document import Document

#: Which documents' blocks a corpus rule reads (see `Rule.needs_text`).
TextNeeds = bool | Callable[[list["Document"]], Iterable["Document"]]

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Options(dict[str, Any]):
    """Rule options with attribute access (`opts.min_words`)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: str
    severity: Severity
    check: Callable[..., Iterable[Problem]]
    defaults: Mapping[str, Any] = field(default_factory=dict)
    option_schema: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    languages: frozenset[str] | None = None
    #: "document" rules see one Document; "corpus" rules see the whole Corpus.
    scope: str = "document"
    #: Page kinds the rule judges: {"article"} for content rules, {"*"} for file rules.
    applies_to: frozenset[str] = frozenset({"article"})
    #: Source formats the rule applies to (None: all).
    formats: frozenset[str] | None = None
    enabled_by_default: bool = True
    doc: str = ""
    origin: str = "builtin"
    #: Corpus rules: whether the rule reads documents' blocks (`Block.text`, `doc.text`,
    #: `doc.word_count` beyond the cached metric, features rebuilt from the document).
    #: True (the default, safe for any rule): every document's; False: none (features,
    #: metrics, titles, headings and links are all it reads); a function of the corpus
    #: documents: only those it returns, chosen from their features. When no enabled
    #: corpus rule needs them all, the engine drops the other documents' blocks before
    #: the corpus stage, most of the memory a document holds there.
    needs_text: TextNeeds = True

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""

    def applies(self, doc_kind: str, judged: bool, lang: str, fmt: str) -> bool:
        if "*" not in self.applies_to and not (judged and doc_kind in self.applies_to):
            return False
        if self.formats is not None and fmt not in self.formats:
            return False
        if self.languages is not None:
            base = lang.split("-")[0].lower()
            if base not in self.languages:
                return False
        return True

    def options_schema(self) -> dict[str, Any]:
        props: dict[str, Any] = {
            "severity": {
                "enum": ["error", "warning", "info"],
                "description": "Override the rule's default severity.",
            }
        }
        for key, default in self.defaults.items():
            schema = dict(_schema_for(default))
            schema.update(self.option_schema.get(key, {}))
            schema.setdefault("default", default)
            props[key] = schema
        return {"type": "object", "properties": props, "additionalProperties": False}


def _schema_for(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, (list, tuple)):
        item = _schema_for(value[0]) if value else {"type": "string"}
        return {"type": "array", "items": item}
    if isinstance(value, dict):
        return {"type": "object"}
    return {}


_RULES: dict[str, Rule] = {}
_FEATURES: dict[str, Feature] = {}
_WARMUPS: list[Callable[[], None]] = []


def warmup(fn: Callable[[], None]) -> Callable[[], None]:
    """Declare work a rule family wants done once in the parent process before workers
    fork (compiling a phrase list), so each worker shares it instead of redoing it."""
    _WARMUPS.append(fn)
    return fn


def run_warmups() -> None:
    for fn in _WARMUPS:
        fn()


@dataclass(frozen=True)
class Feature:
    """A compact per-document record a corpus rule needs (a MinHash signature, a term vector).

    Computed in the worker processes right after extraction, stored in
    `doc.features[name]` and cached with the document, so the corpus stage only
    combines records. Computed only when one of the rules in `used_by` is enabled.
    """

    name: str
    fn: Callable[..., Any]
    used_by: frozenset[str]


def feature(
    name: str, used_by: Iterable[str]
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare a feature function `fn(doc, options_by_code) -> Any`."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        _FEATURES[name] = Feature(name, fn, frozenset(used_by))
        return fn

    return decorate


def all_features() -> list[Feature]:
    return list(_FEATURES.values())


# A rule keeps its own signature through the decorator, so mypy still checks its body.
CheckT = TypeVar("CheckT", bound=Callable[..., Iterable[Problem]])


def rule(
    *,
    code: str,
    name: str,
    severity: str = "warning",
    options: Mapping[str, Any] | None = None,
    option_schema: Mapping[str, dict[str, Any]] | None = None,
    languages: Iterable[str] | None = None,
    scope: str = "document",
    applies_to: Iterable[str] = ("article",),
    formats: Iterable[str] | None = None,
    enabled_by_default: bool = True,
    needs_text: TextNeeds = True,
) -> Callable[[CheckT], CheckT]:
    """Declare a rule. The decorated function's docstring is its documentation."""

    def decorate(fn: CheckT) -> CheckT:
        register(
            Rule(
                code=code,
                name=name,
                family=_family(fn.__module__),
                severity=Severity.parse(severity),
                check=fn,
                defaults=dict(options or {}),
                option_schema=dict(option_schema or {}),
                languages=frozenset(languages) if languages is not None else None,
                scope=scope,
                applies_to=frozenset(applies_to),
                formats=frozenset(formats) if formats is not None else None,
                enabled_by_default=enabled_by_default,
                doc=inspect.cleandoc(fn.__doc__ or ""),
                needs_text=needs_text,
            )
        )
        return fn

    return decorate


def _family(module: str) -> str:
    """A rule's family: the module or package right under `contentlint.rules` (a family
    split into a package, `contentlint.rules.duplication.copies`, is still "duplication"),
    else the last part of the module's name."""
    parts = module.split(".")
    if parts[:2] == ["contentlint", "rules"] and len(parts) > 2:
        return parts[2]
    return parts[-1]


def register(r: Rule) -> None:
    if not NAME_RE.match(r.name):
        raise ValueError(f"rule name {r.name!r} must be kebab-case")
    existing = _RULES.get(r.code)
    if existing is not None and existing.check is not r.check and existing.origin == r.origin:
        raise ValueError(f"rule code {r.code} is declared twice ({existing.name}, {r.name})")
    _RULES[r.code] = r


def unregister_origin(origin: str) -> None:
    """Forget rules loaded from one pack (tests load packs repeatedly)."""
    for code in [c for c, r in _RULES.items() if r.origin == origin]:
        del _RULES[code]


def all_rules() -> list[Rule]:
    """Every registered rule (built-in ones register when `contentlint.rules` is imported)."""
    return sorted(_RULES.values(), key=lambda r: _code_sort_key(r.code))


def builtin_rules() -> list[Rule]:
    return [r for r in all_rules() if r.origin == "builtin"]


def get_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    if key.upper() in _RULES:
        return _RULES[key.upper()]
    if key in _RULES:
        return _RULES[key]
    for r in _RULES.values():
        if r.name == key.lower():
            return r
    return None


def _code_sort_key(code: str) -> tuple[int, str, int, str]:
    m = re.match(r"^([A-Z]+)(\d+)$", code)
    if m:
        return (0, m.group(1), int(m.group(2)), "")
    return (1, "", 0, code)
