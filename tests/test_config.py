from pathlib import Path

import pytest
from contentlint.config.core import (
    ConfigError,
    Policy,
    build_config,
    find_config,
    load_config,
    resolve_selection,
)
from helpers import run, words, write


def test_config_found_by_walking_up(tmp_path):
    write(tmp_path, {".contentlint.yml": "ignore: [T001]\n", "a/b/post.md": "x"})
    assert find_config(tmp_path / "a" / "b") == tmp_path / ".contentlint.yml"


def test_pyproject_tool_section(tmp_path):
    write(
        tmp_path,
        {"pyproject.toml": '[tool.contentlint]\nignore = ["T001"]\nbase_url = "https://x.org"\n'},
    )
    cfg = load_config(start=tmp_path)
    assert cfg.ignore == ["T001"]
    assert cfg.settings.base_url == "https://x.org"


def test_pyproject_without_section_is_skipped(tmp_path):
    write(tmp_path, {"pyproject.toml": "[project]\nname='x'\n"})
    assert find_config(tmp_path) is None


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (
            "rules:\n  T001:\n    mn_words: 3\n",
            ".contentlint.yml:3: rules.T001.mn_words: unknown key 'mn_words' (did you mean 'min_words'?)",
        ),
        (
            "rules:\n  low-word-count:\n    min_words: lots\n",
            '.contentlint.yml:3: rules.low-word-count.min_words: expected an integer, got string "lots"',
        ),
        (
            "fail-on: fatal\n",
            '.contentlint.yml:1: fail-on: must be one of error, warning, info; got string "fatal"',
        ),
        ("select: [T001, Z9]\n", ".contentlint.yml:1: select[1]: unknown rule selector 'Z9'"),
        (
            "selct: [T001]\n",
            ".contentlint.yml:1: selct: unknown key 'selct' (did you mean 'select'?)",
        ),
        (
            "rules:\n  T001:\n    min_words: -5\n",
            ".contentlint.yml:3: rules.T001.min_words: must be at least 0; got -5",
        ),
        ("- just a list\n", ".contentlint.yml:1: the config must be a mapping"),
        ("select: [T001\n", "invalid YAML"),
    ],
)
def test_readable_config_errors(tmp_path, yaml_text, expected):
    write(tmp_path, {".contentlint.yml": yaml_text})
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert expected in str(err.value).replace(str(tmp_path) + "/", "")


def test_bad_config_exits_2_with_one_line_per_error_and_no_traceback(tmp_path):
    write(
        tmp_path,
        {".contentlint.yml": "rules:\n  T001: {min_words: x}\nfail-on: nope\n", "p.md": "# T\n"},
    )
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("contentlint: error:")]
    assert len(errors) == 2
    assert "Traceback" not in result.output
    assert "rules.T001.min_words" in errors[1] or "rules.T001.min_words" in errors[0]


def test_missing_config_path_exits_2(tmp_path):
    result = run("check", "--config", str(tmp_path / "nope.yml"), str(tmp_path))
    assert result.exit_code == 2
    assert "config file not found" in result.stderr


def test_selection_like_ruff():
    assert "T001" in resolve_selection(None, [], [])
    assert resolve_selection(["T"], [], ["T001"]) & {"T001"} == set()
    # the more specific selector wins over a broader ignore
    assert "T001" in resolve_selection(["T001"], [], ["T"])
    assert "M001" in resolve_selection(["missing-title"], [], [])
    assert resolve_selection(["ALL"], [], ["M"]) >= {"T001", "F001"}


def test_per_file_ignores_and_overrides(tmp_path):
    cfg = build_config(
        {
            "per-file-ignores": {"glossary/**": ["T001"]},
            "overrides": [
                {"files": ["short/**"], "rules": {"T001": {"min_words": 10, "severity": "info"}}}
            ],
        },
        tmp_path / ".contentlint.yml",
    )
    policy = Policy.from_config(cfg)
    from contentlint.model.registry import get_rule

    t001 = get_rule("T001")
    assert not policy.enabled_for(str(tmp_path / "glossary/a.md"), "T001")
    assert policy.enabled_for(str(tmp_path / "posts/a.md"), "T001")
    assert policy.options_for(t001, str(tmp_path / "short/a.md")).min_words == 10
    assert policy.options_for(t001, str(tmp_path / "posts/a.md")).min_words == 300
    assert str(policy.severity_for(t001, str(tmp_path / "short/a.md"))) == "info"


def test_overrides_end_to_end(tmp_path):
    write(
        tmp_path,
        {
            ".contentlint.yml": "overrides:\n  - files: ['glossary/**']\n    rules:\n      T001: {min_words: 20, error_below: 5}\n",
            "glossary/term.md": "---\ntitle: Term\n---\n" + words(30) + "\n",
            "posts/post.md": "---\ntitle: Post\n---\n" + words(30) + "\n",
        },
    )
    result = run("check", str(tmp_path), "--select", "T001", "--output-format", "json")
    import json

    paths = [Path(p["path"]).name for p in json.loads(result.stdout)]
    assert paths == ["post.md"]


def test_schema_command_prints_every_rule():
    import json

    result = run("schema")
    schema = json.loads(result.stdout)
    assert "T001" in schema["properties"]["rules"]["properties"]
    assert "low-word-count" in schema["properties"]["rules"]["properties"]


def test_configured_severity_wins_over_a_rules_escalation(tmp_path):
    write(
        tmp_path,
        {
            ".contentlint.yml": "rules:\n  T001: {severity: info}\n",
            "p.md": "---\ntitle: T\n---\n\nTiny.\n",
        },
    )
    result = run("check", str(tmp_path), "--select", "T001")
    assert "T001 [info]" in result.stdout and result.exit_code == 0
