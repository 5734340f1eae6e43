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
