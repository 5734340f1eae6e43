"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from contentlint import __version__
from contentlint.engine.core import RunResult
from contentlint.model import registry
from contentlint.model.problem import Problem, Severity
from contentlint.report.options import ReportOptions
from contentlint.report.paths import json_safe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def source_root(cwd: str) -> str:
    """The repository root when inside git (code scanning wants repo-relative URIs)."""
    import subprocess

    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return cwd
    return proc.stdout.strip() if proc.returncode == 0 and proc.stdout.strip() else cwd


def _artifact(path: str, root: str) -> dict[str, Any]:
    if _is_url(path):
        return {"uri": path}
    rel = os.path.relpath(os.path.abspath(path), root)
    if rel.startswith(".."):
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    # A URI reference: the name's exact bytes, percent-encoded where a URI needs it.
    uri = quote(Path(rel).as_posix().encode("utf-8", "surrogateescape"), safe="/")
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _region(p: Problem) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, p.line), "startColumn": max(1, p.column)}
    if p.end_line:
        region["endLine"] = max(p.end_line, p.line)
    if p.end_column and (p.end_line or p.line) == p.line and p.end_column > p.column:
        region["endColumn"] = p.end_column
    return region


def rule_descriptor(r: registry.Rule) -> dict[str, Any]:
    return {
        "id": r.code,
        "name": "".join(part.capitalize() for part in r.name.split("-")),
        "shortDescription": {"text": r.summary or r.name},
        "fullDescription": {"text": r.doc or r.summary or r.name},
        "help": {"text": r.doc or r.summary, "markdown": r.doc or r.summary},
        "defaultConfiguration": {"level": _LEVEL[r.severity]},
        "properties": {"tags": [r.family, r.name]},
    }


def build(result: RunResult, cwd: str = ".") -> dict[str, Any]:
    root = source_root(os.path.abspath(cwd))
    used = sorted({p.code for p in result.problems})
    rules = [r for r in registry.all_rules() if r.code in used]
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    kinds = {d.path: d.kind for d in result.documents}
    for p in result.problems:
        item: dict[str, Any] = {
            "ruleId": p.code,
            "level": _LEVEL[p.severity or Severity.WARNING],
            "message": {"text": p.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(p.path, root),
                        "region": _region(p),
                    }
                }
            ],
            "partialFingerprints": {"contentlint/v1": p.fingerprint},
        }
        if p.code in index:
            item["ruleIndex"] = index[p.code]
        kind = p.page_kind or kinds.get(p.path)
        if kind:
            item["properties"] = {"pageKind": kind}
        found = p.suggestion
        if found is not None:
            text, line, column, end_line, end_column = found
            region = {
                "startLine": line,
                "startColumn": column,
                "endLine": end_line,
                "endColumn": end_column,
            }
            item["fixes"] = [
                {
                    "description": {"text": f'Replace with "{text}"'},
                    "artifactChanges": [
                        {
                            "artifactLocation": _artifact(p.path, root),
                            "replacements": [
                                {"deletedRegion": region, "insertedContent": {"text": text}}
                            ],
                        }
                    ],
                }
            ]
        if p.related:
            item["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": _artifact(rel.path, root),
                        **({"region": {"startLine": rel.line}} if rel.line else {}),
                    },
                    "message": {"text": rel.message or rel.path},
                }
                for i, rel in enumerate(p.related)
            ]
        results.append(item)
    root_uri = Path(root).resolve().as_uri() + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "contentlint",
                        "version": __version__,
                        "informationUri": "https://github.com/contentlint/contentlint",
                        "rules": [rule_descriptor(r) for r in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    out.write(json_safe(json.dumps(build(result, opts.root), indent=2, ensure_ascii=False)))
    out.write("\n")
