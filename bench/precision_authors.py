"""E001 (missing-author) and E002 (missing-date) against the labelled author/date sets.

    python bench/precision_authors.py dev|test [--list]

Lints every page of `tests/precision/authors/<half>/pages/` the way a user would: one
`contentlint check PAGES --select E001,E002 --output-format json` run (an empty explicit
config, no cache), so HTML and Markdown go through the same sources, extraction and rules
as on a real site. Then, against `labels.json`:

* E001 recall: pages labelled `person` that do NOT get E001 / pages labelled `person`;
* E001 specificity: pages labelled `organisation` or `none` that DO get E001 / those pages;
* E002 recall: pages with a date that do NOT get E002; E002 specificity: pages without
  a date that DO get E002;

overall, per language, per `author_source` (E001 recall) and per `date_source` (E002
recall), and per class. Only aggregates are printed. `--list` prints the misclassified
pages, and is refused on the test half: that half is held out, nobody tuning the
detection may look at its pages or at per-page results on it.

Targets (issue 15, on the test half): E001 recall >= 0.95, specificity >= 0.85; E002
recall >= 0.95, specificity >= 0.6. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "tests" / "precision" / "authors"
TARGETS = {"E001 recall": 0.95, "E001 specificity": 0.85, "E002 recall": 0.95, "E002 spec": 0.6}


def lint(pages: Path) -> dict[str, set[str]]:
    """File name -> the codes (E001/E002) `contentlint check` reports on it."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "contentlint.yml"
        config.write_text("{}\n", encoding="utf-8")
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "contentlint.cli",
                "check",
                str(pages),
                "--config",
                str(config),
                "--select",
                "E001,E002",
                "--output-format",
                "json",
                "--no-cache",
                "--exit-zero",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if run.returncode != 0:
        sys.exit(f"contentlint check failed ({run.returncode}):\n{run.stderr}")
    found: dict[str, set[str]] = collections.defaultdict(set)
    for p in json.loads(run.stdout):
        found[Path(p["path"]).name].add(p["code"])
    return found


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "   -"


class Tally:
    def __init__(self) -> None:
        self.c: collections.Counter[str] = collections.Counter()

    def add(self, label: dict, codes: set[str]) -> None:
        if label["author"] == "person":
            self.c["person"] += 1
            self.c["person_ok"] += "E001" not in codes
        else:
            self.c["anon"] += 1
            self.c["anon_ok"] += "E001" in codes
        if label["date"] == "present":
            self.c["dated"] += 1
            self.c["dated_ok"] += "E002" not in codes
        else:
            self.c["undated"] += 1
            self.c["undated_ok"] += "E002" in codes

    def cells(self) -> list[str]:
        c = self.c
        return [
            ratio(c["person_ok"], c["person"]),
            ratio(c["anon_ok"], c["anon"]),
            ratio(c["dated_ok"], c["dated"]),
            ratio(c["undated_ok"], c["undated"]),
        ]

    def value(self, key: str) -> float:
        ok, total = {
            "E001 recall": ("person_ok", "person"),
            "E001 specificity": ("anon_ok", "anon"),
            "E002 recall": ("dated_ok", "dated"),
            "E002 spec": ("undated_ok", "undated"),
        }[key]
        return self.c[ok] / self.c[total] if self.c[total] else 1.0


def table(title: str, rows: dict[str, Tally]) -> None:
    head = ["E001 recall", "E001 specificity", "E002 recall", "E002 specificity"]
    print(f"\n| {title} | " + " | ".join(head) + " |")
    print("|---|" + "---|" * len(head))
    for key in sorted(rows, key=lambda k: (k == "all", k)):
        print(f"| {key} | " + " | ".join(rows[key].cells()) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=["dev", "test"])
    ap.add_argument("--list", action="store_true", help="misclassified pages (dev only)")
    args = ap.parse_args(argv)
    if args.list and args.half != "dev":
        ap.error("--list is for the dev half only: the test half is held out")
    root = SETS / args.half
    labels: dict[str, dict] = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    found = lint(root / "pages")

    overall, by_lang, by_author_src, by_date_src, by_class, by_format = (
        Tally(),
        collections.defaultdict(Tally),
        collections.defaultdict(Tally),
        collections.defaultdict(Tally),
        collections.defaultdict(Tally),
        collections.defaultdict(Tally),
    )
    wrong: list[str] = []
    for name, label in sorted(labels.items()):
        codes = found.get(name, set())
        overall.add(label, codes)
        by_lang[label["lang"]].add(label, codes)
        by_author_src[label.get("author_source") or "(none)"].add(label, codes)
        by_date_src[label.get("date_source") or "(none)"].add(label, codes)
        by_class[f"author={label['author']}, date={label['date']}"].add(label, codes)
        by_format["markdown" if name.endswith(".md") else "html"].add(label, codes)
        if args.list:
            person = label["author"] == "person"
            if person == ("E001" in codes):
                wrong.append(
                    f"E001 {'missed' if person else 'false '} {name} {label['author']}"
                    f" {label.get('author_source')} {label.get('author_name')!r}"
                )
            dated = label["date"] == "present"
            if dated == ("E002" in codes):
                wrong.append(
                    f"E002 {'missed' if dated else 'false '} {name} {label.get('date_source')}"
                )

    print(f"# {args.half} half: {len(labels)} pages ({root.relative_to(REPO)})")
    by_lang["all"] = overall
    table("language", by_lang)
    table("author_source", by_author_src)
    table("date_source", by_date_src)
    table("class", by_class)
    table("format", by_format)
    missed = [k for k, v in TARGETS.items() if overall.value(k) < v]
    print("\ntargets:", "all met" if not missed else "missed: " + ", ".join(missed))
    if wrong:
        print("\n" + "\n".join(wrong))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
