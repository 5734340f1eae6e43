"""Language of a page (issue 16): detection, declared languages, CJK measured in characters."""

from __future__ import annotations

import pytest
from contentlint.model import text as textmod
from contentlint.signals import language

from tests.helpers import html, md

LONG = {
    "en": (
        "The garden behind the old station has been restored by volunteers over the last "
        "three summers. They planted apple trees along the wall, rebuilt the wooden benches "
        "and cleared the pond, which now attracts frogs and dragonflies again. Visitors can "
        "walk there every day from morning until sunset, and on Sundays the volunteers "
        "offer guided tours and explain how the garden was planned a century ago."
    ),
    "de": (
        "Der Garten hinter dem alten Bahnhof wurde in den letzten drei Sommern von "
        "Freiwilligen wiederhergestellt. Sie pflanzten Apfelbäume entlang der Mauer, bauten "
        "die hölzernen Bänke neu und reinigten den Teich, der jetzt wieder Frösche und "
        "Libellen anzieht. Besucher können dort jeden Tag vom Morgen bis zum Sonnenuntergang "
        "spazieren gehen, und sonntags bieten die Freiwilligen Führungen an."
    ),
    "fr": (
        "Le jardin derrière l'ancienne gare a été restauré par des bénévoles au cours des "
        "trois derniers étés. Ils ont planté des pommiers le long du mur, reconstruit les "
        "bancs en bois et nettoyé l'étang, qui attire de nouveau les grenouilles et les "
        "libellules. Les visiteurs peuvent s'y promener chaque jour du matin jusqu'au "
        "coucher du soleil, et le dimanche les bénévoles proposent des visites guidées."
    ),
    "es": (
        "El jardín detrás de la antigua estación ha sido restaurado por voluntarios durante "
        "los últimos tres veranos. Plantaron manzanos a lo largo del muro, reconstruyeron "
        "los bancos de madera y limpiaron el estanque, que ahora vuelve a atraer ranas y "
        "libélulas. Los visitantes pueden pasear allí todos los días desde la mañana hasta "
        "la puesta del sol, y los domingos los voluntarios ofrecen visitas guiadas."
    ),
    "ru": (
        "Сад за старым вокзалом за последние три лета восстановили добровольцы. Они "
        "посадили яблони вдоль стены, заново построили деревянные скамейки и очистили пруд, "
        "в котором снова живут лягушки и стрекозы. Посетители могут гулять там каждый день "
        "с утра до заката, а по воскресеньям добровольцы проводят экскурсии и рассказывают, "
        "как сад был задуман сто лет назад."
    ),
    "zh": (
        "旧车站后面的花园在过去三个夏天里由志愿者修复。他们沿着墙种下了苹果树，重新修建了木制长椅，"
        "并清理了池塘，现在那里又吸引了青蛙和蜻蜓。游客每天从早上到日落都可以在那里散步，"
        "星期天志愿者还会提供导览，讲解这座花园在一百年前是如何设计的。花园的入口在车站的东侧，"
        "旁边有一个小小的咖啡馆，周末常常坐满了带着孩子的家庭。"
    ),
    "ja": (
        "古い駅の裏にある庭園は、この三年間の夏にボランティアによって修復されました。"
        "彼らは壁に沿ってリンゴの木を植え、木のベンチを作り直し、池をきれいにしました。"
        "池には再びカエルやトンボが集まるようになりました。訪問者は毎日、朝から日没まで"
        "そこを散歩することができ、日曜日にはボランティアがガイドツアーを行っています。"
    ),
}
SHORT = {
    "en": "How to restore an old garden with volunteers",
    # (a short Spanish title is only 0.57 Spanish to the model: left to the default)
    "de": "Wie man einen alten Garten mit Freiwilligen wiederherstellt",
    "fr": "Comment restaurer un vieux jardin avec des bénévoles",
    "es": "Cómo restaurar un jardín antiguo con voluntarios",
    "ru": "Как восстановить старый сад с помощью добровольцев",
    "zh": "如何与志愿者一起修复一座古老的花园和池塘",
    "ja": "ボランティアと一緒に古い庭園を修復する方法について",
}


@pytest.mark.parametrize("lang", sorted(LONG))
def test_long_text_is_detected(lang):
    found = language.detect(LONG[lang])
    assert found is not None and found[0] == lang
    assert language.settle(None, LONG[lang], "en") == lang


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_text_is_detected_or_left_to_the_default(lang):
    got = language.settle(None, SHORT[lang], "xx")
    assert got == (lang if lang != "es" else "xx")


def test_too_little_text_keeps_the_sites_default():
    assert language.detect("Tern 2.0.0 Tern 1.12.0") is None
    assert language.settle(None, "Tern 2.0.0\n\nTern 1.12.0", "de") == "de"
    assert language.settle(None, "·", "fr") == "fr"


def test_declared_language_wins_on_short_text():
    # a short German title under an English declaration: too little to overrule it
    assert language.settle("en", SHORT["de"], "en") == "en"


def test_long_text_overrules_a_template_html_lang():
    page = html(
        f'<html lang="en"><head><title>Garten</title></head><body><main><p>{LONG["de"]}</p></main></body></html>'
    )
    assert page.lang == "de"
    assert page.locale == "en"  # what the page says it is; its text says otherwise


def test_html_lang_wins_when_the_text_agrees_or_is_short():
    page = html(
        f'<html lang="fr-FR"><head><title>x</title></head><body><main><p>{LONG["fr"]}</p></main></body></html>'
    )
    assert (page.lang, page.locale) == ("fr", "fr")
    short = html(
        f'<html lang="de"><head><title>x</title></head><body><main><p>{SHORT["en"]}</p></main></body></html>'
    )
    assert short.lang == "de"


def test_front_matter_language_is_the_authors_word():
    doc = md(f"---\ntitle: Garten\nlang: de\n---\n\n{LONG['en']}\n")
    assert doc.lang == "de"


def test_undeclared_markdown_is_detected_and_language_folders_count():
    assert md(f"# Garden\n\n{LONG['ru']}\n", path="content/post.md").lang == "ru"
    # a short page under fr/: the folder says French, the text cannot say otherwise
    doc = md(f"# Jardin\n\n{SHORT['fr']}\n", path="fr/docs/jardin.md")
    assert (doc.lang, doc.locale) == ("fr", "fr")
    # a page copied into de/ and not translated yet: its text is English
    copy = md(f"# Garden\n\n{LONG['en']}\n", path="de/docs/garden.md")
    assert (copy.lang, copy.locale) == ("en", "de")


def test_cjk_is_measured_in_characters():
    zh = LONG["zh"]
    assert textmod.words(zh) == []  # no spaces: no space-delimited words
    chars = textmod.cjk_chars(zh)
    assert chars > 120
    assert textmod.word_count(zh) == round(chars / textmod.CJK_CHARS_PER_WORD)
    ja = md(f"---\ntitle: 庭園\n---\n\n{LONG['ja']}\n", path="ja/garden.md")
    assert ja.lang == "ja" and ja.word_count >= 80


def test_made_up_words_and_code_keep_the_default():
    # made-up words after one English sentence once came out as Nigerian Pidgin (0.71)
    from tests.prose import article

    body = article(700).partition("---\n\n")[2]
    text = md(f"Subscribe to the Acme newsletter for weekly tips on home repairs.\n\n{body}").text
    assert language.settle(None, text, "en") == "en"
    code = "collections.First\n\ncollections.Sort\n\ncollections.Where\n\nstrings.TrimSpace"
    assert language.settle(None, code, "en") == "en"


def test_the_model_loads_when_no_temporary_file_can_be_written(monkeypatch):
    import tempfile

    def full_disk(*args, **kwargs):
        raise OSError(27, "File too large")

    monkeypatch.setattr(tempfile, "TemporaryFile", full_disk)
    language._identifier.cache_clear()
    try:
        assert language.detect(LONG["de"])[0] == "de"
    finally:
        language._identifier.cache_clear()


_PROBE = (
    "from contentlint.signals import language; "
    "print(language.detect('Der schnelle braune Fuchs springt über den faulen Hund und läuft weiter.'))"
)


def _detect_in_fresh_process(cache_home) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    proc = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_unpacked_model_is_cached_and_gives_the_same_answers(tmp_path) -> None:
    first = _detect_in_fresh_process(tmp_path)
    stored = list((tmp_path / "contentlint").glob("py3langid-*/*.npy"))
    assert len(stored) == 6
    assert _detect_in_fresh_process(tmp_path) == first
    assert first.startswith("('de'")
    # A damaged copy is not trusted: the packaged model is unpacked again.
    for f in stored:
        f.write_bytes(b"\x93NUMPY garbage")
    assert _detect_in_fresh_process(tmp_path) == first
    # No writable cache folder: unpacked in memory, same answer.
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert _detect_in_fresh_process(blocked) == first


def test_stored_subset_scores_as_set_languages_would(tmp_path, monkeypatch):
    """The cached model is the ISO 639-1 subset, row-major, and scores exactly as the
    shipped model restricted with py3langid's own `set_languages`."""
    import io
    import lzma
    from pathlib import Path

    import numpy as np
    from py3langid import langid, modelio
    from py3langid.langid import LanguageIdentifier

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    src = Path(langid.__file__).parent / langid.MODEL_FILE
    with np.load(io.BytesIO(lzma.decompress(src.read_bytes())), allow_pickle=False) as z:
        d = {k: np.asarray(z[k]) for k in language._ARRAYS}
    ref = LanguageIdentifier(
        d["ptc"],
        d["pc"],
        d["classes"].tolist(),
        modelio._to_array(d["nextmove"]),
        d["out_feat"].tolist(),
        norm_probs=True,
        tk_row=modelio._to_array(d["nextmove_row"]),
    )
    ref.set_languages([c for c in ref.nb_classes if len(c) == 2])
    language._identifier.cache_clear()
    try:
        for _ in range(2):  # unpacked and stored, then read back from the cache folder
            got = language._identifier()
            assert got.nb_ptc.flags["C_CONTIGUOUS"]
            assert got.nb_classes == ref.nb_classes
            for text in [*LONG.values(), "collections.First strings.TrimSpace", "ok then"]:
                assert got.classify(text) == ref.classify(text)
            language._identifier.cache_clear()
        assert any(tmp_path.glob("contentlint/py3langid-*-iso1/ptc.npy"))
    finally:
        language._identifier.cache_clear()


# ----- the language guess's DFA walk (signals/language.py `window_visits`) ----------------


def _plain_identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import LanguageIdentifier

    *arrays, row = language._model_arrays()
    return LanguageIdentifier(*arrays, norm_probs=True, tk_row=row)


def test_the_model_forgets_its_state_within_the_window():
    """The proof `_SYNC_WINDOW` rests on: from any state and from the start state, the same
    `window` bytes, whatever they are, lead to the same state (every pair of states still
    apart is followed through all 256 bytes, step by step), and not one byte sooner."""
    np = pytest.importorskip("numpy")
    ident = _plain_identifier()
    nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)
    rowbase = np.asarray(ident._rowbase, dtype=np.int64)
    n = len(rowbase)
    window = language._SYNC_WINDOW[(n, len(nextmove))]
    a, c = np.arange(1, n, dtype=np.int64), np.zeros(n - 1, dtype=np.int64)
    apart = []
    for _ in range(window):
        keys = []
        for first in range(0, 256, 32):
            byte = np.arange(first, first + 32)
            na = nextmove[(rowbase[a][:, None] + byte).ravel()].astype(np.int64)
            nc = nextmove[(rowbase[c][:, None] + byte).ravel()].astype(np.int64)
            keys.append(np.unique(na[na != nc] * n + nc[na != nc]))
        pairs = np.unique(np.concatenate(keys))
        a, c = pairs // n, pairs % n
        apart.append(len(pairs))
    assert apart[-1] == 0 and apart[-2] > 0, apart


def test_window_walk_counts_what_py3langid_counts():
    """Same feature counts, in the same order (the score sums them in that order), on
    prose, on every script mixed, on random bytes, and on texts shorter than the window."""
    import random

    from py3langid.langid import visit_counts

    ident = language._identifier()
    plain = _plain_identifier()
    rng = random.Random(18)
    texts: list[str | bytes] = [
        "",
        "a",
        "abcde",
        "The quick brown fox jumps over the lazy dog. " * 12,
        "Der schnelle braune Fuchs springt über den faulen Hund; "
        "Быстрая коричневая лиса; 敏捷的棕色狐狸跳过了懒狗; キツネ",
    ]
    for _ in range(300):
        texts.append(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40))))
        texts.append(
            "".join(
                chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xA0, 0x3000)]))
                for _ in range(rng.randrange(0, 90))
            )
        )
    import numpy as np

    tables = (
        np.frombuffer(plain.tk_nextmove, dtype=np.uint32),
        np.asarray(plain._rowbase, dtype=np.int64),
        np.asarray(plain.tk_output, dtype=np.int64),
        language._SYNC_WINDOW[(len(plain._rowbase), len(plain.tk_nextmove))],
    )
    for text in texts:
        data = plain._encode(text)
        want = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data)
        got = language.window_visits(tables, data)
        assert got == want and (want is None or list(got.items()) == list(want.items()))
        if isinstance(text, str) and text:
            assert ident.classify(text) == plain.classify(text)
    assert ident._tables is not None
