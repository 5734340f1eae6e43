from contentlint.config.core import Policy, build_config
from contentlint.engine.core import run_document_rules
from helpers import md, run, write


def _problems(doc, select=("T001", "M001")):
    policy = Policy.from_config(build_config({}, None), select=list(select))
    return [(p.code, p.line) for p in run_document_rules(doc, policy)]


def test_disable_comment_without_enable_covers_whole_document_problems():
    doc = md("---\ntitle: Short\n---\n<!-- contentlint-disable T001 -->\nShort text.\n")
    assert _problems(doc) == []


def test_disable_by_rule_name_and_enable_region():
    doc = md(
        "---\ntitle: Short\n---\n<!-- contentlint-disable low-word-count -->\nA\n<!-- contentlint-enable -->\n"
    )
    # region closed on line 6: a whole-document problem at line 2 is not inside it
    assert _problems(doc) == [("T001", 2)]


def test_front_matter_ignore():
    doc = md("---\ntitle: Short\ncontentlint:\n  ignore: [T001]\n---\nShort.\n")
    assert _problems(doc) == []


def test_disable_next_line_and_disable_line():
    from contentlint.model.problem import Problem

    doc = md(
        "---\ntitle: x\n---\n<!-- contentlint-disable-next-line T005 -->\nline five\n"
        "line six <!-- contentlint-disable-line -->\nline seven\n"
    )
    sup = doc.suppressions
    assert sup.suppresses(Problem("T005", "m", line=5))
    assert not sup.suppresses(Problem("T001", "m", line=5))
    assert sup.suppresses(Problem("T001", "m", line=6))
    assert not sup.suppresses(Problem("T005", "m", line=7))


def test_prefix_codes_and_disable_file():
    from contentlint.model.problem import Problem

    doc = md("<!-- contentlint-disable-file T -->\n# x\n")
    assert doc.suppressions.suppresses(Problem("T003", "m", line=40))
    assert not doc.suppressions.suppresses(Problem("M001", "m", line=40))


def test_html_comment_suppression_end_to_end(tmp_path):
    write(
        tmp_path,
        {
            "p.html": "<html><head><title>t</title></head><body><!-- contentlint-disable T001 --><p>tiny</p></body></html>"
        },
    )
    result = run("check", str(tmp_path), "--select", "T001")
    assert result.exit_code == 0, result.output
