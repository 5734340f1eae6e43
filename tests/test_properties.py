"""Property-based tests: whatever the input, parsing ends in a document or a readable
F002, line numbers stay the file's own, and every output format stays parseable.

Example counts are kept modest (the suite runs on 2 cores); `HYPOTHESIS_PROFILE=deep`
runs ten times as many.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path, PurePosixPath

import jsonschema
import lxml.html
import pytest
import yaml
from contentlint.config.core import ConfigError, Policy, build_config
from contentlint.engine.core import Engine, resolve_code
from contentlint.model.settings import SourceSettings
from contentlint.model.urls import normalize_url
from contentlint.report import FORMATS, ReportOptions, get_reporter
from contentlint.scores.gate import audit_for
from contentlint.sources import files, frontmatter, html, markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("deep", max_examples=600, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent
SARIF = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
REPORT = json.loads((REPO / "lint" / "schemas" / "report.schema.json").read_text())

#: Text as hostile as a file can hold once decoded: controls, bidi marks, markup.
ugly = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(list("\n\r\t\x00\x1b\u202e\u200b\ufeff<>&\"'#*_[]()`-:{}|!\\")),
    ),
    max_size=400,
)
fences = st.sampled_from(["---\n", "+++\n", "{\n", ""])
keys = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
#: Strings without YAML's own line breaks (NEL, LS, PS), which PyYAML's emitter folds.
# Text as a decoded file holds it: no lone surrogates (decoding replaces them).
plain = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"),
    max_size=30,
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), plain, st.dates().map(str))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)


# ----- front matter -----------------------------------------------------------------------
@given(fences, ugly)
def test_front_matter_splits_or_says_why(fence, text):
    try:
        fm = frontmatter.split(fence + text)
    except frontmatter.FrontMatterError as exc:
        assert str(exc) and exc.line >= 1
        return
    # The body keeps every line where it was: front matter becomes blank lines.
    assert fm.body.count("\n") == (fence + text).lstrip("\ufeff").count("\n")
    json.dumps(fm.data)  # plain data only: no dates, no objects


@given(st.dictionaries(keys, values, max_size=6), ugly)
def test_yaml_front_matter_round_trips(data, body):
    text = "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body
    fm = frontmatter.split(text)
    assert fm.data == json.loads(json.dumps(data, default=str))
    assert fm.body.split("\n")[fm.last_line :] == text.split("\n")[fm.last_line :]


# ----- extraction --------------------------------------------------------------------------
@given(ugly)
def test_markdown_extraction_never_crashes_and_lines_are_in_the_file(text):
    text = files.newlines(text)  # as files.load gives it
    try:
        doc = markdown.parse(text, "p.md", PurePosixPath("p.md"), SourceSettings(), resolve_code)
    except frontmatter.FrontMatterError:
        return
    n = text.count("\n") + 1
    for b in doc.blocks:
        assert 1 <= b.line <= b.end_line <= n, (b, n)
    for h in doc.headings:
        assert 1 <= h.line <= n


@given(ugly)
def test_html_extraction_never_crashes_and_lines_are_in_the_file(text):
    text = files.newlines(text)
    doc = html.parse(text, "p.html", "https://example.org/p/", SourceSettings(), resolve_code)
    n = text.count("\n") + 1
    for b in doc.blocks:
        assert 1 <= b.line <= n, (b, n)


@given(st.binary(max_size=600))
def test_any_bytes_load_as_a_document_or_an_f001_f002(tmp_path_factory, data):
    root = tmp_path_factory.mktemp("bytes")
    for name in ("b.md", "b.html"):
        path = root / name
        path.write_bytes(data)
        doc = files.load(path, name, PurePosixPath(name), SourceSettings(max_file_time=0))
        assert all(p.code in ("F001", "F002") for p in doc.diagnostics)


# ----- line mapping ------------------------------------------------------------------------
paragraph = st.lists(st.from_regex(r"[a-z]{2,9}", fullmatch=True), min_size=3, max_size=12)


@settings(max_examples=30)
@given(
    st.lists(paragraph, min_size=1, max_size=5, unique_by=tuple),
    st.integers(0, 3),
    st.sampled_from("-+"),
)
def test_located_text_is_at_its_source_line(paras, gap, marker):
    """Each (distinct) paragraph is found at its own line, after front matter and blank lines,
    and whether or not it is wrapped or starts a list item."""
    lines = ["---", "title: Lines", "---", ""]
    expected = []
    for words in paras:
        lines += [""] * gap
        expected.append(len(lines) + 1)
        half = len(words) // 2
        lines += [f"{marker} " + " ".join(words[:half]), "  " + " ".join(words[half:]), ""]
    doc = markdown.parse(
        "\n".join(lines), "p.md", PurePosixPath("p.md"), SourceSettings(), resolve_code
    )
    for words, line in zip(paras, expected, strict=True):
        found = doc.locate(" ".join(words))
        assert found is not None and found[0] == line, (words, found, line)


# ----- URLs --------------------------------------------------------------------------------
urls = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "HtTpS"]),
    st.from_regex(
        r"[A-Za-z0-9]([A-Za-z0-9-]{0,10}[A-Za-z0-9])?(\.[A-Za-z]{2,5}){1,2}", fullmatch=True
    ),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.from_regex(r"(/[A-Za-z0-9._~%-]{0,8}){0,4}/?", fullmatch=True),
    st.sampled_from(["", "?a=1", "?a=1&b=%20"]),
    st.sampled_from(["", "#top", "#"]),
)


@given(urls)
def test_url_normalisation_is_idempotent_and_canonical(url):
    n = normalize_url(url)
    assert normalize_url(n) == n
    assert "#" not in n and n.split("://")[0] in ("http", "https")
    host = n.split("://", 1)[1].split("/", 1)[0]
    assert host == host.lower()
    assert not (n.startswith("http://") and host.endswith(":80"))
    assert not (n.startswith("https://") and host.endswith(":443"))


# ----- config ------------------------------------------------------------------------------
config_keys = st.sampled_from(
    ["select", "ignore", "extend-select", "include", "exclude", "base-url", "language",
     "max-file-size", "max-file-time", "fail-on", "min-score", "rules", "overrides",
     "per-file-ignores", "trailing-slash", "title-is-h1", "content-root", "unknown-key"]
)  # fmt: skip


@given(st.dictionaries(config_keys, values, max_size=5))
def test_config_loads_or_says_why(data):
    try:
        cfg = build_config(data, None)
    except ConfigError as exc:
        assert exc.messages and all(isinstance(m, str) and m for m in exc.messages)
        return
    assert cfg.settings.max_file_size >= 1024 and cfg.settings.max_file_time >= 0


# ----- every output format -----------------------------------------------------------------
names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=12,
).map(lambda s: s.strip(".") or "x")


@settings(max_examples=15)
@given(
    st.lists(st.tuples(names, ugly, ugly), min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.sampled_from(FORMATS),
)
def test_every_output_format_parses(docs, fmt):
    check_format(docs, fmt)


def check_format(docs: list[tuple[str, str, str]], fmt: str) -> None:
    cfg = build_config({"base-url": "https://example.org"}, None)
    policy = Policy.from_config(cfg, ["ALL"], [], [])
    built = []
    for name, title, body in docs:
        text = "---\n" + yaml.safe_dump({"title": title}, allow_unicode=True) + "---\n" + body
        try:
            built.append(
                markdown.parse(text, name + ".md", PurePosixPath(name + ".md"), cfg.settings)
            )
        except frontmatter.FrontMatterError:
            built.append(files.failed(name + ".md", "markdown", "F002", "broken front matter"))
    result = Engine(cfg, policy, jobs=1).lint_documents(built)
    assert not result.internal_errors, result.internal_errors
    audit = audit_for(result, cfg, policy, ".")
    out = io.StringIO()
    get_reporter(fmt)(result, out, ReportOptions(root="/", audit=audit))
    text = out.getvalue()
    if fmt == "json":
        assert len(json.loads(text)) == len(result.problems)
    elif fmt == "sarif":
        jsonschema.validate(json.loads(text), SARIF)
    elif fmt == "report-json":
        jsonschema.validate(json.loads(text), REPORT)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) == 1 + len(built)
    elif fmt == "html":
        tree = lxml.html.document_fromstring(text)
        assert tree.find(".//body") is not None
        assert "<script>alert" not in text  # content is text, never markup
    elif fmt == "github":
        assert all(line.startswith("::") for line in text.splitlines())
        assert len(text.splitlines()) == len(result.problems)
    else:  # text: one line per problem, then the summary
        lines = text.splitlines()
        assert len([line for line in lines if ": " in line and "[" in line]) >= len(result.problems)
        assert len(lines) <= len(result.problems) + 3


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["<script>alert(1)</script>", "\x1b]0;x\x07", "a\u2028b"])
def test_hostile_titles_in_every_format(title, fmt):
    """Fixed cases the properties above might not draw."""
    check_format([("new\nline", title, "<script>alert(2)</script> Some words.")], fmt)


def test_k002_on_an_empty_article():
    cfg = build_config({"base-url": "https://example.org"}, None)
    doc = markdown.parse("---\ntitle: ''\n---\n", "0.md", PurePosixPath("0.md"), cfg.settings)
    policy = Policy.from_config(cfg, ["K002"], [], [])
    assert not Engine(cfg, policy, jobs=1).lint_documents([doc]).internal_errors
