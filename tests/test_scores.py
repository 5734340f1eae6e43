"""Scores: the formula, the audit report's shape, CSV, `--min-score` and baselines."""

import csv
import io
import json
import random
from pathlib import Path

import jsonschema
import pytest
from contentlint.model.problem import Problem, Severity
from contentlint.scores.formula import FAMILIES, Weights, score
from helpers import run, write

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "lint" / "schemas" / "report.schema.json").read_text()
)
GOOD = (
    Path(__file__).parent.parent / "fixtures/example/content/posts/cutting-ci-build-times.md"
).read_text()
THIN = "---\ntitle: A thin post about nothing much\n---\n\nOnly a few words here.\n"
CODES = ["T001", "T005", "D002", "D003", "K002", "E001", "E002", "L001", "M002", "F001", "X-A-001"]


def _problem(code: str, severity: Severity = Severity.WARNING, line: int = 1) -> Problem:
    return Problem(code=code, message=f"{code} message", severity=severity, line=line, path="a")


def test_a_clean_document_scores_100():
    s = score([], Weights())
    assert s.overall == 100 and all(v == 100 for v in s.families.values())
    assert s.deductions == ()


def test_each_deduction_names_its_rule_points_and_reason():
    p = Problem(
        code="T001",
        message="only 212 words of main text (minimum 300)",
        severity=Severity.ERROR,
        path="a",
    )
    s = score([p], Weights())
    assert s.families["thin"] == 75
    (d,) = s.deductions
    assert (d.family, d.code, d.points) == ("thin", "T001", 25)
    assert "212 words" in d.reason
    # technical is shown but left out of the overall score by default
    m = score([_problem("M002", Severity.ERROR)], Weights())
    assert m.families["technical"] == 75 and m.overall == 100


def test_adding_a_problem_never_raises_a_score():
    rng = random.Random(7)
    severities = list(Severity)
    for _ in range(300):
        problems = [
            _problem(rng.choice(CODES), rng.choice(severities), rng.randint(1, 40))
            for _ in range(rng.randint(0, 12))
        ]
        before = score(problems, Weights())
        after = score([*problems, _problem(rng.choice(CODES), rng.choice(severities))], Weights())
        assert after.overall <= before.overall
        for f in FAMILIES:
            assert 0 <= after.families[f] <= before.families[f]


def test_repeats_of_one_rule_count_less_and_weights_are_configurable():
    three = [_problem("T005", line=i) for i in range(1, 4)]
    assert score(three, Weights()).families["thin"] == 100 - (10 + 5 + 2.5)
    heavy = Weights.from_config({"rules": {"T005": 40}, "repeat-factor": 1})
    assert score(three, heavy).families["thin"] == 0
    only_thin = Weights.from_config(
        {"families": {"thin": 1, "duplication": 0, "keywords": 0, "expertise": 0}}
    )
    assert score([_problem("E001")], only_thin).overall == 100


@pytest.fixture
def site(tmp_path):
    return write(
        tmp_path / "site",
        {
            ".contentlint.yml": "base-url: https://example.org\n",
            "content/posts/good.md": GOOD,
            "content/posts/thin.md": THIN,
            "content/posts/_index.md": "---\ntitle: Posts\n---\n",
            "content/about.md": GOOD.replace("cutting", "about").replace("CI", "our CI"),
            "content/evil.md": (
                '---\ntitle: \'=HYPERLINK("http://x","click")\'\n---\n\nJust some text.\n'
            ),
            "content/bin.md": b"\x00\x01\x02binary",
        },
    )


def test_report_json_is_schema_valid_and_complete(site):
    result = run("check", str(site), "--no-cache", "--output-format", "report-json")
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    assert set(docs) == {"good.md", "thin.md", "_index.md", "about.md", "evil.md", "bin.md"}
    assert docs["bin.md"]["judged"] is False
    assert docs["bin.md"]["not_judged_reason"].startswith("F001")
    assert docs["_index.md"]["not_judged_reason"] == "not an article (listing page)"
    thin = docs["thin.md"]
    assert thin["scores"]["thin"] < docs["good.md"]["scores"]["thin"]
    assert any(d["code"] == "T001" and d["points"] > 0 for d in thin["deductions"])
    judged = [d for d in report["documents"] if d["judged"]]
    mean = sum(d["scores"]["overall"] for d in judged) / len(judged)
    assert report["site"]["score"] == pytest.approx(mean, abs=0.01)
    assert report["site"]["judged"] == len(judged)
    assert {s["name"] for s in report["sections"]} == {"./", "posts/"}


def test_scores_are_the_same_from_a_warm_cache(site, tmp_path):
    args = [
        "check",
        str(site),
        "--output-format",
        "report-json",
        "--cache-dir",
        str(tmp_path / "c"),
    ]
    cold = json.loads(run(*args).stdout)
    warm = json.loads(run(*args).stdout)
    for r in (cold, warm):
        r.pop("generated_at")
    assert cold == warm


def test_csv_has_one_row_per_document_and_defuses_formulas(site):
    result = run("check", str(site), "--no-cache", "--output-format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 6
    assert {"path", "title", "overall", "thin", "top_code", "errors"} <= set(rows[0])
    evil = next(r for r in rows if r["path"].endswith("evil.md"))
    assert evil["title"].startswith("'=")
    thin = next(r for r in rows if r["path"].endswith("thin.md"))
    assert thin["top_code"] == "T001" and float(thin["overall"]) < 100


def _overall(site, name, *args):
    out = run("check", str(site), "--no-cache", "--output-format", "report-json", *args).stdout
    report = json.loads(out)
    return next(d for d in report["documents"] if d["path"].endswith(name))["scores"]["overall"]


def test_min_score_fails_the_run(site):
    base = ["check", str(site), "--no-cache", "--select", "E"]  # E findings are warnings
    low = _overall(site, "thin.md", "--select", "E")
    assert low < 100
    assert run(*base).exit_code == 0
    failed = run(*base, "--min-score", str(low + 1))
    assert failed.exit_code == 1
    assert "thin.md: score" in failed.stderr and "below --min-score" in failed.stderr
    assert run(*base, "--min-score", "0").exit_code == 0
    assert run(*base, "--min-score", str(low + 1), "--exit-zero").exit_code == 0
    (site / ".contentlint.yml").write_text(f"min-score: {low + 1}\n")
    assert run(*base).exit_code == 1
    (site / ".contentlint.yml").write_text("min-score: 120\n")
    bad = run(*base)
    assert bad.exit_code == 2 and "min-score" in bad.stderr


def test_a_baselined_document_fails_only_when_its_score_drops(site, tmp_path):
    baseline = tmp_path / "baseline.json"
    common = ["check", str(site), "--no-cache", "--select", "T,E"]
    assert run(*common, "--write-baseline", str(baseline)).exit_code == 0
    recorded = json.loads(baseline.read_text())["scores"]
    assert any(k.endswith("thin.md") for k in recorded)
    # Below the minimum but no worse than when baselined: passes.
    assert run(*common, "--baseline", str(baseline), "--min-score", "99").exit_code == 0
    # Worse than its baselined score (a filler phrase came in) and below 99: fails.
    (site / "content/posts/thin.md").write_text(
        THIN + "\nIn today's fast-paced digital landscape, it is what it is.\n"
    )
    worse = run(*common, "--baseline", str(baseline), "--min-score", "99")
    assert worse.exit_code == 1 and "thin.md" in worse.stderr


def test_summary_shows_the_site_score_and_what_to_fix_first(site, tmp_path):
    summary = tmp_path / "summary.md"
    run("check", str(site), "--no-cache", "--summary-file", str(summary))
    text = summary.read_text()
    assert "Site score" in text and "How it is computed" in text
    assert "### Fix first" in text and "thin.md" in text


def test_schema_command_prints_the_report_schema():
    assert json.loads(run("schema", "report").stdout) == SCHEMA


def test_scores_command_documents_the_formula():
    out = run("scores").stdout
    assert "Adding a problem never raises a score" in out
    assert "error 25" in out and "Priority" in out


def test_csv_cell_with_bare_carriage_return_stays_one_record():
    """Found by the property test: a title holding a bare CR split its row in two."""
    from contentlint.report.csv_report import _cell

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([_cell("a\rb"), _cell("c\r\nd"), "e"])
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["a\nb", "c\nd", "e"]]
