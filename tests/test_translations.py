"""Translations (issue 16): translation groups from every cue, the generators' i18n config,
no cross-document finding between a page and its translation, untranslated-page links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from contentlint.config.core import ConfigError, load_config
from contentlint.model.corpus import Corpus
from contentlint.signals import translations as tr

from tests.helpers import html, md, run, write
from tests.test_languages import LONG

# ----- cues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "languages", "lang", "neutral"),
    [
        # Hugo: content/<lang>/ folders
        ("content/fr/posts/x.md", {"en", "fr"}, "fr", "content/posts/x.md"),
        ("content/en/posts/x.md", {"en", "fr"}, "en", "content/posts/x.md"),
        # Hugo and mkdocs-static-i18n: filename suffix
        ("content/posts/x.fr.md", set(), "fr", "content/posts/x.md"),
        ("docs/guide.es.md", {"en", "es"}, "es", "docs/guide.md"),
        # Docusaurus
        (
            "i18n/ja/docusaurus-plugin-content-docs/current/guides/setup.md",
            {"en", "ja"},
            "ja",
            "docs/guides/setup.md",
        ),
        (
            "i18n/fr/docusaurus-plugin-content-blog/2024-01-01-x.md",
            set(),
            "fr",
            "blog/2024-01-01-x.md",
        ),
        # Starlight: src/content/docs/<locale>/ (the root locale has no folder)
        (
            "src/content/docs/zh-cn/guides/x.mdx",
            {"en", "zh-cn"},
            "zh-cn",
            "src/content/docs/guides/x.mdx",
        ),
        ("src/content/docs/guides/x.mdx", {"en", "zh-cn"}, "", "src/content/docs/guides/x.mdx"),
        # MkDocs i18n folder layout, no config known: a top folder
        ("fr/index.md", set(), "fr", "index.md"),
        # a two-letter folder deep in the tree is not a language unless the site says so
        ("docs/api/id/index.md", set(), "", "docs/api/id/index.md"),
        ("content/it/x.md", {"en", "de"}, "", "content/it/x.md"),
    ],
)
def test_path_language(path, languages, lang, neutral):
    assert tr.path_language(path, frozenset(languages)) == (lang, neutral)


def test_pairs_from_folders_suffixes_and_front_matter():
    en = md(f"# Garden\n\n{LONG['en']}\n", path="content/en/posts/garden.md")
    fr = md(f"# Jardin\n\n{LONG['fr']}\n", path="content/fr/posts/garden.md")
    assert en.translation_key == fr.translation_key == "path:content/posts/garden"
    assert (en.locale, fr.locale) == ("en", "fr")
    suffix = md(f"# Jardin\n\n{LONG['fr']}\n", path="docs/garden.fr.md")
    assert suffix.translation_key == md("# G\n\nx\n", path="docs/garden.md").translation_key
    a = md(f"---\ntitle: Garden\ntranslationKey: garden\n---\n\n{LONG['en']}\n", path="en/a.md")
    b = md(f"---\ntitle: Jardin\ntranslationKey: garden\n---\n\n{LONG['fr']}\n", path="fr/b.md")
    assert a.translation_key == b.translation_key == "key:garden"
    c = md(f"---\ntitle: Garten\nlang_ref: garden\n---\n\n{LONG['de']}\n", path="de/c.md")
    assert c.translation_key == "key:garden"
    other = md(f"---\ntitle: Garden\n---\n\n{LONG['en']}\n", path="en/other.md")
    assert other.translation_key not in (a.translation_key, en.translation_key)


def test_configured_translation_keys():
    doc = md(
        "---\ntitle: x\nsame_as: k1\n---\n\nBody.\n", path="a.md", translation_keys=("same_as",)
    )
    assert doc.translation_key == "key:k1"


def test_pairs_from_hreflang_alternates():
    head = (
        '<link rel="alternate" hreflang="en" href="https://ex.org/en/garden/">'
        '<link rel="alternate" hreflang="de" href="https://ex.org/de/garten/">'
    )
    en = html(
        f'<html lang="en"><head><title>Garden</title>{head}</head><body><p>{LONG["en"]}</p></body></html>',
        url="https://ex.org/en/garden/",
    )
    de = html(
        f'<html lang="de"><head><title>Garten</title>{head}</head><body><p>{LONG["de"]}</p></body></html>',
        url="https://ex.org/de/garten/",
    )
    assert en.translation_key == de.translation_key == "url:https://ex.org/de/garten"
    x_default = '<link rel="alternate" hreflang="x-default" href="/en/garden/">'
    one = html(
        f"<html><head><title>G</title>{x_default}</head><body><p>x</p></body></html>",
        url="https://ex.org/fr/jardin/",
    )
    assert one.translation_key == "url:https://ex.org/en/garden"


# ----- the generators' i18n config ---------------------------------------------------------

CONFIGS = {
    "hugo": (
        "hugo.toml",
        'baseURL = "https://ex.org/"\ndefaultContentLanguage = "de"\n'
        "[languages]\n  [languages.de]\n    weight = 1\n  [languages.en]\n    weight = 2\n",
        tr.SiteI18n("hugo", "de", frozenset({"de", "en"}), False),
    ),
    "docusaurus": (
        "docusaurus.config.js",
        "module.exports = {\n  title: 'X',\n  i18n: {\n    defaultLocale: 'en',\n"
        "    locales: ['en', 'fr', 'pt-BR'],\n  },\n};\n",
        tr.SiteI18n("docusaurus", "en", frozenset({"en", "fr", "pt-br"}), True),
    ),
    "starlight": (
        "astro.config.mjs",
        "export default defineConfig({ integrations: [starlight({ title: 'X',\n"
        "  defaultLocale: 'root',\n  locales: {\n    root: { label: 'English', lang: 'en' },\n"
        "    fr: { label: 'Français' },\n    'zh-cn': { label: '简体中文', lang: 'zh-CN' },\n"
        "  },\n})] });\n",
        tr.SiteI18n("starlight", "en", frozenset({"fr", "zh-cn"}), True),
    ),
    "mkdocs": (
        "mkdocs.yml",
        "site_name: X\nmarkdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
        "        - name: mermaid\n          format: !!python/name:pymdownx.superfences.fence_code_format\n"
        "plugins:\n  - search\n  - i18n:\n      docs_structure: suffix\n      fallback_to_default: false\n"
        "      languages:\n        - locale: en\n          default: true\n        - locale: es\n",
        tr.SiteI18n("mkdocs", "en", frozenset({"en", "es"}), False),
    ),
    "jekyll": (
        "_config.yml",
        'title: X\nlanguages: ["en", "pt"]\ndefault_lang: "en"\n',
        tr.SiteI18n("jekyll", "en", frozenset({"en", "pt"}), True),
    ),
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_generator_i18n_config(tmp_path, name):
    filename, text, expected = CONFIGS[name]
    write(tmp_path, {filename: text, "content/sub/page.md": "# x\n"})
    assert tr.read_config(tmp_path) == expected
    # found from a document in a folder below the config
    assert tr.site_i18n(str(tmp_path / "content/sub/page.md")) == expected


def test_broken_config_files_do_not_crash(tmp_path):
    write(tmp_path / "a", {"hugo.toml": "= nope"})
    assert tr.read_config(tmp_path / "a") == tr.SiteI18n("hugo")
    write(tmp_path / "b", {"mkdocs.yml": "plugins: [i18n: {languages: 3}\n"})
    assert tr.read_config(tmp_path / "b") == tr.SiteI18n("mkdocs")
    write(tmp_path / "c", {"mkdocs.yml": "plugins:\n  - i18n:\n      languages: 3\n"})
    assert tr.read_config(tmp_path / "c") == tr.SiteI18n("mkdocs", "en", frozenset(), True)


# ----- end to end: no finding between translations; real duplicates still found ------------

BAKERY = (
    "The bakery on the corner opens at six every morning. Its owner learned to bake in a "
    "small village in the mountains, where bread was made with rye and baked in a stone "
    "oven heated with beech wood. Today the shop sells sourdough loaves, cinnamon rolls "
    "and a dark rye bread that keeps for a week. On Saturdays a queue forms before the "
    "door opens, and the first tray of rolls is usually gone within twenty minutes."
)
BICYCLE = (
    "Repairing a bicycle puncture takes about fifteen minutes once you have done it a few "
    "times. Remove the wheel, lever the tyre off the rim and pull out the inner tube. "
    "Pump a little air into it and listen for the hiss, or hold it under water and watch "
    "for bubbles. Roughen the area with sandpaper, apply the glue, wait until it turns "
    "matt, then press the patch firmly and let it set before refitting the tube."
)


def _post(title: str, body: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndate: 2024-03-01\nauthor: Jo\n{extra}---\n\n{body}\n\n{body}\n"


def _hugo_site(root: Path, fallback: str | None = None) -> Path:
    files = {
        "hugo.toml": 'baseURL = "https://ex.org/"\ndefaultContentLanguage = "en"\n'
        "defaultContentLanguageInSubdir = true\n"
        "[languages]\n  [languages.en]\n    weight = 1\n  [languages.fr]\n    weight = 2\n",
        # a translated pair with the same structure
        "content/en/posts/garden.md": _post("The station garden", LONG["en"]),
        "content/fr/posts/garden.md": _post("Le jardin de la gare", LONG["fr"]),
        # a page copied into fr/ and not translated yet: same text, its own translation
        "content/en/posts/bakery.md": _post(
            "The corner bakery", BAKERY, extra="translationKey: bakery\n"
        ),
        "content/fr/posts/boulangerie.md": _post(
            "The corner bakery", BAKERY, extra="translationKey: bakery\n"
        ),
        # a real duplicate within one language
        "content/en/posts/puncture.md": _post("Fixing a puncture", BICYCLE),
        "content/en/posts/puncture-copy.md": _post("Fixing a puncture", BICYCLE),
        # French page linking to a page that exists only in English
        "content/fr/posts/liens.md": _post(
            "Liens utiles pour la réparation",
            "Pour réparer une crevaison, lisez [la réparation](/fr/posts/puncture/) avant de "
            "démonter la roue et de chercher la fuite dans la chambre à air.",
        ),
    }
    if fallback is not None:
        files[".contentlint.yml"] = f"language-fallback: {fallback}\n"
    return write(root, files)


def _findings(site: Path) -> list[dict]:
    result = run("check", str(site), "--output-format", "json", "--no-cache", "-j", "1")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _pairs(findings: list[dict], prefix: str) -> set[tuple[str, str]]:
    out = set()
    for f in findings:
        if f["code"][0] in prefix:
            for r in f.get("related") or []:
                out.add((Path(f["path"]).as_posix(), Path(r["path"]).as_posix()))
    return out


def test_no_duplicate_or_keyword_finding_between_translations(tmp_path):
    found = _findings(_hugo_site(tmp_path / "site"))
    pairs = _pairs(found, "DK")
    related = {(a.split("/posts/")[1], b.split("/posts/")[1]) for a, b in pairs}
    # the real duplicate within English is still reported
    assert ("puncture.md", "puncture-copy.md") in related or (
        "puncture-copy.md",
        "puncture.md",
    ) in related
    assert related == {("puncture.md", "puncture-copy.md"), ("puncture-copy.md", "puncture.md")}


def test_hugo_does_not_fall_back_to_the_default_language(tmp_path):
    found = _findings(_hugo_site(tmp_path / "site"))
    broken = [f for f in found if f["code"] == "L001" and "/fr/posts/puncture/" in f["message"]]
    assert broken, "Hugo serves no French page at /fr/posts/puncture/"


def test_configured_fallback_accepts_links_to_untranslated_pages(tmp_path):
    found = _findings(_hugo_site(tmp_path / "site", fallback="true"))
    assert not [f for f in found if f["code"] == "L001" and "puncture" in f["message"]]


def test_starlight_falls_back_to_the_default_language(tmp_path):
    ref = "---\ntitle: {t}\n---\n\n{b}\n"
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": CONFIGS["starlight"][1],
            "src/content/docs/guides/setup.md": ref.format(t="Setup", b=LONG["en"]),
            "src/content/docs/guides/cache.md": ref.format(t="Cache", b=BAKERY),
            "src/content/docs/fr/guides/setup.md": ref.format(
                t="Installation",
                b=LONG["fr"]
                + "\n\nVoir [le cache](/fr/guides/cache/) et [rien](/fr/guides/nothing/).",
            ),
        },
    )
    found = _findings(site)
    broken = [f["message"] for f in found if f["code"] == "L001"]
    assert not [m for m in broken if "/fr/guides/cache/" in m]  # served from English
    assert [m for m in broken if "/fr/guides/nothing/" in m]  # exists in no language


def test_untranslated_fallback_helper_without_a_multilingual_site():
    from contentlint.rules._shared import sitelinks

    page = md("# x\n\nBody text.\n", path="guides/x.md")
    corpus = Corpus([page])
    # no page of the site is French: /fr/ is no locale here, the page is the one found
    assert sitelinks.untranslated_fallback(corpus, [page], "fr") is page


# ----- config ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("languages: [en, 12]\n", ".contentlint.yml:1: languages.1: expected a string"),
        ("languages: [english]\n", 'languages.0: string "english" does not match'),
        ("language-fallback: sometimes\n", "language-fallback: expected true or false"),
        ("translation-keys: translationKey\n", "translation-keys: expected a list"),
    ],
)
def test_bad_language_config_names_file_and_key(tmp_path, yaml_text, expected):
    write(tmp_path, {".contentlint.yml": yaml_text})
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert expected in str(err.value).replace(str(tmp_path) + "/", "")


def test_language_config_reaches_the_sources(tmp_path):
    write(
        tmp_path,
        {
            ".contentlint.yml": "language: de\nlanguages: [de, en]\ntranslation-keys: [pair]\n"
            "language-fallback: true\n"
        },
    )
    s = load_config(start=tmp_path).settings
    assert (s.language, s.languages, s.translation_keys, s.language_fallback) == (
        "de",
        ("de", "en"),
        ("pair",),
        True,
    )
