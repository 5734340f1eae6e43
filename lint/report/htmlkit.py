"""Shared pieces of the HTML report: escaping, safe links, number formats, the
documents table's columns. Every string from a page goes through `_e` or `safe_url`."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from typing import Any

FAMILIES: tuple[str, ...] = ("thin", "duplication", "keywords", "expertise", "technical")
FAMILY_LABELS: dict[str, str] = {
    "thin": "Thin content",
    "duplication": "Duplication",
    "keywords": "Keywords",
    "expertise": "Expertise",
    "technical": "Technical",
}
FAMILY_RULES: dict[str, str] = {
    "thin": "T rules",
    "duplication": "D rules",
    "keywords": "K rules",
    "expertise": "E rules",
    "technical": "L and M rules",
}
FAMILY_SHORT: dict[str, tuple[str, str]] = {
    "thin": ("Thin", "Thin content score"),
    "duplication": ("Dup.", "Duplication score"),
    "keywords": ("Kw.", "Keywords score"),
    "expertise": ("Exp.", "Expertise score"),
    "technical": ("Tech.", "Technical score"),
}
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
COVERAGE_LABELS: dict[str, str] = {
    "author": "Author named",
    "date": "Date shown",
    "citations": "Sources cited",
    "structured_data": "Article structured data",
}
CLUSTER_LABELS: dict[str, str] = {
    "duplicate": "Duplicate pages",
    "near-duplicate": "Near-duplicate pages",
    "doorway": "Doorway pages",
    "copied-passage": "Copied passage",
    "cannibalization": "Keyword cannibalization",
}
CLUSTER_ADVICE: dict[str, str] = {
    "duplicate": "Keep one page; 301-redirect the others to it or point their canonical at it.",
    "near-duplicate": "Merge the pages into the one to keep, then redirect the others.",
    "doorway": "Replace the templated pages with one useful page, or give each real content.",
    "copied-passage": "Keep the passage on one page; rewrite or link to it from the others.",
    "cannibalization": "Give each page its own target query, or merge them into the one to keep.",
}
PAGE_SIZE = 100
TOP_N = 10
# Columns of the documents table: (sort key, label, abbreviation title or "", numeric).
COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("doc", "Document", "", False),
    ("section", "Folder", "", False),
    ("kind", "Kind", "", False),
    ("words", "Words", "", True),
    ("overall", "Score", "", True),
    *((f, FAMILY_SHORT[f][0], FAMILY_SHORT[f][1], True) for f in FAMILIES),
    ("inbound", "Inbound", "Internal links pointing here", True),
    ("priority", "Priority", "", True),
    ("issues", "Issues", "Errors, warnings, info", True),
)
NCOLS = len(COLUMNS) + 1

_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+\Z", re.IGNORECASE)
_HEAD_JS = "document.documentElement.classList.add('js');"


def _asset(name: str) -> str:
    return (resources.files("contentlint.report") / "assets" / name).read_text(encoding="utf-8")


def _sha(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _e(value: Any) -> str:
    """Escape for HTML text and quoted attributes alike (also valid inside inline SVG)."""
    return html.escape(str(value), quote=True)


def safe_url(url: Any) -> str | None:
    """The URL if it is plain http(s) with no whitespace or control characters, else None."""
    if isinstance(url, str) and _SAFE_URL.match(url):
        return url
    return None


def _json_for_script(data: Any) -> str:
    """JSON that cannot close its <script> element nor break a JS string (U+2028/2029)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _num(value: float | None, empty: str = "—") -> str:
    """Scores as the JS shows them: integers bare, others with one decimal."""
    if value is None:
        return empty
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}"


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{round(share * 100)}%"


def _band(score: float | None) -> str:
    if score is None:
        return "s-none"
    return "s-good" if score >= 80 else "s-fair" if score >= 50 else "s-poor"


def _band_word(score: float | None) -> str:
    if score is None:
        return "no score"
    return "good" if score >= 80 else "needs work" if score >= 50 else "poor"


def _priority_key(d: dict[str, Any]) -> tuple[bool, float, int]:
    """Same order as the table's default sort: priority descending, unjudged last, then id."""
    p = d.get("priority")
    return (p is None, -(p or 0.0), d["id"])


def _label(d: dict[str, Any]) -> str:
    return str(d.get("title") or d["path"])


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _rules_table(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Rules by code, completed with any code that only appears in a problem."""
    rules = {c: dict(r) for c, r in report.get("rules", {}).items()}
    for d in report["documents"]:
        for p in d["problems"]:
            rules.setdefault(
                p["code"],
                {
                    "name": p["rule"],
                    "family": p["family"],
                    "severity": p["severity"],
                    "summary": "",
                },
            )
    return dict(sorted(rules.items()))


def _doc_link(d: dict[str, Any], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="#doc-{d["id"]}"{c}>{_e(_label(d))}</a>'


# ---------------------------------------------------------------- client data


def _rules_reference(report: dict[str, Any], rules: dict[str, dict[str, Any]]) -> str:
    rows = "".join(
        f'<tr><th scope="row"><code>{_e(c)}</code></th><td>{_e(r["name"])}</td>'
        f"<td>{_e(r.get('family') or 'not judged')}</td><td>{_e(r['severity'])}</td>"
        f"<td>{_e(r.get('summary', ''))}</td></tr>"
        for c, r in rules.items()
    )
    thresholds = "".join(
        f"<li><code>{_e(k)}</code>: {_e(v)}</li>"
        for k, v in sorted(report.get("thresholds", {}).items())
    )
    return (
        '<section id="rules" aria-labelledby="rules-h">\n<h2 id="rules-h">Rules</h2>\n'
        "<details><summary>All rules and thresholds</summary>"
        '<div class="table-wrap" role="region" aria-labelledby="rules-cap" tabindex="0">'
        '<table class="data"><caption id="rules-cap">Rules</caption><thead><tr>'
        '<th scope="col">Code</th><th scope="col">Name</th><th scope="col">Family</th>'
        '<th scope="col">Severity</th><th scope="col">What it finds</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        f"<h3>Thresholds</h3><ul>{thresholds}</ul></details>\n</section>\n"
    )


def _footer(report: dict[str, Any]) -> str:
    tool = report.get("tool", {})
    return (
        '<footer class="page-footer"><p>'
        f"{_e(tool.get('name', 'contentlint'))} {_e(tool.get('version', ''))} · report format "
        f"version {_e(report.get('version', 1))} · generated {_e(report.get('generated_at', ''))}"
        "</p></footer>\n"
    )
