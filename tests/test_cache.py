import os
import time

from contentlint.config.core import Policy, load_config
from contentlint.engine import core as engine_mod
from contentlint.engine.cache import Cache
from contentlint.engine.core import Engine
from helpers import run, words, write


def _engine(root, cache_dir):
    cfg = load_config(start=root)
    policy = Policy.from_config(cfg, select=["T001", "M001"])
    return Engine(cfg, policy, jobs=1, cache=Cache(cache_dir, "test"))


def _age(path, seconds=10):
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_warm_run_rereads_only_the_changed_file(tmp_path, monkeypatch):
    site = write(
        tmp_path / "site",
        {f"p{i}.md": f"---\ntitle: Post {i}\n---\n\n{words(50 + i)}\n" for i in range(5)},
    )
    for f in site.iterdir():
        _age(f)
    loaded: list[str] = []
    real_load = engine_mod.files.load
    monkeypatch.setattr(
        engine_mod.files,
        "load",
        lambda path, *a, **k: loaded.append(path.name) or real_load(path, *a, **k),
    )

    cold = _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert sorted(loaded) == [f"p{i}.md" for i in range(5)]
    assert cold.cache_hits == 0

    loaded.clear()
    warm = _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert loaded == []
    assert warm.cache_hits == 5
    assert [(p.path, p.code, p.message) for p in warm.problems] == [
        (p.path, p.code, p.message) for p in cold.problems
    ]

    (site / "p2.md").write_text("---\ntitle: Post 2\n---\n\n" + words(400) + "\n")
    loaded.clear()
    third = _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert loaded == ["p2.md"]
    assert third.cache_hits == 4
    assert not any(p.path.endswith("p2.md") for p in third.problems)


def test_changed_options_invalidate_results(tmp_path):
    site = write(tmp_path / "site", {"p.md": "---\ntitle: P\n---\n\n" + words(150) + "\n"})
    first = _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert [p.code for p in first.problems] == ["T001"]
    write(site, {".contentlint.yml": "rules:\n  T001: {min_words: 100}\n"})
    second = _engine(site, tmp_path / "cache")
    second.cache = Cache(
        tmp_path / "cache", second.config.fingerprint() + second.policy.fingerprint()
    )
    assert second.lint_paths([str(site)]).problems == []


def test_cache_folder_ignores_itself_and_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("CONTENTLINT_NO_CACHE")
    site = write(
        tmp_path / "site", {".contentlint.yml": "", "p.md": "---\ntitle: P\n---\n\nshort\n"}
    )
    run("check", str(site), "--no-cache")
    assert not (site / ".contentlint").exists()
    run("check", str(site))
    assert (site / ".contentlint" / ".gitignore").read_text().strip().endswith("*")
    assert (site / ".contentlint" / "cache.sqlite").exists()


def test_corrupt_cache_entry_is_a_miss(tmp_path):
    site = write(tmp_path / "site", {"p.md": "---\ntitle: P\n---\n\nshort\n"})
    _engine(site, tmp_path / "cache").lint_paths([str(site)])
    cache = Cache(tmp_path / "cache", "test")
    with cache.db:
        cache.db.execute("UPDATE result SET data = x'00'")
    again = _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert [p.code for p in again.problems] == ["T001"]


def test_unchanged_run_reuses_corpus_results_without_loading_documents(tmp_path):
    body = (
        "Our pipeline used to take fourteen minutes on every pull request, and we measured each step "
        "with the timing export before we changed anything at all in the configuration files. "
    ) * 6
    site = write(
        tmp_path / "site",
        {"a.md": f"---\ntitle: A\n---\n\n{body}\n", "b.md": f"---\ntitle: B\n---\n\n{body}\n"},
    )
    for f in site.iterdir():
        _age(f)

    def engine():
        cfg = load_config(start=site)
        return Engine(
            cfg,
            Policy.from_config(cfg, select=["D001", "T001"]),
            jobs=1,
            cache=Cache(tmp_path / "c", "t"),
        )

    cold = engine().lint_paths([str(site)])
    assert sorted(p.code for p in cold.problems) == ["D001", "D001", "T001", "T001"]
    warm = engine().lint_paths([str(site)])
    assert [(p.path, p.code, p.message) for p in warm.problems] == [
        (p.path, p.code, p.message) for p in cold.problems
    ]
    assert warm.documents == []  # the fast path never rebuilt documents
    (site / "b.md").write_text("---\ntitle: B\n---\n\nSomething else entirely.\n")
    changed = engine().lint_paths([str(site)])
    assert sorted(p.code for p in changed.problems) == ["T001", "T001"]


def test_changed_code_invalidates_results(tmp_path):
    """An install from a newer commit keeps the version number; the cache must not."""
    import contentlint.rules.thin as thin
    from contentlint.engine.cache import code_fingerprint

    site = write(tmp_path / "site", {"p.md": "---\ntitle: P\n---\n\n" + words(150) + "\n"})
    _engine(site, tmp_path / "cache").lint_paths([str(site)])
    assert _engine(site, tmp_path / "cache").lint_paths([str(site)]).cache_hits == 1
    before = code_fingerprint()
    module = thin.__file__
    st = os.stat(module)
    try:
        os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert code_fingerprint() != before
        assert _engine(site, tmp_path / "cache").lint_paths([str(site)]).cache_hits == 0
    finally:
        os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert code_fingerprint() == before
