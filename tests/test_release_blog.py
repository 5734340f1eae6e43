"""A generated project blog that is mostly release notes (issue 16): a default run gives
no error on release notes, fewer than one warning per two of them, and one information
finding per shared template (D003) instead of one per page."""

from __future__ import annotations

import json
import re

import pytest
import release_blog
from helpers import run


@pytest.mark.parametrize("layout", ["jekyll", "hugo"])
def test_default_run_on_a_release_blog(tmp_path, monkeypatch, layout):
    truth = release_blog.build(tmp_path, posts=150, layout=layout, seed=3)
    assert len(truth.releases) > 100 and truth.articles
    monkeypatch.chdir(tmp_path)
    result = run("check", ".", "--no-cache", "--exit-zero", "--output-format", "json")
    problems = json.loads(result.stdout)
    releases = set(truth.releases)
    on_releases = [p for p in problems if p["path"] in releases]
    assert [p for p in on_releases if p["severity"] == "error"] == []
    warnings = [p for p in on_releases if p["severity"] == "warning"]
    assert len(warnings) < 0.5 * len(truth.releases)
    # No duplicate finding page by page; each template once, naming its pages.
    assert not [p for p in on_releases if p["code"] in ("D001", "D002", "D007")]
    templates = [p for p in on_releases if p["code"] == "D003"]
    assert templates and all(p["severity"] == "info" for p in templates)
    assert all(p["kind"] == "release-note" for p in on_releases)
    covered: set[str] = set()
    for p in templates:
        m = re.match(r"(\d+) release notes share a template", p["message"])
        assert m, p["message"]
        more = re.search(r"(\d+) more not listed", p["message"])
        pages = {p["path"]} | {r["path"] for r in p["related"]}
        assert int(m.group(1)) == len(p["related"]) + 1 + (int(more.group(1)) if more else 0)
        assert not pages & covered  # one finding per template
        covered |= pages
    # The prose rules still read the articles: the run is not silent on them.
    articles = set(truth.articles)
    assert any(p["path"] in articles for p in problems)
