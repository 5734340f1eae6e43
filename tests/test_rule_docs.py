"""Every rule documents itself: `contentlint rule CODE`, SARIF help and the README come from it."""

import pytest
from contentlint.model.registry import builtin_rules
from helpers import run

RULES = builtin_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_doc_says_why_how_and_shows_examples(rule):
    doc = rule.doc
    for part in ("Why", "How to fix", "Fails", "Passes"):
        assert part in doc, f"{rule.code} docstring lacks '{part}:'"
    if rule.defaults:
        assert "Options" in doc, f"{rule.code} has options but does not document them"
        for option in rule.defaults:
            assert option in doc, f"{rule.code} does not document option {option}"
    assert len(rule.summary) <= 120


@pytest.mark.parametrize("rule", RULES[:3] + RULES[-3:], ids=lambda r: r.code)
def test_rule_command_prints_the_doc(rule):
    out = run("rule", rule.code).stdout
    assert out.startswith(f"{rule.code} {rule.name}")
    assert rule.doc.splitlines()[0] in out
