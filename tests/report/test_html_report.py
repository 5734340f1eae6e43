"""The HTML site-audit report: schema, escaping, and behaviour in a real Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import jsonschema
import pytest
from contentlint.report.html import PAGE_SIZE, render_html, safe_url

from .sample import HOSTILE, HOSTILE_EXTRA, HOSTILE_URL, LINE_SEP, make_report

SCHEMA = json.loads(
    (resources.files("contentlint") / "schemas" / "report.schema.json").read_text("utf-8")
)
FAMILIES = ("thin", "duplication", "keywords", "expertise", "technical")


# ---------------------------------------------------------------- expectations from the data


def by_priority(docs: list[dict[str, Any]]) -> list[int]:
    ranked = sorted(docs, key=lambda d: (d["priority"] is None, -(d["priority"] or 0), d["id"]))
    return [d["id"] for d in ranked]


def by_score(docs: list[dict[str, Any]], descending: bool = False) -> list[int]:
    sign = -1 if descending else 1
    judged = [d for d in docs if d["scores"]]
    ranked = sorted(judged, key=lambda d: (sign * d["scores"]["overall"], d["id"]))
    return [d["id"] for d in ranked] + sorted(d["id"] for d in docs if not d["scores"])


def haystack(d: dict[str, Any], rules: dict[str, Any]) -> str:
    parts = [d["title"], d["path"], d["url"], d["section"], d["kind"], d["not_judged_reason"]]
    for p in d["problems"]:
        parts += [p["code"], rules[p["code"]]["name"], p["message"], p["excerpt"]]
    return "\n".join(x for x in parts if x is not None).lower()


def matching(report: dict[str, Any], **f: Any) -> list[int]:
    """Ids the table should keep, in its default order (priority, descending)."""
    out = []
    for d in report["documents"]:
        if "q" in f and not all(t in haystack(d, report["rules"]) for t in f["q"].lower().split()):
            continue
        probs = [
            p
            for p in d["problems"]
            if p["family"] == f.get("family", p["family"])
            and p["code"] == f.get("rule", p["code"])
            and p["severity"] == f.get("severity", p["severity"])
        ]
        if {"family", "rule", "severity"} & f.keys() and not probs:
            continue
        if "section" in f and d["section"] != f["section"]:
            continue
        if "kind" in f and d["kind"] != f["kind"]:
            continue
        if "min" in f or "max" in f:
            if not d["scores"]:
                continue
            if not f.get("min", 0) <= d["scores"]["overall"] <= f.get("max", 100):
                continue
        out.append(d)
    return by_priority(out)


# ---------------------------------------------------------------- pure Python


@pytest.mark.parametrize(
    ("n", "seed", "hostile"), [(0, 0, False), (1, 0, False), (3, 1, True), (400, 2, False)]
)
def test_sample_reports_validate_against_schema(n: int, seed: int, hostile: bool) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(make_report(n, seed, hostile=hostile))


def test_schema_rejects_a_broken_report() -> None:
    report = make_report(5, 1)
    report["documents"][0]["scores"] = None  # judged, yet no scores
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA)
    report = make_report(5, 1)
    report["site"]["families"]["thin"] = 120
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA)


@pytest.mark.parametrize("n", [0, 1, 2, 30])
def test_renders_any_size(n: int) -> None:
    page = render_html(make_report(n, 4))
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert 'id="overview"' in page and 'id="documents"' in page


class Collect(HTMLParser):
    """Start tags with attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))
            else:
                self.styles.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._in == "style":
            self.styles[-1] += data


def parse(page: str) -> Collect:
    c = Collect()
    c.feed(page)
    c.close()
    return c


def test_no_remote_resource_loads(site: Any) -> None:
    page = site.path.read_text("utf-8")
    c = parse(page)
    remote = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
    for tag, attrs in c.tags:
        for name in ("src", "href", "xlink:href", "action", "data", "poster", "srcset"):
            value = attrs.get(name) or ""
            if tag == "a" and name == "href":
                continue  # a link the reader may follow, not a load
            assert not remote.match(value), f"<{tag} {name}={value!r}> loads from the network"
    assert not [a for t, a in c.tags if t == "link" and a.get("rel") != "icon"]
    assert not [a for t, a in c.tags if t == "script" and "src" in a]
    css = "".join(c.styles)
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert "@font-face" not in css


def test_csp_allows_exactly_the_inline_blocks(site: Any) -> None:
    c = parse(site.path.read_text("utf-8"))
    meta = [
        a for t, a in c.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(meta) == 1
    csp = meta[0]["content"] or ""
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert "unsafe-inline" not in csp

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    script_src = re.search(r"script-src ([^;]+)", csp)
    style_src = re.search(r"style-src ([^;]+)", csp)
    assert script_src and style_src
    executable = [text for attrs, text in c.scripts if attrs.get("type") != "application/json"]
    assert sorted(script_src.group(1).split()) == sorted(sha(t) for t in executable)
    assert style_src.group(1).split() == [sha(t) for t in c.styles]


def test_render_html_escapes_hostile_strings(hostile: Any) -> None:
    page = hostile.path.read_text("utf-8")
    c = parse(page)
    scripts = [a for a, _ in c.scripts]
    assert len(scripts) == 3, f"unexpected script elements: {scripts}"
    assert scripts[0] == {} and scripts[2] == {}
    assert scripts[1] == {"type": "application/json", "id": "data"}
    for tag, attrs in c.tags:
        assert tag not in ("img", "iframe", "object", "embed"), f"injected <{tag}>"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            if name in ("href", "xlink:href", "src"):
                assert not (value or "").strip().lower().startswith("javascript:")
    for raw in HOSTILE + HOSTILE_EXTRA:
        assert raw not in page
    # Nothing in the data block can end it ("</script", "</SCRIPT ") or open "<!--".
    for ch in "<>&\u2028\u2029":
        assert ch not in c.scripts[1][1], f"{ch!r} left unescaped in the JSON data"
    data = json.loads(c.scripts[1][1])
    titles = {row[3] for row in data["docs"]}
    assert set(HOSTILE[1:]) <= titles and LINE_SEP + " " + HOSTILE[0] in titles
    assert HOSTILE_URL in {row[2] for row in data["docs"]}


def test_safe_url_only_allows_plain_http() -> None:
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert safe_url("HTTP://example.com/") == "HTTP://example.com/"
    for bad in (
        HOSTILE_URL,
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "https://exa mple.com/",
        "//example.com/",
        None,
        42,
    ):
        assert safe_url(bad) is None


def test_server_renders_score_top_ten_and_first_page(site: Any) -> None:
    page = site.path.read_text("utf-8")
    r = site.report
    assert f'<span class="num">{r["site"]["score"]}</span>' in page
    top = re.findall(r'<ol class="topten">(.*?)</ol>', page, re.S)[0]
    assert [int(x) for x in re.findall(r'<li data-id="(\d+)"', top)] == by_priority(r["documents"])[
        :10
    ]
    rows = re.findall(r'<tr class="doc" id="doc-(\d+)"', page)
    assert [int(x) for x in rows] == by_priority(r["documents"])[:PAGE_SIZE]


# ---------------------------------------------------------------- Chromium


def expect(locator: Any) -> Any:
    """Playwright's retrying assertions (imported late: playwright is optional)."""
    from playwright.sync_api import expect as _expect

    return _expect(locator)


def row_ids(page: Any) -> list[int]:
    return [
        int(x)
        for x in page.eval_on_selector_all("#docs-body tr.doc", "rs => rs.map(r => r.dataset.id)")
    ]


def matching_count(page: Any) -> int:
    text = page.inner_text("#docs-status")
    m = re.search(r"of ([\d,]+) matching", text)
    assert m, text
    return int(m.group(1).replace(",", ""))


def test_chromium_sort_filter_page_expand(site: Any, open_page: Any, tmp_path: Any) -> None:
    r = site.report
    docs = r["documents"]
    page, log = open_page(site.url)
    assert row_ids(page) == by_priority(docs)[:PAGE_SIZE]
    page.screenshot(path=str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000

    # Sort by score: ascending, then descending; the header says so.
    page.click('th[data-key="overall"] button')
    assert row_ids(page) == by_score(docs)[:PAGE_SIZE]
    assert page.get_attribute('th[data-key="overall"]', "aria-sort") == "ascending"
    assert page.get_attribute('th[data-key="priority"]', "aria-sort") is None
    page.click('th[data-key="overall"] button')
    assert row_ids(page) == by_score(docs, descending=True)[:PAGE_SIZE]
    # Keyboard: headers are buttons.
    page.focus('th[data-key="words"] button')
    page.keyboard.press("Enter")
    words = [docs[i]["words"] for i in row_ids(page)]
    assert words == sorted(words, reverse=True)
    page.click('th[data-key="priority"] button')  # back to priority, descending
    page.click('th[data-key="priority"] button')
    page.click('th[data-key="priority"] button')
    assert row_ids(page) == by_priority(docs)[:PAGE_SIZE]

    # Filters, each checked against the data.
    def check(expected: list[int]) -> None:
        assert matching_count(page) == len(expected)
        assert row_ids(page) == expected[:PAGE_SIZE]

    page.select_option("#f-rule", "T001")
    check(matching(r, rule="T001"))
    page.select_option("#f-rule", "")
    page.select_option("#f-severity", "error")
    check(matching(r, severity="error"))
    page.select_option("#f-family", "expertise")
    check(matching(r, severity="error", family="expertise"))
    page.select_option("#f-severity", "warning")
    check(matching(r, severity="warning", family="expertise"))
    page.click("#f-reset")
    expect(page.locator("#f-family")).to_have_value("")
    check(by_priority(docs))
    page.fill("#f-q", "sourdough")
    check(matching(r, q="sourdough"))
    page.fill("#f-q", "Filler WORLD")
    check(matching(r, q="Filler WORLD"))
    assert 0 < matching_count(page) < len(docs)
    page.fill("#f-q", "")
    page.fill("#f-min", "50")
    page.fill("#f-max", "80")
    check(matching(r, min=50, max=80))
    page.fill("#f-min", "")
    page.fill("#f-max", "")
    page.select_option("#f-section", "guides/")
    page.select_option("#f-kind", "article")
    check(matching(r, section="guides/", kind="article"))
    page.click("#f-reset")
    expect(page.locator("#f-section")).to_have_value("")

    # Paging: 250 documents = 3 pages of 100.
    order = by_priority(docs)
    assert page.inner_text("#page-of") == "Page 1 of 3"
    assert page.is_disabled('[data-page="prev"]')
    page.click('[data-page="next"]')
    assert row_ids(page) == order[100:200]
    assert page.inner_text("#page-of") == "Page 2 of 3"
    page.click('[data-page="last"]')
    assert row_ids(page) == order[200:]
    assert page.is_disabled('[data-page="next"]')
    page.select_option("#page-size", "25")
    assert row_ids(page) == order[:25]
    assert page.inner_text("#page-of") == "Page 1 of 10"
    page.select_option("#page-size", "100")

    # Expand a row: its problems, excerpts quoted, related documents linked.
    with_related = next(
        d for d in (docs[i] for i in order[:100]) if any(p["related"] for p in d["problems"])
    )
    button = page.locator(f"#doc-{with_related['id']} button.expander")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    details = page.locator(f"#doc-{with_related['id']}-details")
    assert details.is_visible()
    assert details.locator("li.problem").count() == len(with_related["problems"])
    for p in with_related["problems"]:
        assert p["message"] in details.inner_text()
        if p["excerpt"]:
            assert p["excerpt"] in details.locator("blockquote.excerpt q").all_inner_texts()
    links = details.locator(".related a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert links and all(re.fullmatch(r"#doc-\d+", h) for h in links)
    page.keyboard.press("Space")  # focus is still on the button
    assert button.get_attribute("aria-expanded") == "false"
    assert page.locator(f"#doc-{with_related['id']}-details").count() == 0

    # A link to a document on a later page brings its row into view.
    far = order[-1]
    page.evaluate(
        "id => { const a = document.createElement('a'); a.href = '#doc-' + id; a.id = 'probe';"
        " a.textContent = 'probe'; document.getElementById('fix-first').appendChild(a); }",
        far,
    )
    page.click("#probe")
    assert far in row_ids(page)
    assert page.evaluate("document.activeElement.id") == f"doc-{far}"
    log.assert_clean()


def test_chromium_charts_clusters_top_ten(site: Any, open_page: Any) -> None:
    r = site.report
    page, log = open_page(site.url)
    charts = page.locator("svg.chart[role=img]")
    assert charts.count() == 5
    for i in range(5):
        svg = charts.nth(i)
        assert svg.is_visible()
        labelled = (svg.get_attribute("aria-labelledby") or "").split()
        assert len(labelled) == 2
        assert page.locator(f"#{labelled[0]}").text_content()
        assert svg.locator("xpath=ancestor::figure/figcaption").count() == 1
    assert page.locator("figure table.sr-only").count() == 5
    assert page.locator("svg#chart-words .threshold").count() == 1
    assert len(r["clusters"]) <= 25  # all drawn: one dot per member, one ringed keep
    dots = page.locator("svg#chart-clusters circle.dot")
    assert dots.count() == sum(min(20, len(c["members"])) for c in r["clusters"])
    assert page.locator("svg#chart-clusters circle.dot.keep").count() == len(r["clusters"])

    clusters = page.locator("article.cluster")
    assert clusters.count() == len(r["clusters"]) > 0
    for c in r["clusters"]:
        art = page.locator(f"#cluster-{c['id']}")
        assert art.locator("li.member").count() == len(c["members"])
        assert art.locator("mark").all_text_contents() == c["shared"]
        keep = art.locator("li.member.keep")
        assert keep.count() == 1
        assert keep.locator("a").get_attribute("href") == f"#doc-{c['keep']}"

    top = page.locator("ol.topten > li")
    assert [int(x) for x in top.evaluate_all("ls => ls.map(l => l.dataset.id)")] == by_priority(
        r["documents"]
    )[:10]
    first = r["documents"][by_priority(r["documents"])[0]]
    assert f"{first['priority']}" in top.first.inner_text()

    nj = [d for d in r["documents"] if not d["judged"]]
    assert page.locator("#not-judged tbody tr").count() == len(nj) > 0
    text = page.text_content("#not-judged") or ""
    assert all(d["not_judged_reason"] in text for d in nj)
    log.assert_clean()


def test_chromium_hostile_content_stays_text(hostile: Any, open_page: Any) -> None:
    page, log = open_page(hostile.url)
    for b in page.locator("#docs-body button.expander").all()[:8]:
        b.click()
    for t in page.locator("#docs-body th.c-doc, ol.topten a, article.cluster mark").all()[:30]:
        t.hover()
    page.fill("#f-q", "alert")
    assert matching_count(page) >= 6
    for b in page.locator('#docs-body button.expander[aria-expanded="false"]').all():
        b.click()
    body = page.inner_text("body")
    for raw in HOSTILE + HOSTILE_EXTRA:
        assert raw in body
    all_text = page.evaluate("document.body.textContent")
    assert LINE_SEP in all_text
    hrefs = page.evaluate(
        "[...document.querySelectorAll('[href], [*|href]')].map(e => e.getAttribute('href') || '')"
    )
    assert hrefs and not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    assert page.locator("img").count() == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    page.wait_for_timeout(200)
    log.assert_clean()


def test_chromium_without_javascript(site: Any, open_page: Any) -> None:
    r = site.report
    page, log = open_page(site.url, java_script_enabled=False)
    assert page.inner_text(".site-score .num") == str(r["site"]["score"])
    assert page.inner_text("#overview").count("/100") >= 6
    top = page.locator("ol.topten > li")
    assert top.count() == 10 and top.first.is_visible()
    assert [int(x) for x in top.evaluate_all("ls => ls.map(l => l.dataset.id)")] == by_priority(
        r["documents"]
    )[:10]
    assert page.locator("svg.chart").count() == 5
    assert page.locator("svg#chart-rules rect.bar").first.is_visible()
    assert page.locator("#docs-body tr.doc").count() == PAGE_SIZE
    first = page.locator("#docs-body tr.details").first
    assert first.is_visible()  # problems readable without the expand button
    assert not page.locator("#filters").is_visible()
    assert not page.locator("#pager").is_visible()
    assert page.locator("article.cluster").first.is_visible()
    log.assert_clean()


def test_chromium_print_shows_all_rows_without_controls(site: Any, open_page: Any) -> None:
    n = len(site.report["documents"])
    page, log = open_page(site.url)
    page.emulate_media(media="print")
    expect(page.locator("#docs-body tr.doc")).to_have_count(n)
    assert page.locator("#docs").is_visible()
    for sel in ("#filters", "#pager", ".toc", "#docs-status"):
        assert not page.locator(sel).is_visible(), sel
    assert not page.locator("#docs-body button.expander").first.is_visible()
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"
    page.emulate_media(media="screen")
    expect(page.locator("#docs-body tr.doc")).to_have_count(PAGE_SIZE)
    assert page.locator("#filters").is_visible()
    log.assert_clean()
