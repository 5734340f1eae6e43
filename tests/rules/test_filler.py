"""T005 filler-phrase: the built-in list, where hits are placed, and the density metric."""

from pathlib import Path

import yaml
from contentlint.model import registry
from contentlint.rules import filler
from contentlint.rules._shared.packs import read_pack
from contentlint.signals import metrics
from helpers import check, codes, html, md, run, words, write

DATA = Path(filler.__file__).parent / "data"


def test_fires_at_line_and_column_with_reason():
    doc = md(
        """
        ---
        title: Caching builds
        ---
        Caching matters. In today's fast-paced digital landscape, builds must be quick.

        We cut it from 14 to 6 minutes; it's important to note that
        the cache key matters.
        """
    )
    found = check("T005", doc)
    assert [(p.line, p.column) for p in found] == [(4, 18), (6, 33)]
    assert found[0].message.startswith('"In today\'s fast-paced digital landscape" is filler: ')
    assert "start with the point" in found[0].message
    # the longest phrase wins: no second hit for "the digital landscape" inside it
    assert found[0].end_column == 57 and found[1].end_line == 6
    assert found[0].subject == "in today's fast-paced digital landscape"


def test_case_apostrophes_hyphens_and_wrapping():
    doc = md(
        "---\ntitle: T\n---\nIT’S WORTH NOTING THAT caching helps.\n\n"
        "A real game\nchanger, they said. A game-changing idea.\n"
    )
    found = check("T005", doc)
    assert [(p.line, p.column) for p in found] == [(4, 1), (6, 8), (7, 23)]
    assert found[1].end_line == 7


def test_word_boundaries():
    doc = md("---\ntitle: T\n---\nWe undelve intoxicating data and the game-changers list.\n")
    assert check("T005", doc) == []


def test_passes_on_plain_specific_prose():
    doc = md("---\ntitle: Caching builds\n---\nCaching cut our build from 14 to 6 minutes.\n")
    assert check("T005", doc) == []


def test_title_and_description_are_checked():
    doc = md(
        "---\ntitle: Unlock the power of caching\n"
        "description: The ultimate guide to build caches.\n---\nBody text.\n"
    )
    found = check("T005", doc)
    assert [(p.line, p.column) for p in found] == [(2, 8), (3, 14)]


def test_html_page():
    doc = html(
        """
        <html lang="en"><head><title>Cache notes</title></head><body><article>
        <h1>Cache notes</h1>
        <p>We measured the build. Needless to say, the cache helped: 14 minutes became 6.</p>
        </article></body></html>
        """
    )
    found = check("T005", doc)
    assert codes(found) == ["T005"]
    assert (found[0].line, found[0].column) == (3, 27)


def test_allow_option_skips_listed_phrases():
    doc = md("---\ntitle: T\n---\nNeedless to say, it works. Without further ado, the code.\n")
    found = check("T005", doc, allow=["needless to say"])
    assert [p.subject for p in found] == ["without further ado"]


def test_english_only():
    doc = md("---\ntitle: T\nlang: de\n---\nIn today's digital age wir schreiben Deutsch.\n")
    r = registry.get_rule("T005")
    assert r.languages == frozenset({"en"})
    assert not r.applies(doc.kind, doc.judged, doc.lang, doc.format)


def test_filler_density_metric():
    body = words(192) + " Needless to say, it works. Let's dive in."
    doc = md(f"---\ntitle: T\n---\n{body}\n")
    assert doc.word_count == 200
    assert metrics.value(doc, "filler_per_1000") == 10.0
    clean = md(f"---\ntitle: T\n---\n{words(200)}\n")
    assert metrics.value(clean, "filler_per_1000") == 0.0
    german = md(f"---\ntitle: T\nlang: de\n---\n{words(200)}\n")
    assert metrics.value(german, "filler_per_1000") is None


def test_builtin_list_is_a_valid_pack_with_reasons():
    files = sorted(DATA.glob("filler.*.yml"))
    assert [f.name for f in files] == ["filler.en.yml"]
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        assert data["language"] == f.name.split(".")[1]
        pack = read_pack(f, builtin=True)  # schema, regexes and duplicates checked
        (rule,) = pack.rules
        assert rule.code == "T005"
        entries = data["rules"][0]["phrases"] + data["rules"][0].get("patterns", [])
        assert len(data["rules"][0]["phrases"]) >= 150
        assert all(isinstance(e, dict) and e["reason"].strip() for e in entries)


def test_one_compiled_alternation():
    rule = filler.phrase_rule("en")
    assert rule.matcher.literal_re is not None and len(rule.matcher) >= 150
    text = ("Caching cut our build from 14 to 6 minutes. " * 2000) + "Without further ado."
    assert [h.entry.text for h in rule.matcher.finditer(text)] == ["without further ado"]


def test_cli_reports_and_suppresses(tmp_path):
    write(
        tmp_path,
        {
            "post.md": """
                ---
                title: Build caching
                contentlint: {ignore: [T001]}
                ---
                Needless to say, caching helps.

                <!-- contentlint-disable-next-line filler-phrase -->
                Without further ado, the numbers.
                """,
        },
    )
    result = run("check", "--select", "T005", str(tmp_path / "post.md"))
    assert result.exit_code == 0, result.output  # warnings do not fail by default
    lines = [line for line in result.stdout.splitlines() if "T005" in line]
    assert len(lines) == 1 and lines[0].endswith(
        'post.md:5:1: T005 [warning] "Needless to say" is filler: then it need not be said'
    )


def test_the_phrase_list_is_compiled_once():
    """Reading and validating the list costs ~0.1 s: it must not happen per document."""
    from contentlint.rules import filler

    assert filler.phrase_rule("en") is filler.phrase_rule("en")
