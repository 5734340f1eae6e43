"""bench/run's pure parts: medians, targets, the RESULTS.md writer, HTML replication.

No peer is installed and ../shared is never read: the pages are made here.
"""

import gzip
import math
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import harness  # noqa: E402

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Brewing coffee</title><meta name="description" content="How to brew coffee.">
<script>var words = "do not shuffle me at all";</script></head><body><main><article>
<h1>Coffee</h1>
<p>Grind the beans just before brewing so that the aroma stays in the cup and the
water reaches every particle evenly while it drips through the filter paper.</p>
<p>Water just off the boil extracts the oils best; cooler water leaves the coffee sour
and thin, while boiling water scorches the grounds and makes it bitter.</p>
</article></main></body></html>"""


def _text_words(html: bytes) -> list[str]:
    import lxml.html

    root = lxml.html.document_fromstring(html)
    return " ".join(p.text_content() for p in root.iter("p")).split()


def _shingles(words: list[str], k: int = 5) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def test_median_and_nan_for_nothing():
    assert harness.median([3.0, 1.0, 2.0]) == 2.0
    assert harness.median([4.0, 1.0]) == 2.5
    assert math.isnan(harness.median([]))


def test_runs_drop_failed_codes_and_report_the_median():
    runs = harness.Runs("x")
    runs.add(2.0, 100, 0, 1.0)
    runs.add(4.0, 300, 1, 3.0)  # contentlint's "problems found"
    runs.add(9.0, 900, 2, 9.0)  # a crash: not a figure
    peer = harness.Runs("peer")
    peer.add(1.0, 50, 1, 1.0, ok=(0,))  # a peer's exit 1 is an error
    assert runs.wall == [2.0, 4.0] and runs.failed == 1 and peer.failed == 1
    label, wall, rate, cpu, peak = runs.row(docs=30)
    assert "2 runs, 1 failed" in label
    assert wall == "3.00 (2.00–4.00)" and rate == "10" and cpu == "2.00" and peak == "300"


def test_targets_pass_fail_and_not_measured():
    assert harness.Target("warm", 0.4, "s", 0.5, True).met is True
    assert harness.Target("warm", 0.6, "s", 0.5, True).met is False
    assert harness.Target("rate", 399, "docs/s", 400, False).met is False
    assert harness.Target("rate", math.nan, "docs/s", 400, False).met is None
    assert harness.Target("scaling", 1.5, "×", 1.7, False).row()[1:3] == ["1.50×", "≥ 1.7×"]
    row = harness.Target("rate", 200, "docs/s", 400, False).row()
    assert row[1:] == ["200.00 docs/s", "≥ 400 docs/s", "**fail**", "0.50× the bound"]


def test_table_escapes_pipes():
    out = harness.table(["a", "b"], [["x|y", "1"]])
    assert out.splitlines() == ["| a | b |", "|---|---:|", "| x\\|y | 1 |"]


def test_results_block_is_inserted_once_then_updated_section_by_section():
    hand = "# Benchmark results\n\nIntro paragraph.\n\n## Hand-written\n\nKept as is.\n"
    first = harness.update_results(hand, "## Generated\n\nrun 1", {1: "one A", 2: "two A"})
    assert first.startswith("# Benchmark results\n\nIntro paragraph.\n\n" + harness.BEGIN)
    assert first.endswith("## Hand-written\n\nKept as is.\n")
    second = harness.update_results(first, "## Generated\n\nrun 2", {2: "two B", 6: "six"})
    assert second.count(harness.BEGIN) == 1 and second.count(harness.END) == 1
    assert "run 2" in second and "run 1" not in second
    sections = re.findall(r"<!-- section (\d) -->\n(.*?)\n<!-- /section", second)
    assert sections == [("1", "one A"), ("2", "two B"), ("6", "six")]
    assert second.endswith("## Hand-written\n\nKept as is.\n")
    assert harness.update_results(second, "## Generated\n\nrun 2", {}) == second


def test_copies_are_unique_in_text_but_keep_every_word(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "coffee.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (src / "tea.html").write_text(PAGE.replace("coffee", "tea"))  # ignored: .gz pages exist
    out = tmp_path / "out"
    assert harness.replicate_html(src, out, 4) == 4
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"coffee-c{i:02d}.html" for i in range(4)]
    pages = [f.read_bytes() for f in files]
    assert pages[0] == PAGE.encode()  # copy 0 is the page itself
    assert len(set(pages)) == 4
    base = _text_words(pages[0])
    for i, page in enumerate(pages[1:], 1):
        words = _text_words(page)
        assert sorted(words) == sorted(base)  # same words, same language
        assert not _shingles(words) & _shingles(base)  # no shared five-word run
        text = page.decode()
        assert f"Brewing coffee (copy {i})</title>" in text
        assert f"Coffee (copy {i})</h1>" in text
        assert f'content="How to brew coffee. (copy {i})"' in text
        assert "do not shuffle me at all" in text  # scripts untouched
    # the same copy is the same bytes every time (a cache key per copy, stable runs)
    again = tmp_path / "again"
    harness.replicate_html(src, again, 4)
    assert [f.read_bytes() for f in sorted(again.iterdir())] == pages


def test_unknown_section_is_refused(capsys):
    with pytest.raises(SystemExit):
        harness.main(["--only", "8", "--no-write"])
    assert "section numbers" in capsys.readouterr().err
