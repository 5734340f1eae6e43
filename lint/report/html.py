"""One self-contained HTML site-audit report, from the report dict (schemas/report.schema.json).

Why it looks the way it does:

* One file, no network: CSS, JS, data and charts are inline so the page opens from disk or a
  CI artifact. A Content-Security-Policy meta allows only those inline blocks (by sha256), so
  a string that slipped through escaping still could not run.
* Everything a page controls (titles, URLs, paths, messages, excerpts, passages) is untrusted.
  Here it goes through `html.escape`; in the JSON data block `<`, `>`, `&`, U+2028 and U+2029
  become \\u escapes so no string can end the script element; the JS builds DOM with
  textContent only. URLs are linked only when they are plain http(s).
* Readable without JavaScript: the score, the top ten, the charts, the clusters, the not-judged
  list and the first page of the documents table are rendered here. The JS adds sorting,
  filtering, paging and row expansion over the embedded data (10,000 rows stay responsive
  because only one page is in the DOM).
* Charts are small hand-written SVG helpers, not a library. pygal (3.1.3, maintained) was the
  candidate: by default it loads pygal-tooltips.min.js from a CDN, every chart carries ~16 KB
  of its own <style> (each would need its own CSP hash), ids are random UUIDs (output is not
  reproducible), there are no role/aria hooks, and this module must stay standard-library
  only. matplotlib is far too heavy. Horizontal bars, a histogram and a dot-group view are a
  few dozen lines each and are styled by the page's own stylesheet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from contentlint.report.htmlcharts import (
    _charts,
    _cluster_order,
)
from contentlint.report.htmlkit import (
    _HEAD_JS,
    CLUSTER_ADVICE,
    CLUSTER_LABELS,
    COLUMNS,
    FAMILIES,
    FAMILY_LABELS,
    FAMILY_RULES,
    NCOLS,
    PAGE_SIZE,
    SEVERITIES,
    TOP_N,
    _asset,
    _band,
    _band_word,
    _doc_link,
    _e,
    _footer,
    _json_for_script,
    _num,
    _pct,
    _priority_key,
    _rules_reference,
    _rules_table,
    _sha,
    safe_url,
)


def render_html(report: dict[str, Any]) -> str:
    """The whole report page as one string; pure, so it can be tested and cached."""
    css = _asset("report.css")
    js = _asset("report.js")
    docs: list[dict[str, Any]] = report["documents"]
    by_id = {d["id"]: d for d in docs}
    by_path = {d["path"]: d["id"] for d in docs}
    ranked = sorted(docs, key=_priority_key)
    rules = _rules_table(report)
    data = _client_data(report, rules, by_path)
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha(_HEAD_JS)} {_sha(js)}",
            f"style-src {_sha(css)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    source = str(report.get("source", ""))
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="color-scheme" content="light">\n',
        '<link rel="icon" href="data:,">\n',
        f"<title>Content audit: {_e(source)}</title>\n",
        f"<script>{_HEAD_JS}</script>\n<style>{css}</style>\n</head>\n<body>\n",
        '<a class="skip" href="#documents">Skip to the documents table</a>\n',
        _header(report),
        '<main id="main">\n',
        _overview(report),
        _top_ten(report, ranked),
        _charts(report, rules, by_id),
        _sections_table(report),
        _documents(report, ranked, rules, by_path),
        _clusters(report, by_id),
        _not_judged(report),
        _rules_reference(report, rules),
        "</main>\n",
        _footer(report),
        f'<script type="application/json" id="data">{_json_for_script(data)}</script>\n',
        f"<script>{js}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


# ---------------------------------------------------------------- small helpers


def _client_data(
    report: dict[str, Any], rules: dict[str, dict[str, Any]], by_path: dict[str, int]
) -> dict[str, Any]:
    """Compact arrays for the JS: repeated strings interned, categories as indexes."""
    strings: list[str] = []
    seen: dict[str, int] = {}

    def s(text: str | None) -> int:
        if text is None:
            return -1
        if text not in seen:
            seen[text] = len(strings)
            strings.append(text)
        return seen[text]

    codes = list(rules)
    code_ix = {c: i for i, c in enumerate(codes)}
    fam_ix = {f: i for i, f in enumerate(FAMILIES)}
    sev_ix = {v: i for i, v in enumerate(SEVERITIES)}
    sections = sorted({d["section"] for d in report["documents"]})
    sec_ix = {v: i for i, v in enumerate(sections)}
    kinds = sorted({d["kind"] for d in report["documents"]})
    kind_ix = {v: i for i, v in enumerate(kinds)}

    def fam(f: str | None) -> int:
        return fam_ix.get(f, -1) if f is not None else -1

    rows = []
    for d in report["documents"]:
        sc = d.get("scores")
        scores = [sc[f] for f in (*FAMILIES, "overall")] if sc else None
        deds = [
            [fam(x["family"]), code_ix.get(x["code"], -1), x["points"], s(x["reason"])]
            for x in d.get("deductions", [])
        ]
        probs = [
            [
                code_ix[p["code"]],
                sev_ix.get(p["severity"], 2),
                fam(p.get("family")),
                p.get("line"),
                p.get("column"),
                s(p["message"]),
                p.get("excerpt"),
                [
                    [r["path"], r.get("line"), s(r.get("message", "")), by_path.get(r["path"], -1)]
                    for r in p.get("related", [])
                ],
            ]
            for p in d["problems"]
        ]
        c = d["counts"]
        rows.append(
            [
                d["id"],
                d["path"],
                d.get("url"),
                d.get("title"),
                d.get("language"),
                kind_ix[d["kind"]],
                sec_ix[d["section"]],
                d["words"],
                1 if d["judged"] else 0,
                s(d.get("not_judged_reason")),
                d.get("inbound_links", 0),
                scores,
                d.get("priority"),
                [c.get("error", 0), c.get("warning", 0), c.get("info", 0)],
                deds,
                probs,
            ]
        )
    return {
        "v": 1,
        "fam": list(FAMILIES),
        "famLabel": [FAMILY_LABELS[f] for f in FAMILIES],
        "sev": list(SEVERITIES),
        "rules": [[c, r["name"], fam(r.get("family")), r["severity"]] for c, r in rules.items()],
        "sec": sections,
        "kind": kinds,
        "str": strings,
        "pageSize": PAGE_SIZE,
        "docs": rows,
    }


# ---------------------------------------------------------------- page parts


def _header(report: dict[str, Any]) -> str:
    tool = report.get("tool", {})
    nav = [
        ("overview", "Overview"),
        ("fix-first", "Fix first"),
        ("charts", "Charts"),
        ("folders", "Folders"),
        ("documents", "Documents"),
        ("clusters", "Clusters"),
        ("not-judged", "Not judged"),
        ("rules", "Rules"),
    ]
    links = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in nav)
    return (
        '<header class="page-header">\n'
        f'<h1>Content audit <span class="source">{_e(report.get("source", ""))}</span></h1>\n'
        f'<p class="meta">Generated <time datetime="{_e(report.get("generated_at", ""))}">'
        f"{_e(report.get('generated_at', ''))}</time> by {_e(tool.get('name', 'contentlint'))} "
        f"{_e(tool.get('version', ''))}</p>\n"
        f'<nav class="toc" aria-label="Report sections"><ul>{links}</ul></nav>\n'
        "</header>\n"
    )


def _overview(report: dict[str, Any]) -> str:
    site = report["site"]
    score = site.get("score")
    cards = []
    for f in FAMILIES:
        v = site["families"].get(f)
        share = site["with_problems"].get(f)
        cards.append(
            f'<li class="family {_band(v)}"><h4>{FAMILY_LABELS[f]} '
            f'<span class="rules-of">{FAMILY_RULES[f]}</span></h4>'
            f'<p class="fscore"><span class="num">{_num(v)}</span><span class="of">/100</span></p>'
            f"{_meter(v or 0, 100)}"
            f'<p class="share"><strong>{_pct(share)}</strong> of judged documents have '
            f"{FAMILY_LABELS[f].lower()} problems</p></li>"
        )
    nj = site.get("not_judged", 0)
    nj_text = (
        f'<a href="#not-judged">{nj:,} not judged</a> (reasons listed below)'
        if nj
        else "all judged"
    )
    return (
        '<section id="overview" aria-labelledby="overview-h">\n'
        '<h2 id="overview-h">Overview</h2>\n'
        '<div class="hero">\n'
        f'<div class="site-score {_band(score)}">'
        '<p class="label" id="site-score-label">Site score</p>'
        f'<p class="big" aria-describedby="site-score-label"><span class="num">{_num(score)}'
        f'</span><span class="of">/100</span></p><p class="band">{_band_word(score)}</p></div>\n'
        '<div class="how"><h3>How it is computed</h3>'
        f'<p class="formula">{_e(site.get("formula", ""))}</p>'
        f'<p class="judged"><strong>{site.get("judged", 0):,}</strong> of '
        f"{site.get('documents', 0):,} documents judged; {nj_text}.</p></div>\n"
        "</div>\n"
        f'<h3 class="sub">Scores by family</h3><ul class="families">{"".join(cards)}</ul>\n'
        "</section>\n"
    )


def _meter(value: float, vmax: float) -> str:
    """A thin decorative bar (the number is printed beside it, so it is hidden from AT)."""
    w = 0.0 if vmax <= 0 else max(0.0, min(1.0, value / vmax)) * 200
    return (
        f'<svg class="meter" viewBox="0 0 200 8" width="200" height="8" aria-hidden="true" '
        f'focusable="false"><rect class="track" width="200" height="8" rx="4"/>'
        f'<rect class="fill" width="{w:.1f}" height="8" rx="4"/></svg>'
    )


def _top_deductions(d: dict[str, Any], n: int = 3) -> list[dict[str, Any]]:
    deds = list(enumerate(d.get("deductions", [])))
    deds.sort(key=lambda t: (-t[1]["points"], t[0]))
    return [x for _, x in deds[:n]]


def _top_ten(report: dict[str, Any], ranked: list[dict[str, Any]]) -> str:
    site = report["site"]
    items = []
    for d in [d for d in ranked if d.get("priority") is not None][:TOP_N]:
        fixes = "".join(
            f'<li><span class="pts">−{_num(x["points"])}</span> '
            f'<span class="fam">{_e(x["family"])}</span> <code>{_e(x["code"])}</code> '
            f"{_e(x['reason'])}</li>"
            for x in _top_deductions(d)
        )
        overall = d["scores"]["overall"] if d.get("scores") else None
        items.append(
            f'<li data-id="{d["id"]}"><p class="what">{_doc_link(d)} '
            f'<span class="path">{_e(d["path"])}</span></p>'
            f'<p class="facts">Score <strong class="{_band(overall)}">{_num(overall)}</strong>'
            f" · priority <strong>{_num(d['priority'])}</strong>"
            f" · {d.get('inbound_links', 0):,} inbound links · {d['words']:,} words</p>"
            f'<p class="fix-h">Fix:</p><ul class="fixes">{fixes or "<li>No deductions</li>"}</ul>'
            "</li>"
        )
    body = (
        f'<ol class="topten">{"".join(items)}</ol>'
        if items
        else "<p>No judged documents to rank.</p>"
    )
    return (
        '<section id="fix-first" aria-labelledby="fix-first-h">\n'
        f'<h2 id="fix-first-h">Fix these {TOP_N} first</h2>\n'
        '<p class="note">Ranked by priority = '
        f"<code>{_e(site.get('priority_formula', ''))}</code>: a low score on a page that many "
        "internal links point to costs the most. Under each: its biggest score deductions.</p>\n"
        f"{body}\n</section>\n"
    )


# ---------------------------------------------------------------- SVG charts


def _sections_table(report: dict[str, Any]) -> str:
    secs = sorted(report.get("sections", []), key=lambda s: s["name"])
    head = "".join(
        f'<th scope="col">{h}</th>'
        for h in ["Folder", "Documents", "Judged", "Score", *(FAMILY_LABELS[f] for f in FAMILIES)]
    )
    rows = "".join(
        f'<tr><th scope="row">{_e(s["name"])}</th><td class="n">{s["documents"]:,}</td>'
        f'<td class="n">{s["judged"]:,}</td>'
        f'<td class="n {_band(s["score"])}">{_num(s["score"])}</td>'
        + "".join(
            f'<td class="n {_band(s["families"].get(f))}">{_num(s["families"].get(f))}</td>'
            for f in FAMILIES
        )
        + "</tr>"
        for s in secs
    )
    return (
        '<section id="folders" aria-labelledby="folders-h">\n'
        '<h2 id="folders-h">Folders</h2>\n'
        '<div class="table-wrap" role="region" aria-labelledby="folders-cap" tabindex="0">'
        '<table class="data"><caption id="folders-cap">Scores by folder (mean of judged '
        f"documents)</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>\n"
        "</section>\n"
    )


def _select(sel_id: str, label: str, options: Iterable[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(t)}</option>' for v, t in options)
    return (
        f'<div class="field"><label for="{sel_id}">{label}</label>'
        f'<select id="{sel_id}"><option value="">All</option>{opts}</select></div>'
    )


def _documents(
    report: dict[str, Any],
    ranked: list[dict[str, Any]],
    rules: dict[str, dict[str, Any]],
    by_path: dict[str, int],
) -> str:
    docs = report["documents"]
    used = sorted({p["code"] for d in docs for p in d["problems"]})
    sections = sorted({d["section"] for d in docs})
    kinds = sorted({d["kind"] for d in docs})
    controls = (
        '<form class="controls" id="filters" hidden role="search" aria-label="Filter documents">'
        '<div class="field wide"><label for="f-q">Search</label>'
        '<input type="search" id="f-q" placeholder="title, path, URL, message" '
        'autocomplete="off"></div>'
        + _select("f-family", "Family", ((f, FAMILY_LABELS[f]) for f in FAMILIES))
        + _select("f-rule", "Rule", ((c, f"{c} {rules[c]['name']}") for c in used))
        + _select("f-severity", "Severity", ((s, s) for s in SEVERITIES))
        + _select("f-section", "Folder", ((s, s) for s in sections))
        + _select("f-kind", "Kind", ((k, k) for k in kinds))
        + _select("f-status", "Status", (("judged", "Judged"), ("not-judged", "Not judged")))
        + '<fieldset class="field range"><legend>Score range</legend><span class="pair">'
        '<label for="f-min" class="sr-only">Lowest score</label>'
        '<input type="number" id="f-min" min="0" max="100" step="1" placeholder="0">'
        '<span aria-hidden="true">–</span><label for="f-max" class="sr-only">Highest score</label>'
        '<input type="number" id="f-max" min="0" max="100" step="1" placeholder="100">'
        "</span></fieldset>"
        '<div class="field"><button type="reset" id="f-reset">Reset filters</button></div>'
        '<p class="hint">Family, rule and severity filters match documents having one problem '
        "that meets all three. Search matches every word, case-insensitive.</p>"
        "</form>\n"
    )
    heads = ['<th scope="col" class="c-exp"><span class="sr-only">Details</span></th>']
    for key, label, abbr, numeric in COLUMNS:
        text = f'<abbr title="{_e(abbr)}">{label}</abbr>' if abbr else label
        sort = ' aria-sort="descending"' if key == "priority" else ""
        cls = f"c-{key}" + (" n" if numeric else "")
        heads.append(
            f'<th scope="col" class="{cls}" data-key="{key}"{sort}><button type="button" '
            f'class="sort">{text}<span class="ind" aria-hidden="true"></span></button></th>'
        )
    first = ranked[:PAGE_SIZE]
    rows = "".join(_doc_row(d, rules, by_path) for d in first)
    n = len(docs)
    pages = max(1, math.ceil(n / PAGE_SIZE))
    pager = (
        '<nav class="pager" id="pager" aria-label="Table pages" hidden>'
        '<button type="button" data-page="first">First</button>'
        '<button type="button" data-page="prev">Previous</button>'
        f'<span id="page-of">Page 1 of {pages}</span>'
        '<button type="button" data-page="next">Next</button>'
        '<button type="button" data-page="last">Last</button>'
        '<label for="page-size">Rows per page</label><select id="page-size">'
        + "".join(
            f'<option value="{s}"{" selected" if s == PAGE_SIZE else ""}>{s}</option>'
            for s in (25, 50, 100, 250, 500)
        )
        + "</select></nav>\n"
    )
    return (
        '<section id="documents" aria-labelledby="documents-h">\n'
        '<h2 id="documents-h">Documents</h2>\n'
        f"{controls}"
        f'<p id="docs-status" class="status" role="status">Showing {len(first):,} of {n:,} '
        "documents, highest priority first.</p>\n"
        '<noscript><p class="note">JavaScript is off: this is the first page of the table '
        "with every row's problems shown. Sorting, filtering and paging need JavaScript.</p>"
        "</noscript>\n"
        '<div class="table-wrap docs-wrap" role="region" aria-labelledby="docs-cap" tabindex="0">'
        '<table class="docs" id="docs"><caption id="docs-cap">Documents<span class="js-only">'
        ": press a column heading to sort, a row's arrow to show its problems</span></caption>"
        f'<thead><tr>{"".join(heads)}</tr></thead><tbody id="docs-body">{rows}</tbody>'
        "</table></div>\n"
        f"{pager}</section>\n"
    )


def _doc_row(d: dict[str, Any], rules: dict[str, dict[str, Any]], by_path: dict[str, int]) -> str:
    """A table row plus its problems row; report.js builds the same markup."""
    did = d["id"]
    sc = d.get("scores")
    url = safe_url(d.get("url"))
    title = _e(d.get("title") or "(no title)")
    name = (
        f'<a class="ext" href="{_e(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    )
    nj = (
        f'<span class="nj">Not judged: {_e(d.get("not_judged_reason") or "")}</span>'
        if not d["judged"]
        else ""
    )
    cells = [
        f'<td class="c-exp"><button type="button" class="expander" aria-expanded="false" '
        f'aria-controls="doc-{did}-details"><span class="sr-only">Problems of '
        f"{_e(d['path'])}</span></button></td>",
        f'<th scope="row" class="c-doc"><span class="t">{name}</span>'
        f'<span class="path">{_e(d["path"])}</span>{nj}</th>',
        f'<td class="c-section">{_e(d["section"])}</td>',
        f'<td class="c-kind">{_e(d["kind"])}</td>',
        f'<td class="c-words n">{d["words"]:,}</td>',
    ]
    overall = sc["overall"] if sc else None
    cells.append(f'<td class="c-overall n {_band(overall)}">{_num(overall)}</td>')
    for f in FAMILIES:
        v = sc[f] if sc else None
        cells.append(f'<td class="c-{f} n {_band(v)}">{_num(v)}</td>')
    c = d["counts"]
    cells.append(f'<td class="c-inbound n">{d.get("inbound_links", 0):,}</td>')
    cells.append(f'<td class="c-priority n">{_num(d.get("priority"))}</td>')
    cells.append(
        '<td class="c-issues n">'
        f'<span class="cnt e" title="errors">{c.get("error", 0)}<span class="sr-only"> errors,'
        f'</span></span><span class="cnt w" title="warnings">{c.get("warning", 0)}'
        '<span class="sr-only"> warnings,</span></span>'
        f'<span class="cnt i" title="info">{c.get("info", 0)}<span class="sr-only"> info'
        "</span></span></td>"
    )
    return (
        f'<tr class="doc" id="doc-{did}" data-id="{did}">{"".join(cells)}</tr>'
        f'<tr class="details ssr" id="doc-{did}-details"><td colspan="{NCOLS}">'
        f"{_details(d, rules, by_path)}</td></tr>"
    )


def _details(d: dict[str, Any], rules: dict[str, dict[str, Any]], by_path: dict[str, int]) -> str:
    deds = "".join(
        f'<li><span class="pts">−{_num(x["points"])}</span> <span class="fam">{_e(x["family"])}'
        f"</span> <code>{_e(x['code'])}</code> {_e(x['reason'])}</li>"
        for x in sorted(d.get("deductions", []), key=lambda x: -x["points"])
    )
    probs = []
    for p in d["problems"]:
        where = f"line {p['line']}" if p.get("line") else ""
        if where and p.get("column"):
            where += f":{p['column']}"
        rel = []
        for r in p.get("related", []):
            target = by_path.get(r["path"])
            link = (
                f'<a href="#doc-{target}">{_e(r["path"])}</a>'
                if target is not None
                else f'<span class="path">{_e(r["path"])}</span>'
            )
            line = f" line {r['line']}" if r.get("line") else ""
            msg = f" — {_e(r['message'])}" if r.get("message") else ""
            rel.append(f"<li>{link}{line}{msg}</li>")
        excerpt = (
            f'<blockquote class="excerpt"><q>{_e(p["excerpt"])}</q></blockquote>'
            if p.get("excerpt")
            else ""
        )
        fam = p.get("family") or "not judged"
        loc = f' <span class="loc">{where}</span>' if where else ""
        probs.append(
            f'<li class="problem"><p class="ph"><span class="badge sev-{_e(p["severity"])}">'
            f"{_e(p['severity'])}</span> <code>{_e(p['code'])}</code> "
            f'<span class="rule">{_e(p["rule"])}</span> <span class="fam">{_e(fam)}</span>'
            f"{loc}</p>"
            f'<p class="msg">{_e(p["message"])}</p>{excerpt}'
            + (f'<ul class="related">{"".join(rel)}</ul>' if rel else "")
            + "</li>"
        )
    lang = d.get("language")
    url = d.get("url")
    meta = (
        f'<p class="dmeta">{_e(d["path"])}'
        + (f" · {_e(url)}" if url else "")
        + (f" · language {_e(lang)}" if lang else "")
        + "</p>"
    )
    return (
        f'<div class="detail">{meta}'
        + (
            f'<p class="dlabel">Score deductions</p><ul class="deductions">{deds}</ul>'
            if deds
            else ""
        )
        + f'<p class="dlabel">Problems ({len(d["problems"])})</p>'
        + (f'<ol class="problems">{"".join(probs)}</ol>' if probs else "<p>None.</p>")
        + "</div>"
    )


def _clusters(report: dict[str, Any], by_id: dict[int, dict[str, Any]]) -> str:
    clusters = _cluster_order(report.get("clusters", []))
    arts = []
    for c in clusters:
        cid = _e(c["id"])
        keep = c.get("keep")
        members = []
        for m in c["members"]:
            d = by_id.get(m)
            if d is None:
                members.append(f'<li class="member"><p>Document {int(m)} (missing)</p></li>')
                continue
            sc = d.get("scores")
            overall = sc["overall"] if sc else None
            is_keep = m == keep
            badge = '<p class="keep-badge">Keep this page</p>' if is_keep else ""
            members.append(
                f'<li class="member{" keep" if is_keep else ""}">{badge}'
                f'<p class="mt">{_doc_link(d)}</p><p class="path">{_e(d["path"])}</p>'
                f"<dl><dt>Words</dt><dd>{d['words']:,}</dd><dt>Score</dt>"
                f'<dd class="{_band(overall)}">{_num(overall)}</dd><dt>Inbound links</dt>'
                f"<dd>{d.get('inbound_links', 0):,}</dd></dl></li>"
            )
        shared_label = "Shared keywords" if c["type"] == "cannibalization" else "Shared passages"
        shared = "".join(f"<li><mark>{_e(s)}</mark></li>" for s in c.get("shared", []))
        kd = by_id.get(keep) if keep is not None else None
        keep_p = (
            f'<p class="advice"><strong>Suggested page to keep:</strong> {_doc_link(kd)}. '
            f"{CLUSTER_ADVICE.get(c['type'], '')}</p>"
            if kd
            else ""
        )
        arts.append(
            f'<article class="cluster cl-{_e(c["type"])}" id="cluster-{cid}" '
            f'aria-labelledby="cluster-{cid}-h"><h3 id="cluster-{cid}-h">'
            f'{CLUSTER_LABELS.get(c["type"], _e(c["type"]))} <span class="cid">{cid} · '
            f"{_e(c['code'])}</span></h3>"
            f'<p class="sim">{round(c["similarity"] * 100)}% similar · {len(c["members"])} pages'
            f"</p>{keep_p}"
            f'<ul class="members">{"".join(members)}</ul>'
            + (
                f'<div class="shared"><p class="dlabel">{shared_label}</p><ul>{shared}</ul></div>'
                if shared
                else ""
            )
            + "</article>"
        )
    body = "".join(arts) if arts else "<p>No duplicate or cannibalization clusters found.</p>"
    return (
        '<section id="clusters" aria-labelledby="clusters-h">\n'
        f'<h2 id="clusters-h">Clusters ({len(clusters):,})</h2>\n'
        '<p class="note">Pages that duplicate, copy from or compete with each other, largest '
        "first. Members are side by side; shared text is highlighted.</p>\n"
        f"{body}\n</section>\n"
    )


def _not_judged(report: dict[str, Any]) -> str:
    nj = [d for d in report["documents"] if not d["judged"]]
    reasons = Counter((d.get("not_judged_reason") or "").split(":")[0] for d in nj)
    summary = "".join(f"<li><code>{_e(r)}</code>: {n:,}</li>" for r, n in sorted(reasons.items()))
    rows = "".join(
        f'<tr><th scope="row"><a href="#doc-{d["id"]}">{_e(d["path"])}</a></th>'
        f"<td>{_e(d.get('not_judged_reason') or '')}</td></tr>"
        for d in sorted(nj, key=lambda d: d["path"])
    )
    body = (
        f'<ul class="reasons">{summary}</ul><div class="table-wrap" role="region" '
        'aria-labelledby="nj-cap" tabindex="0"><table class="data nj-table">'
        '<caption id="nj-cap">Documents not judged, with the reason</caption><thead><tr>'
        '<th scope="col">Document</th><th scope="col">Reason</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        if nj
        else "<p>Every document was judged.</p>"
    )
    return (
        '<section id="not-judged" aria-labelledby="not-judged-h">\n'
        f'<h2 id="not-judged-h">Not judged ({len(nj):,})</h2>\n'
        '<p class="note">An F rule (file or fetch problem) kept these from being scored; they '
        "count in neither the site score nor the charts.</p>\n"
        f"{body}\n</section>\n"
    )
