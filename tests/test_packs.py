"""User rule packs: the three kinds, readable errors, and pack rules as first-class rules."""

import json
import shutil
from pathlib import Path

import pytest
from contentlint.config.core import ConfigError, build_config, load_config
from contentlint.model import registry
from contentlint.rules._shared import packs, phrases
from helpers import run, words, write

REPO = Path(__file__).resolve().parent.parent

PACK = """
name: acme
language: en
rules:
  - code: X-ACME-001
    name: product-names
    kind: phrase
    case-sensitive: true
    message: 'write "{replacement}", not "{match}"'
    phrases:
      - {phrase: Github, replacement: GitHub}
    patterns:
      - {pattern: 'Java ?script', replacement: JavaScript}
  - code: X-ACME-002
    name: colour-words
    kind: phrase
    word-boundary: false
    phrases: [colour]
    replacement: color
  - code: X-ACME-003
    name: ai-disclosure
    kind: required
    field: ai_disclosure
    when: {field: ai_assisted, equals: true}
  - code: X-ACME-004
    name: affiliate-disclosure
    kind: required
    pattern: 'we (?:may )?earn a commission'
    when: {link: 'amzn\\.to'}
    severity: error
  - code: X-ACME-005
    name: min-words
    kind: metric
    metric: word_count
    min: 50
  - code: X-ACME-006
    name: filler-density
    kind: metric
    metric: filler_per_1000
    max: 10
    message: "{value:.0f} filler phrases per 1,000 words (max {max})"
"""


@pytest.fixture(autouse=True)
def _forget_packs():
    yield
    packs.load_packs([])


def project(tmp_path, files, pack=PACK, config="packs: [styles/acme.yml]\n"):
    return write(tmp_path, {".contentlint.yml": config, "styles/acme.yml": pack, **files})


def lint(root, *args):
    """(code, file name, line, column, message) of every problem, via the CLI as JSON."""
    result = run("check", "--output-format", "json", "--exit-zero", "--no-cache", *args, str(root))
    assert result.exit_code == 0, result.output
    return [
        (p["code"], Path(p["path"]).name, p["line"], p["column"], p["message"])
        for p in json.loads(result.stdout)
    ]


def fm(body, **front):
    head = "".join(f"{k}: {v}\n" for k, v in {"title": "A post about caching", **front}.items())
    return f"---\n{head}---\n{body}\n"


# ----- the three kinds -------------------------------------------------------------------


def test_phrase_literal_and_regex_with_suggested_replacement(tmp_path):
    project(
        tmp_path,
        {
            "bad.md": fm("We host on Github and write\nJava script daily."),
            "good.md": fm("We host on GitHub (not github.io) and write JavaScript."),
        },
    )
    assert lint(tmp_path, "--select", "X-ACME-001") == [
        ("X-ACME-001", "bad.md", 4, 12, 'write "GitHub", not "Github"'),
        ("X-ACME-001", "bad.md", 5, 1, 'write "JavaScript", not "Java script"'),
    ]


def test_phrase_word_boundary_option_and_rule_level_replacement(tmp_path):
    project(tmp_path, {"a.md": fm("Colours and COLOUR."), "b.md": fm("Color only.")})
    found = lint(tmp_path, "--select", "colour-words")
    assert [(f, line, col) for _, f, line, col, _ in found] == [("a.md", 4, 1), ("a.md", 4, 13)]
    # A plain lower-case suggestion follows the capital of the phrase it replaces.
    assert found[0][4] == 'avoid "Colour" (suggestion: "Color")'


def test_suggested_replacement_is_a_fix_in_json_and_sarif(tmp_path):
    import jsonschema
    from contentlint.rules._shared.phrases import _match_case

    assert _match_case("Delving into", "looking at") == "Looking at"
    assert _match_case("delving into", "looking at") == "looking at"
    assert _match_case("Iphone", "iPhone") == "iPhone"  # a name is kept as written
    project(tmp_path, {"a.md": fm("We like the colour blue.")})

    def report(fmt: str) -> dict | list:
        out = tmp_path / f"out.{fmt}"
        run(
            "check",
            str(tmp_path),
            "--select",
            "colour-words",
            "--output-format",
            fmt,
            "-o",
            str(out),
        )
        return json.loads(out.read_text())

    [problem] = report("json")
    assert problem["fix"] == {
        "applicability": "unsafe",
        "message": 'Replace with "color"',
        "edits": [
            {
                "content": "color",
                "location": {"row": 4, "column": 13},
                "end_location": {"row": 4, "column": 19},
            }
        ],
    }
    sarif = report("sarif")
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    [result] = sarif["runs"][0]["results"]
    [change] = result["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 4, "startColumn": 13, "endLine": 4, "endColumn": 19},
            "insertedContent": {"text": "color"},
        }
    ]


def test_required_front_matter_field_only_when_condition_holds(tmp_path):
    project(
        tmp_path,
        {
            "missing.md": fm("Text.", ai_assisted="true"),
            "disclosed.md": fm("Text.", ai_assisted="true", ai_disclosure="Drafted with AI."),
            "human.md": fm("Text."),
        },
    )
    assert lint(tmp_path, "--select", "X-ACME-003") == [
        ("X-ACME-003", "missing.md", 2, 1, "missing field 'ai_disclosure'")
    ]


def test_required_pattern_when_page_has_affiliate_links(tmp_path):
    link = "Buy the [Acme laptop](https://amzn.to/3abc)."
    project(
        tmp_path,
        {
            "undisclosed.md": fm(link),
            "disclosed.md": fm(link + "\n\nWe may earn a commission on purchases."),
            "no-links.md": fm("No shopping here."),
        },
    )
    result = run("check", "--select", "X-ACME-004", "--no-cache", str(tmp_path))
    assert result.exit_code == 1  # the rule's declared severity is error
    assert lint(tmp_path, "--select", "X-ACME-004") == [
        (
            "X-ACME-004",
            "undisclosed.md",
            2,
            1,
            "missing text matching 'we (?:may )?earn a commission'",
        )
    ]


def test_metric_thresholds_and_options_from_config(tmp_path):
    project(
        tmp_path,
        {
            "short.md": fm(words(20)),
            "long.md": fm(words(60)),
            "glossary/term.md": fm(words(20)),
            "fluff.md": fm(words(60) + " Needless to say, it works. Without further ado, go."),
        },
        config=(
            "packs: [styles/acme.yml]\n"
            "overrides:\n"
            "  - files: ['glossary/**']\n"
            "    rules: {min-words: {min: 10}}\n"
        ),
    )
    found = lint(tmp_path, "--select", "X-ACME-005,X-ACME-006")
    assert found == [
        ("X-ACME-006", "fluff.md", 2, 1, "29 filler phrases per 1,000 words (max 10)"),
        ("X-ACME-005", "short.md", 2, 1, "word_count is 20, below the minimum 50"),
    ]


def test_metric_option_types_are_validated_in_config(tmp_path):
    project(tmp_path, {}, config="packs: [styles/acme.yml]\nrules:\n  X-ACME-005: {min: lots}\n")
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert ".contentlint.yml:3: rules.X-ACME-005.min: expected a number" in str(err.value)
    # phrase and required rules take only `severity`
    project(tmp_path, {}, config="packs: [styles/acme.yml]\nrules:\n  X-ACME-001: {min: 3}\n")
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert "rules.X-ACME-001.min: unknown key 'min'; allowed: severity" in str(err.value)


# ----- pack rules are ordinary rules -------------------------------------------------------


def test_select_ignore_by_code_prefix_and_name(tmp_path):
    project(tmp_path, {"p.md": fm("Github colour.", ai_assisted="true")})

    def selected(*args):
        return sorted({c for c, *_ in lint(tmp_path, *args) if c.startswith("X-")})

    assert selected("--select", "X-ACME-001") == ["X-ACME-001"]
    assert selected("--select", "X-ACME-00") == [
        "X-ACME-001",
        "X-ACME-002",
        "X-ACME-003",
        "X-ACME-005",
    ]
    assert selected("--select", "X", "--ignore", "X-ACME-00") == []
    assert selected("--ignore", "X-ACME,T,M,F") == []
    assert selected("--select", "ai-disclosure,colour-words") == ["X-ACME-002", "X-ACME-003"]
    assert selected("--select", "X-ACME", "--ignore", "product-names,X-ACME-005") == [
        "X-ACME-002",
        "X-ACME-003",
    ]


def test_config_ignore_and_per_file_ignores(tmp_path):
    project(
        tmp_path,
        {"posts/p.md": fm("Github colour."), "notes/n.md": fm("Github colour.")},
        config=(
            "packs: [styles/acme.yml]\nselect: [X]\nignore: [X-ACME-005]\n"
            "per-file-ignores:\n  'notes/**': [X-ACME-001, colour-words]\n"
        ),
    )
    assert sorted((c, f) for c, f, *_ in lint(tmp_path)) == [
        ("X-ACME-001", "p.md"),
        ("X-ACME-002", "p.md"),
    ]


def test_inline_suppressions(tmp_path):
    body = (
        "<!-- contentlint-disable-next-line X-ACME-001 -->\nGithub one.\n\n"
        "Github two. <!-- contentlint-disable-line product-names -->\n\n"
        "<!-- contentlint-disable X-ACME -->\nGithub three, colour.\n<!-- contentlint-enable X-ACME -->\n\n"
        "Github four.\n"
    )
    project(
        tmp_path,
        {
            "p.md": fm(body),
            "q.md": "---\ntitle: A post about caching\ncontentlint: {ignore: [X-ACME-005]}\n---\nShort.\n",
        },
    )
    found = lint(tmp_path, "--select", "X-ACME-001,X-ACME-002,X-ACME-005")
    assert [(c, f, line) for c, f, line, *_ in found] == [
        ("X-ACME-005", "p.md", 2),
        ("X-ACME-001", "p.md", 13),
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_every_output_format(tmp_path, fmt):
    project(tmp_path, {"p.md": fm("We use Github.")})
    result = run(
        "check", "--select", "X-ACME-001", "--output-format", fmt, "--no-cache", str(tmp_path)
    )
    assert result.exit_code == 0, result.output  # warnings only
    out = result.stdout
    assert "X-ACME-001" in out
    if fmt == "text":
        assert 'p.md:4:8: X-ACME-001 [warning] write "GitHub", not "Github"' in out
    elif fmt == "sarif":
        run_ = json.loads(out)["runs"][0]
        (rule,) = run_["tool"]["driver"]["rules"]
        assert rule["id"] == "X-ACME-001" and rule["name"] == "ProductNames"
        assert "From rule pack 'acme'" in rule["fullDescription"]["text"]
        assert run_["results"][0]["ruleIndex"] == 0
    elif fmt == "github":
        assert out.startswith("::warning file=") and "title=X-ACME-001 product-names" in out


def test_worker_processes_load_packs(tmp_path):
    project(tmp_path, {f"p{i}.md": fm("We use Github.") for i in range(12)})
    found = lint(tmp_path, "--select", "X-ACME-001", "--jobs", "2")
    assert len(found) == 12


def test_cache_key_includes_pack_contents(tmp_path, monkeypatch):
    monkeypatch.delenv("CONTENTLINT_NO_CACHE")
    project(tmp_path, {"p.md": fm("We use Github.")})
    first = run("check", "--select", "X-ACME-001", "-q", "--exit-zero", str(tmp_path))
    assert 'write "GitHub"' in first.stdout
    pack = (tmp_path / "styles/acme.yml").read_text().replace("write ", "spell it ")
    (tmp_path / "styles/acme.yml").write_text(pack)
    second = run("check", "--select", "X-ACME-001", "-q", "--exit-zero", str(tmp_path))
    assert 'spell it "GitHub"' in second.stdout


def test_config_without_packs_forgets_pack_rules(tmp_path):
    project(tmp_path, {})
    cfg = load_config(start=tmp_path)
    assert cfg.packs == [str(tmp_path / "styles/acme.yml")]
    assert registry.get_rule("X-ACME-001") is not None
    build_config({}, None)
    assert registry.get_rule("X-ACME-001") is None
    assert registry.get_rule("T005") is not None


def test_rule_command_and_schema_command(tmp_path):
    result = run("schema", "pack")
    schema = json.loads(result.stdout)
    assert schema["title"] == "contentlint rule pack"
    assert schema == json.loads((REPO / "rules/schemas/pack.schema.json").read_text())


# ----- readable errors ---------------------------------------------------------------------

RULE = "  - code: X-ACME-001\n    name: names\n"


@pytest.mark.parametrize(
    ("pack", "expected"),
    [
        (
            "name: acme\nrules:\n" + RULE + "    kind: phrase\n    phrase: [Github]\n",
            "styles/acme.yml:6: rule X-ACME-001 (names): phrase: unknown key 'phrase' (did you mean 'phrases'?); allowed: applies-to,",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: phrases\n",
            'styles/acme.yml:5: rule X-ACME-001 (names): kind: must be one of phrase, required, metric; got string "phrases"',
        ),
        (
            "name: acme\nrules:\n  - code: ACME-1\n    name: names\n    kind: phrase\n    phrases: [x]\n",
            'styles/acme.yml:3: rule ACME-1 (names): code: must look like X-NAMESPACE-NNN (e.g. X-BRAND-001); got string "ACME-1"',
        ),
        (
            "name: acme\nrules:\n  - code: T123\n    name: names\n    kind: phrase\n    phrases: [x]\n",
            "styles/acme.yml:3: rule T123 (names): code: 'T123' is reserved for built-in rules",
        ),
        (
            "name: acme\nrules:\n"
            + RULE
            + "    kind: phrase\n    severity: fatal\n    phrases: [x]\n",
            'styles/acme.yml:6: rule X-ACME-001 (names): severity: must be one of error, warning, info; got string "fatal"',
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: phrase\n    patterns: ['(unclosed']\n",
            "styles/acme.yml:6: rule X-ACME-001 (names): patterns.0: invalid regular expression '(unclosed'",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: phrase\n",
            "styles/acme.yml:5: rule X-ACME-001 (names): kind: a phrase rule needs `phrases`",
        ),
        (
            "name: acme\nrules:\n"
            + RULE
            + "    kind: phrase\n    phrases: [x]\n    message: 'bad {word}'\n",
            "styles/acme.yml:7: rule X-ACME-001 (names): message: unknown placeholder {word}; allowed: {match}, {phrase}, {reason}, {replacement}",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: metric\n    metric: wordcount\n    min: 3\n",
            "styles/acme.yml:6: rule X-ACME-001 (names): metric: unknown metric 'wordcount' (did you mean 'word_count'?); allowed: ",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: metric\n    metric: word_count\n",
            "rule X-ACME-001 (names): kind: a metric rule needs `min`, `max` or both",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: required\n",
            "rule X-ACME-001 (names): kind: a required rule needs `field` (front matter) or `pattern` (text)",
        ),
        (
            "name: acme\nrules:\n" + RULE + "    kind: phrase\n    phrases: [Github, github]\n",
            "styles/acme.yml:6: rule X-ACME-001 (names): phrases.1: 'github' repeats phrases[0]",
        ),
        (
            "name: acme\nrules:\n  - code: X-ACME-001\n    name: low-word-count\n    kind: phrase\n    phrases: [x]\n",
            "styles/acme.yml: rule X-ACME-001 (low-word-count): 'low-word-count' is already used by a built-in rule",
        ),
        ("name: acme\nrules: [\n", "styles/acme.yml:3: invalid YAML"),
        ("rules: []\n", "styles/acme.yml: (top level): missing required key: 'name'"),
    ],
)
def test_bad_pack_errors_name_file_line_rule_key_and_what_is_allowed(tmp_path, pack, expected):
    project(tmp_path, {"p.md": fm("x")}, pack=pack)
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert expected in result.stderr, result.stderr


def test_missing_pack_is_reported_at_the_config_line(tmp_path):
    write(tmp_path, {".contentlint.yml": "fail-on: error\npacks:\n  - styles/nope.yml\n"})
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert ".contentlint.yml:3: packs[0]: rule pack not found: styles/nope.yml" in str(err.value)


def test_two_packs_cannot_share_a_code(tmp_path):
    other = PACK.replace("name: acme", "name: other").replace("name: product-names", "name: brand")
    write(tmp_path, {"styles/other.yml": other})
    project(tmp_path, {}, config="packs: [styles/acme.yml, styles/other.yml]\n")
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert "styles/other.yml: rule X-ACME-001 (brand): 'X-ACME-001' is already used by pack" in str(
        err.value
    )


# ----- the example in fixtures/ -------------------------------------------------------------


def test_example_pack_fixture(tmp_path):
    shutil.copytree(REPO / "fixtures" / "packs", tmp_path / "site")
    found = lint(tmp_path / "site", "--select", "X-ACME,T005")
    got = sorted((f, c) for c, f, *_ in found)
    assert got == sorted(
        [("best-laptops.md", "X-ACME-001")] * 2
        + [("best-laptops.md", "X-ACME-002")] * 2
        + [("best-laptops.md", c) for c in ("X-ACME-003", "X-ACME-004", "X-ACME-006")]
        + [("best-laptops.md", "T005")] * 6
    )
    messages = {m for *_, m in found}
    assert '"40% faster": a percentage needs a baseline: say "than what"' in messages


def test_phrase_rule_with_condition(tmp_path):
    pack = (
        "name: acme\nrules:\n  - code: X-ACME-001\n    name: sponsored-words\n    kind: phrase\n"
        "    phrases: [best ever]\n    when: {field: sponsored}\n"
    )
    project(
        tmp_path,
        {
            "ad.md": fm("The best ever laptop.", sponsored="true"),
            "own.md": fm("The best ever laptop."),
        },
        pack=pack,
    )
    assert lint(tmp_path, "--select", "X-ACME-001") == [
        ("X-ACME-001", "ad.md", 5, 5, 'avoid "best ever"')
    ]


# ----- phrase matching: the fast scans find what the plain regexes find ----------------


def _plain_hits(matcher: phrases.PhraseMatcher, text: str) -> list[tuple[str, str, int, int]]:
    """What `finditer` returned before the fast scans: the plain regexes alone."""
    hits = []
    if matcher.literal_re is not None:
        for m in matcher.literal_re.finditer(text):
            entry = matcher.literals.get(phrases.normalize_phrase(m.group(), matcher.fold))
            if entry is not None:
                hits.append((entry.text, m.group(), m.start(), m.end()))
    if matcher.pattern_re is not None:
        for m in matcher.pattern_re.finditer(text):
            if m.lastgroup and m.end() > m.start():
                e = matcher.patterns[int(m.lastgroup[3:])]
                hits.append((e.text, m.group(), m.start(), m.end()))
    for e, rx in matcher.solo:
        hits += [(e.text, m.group(), m.start(), m.end()) for m in rx.finditer(text) if m.group()]
    return hits


def _filler_matcher() -> phrases.PhraseMatcher:
    from contentlint.rules import filler

    pr = filler.phrase_rule("en")
    assert pr is not None and pr.matcher is not None
    return pr.matcher


_E = phrases.Entry
MATCHERS = {
    "filler list": _filler_matcher,
    "overlapping literals": lambda: phrases.PhraseMatcher(
        [_E("a b"), _E("b c"), _E("a"), _E("c d e"), _E("it's"), _E("x-y"), _E("!!")]
    ),
    "case-sensitive": lambda: phrases.PhraseMatcher([_E("a b"), _E("B c"), _E("Ab")], True),
    "no word boundary": lambda: phrases.PhraseMatcher([_E("ab"), _E("b", True)], False, False),
    "empty phrase": lambda: phrases.PhraseMatcher([_E("-"), _E("a")]),
    "patterns": lambda: phrases.PhraseMatcher(
        [_E("ab?c", True), _E("b+", True), _E("(?:c|)", True), _E("look no further", True)]
    ),
    "patterns looking back": lambda: phrases.PhraseMatcher(
        [_E("^a b", True), _E("(?<=x)a", True), _E(r"(a)\1", True), _E("[^ ]b", True)]
    ),
    "non-ASCII phrases": lambda: phrases.PhraseMatcher([_E("ab"), _E("ſa"), _E("straße")]),
}
PIECES = [
    *"abcdeABCDE xyzXYZ  \n\t'’‘-‐‑.!,$0123_İıſKß\x00",
    "in today's fast-paced world",
    "At The End Of The Day",
    "look no further",
    "look no further than",
    "not all tools are created equal",
    "IN TODAY’S DIGITAL AGE",
    "a b c d e",
    "It’s",
]


@pytest.mark.parametrize("name", sorted(MATCHERS))
def test_fast_phrase_scans_find_what_the_plain_regexes_find(name):
    import random

    matcher = MATCHERS[name]()
    rng = random.Random(name)
    for _ in range(1500):
        texts = [
            "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
            for _ in range(rng.randint(1, 4))
        ]
        found = matcher.find_all(texts)
        for text, hits in zip(texts, found, strict=True):
            got = [(h.entry.text, h.text, h.start, h.end) for h in hits]
            assert got == _plain_hits(matcher, text), (name, text)
            assert [(h.entry.text, h.start) for h in matcher.finditer(text)] == [
                (e, s) for e, _, s, _ in got
            ]


def test_required_prefix_is_conservative():
    assert phrases._required_prefix(r"look no further(?!\s+than)") == "look no further"
    assert phrases._required_prefix("elevate your (?:game|brand)") == "elevate your "
    assert phrases._required_prefix("ab?c") == "a"
    assert phrases._required_prefix("fo{2}") == "f"
    for no_prefix in ("a|b", "(a|b)c", r"\bfoo", "[]|]x", ""):
        assert phrases._required_prefix(no_prefix) == ""
    assert phrases._required_prefix("x[|]y") == "x"
