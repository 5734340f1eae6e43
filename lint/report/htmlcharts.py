"""The HTML report's charts: static SVG rendered here, readable with JavaScript off, each
with a title, a description and a visually hidden data table as its text alternative.

Hand-written rather than pygal: pygal loads a tooltip script from a CDN by default, puts
~16 KB of its own CSS in every chart (each needing its own CSP hash), makes random ids
(no reproducible output) and has no ARIA hooks; these helpers are small and standard
library only."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from contentlint.report.htmlkit import (
    CLUSTER_LABELS,
    COVERAGE_LABELS,
    _band,
    _clip,
    _e,
    _label,
    _num,
    _pct,
)


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart."""

    label: str
    value: float
    text: str
    cls: str = "bar"
    tip: str = ""


def _svg_open(cid: str, width: int, height: int, title: str, desc: str) -> str:
    return (
        f'<svg class="chart" id="{cid}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{cid}-t {cid}-d" '
        f'focusable="false"><title id="{cid}-t">{_e(title)}</title>'
        f'<desc id="{cid}-d">{_e(desc)}</desc>'
    )


def _nice_ticks(vmax: float) -> list[float]:
    """0 to a round maximum in 3 to 6 round steps (1, 2 or 5 x 10^k), for count axes."""
    if vmax <= 0:
        return [0.0, 1.0]
    raw = vmax / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    step = max(step, 1.0)
    top = step * math.ceil(vmax / step)
    return [step * i for i in range(round(top / step) + 1)]


def _hbars(
    cid: str,
    bars: Sequence[Bar],
    ticks: Sequence[float],
    title: str,
    desc: str,
    *,
    pct: bool = False,
) -> str:
    """Horizontal bars: long category labels stay readable, unlike rotated column labels."""
    label_w, value_w, row, top, width = 230, 64, 24, 8, 720
    plot = width - label_w - value_w
    height = top + row * max(1, len(bars)) + 26
    out = [_svg_open(cid, width, height, title, desc)]
    vmax = ticks[-1] or 1.0
    for tick in ticks:
        x = label_w + plot * tick / vmax
        text = f"{round(tick * 100)}%" if pct else _num(round(tick, 1))
        out.append(
            f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{height - 22}"/>'
            f'<text class="tick" x="{x:.1f}" y="{height - 8}" text-anchor="middle">{text}</text>'
        )
    for i, b in enumerate(bars):
        y = top + i * row
        w = max(0.0, min(1.0, b.value / vmax)) * plot
        tip = f"<title>{_e(b.tip or b.label + ': ' + b.text)}</title>"
        label = _e(_clip(b.label, 34))
        out.append(
            f'<g class="row">{tip}<text class="lbl" x="{label_w - 8}" y="{y + 16}" '
            f'text-anchor="end">{label}</text>'
            f'<rect class="{b.cls}" x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}"/>'
            f'<text class="val" x="{label_w + w + 6:.1f}" y="{y + 16}">{_e(b.text)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _data_table(caption: str, head: Sequence[str], rows: Iterable[Sequence[Any]], cls: str) -> str:
    """The text alternative of a chart: the same numbers as a real table."""
    th = "".join(f'<th scope="col">{_e(h)}</th>' for h in head)
    body = "".join(
        "<tr>"
        + f'<th scope="row">{_e(r[0])}</th>'
        + "".join(f"<td>{_e(c)}</td>" for c in r[1:])
        + "</tr>"
        for r in rows
    )
    return (
        f'<table class="{cls}"><caption>{_e(caption)}</caption><thead><tr>{th}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _figure(fid: str, heading: str, caption: str, svg: str, table: str) -> str:
    return (
        f'<section class="chart-box" aria-labelledby="{fid}-h"><h3 id="{fid}-h">{_e(heading)}</h3>'
        f'<figure id="{fid}">{svg}<figcaption>{caption}</figcaption>{table}</figure></section>\n'
    )


def _nice_step(raw: float, threshold: int) -> int:
    """A round bin width near `raw`, preferring one that puts the thin threshold on a bin edge."""
    steps = [10, 20, 25, 50, 100, 150, 200, 250, 500, 1000, 2000, 2500, 5000, 10000]
    aligned = [s for s in steps if threshold % s == 0 and raw / 2 <= s <= raw * 2]
    if aligned:
        return min(aligned, key=lambda s: abs(math.log(s / raw)))
    return next((s for s in steps if s >= raw), steps[-1])


def _histogram(words: list[int], threshold: int) -> tuple[str, str]:
    cid = "chart-words"
    title = "Word count distribution"
    if not words:
        svg = _svg_open(cid, 720, 60, title, "No judged documents.") + (
            '<text class="tick" x="10" y="30">No judged documents</text></svg>'
        )
        return svg, _data_table("Documents by word count", ["Words", "Documents"], [], "sr-only")
    ordered = sorted(words)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    upper = max(p95, threshold * 2, 10)
    step = _nice_step(upper / 16, threshold)
    nbins = max(1, math.ceil(upper / step))
    counts = [0] * (nbins + 1)  # last bin: everything at or above nbins * step
    for w in words:
        counts[min(nbins, w // step)] += 1
    if counts[-1] == 0:
        counts.pop()
    labels = [f"{i * step:,}–{(i + 1) * step - 1:,}" for i in range(nbins)]
    if len(counts) > nbins:
        labels.append(f"{nbins * step:,}+")
    n_thin = sum(1 for w in words if w < threshold)
    desc = (
        f"{len(words):,} judged documents by words of main text, in bins of {step:,} words. "
        f"{n_thin:,} are under the thin threshold of {threshold:,} words."
    )
    width, height, left, top, bottom = 720, 270, 48, 24, 48
    plot_w, plot_h = width - left - 12, height - top - bottom
    ticks = _nice_ticks(max(counts))
    cmax = ticks[-1]
    bw = plot_w / len(counts)
    out = [_svg_open(cid, width, height, title, desc)]
    for v in ticks:
        y = top + plot_h - plot_h * v / cmax
        out.append(
            f'<line class="grid" x1="{left}" x2="{width - 12}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{round(v):,}</text>"
        )
    every = max(1, math.ceil(len(counts) / 9))
    for i, c in enumerate(counts):
        x = left + i * bw
        h = plot_h * c / cmax
        cls = "bar thin" if (i + 1) * step <= threshold and i < nbins else "bar"
        out.append(
            f'<g class="row"><title>{_e(labels[i])} words: {c:,} documents</title>'
            f'<rect class="{cls}" x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" '
            f'width="{max(1.0, bw - 2):.1f}" height="{h:.1f}"/></g>'
        )
        if i % every == 0:
            edge = f"{i * step:,}" if i < nbins else f"{nbins * step:,}+"
            out.append(
                f'<text class="tick" x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle">'
                f"{edge}</text>"
            )
    tx = left + min(len(counts), threshold / step) * bw
    out.append(
        f'<line class="threshold" x1="{tx:.1f}" x2="{tx:.1f}" y1="{top - 14}" '
        f'y2="{top + plot_h}"/><text class="threshold-lbl" x="{tx + 4:.1f}" y="{top - 6}">'
        f"thin threshold: {threshold:,} words</text>"
        f'<text class="axis-lbl" x="{left + plot_w / 2:.1f}" y="{height - 6}" '
        'text-anchor="middle">words of main text</text></svg>'
    )
    rows = [(labels[i], f"{c:,}") for i, c in enumerate(counts)]
    table = _data_table(
        f"Documents by word count (thin threshold {threshold:,} words)",
        ["Words", "Documents"],
        rows,
        "sr-only",
    )
    return "".join(out), table


def _charts(
    report: dict[str, Any], rules: dict[str, dict[str, Any]], by_id: dict[int, dict[str, Any]]
) -> str:
    docs = report["documents"]
    site = report["site"]
    threshold = int(report.get("thresholds", {}).get("thin_min_words", 300))
    parts = ['<section id="charts" aria-labelledby="charts-h">\n<h2 id="charts-h">Charts</h2>\n']
    words = [d["words"] for d in docs if d["judged"]]
    svg, table = _histogram(words, threshold)
    parts.append(
        _figure(
            "fig-words",
            "Word count",
            f"Judged documents by words of main text; bars left of the dashed line "
            f"(under {threshold:,} words) are thin.",
            svg,
            table,
        )
    )

    # Problems per rule
    per_rule = Counter(p["code"] for d in docs for p in d["problems"])
    per_rule_docs = Counter(c for d in docs for c in {p["code"] for p in d["problems"]})
    ranked = sorted(per_rule.items(), key=lambda t: (-t[1], t[0]))
    bars = [
        Bar(
            f"{c} {rules.get(c, {}).get('name', '')}",
            n,
            f"{n:,}",
            f"bar sev-{rules.get(c, {}).get('severity', 'info')}",
            f"{c} {rules.get(c, {}).get('name', '')}: {n:,} problems in "
            f"{per_rule_docs[c]:,} documents",
        )
        for c, n in ranked
    ]
    svg = _hbars(
        "chart-rules",
        bars,
        _nice_ticks(max(per_rule.values(), default=1)),
        "Problems per rule",
        f"{sum(per_rule.values()):,} problems from {len(per_rule)} rules, most frequent first. "
        "Bar colour shows the rule's severity.",
    )
    table = _data_table(
        "Problems per rule",
        ["Rule", "Name", "Family", "Severity", "Problems", "Documents"],
        [
            (
                c,
                rules.get(c, {}).get("name", ""),
                rules.get(c, {}).get("family") or "not judged",
                rules.get(c, {}).get("severity", ""),
                f"{n:,}",
                f"{per_rule_docs[c]:,}",
            )
            for c, n in ranked
        ],
        "sr-only",
    )
    legend = (
        '<span class="legend"><span class="key sev-error"></span>error '
        '<span class="key sev-warning"></span>warning <span class="key sev-info"></span>info</span>'
    )
    parts.append(
        _figure(
            "fig-rules",
            "Problems per rule",
            f"Number of problems found by each rule. {legend}",
            svg,
            table,
        )
    )

    # Expertise coverage
    cov = site.get("coverage", {})
    bars = [
        Bar(label, (cov.get(k) or 0), _pct(cov.get(k)), "bar cov", f"{label}: {_pct(cov.get(k))}")
        for k, label in COVERAGE_LABELS.items()
    ]
    svg = _hbars(
        "chart-coverage",
        bars,
        [0, 0.25, 0.5, 0.75, 1.0],
        "Expertise coverage of articles",
        "Share of judged articles that name an author, show a date, cite sources and carry "
        "Article structured data: "
        + "; ".join(f"{lbl} {_pct(cov.get(k))}" for k, lbl in COVERAGE_LABELS.items())
        + ".",
        pct=True,
    )
    table = _data_table(
        "Expertise coverage of articles",
        ["Marker", "Share of articles"],
        [(lbl, _pct(cov.get(k))) for k, lbl in COVERAGE_LABELS.items()],
        "sr-only",
    )
    parts.append(
        _figure(
            "fig-coverage",
            "Expertise coverage",
            "Share of judged articles carrying each expertise marker (higher is better).",
            svg,
            table,
        )
    )

    # Scores by folder
    secs = sorted(
        report.get("sections", []),
        key=lambda s: (s["score"] is None, s["score"] or 0, s["name"]),
    )
    shown = secs[:30]
    bars = [
        Bar(
            s["name"],
            s["score"] or 0,
            _num(s["score"]),
            f"bar {_band(s['score'])}",
            f"{s['name']}: score {_num(s['score'])}, {s['documents']:,} documents",
        )
        for s in shown
    ]
    more = f" The {len(shown)} lowest of {len(secs)} folders are drawn." if len(secs) > 30 else ""
    svg = _hbars(
        "chart-folders",
        bars,
        [0, 25, 50, 75, 100],
        "Scores by folder",
        f"Mean overall score of each folder, lowest first.{more}",
    )
    parts.append(
        _figure(
            "fig-folders",
            "Scores by folder",
            f"Mean overall score per folder, lowest first.{more} Full numbers in "
            '<a href="#folders">the folders table</a>.',
            svg,
            _data_table(
                "Scores by folder",
                ["Folder", "Score", "Documents"],
                [(s["name"], _num(s["score"]), f"{s['documents']:,}") for s in secs],
                "sr-only",
            ),
        )
    )

    svg, table = _cluster_chart(report.get("clusters", []), by_id)
    parts.append(
        _figure(
            "fig-clusters",
            "Duplicate and cannibalization clusters",
            "Each row is a cluster: its similarity, then one dot per page; the ringed dot is the "
            'page to keep. Details in <a href="#clusters">Clusters</a>.',
            svg,
            table,
        )
    )
    parts.append("</section>\n")
    return "".join(parts)


def _cluster_order(clusters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Biggest and most similar first: they cost the most."""
    return sorted(clusters, key=lambda c: (-len(c["members"]), -c["similarity"], c["id"]))


def _chart_clusters(clusters: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Up to `limit` clusters, every type represented (doorways alone would crowd the rest)."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for c in _cluster_order(clusters):
        by_type.setdefault(c["type"], []).append(c)
    picked: list[dict[str, Any]] = []
    while len(picked) < limit and any(by_type.values()):
        for group in by_type.values():
            if group and len(picked) < limit:
                picked.append(group.pop(0))
    return sorted(picked, key=lambda c: (c["type"], -len(c["members"]), -c["similarity"], c["id"]))


def _cluster_chart(
    clusters: list[dict[str, Any]], by_id: dict[int, dict[str, Any]]
) -> tuple[str, str]:
    cid = "chart-clusters"
    shown = _chart_clusters(clusters, 25)
    label_w, sim_w, row, top, width, r, max_dots = 220, 150, 26, 8, 720, 7, 20
    height = top + row * max(1, len(shown)) + 8
    more = (
        f" {len(shown)} of them are drawn, the largest of each type." if len(clusters) > 25 else ""
    )
    desc = f"{len(clusters):,} clusters of pages that duplicate or compete with each other.{more}"
    out = [_svg_open(cid, width, height, "Duplicate and cannibalization clusters", desc)]
    if not shown:
        out.append(f'<text class="tick" x="10" y="{top + 14}">No clusters found</text>')
    for i, c in enumerate(shown):
        y = top + i * row
        sim = max(0.0, min(1.0, c["similarity"]))
        out.append(
            f'<g class="row"><title>{_e(c["id"])} {_e(c["type"])}: '
            f"{round(sim * 100)}% similar, {len(c['members'])} pages</title>"
            f'<text class="lbl" x="{label_w - 8}" y="{y + 17}" text-anchor="end">'
            f"{_e(_clip(c['id'] + ' ' + c['type'], 30))}"
            f'</text><rect class="track" x="{label_w}" y="{y + 7}" width="{sim_w - 44}" '
            f'height="12"/><rect class="bar sim cl-{_e(c["type"])}" x="{label_w}" y="{y + 7}" '
            f'width="{(sim_w - 44) * sim:.1f}" height="12"/>'
            f'<text class="val" x="{label_w + sim_w - 40}" y="{y + 17}">'
            f"{round(sim * 100)}%</text>"
        )
        x0 = label_w + sim_w + 10
        for j, m in enumerate(c["members"][:max_dots]):
            d = by_id.get(m)
            name = _label(d) if d else f"document {m}"
            keep = " keep" if m == c.get("keep") else ""
            out.append(
                f'<circle class="dot{keep}" cx="{x0 + j * 17 + r}" cy="{y + 13}" r="{r}">'
                f"<title>{_e(name)}{' (keep)' if keep else ''}</title></circle>"
            )
        extra = len(c["members"]) - max_dots
        if extra > 0:
            out.append(
                f'<text class="val" x="{x0 + max_dots * 17 + 4}" y="{y + 17}">+{extra}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    rows = []
    for c in _cluster_order(clusters):
        kept = by_id.get(c["keep"]) if c.get("keep") is not None else None
        rows.append(
            (
                c["id"],
                CLUSTER_LABELS.get(c["type"], c["type"]),
                f"{round(c['similarity'] * 100)}%",
                f"{len(c['members'])}",
                _label(kept) if kept else "—",
            )
        )
    table = _data_table(
        "Clusters", ["Cluster", "Type", "Similarity", "Pages", "Keep"], rows, "sr-only"
    )
    return "".join(out), table


# ---------------------------------------------------------------- tables
