"""The audit report for a crawl and for a stored crawl (`check --db`), not only for files.

A real HTTP server on 127.0.0.1 serves fixtures/site/; `contentlint crawl` writes the
HTML report, and `check --db` re-reads the store for the CSV and JSON records.
"""

import csv
import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import run

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "lint" / "schemas" / "report.schema.json").read_text())
_spec = importlib.util.spec_from_file_location(
    "report_site_server", REPO / "fixtures/site/server.py"
)
assert _spec and _spec.loader
_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_server)
FAST = ("--timeout", "1", "--max-body", "100KB", "--backoff", "0.05", "--max-retry-wait", "5")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Any:
    other = _server.SiteServer().start()
    site = _server.SiteServer(other=other.origin, slow_seconds=3).start()
    tmp = tmp_path_factory.mktemp("crawl-report")
    db, html = tmp / "site.sqlite", tmp / "audit.html"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp)
        mp.setenv("CONTENTLINT_NO_CACHE", "1")
        result = run(
            "crawl", site.origin + "/", "--db", str(db), *FAST, "--max-depth", "4", "-j", "1",
            "--output-format", "html", "-o", str(html),
        )  # fmt: skip
    yield site, db, html, result
    site.stop()
    other.stop()


def test_crawl_writes_the_html_report(crawl: Any, open_page: Any) -> None:
    site, _, html, result = crawl
    assert result.exit_code == 1
    page, log = open_page(html.as_uri())
    text = page.inner_text("main")
    assert "Site score" in text and site.origin in page.inner_text("header")
    assert page.locator("svg").count() >= 3
    log.assert_clean()


def test_check_db_gives_records_for_every_url_and_not_judged_reasons(crawl: Any) -> None:
    site, db, _, _ = crawl
    report = json.loads(run("check", "--db", str(db), "--output-format", "report-json").stdout)
    jsonschema.validate(report, SCHEMA)
    by_url = {d["path"]: d for d in report["documents"]}
    assert by_url[site.origin + "/missing"]["not_judged_reason"].startswith("F003")
    assert by_url[site.origin + "/articles/noindex.html"]["judged"] is False
    home = by_url[site.origin + "/"]
    assert home["judged"] and home["inbound_links"] >= 1
    assert {s["name"] for s in report["sections"]} >= {"/", "/articles/"}
    rows = list(
        csv.DictReader(io.StringIO(run("check", "--db", str(db), "--output-format", "csv").stdout))
    )
    assert {r["path"] for r in rows} == set(by_url)
