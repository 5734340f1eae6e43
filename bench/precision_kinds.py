"""Score a default run against the page-kind / translation / link labels (issue 16).

    python bench/precision_kinds.py dev|test [--json OUT]

Runs `contentlint check` once per site folder of `tests/precision/kinds/<half>/sites/`, as a
user would (from inside the site, no config, no cache), reads the audit report
(`--output-format report-json`, which carries each document's kind and its problems) and
prints ONLY aggregates (info-severity findings are notes, counted apart and not
scored; the precision targets are for error and warning rules): page-kind accuracy and confusion matrix, per-rule precision
(a finding is wrong if its code is in the document's `must_not_fire`, right if in its
`should_fire`, unscored otherwise; one count per document and code), recall of
`should_fire`, and findings relating a page to its own translation. Nothing per document
is printed, so the held-out test half can be scored without being read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("article", "release-note", "reference", "listing", "landing", "legal")
MIN_COUNT = 20


def run_site(site: Path, now: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        cmd = [
            sys.executable, "-m", "contentlint.cli", "check", ".",
            "--output-format", "report-json", "-o", str(out),
            "--no-cache", "--exit-zero", "-q", "--now", now,
        ]  # fmt: skip
        env = dict(os.environ)
        proc = subprocess.run(cmd, cwd=site, capture_output=True, text=True, env=env)
        if not out.exists():
            sys.exit(
                f"contentlint failed on a site (exit {proc.returncode}):\n{proc.stderr[-2000:]}"
            )
        return json.loads(out.read_text())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("half", choices=("dev", "test"))
    ap.add_argument("--now", default="2026-12-01")
    ap.add_argument("--json", help="also write the aggregates to this file")
    ap.add_argument(
        "--show-wrong", action="store_true", help="list each wrong finding (dev half only)"
    )
    args = ap.parse_args()
    if args.show_wrong and args.half != "dev":
        sys.exit("--show-wrong is for the dev half only: the test half is scored, never read")
    base = ROOT / "tests" / "precision" / "kinds" / args.half
    labels: dict = json.loads((base / "labels.json").read_text())
    docs = {k: v for k, v in labels.items() if k != "site_files" and isinstance(v, dict)}
    site_files = set(labels.get("site_files", []))

    # translation groups: a document and everything that is a translation of it
    group: dict[str, str] = {}
    for path in docs:
        root = path
        seen = set()
        while docs.get(root, {}).get("translation_of") and root not in seen:
            seen.add(root)
            root = docs[root]["translation_of"]
        group[path] = root

    kinds_seen: dict[str, str] = {}
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    found_expected: Counter[str] = Counter()
    severities: dict[str, Counter[str]] = defaultdict(Counter)
    translation_findings = 0
    info_findings = 0
    unlabelled_pages = 0
    site_file_pages = 0
    t0 = time.perf_counter()
    for site in sorted((base / "sites").iterdir()):
        if not site.is_dir():
            continue
        report = run_site(site, args.now)
        prefix = f"sites/{site.name}/"
        fired: dict[str, set[str]] = defaultdict(set)
        for d in report["documents"]:
            key = prefix + d["path"]
            if key in site_files:
                site_file_pages += 1
            if key not in docs:
                unlabelled_pages += 1
                continue
            kinds_seen[key] = d.get("kind") or "?"
            for p in d["problems"]:
                code = p["code"]
                severities[code][p["severity"]] += 1
                for r in p.get("related") or []:
                    other = prefix + r["path"]
                    if other != key and other in group and group[other] == group[key]:
                        translation_findings += 1
                        break
                if p["severity"] == "info":
                    # Info findings are notes, not problems (a release template's one
                    # finding per template): counted apart, never right or wrong.
                    info_findings += 1
                    continue
                if code in fired[key]:
                    continue
                fired[key].add(code)
                actual[code] += 1
                lab = docs[key]
                if code in lab["should_fire"]:
                    right[code] += 1
                elif code in lab["must_not_fire"]:
                    wrong[code] += 1
                    if args.show_wrong:
                        print(f"wrong {code} {p['severity']}: {key} [{lab['kind']}] {p['message']}")
        for key, lab in docs.items():
            if not key.startswith(prefix):
                continue
            for code in lab["should_fire"]:
                expected[code] += 1
                if code in fired.get(key, set()):
                    found_expected[code] += 1
    elapsed = time.perf_counter() - t0

    # page kinds
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    correct = 0
    for key, lab in docs.items():
        got = kinds_seen.get(key, "(missing)")
        confusion[lab["kind"]][got] += 1
        correct += got == lab["kind"]
    cols = sorted(
        {g for c in confusion.values() for g in c},
        key=lambda k: (k not in KINDS, KINDS.index(k) if k in KINDS else 0, k),
    )
    print(f"half: {args.half}   documents: {len(docs)}   run time {elapsed:.1f}s")
    print(
        f"pages reported that are not labelled documents: {unlabelled_pages} (site files among them: {site_file_pages})"
    )
    print(f"\npage kind accuracy: {correct}/{len(docs)} = {correct / len(docs):.3f}")
    w = max(len(c) for c in cols) + 1
    print("label \\ got".ljust(14) + "".join(c[:w].rjust(w) for c in cols))
    for k in KINDS:
        if k in confusion:
            print(k.ljust(14) + "".join(str(confusion[k][c]).rjust(w) for c in cols))

    print(
        f"\nper-rule precision (one count per document and code; rules with >= {MIN_COUNT} expected or actual)"
    )
    print(
        f"{'rule':6} {'sev':8} {'actual':>6} {'right':>6} {'wrong':>6} {'unscored':>8} {'precision':>9}"
    )
    totals = {"actual": 0, "right": 0, "wrong": 0}
    small = []
    for code in sorted(set(actual) | set(expected)):
        sev = severities[code].most_common(1)[0][0] if severities[code] else "-"
        a, r, wr = actual[code], right[code], wrong[code]
        totals["actual"] += a
        totals["right"] += r
        totals["wrong"] += wr
        prec = f"{r / (r + wr):.3f}" if r + wr else "-"
        line = f"{code:6} {sev:8} {a:6} {r:6} {wr:6} {a - r - wr:8} {prec:>9}"
        if max(a, expected[code]) >= MIN_COUNT:
            print(line)
        else:
            small.append(f"{code}:{a}/{wr}w")
    print("smaller rules (findings/wrong): " + " ".join(small))
    print(
        f"all: {totals['actual']} document-code findings, {totals['right']} right, {totals['wrong']} wrong"
    )
    sev_total = Counter()
    for c in severities.values():
        sev_total.update(c)
    print("findings by severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sev_total.items())))
    print(f"info findings (notes; not scored): {info_findings}")

    exp = sum(expected.values())
    got = sum(found_expected.values())
    print(f"\nrecall of should_fire: {got}/{exp} = {got / exp if exp else 0:.3f}")
    print(
        "  per rule: "
        + " ".join(f"{c} {found_expected[c]}/{expected[c]}" for c in sorted(expected))
    )
    print(f"findings relating a page to its own translation: {translation_findings}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "kind_accuracy": correct / len(docs),
                    "confusion": confusion,
                    "actual": actual,
                    "right": right,
                    "wrong": wrong,
                    "expected": expected,
                    "found_expected": found_expected,
                    "translation_findings": translation_findings,
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
