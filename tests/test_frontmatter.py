import pytest
from contentlint.sources.frontmatter import FrontMatterError, split


def test_yaml_front_matter_keeps_body_lines():
    fm = split("---\ntitle: Hello\ndate: 2024-01-02\n---\n\nBody on line 6\n")
    assert fm.format == "yaml"
    assert fm.data == {"title": "Hello", "date": "2024-01-02"}
    assert fm.key_lines == {"title": 2, "date": 3}
    assert fm.body.split("\n")[5] == "Body on line 6"


def test_toml_front_matter_hugo_zola():
    fm = split('+++\ntitle = "Hi"\nauthors = ["A", "B"]\n+++\nText\n')
    assert fm.format == "toml"
    assert fm.data["authors"] == ["A", "B"]
    assert fm.body.split("\n")[4] == "Text"


def test_json_front_matter():
    fm = split('{\n  "title": "Json",\n  "draft": false\n}\n\nText\n')
    assert fm.format == "json"
    assert fm.data == {"title": "Json", "draft": False}
    assert fm.key_lines["title"] == 2
    assert fm.body.split("\n")[5] == "Text"


def test_no_front_matter():
    fm = split("# Title\n\nText\n")
    assert fm.format is None and fm.data == {}
    assert fm.body == "# Title\n\nText\n"


def test_yaml_dots_close_and_bom():
    fm = split("\ufeff---\ntitle: x\n...\nbody")
    assert fm.data == {"title": "x"}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("---\ntitle: ok\ntags: [a, b\n---\nbody", 3, "invalid YAML"),
        ("---\ntitle: x\nbody without closing fence\n", 1, "never closed"),
        ('+++\ntitle = "x"\ndate = \n+++\n', 3, "invalid TOML"),
        # (a missing comma: where Python reports a trailing one changed in 3.13)
        ('{\n  "title": "x"\n  "date": "2024-05-01"\n}\n', 3, "invalid JSON"),
        ("---\n- just\n- a list\n---\n", 2, "mapping"),
    ],
)
def test_malformed_front_matter_has_line_and_reason(text, line, fragment):
    with pytest.raises(FrontMatterError) as err:
        split(text)
    assert err.value.line == line
    assert fragment in str(err.value)
