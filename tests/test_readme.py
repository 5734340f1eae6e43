"""The README is part of the product: its commands and rule table must stay true."""

import re
from pathlib import Path

from contentlint.report.ruledocs import END, START, rules_table

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", README)


def test_ci_runs_exactly_the_readme_test_command():
    install, test = _commands()[:2]
    assert "contentlint check fixtures/" in install
    assert "pytest" in test
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == test


def test_readme_rule_table_is_current():
    table = README.split(START, 1)[1].split(END, 1)[0].strip()
    assert table == rules_table(), (
        "regenerate: python -c 'from contentlint.docs import update_readme; from pathlib import Path; update_readme(Path(\"README.md\"))'"
    )
