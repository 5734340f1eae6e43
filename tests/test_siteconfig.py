"""The one reader of a site generator's config (signals/siteconfig.py): which generator,
how Hugo's split config merges, and that the link graph, the heading anchors and the
translations agree because they read the same thing."""

from __future__ import annotations

import json

import pytest
from contentlint.signals import siteconfig
from contentlint.signals import translations as tr
from helpers import run, write
from prose import paragraph


@pytest.mark.parametrize(
    ("files", "generator"),
    [
        ({"docusaurus.config.ts": "export default {baseUrl: '/x/'}"}, "docusaurus"),
        ({"astro.config.mjs": "export default {}"}, "astro"),
        ({"mkdocs.yml": "site_name: X\n"}, "mkdocs"),
        ({"_config.yml": "title: X\n"}, "jekyll"),
        ({"hugo.yaml": "title: X\n"}, "hugo"),
        ({"config.toml": 'baseURL = "https://x.org/"\n'}, "hugo"),
        ({"config/_default/params.toml": "x = 1\n"}, "hugo"),
        ({"config.toml": 'base_url = "https://x.org/"\ntheme = "t"\n'}, None),  # Zola's
        ({"README.md": "# x\n"}, None),
    ],
)
def test_the_generator_is_named_by_its_config(tmp_path, files, generator):
    write(tmp_path, files)
    found = siteconfig.find(tmp_path)
    assert (found.generator if found else None) == generator


def test_hugo_split_config_merges_as_hugo_does(tmp_path):
    write(
        tmp_path,
        {
            "hugo.toml": 'baseURL = "https://x.org/"\ntitle = "Root wins"\n',
            "config/_default/hugo.toml": 'title = "Split"\ndisablePathToLower = true\n',
            "config/_default/params.yaml": "author: Ana\n",
            "config/_default/languages.toml": "[en]\nweight = 1\n[fr]\nweight = 2\n",
            "config/_default/notes.txt": "not config",
        },
    )
    conf = siteconfig.find(tmp_path)
    assert conf is not None and conf.generator == "hugo"
    assert conf.names == (
        "hugo.toml",
        "config/_default/hugo.toml",
        "config/_default/languages.toml",
        "config/_default/params.yaml",
    )
    assert conf.data["title"] == "Root wins"
    assert conf.data["disablePathToLower"] is True
    assert conf.data["params"] == {"author": "Ana"}
    # the translations see the languages of languages.toml (missed before the one reader)
    assert tr.read_config(tmp_path) == tr.SiteI18n("hugo", "en", frozenset({"en", "fr"}))


def test_unknown_yaml_tags_and_broken_files_give_no_data_not_an_error(tmp_path):
    write(tmp_path / "a", {"mkdocs.yml": "x: !!python/name:os.system\ny: 2\n"})
    conf = siteconfig.find(tmp_path / "a")
    assert conf is not None and dict(conf.data) == {"x": None, "y": 2}
    write(tmp_path / "b", {"hugo.json": "{nope"})
    conf = siteconfig.find(tmp_path / "b")
    assert conf is not None and conf.generator == "hugo" and dict(conf.data) == {}
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "_config.yml").write_bytes(b"\xff\xfe\x00 title: [\n")
    conf = siteconfig.find(tmp_path / "c")
    assert conf is not None and conf.generator == "jekyll" and dict(conf.data) == {}
    assert siteconfig.find(tmp_path / "missing") is None


def test_a_relative_folder_is_not_shared_between_working_directories(tmp_path, monkeypatch):
    write(tmp_path / "one", {"mkdocs.yml": "site_name: A\n"})
    write(tmp_path / "two", {"_config.yml": "title: B\n"})
    monkeypatch.chdir(tmp_path / "one")
    assert siteconfig.find(type(tmp_path)(".")).generator == "mkdocs"  # type: ignore[union-attr]
    monkeypatch.chdir(tmp_path / "two")
    assert siteconfig.find(type(tmp_path)(".")).generator == "jekyll"  # type: ignore[union-attr]


def _permalink_site(root, split_files: dict[str, str]) -> list[str]:
    files = {f"config/_default/{name}": text for name, text in split_files.items()}
    post = f"---\ntitle: Fast builds\ndate: 2024-03-01\nslug: fast\n---\n\n{paragraph(1)}\n"
    start = f"---\ntitle: Start\n---\n\n{paragraph(2)}\n\n[ok](/posts/2024/fast/)\n"
    write(root, {**files, "content/posts/fast-builds.md": post, "content/guides/start.md": start})
    result = run("check", str(root), "--select", "L001", "--output-format", "json")
    assert result.exit_code in (0, 1), result.output
    return sorted(p["message"].split()[2].rstrip(":") for p in json.loads(result.output))


def test_hugo_split_permalinks_move_pages_for_the_link_graph(tmp_path):
    """`config/_default/permalinks.toml` holds the `permalinks` key: with it, the post is
    served at /posts/:year/:slug/ and a link there is not broken; without it, it is."""
    hugo = {"hugo.toml": 'baseURL = "https://x.org/"\n'}
    assert _permalink_site(tmp_path / "plain", hugo) == ["/posts/2024/fast/"]
    moved = {**hugo, "permalinks.toml": 'posts = "/posts/:year/:slug/"\n'}
    assert _permalink_site(tmp_path / "moved", moved) == []
