"""The real pipeline's report: `contentlint check --output-format html` on the example
site, opened in Chromium, with the scorer's own records (not sample data)."""

import json
from pathlib import Path
from typing import Any

import jsonschema
from helpers import run

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "lint" / "schemas" / "report.schema.json").read_text())


def test_check_writes_a_report_that_renders_cleanly(tmp_path: Path, open_page: Any) -> None:
    site = REPO / "fixtures" / "example"
    out = tmp_path / "report.html"
    result = run("check", str(site), "--no-cache", "--output-format", "html", "-o", str(out))
    assert result.exit_code == 1  # the example has errors on purpose
    records = json.loads(
        run("check", str(site), "--no-cache", "--output-format", "report-json").stdout
    )
    jsonschema.validate(records, SCHEMA)
    page, log = open_page(out.as_uri())
    text = page.inner_text("main")
    score = records["site"]["score"]  # shown as the page shows scores: 94, or 93.6
    assert (str(int(score)) if float(score).is_integer() else f"{score:.1f}") in text
    worst = max((d for d in records["documents"] if d["judged"]), key=lambda d: d["priority"])
    assert (
        Path(worst["path"]).name in page.inner_text("#top-ten")
        if page.query_selector("#top-ten")
        else Path(worst["path"]).name in text
    )
    assert page.locator("svg").count() >= 3
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    log.assert_clean()
