"""Authors and dates a reader would recognise (issue 15): bylines in many languages,
person vs organisation, structured data, and where each claim came from."""

from __future__ import annotations

import json

import pytest
import yaml
from contentlint.model.datafile import validate
from contentlint.signals import cues as cues_mod
from contentlint.signals.authors import authors, people
from contentlint.signals.datefacts import dates
from helpers import check, codes, html, md, words

PROSE = {
    "en": "The council opened the new library on Sunday, and the queue reached the corner.",
    "de": "Die Stadt hat die neue Bibliothek am Sonntag eröffnet, die Schlange reichte bis zur Ecke.",
    "fr": "La ville a ouvert la nouvelle médiathèque dimanche, et la file atteignait le carrefour.",
    "es": "El ayuntamiento abrió la nueva biblioteca el domingo y la cola llegaba hasta la esquina.",
    "it": "Il comune ha aperto la nuova biblioteca domenica e la coda arrivava fino all'angolo.",
    "pt": "A prefeitura abriu a nova biblioteca no domingo e a fila chegava até a esquina.",
    "nl": "De gemeente opende zondag de nieuwe bibliotheek en de rij stond tot aan de hoek.",
    "sv": "Kommunen öppnade det nya biblioteket i söndags och kön nådde ända till hörnet.",
    "pl": "Miasto otworzyło nową bibliotekę w niedzielę, a kolejka sięgała aż do rogu ulicy.",
    "ru": "Город открыл новую библиотеку в воскресенье, и очередь дошла до самого угла.",
    "zh": "市政府周日开放了新图书馆，排队的人一直排到了街角，许多家庭带着孩子前来参观。",
    "ja": "市は日曜日に新しい図書館を開館し、行列は角まで続いた。家族連れの姿も多く見られた。",
    "ko": "시는 일요일에 새 도서관을 열었고 줄은 모퉁이까지 이어졌다. 가족 단위 방문객이 많았다.",
}

#: (language, byline as the page writes it, the person's name, a byline date line)
BYLINES = [
    ("en", "Reporting by Hannah Cole", "Hannah Cole", "Published March 12, 2024"),
    ("de", "Von Max Muster und Erika Beispiel", "Max Muster und Erika Beispiel", "12. März 2024"),
    ("fr", "Par Claire Fontaine", "Claire Fontaine", "Publié le 12 mars 2024"),
    ("es", "Por Javier Morales", "Javier Morales", "12 de marzo de 2024"),
    ("it", "di Luca Romano", "Luca Romano", "Pubblicato il 12 marzo 2024"),
    ("pt", "Por Mariana Costa", "Mariana Costa", "12 de março de 2024"),
    ("nl", "Door Lotte Jansen", "Lotte Jansen", "12 maart 2024"),
    ("sv", "Av Maja Nordström", "Maja Nordström", "Publicerad 12 mars 2024"),
    ("pl", "Autor: Katarzyna Nowak", "Katarzyna Nowak", "12 marca 2024"),
    ("ru", "Автор: Дмитрий Кузнецов", "Дмитрий Кузнецов", "12 марта 2024"),
    ("zh", "作者：黄丽娟", "黄丽娟", "发布时间：2024年3月12日"),
    ("ja", "文：鈴木 健太", "鈴木 健太", "公開日：2024年3月12日"),
    ("ko", "글 김민수", "김민수", "입력 2024년 3월 12일"),
]
#: (language, a credit that names no person)
DESKS = [
    ("en", "Staff"),
    ("de", "Redaktion"),
    ("fr", "La Rédaction"),
    ("es", "Redacción"),
    ("it", "La Redazione"),
    ("pt", "Redação"),
    ("nl", "Redactie"),
    ("sv", "Redaktionen"),
    ("pl", "Redakcja"),
    ("ru", "Редакция"),
    ("zh", "编辑部"),
    ("ja", "編集部"),
    ("ko", "편집부"),
]


def newspaper(lang: str, meta_line: str, head: str = "", after: str = "", site: str = "Abendblatt"):
    """A newspaper article page: masthead, headline, a meta line, the text, comments, a footer."""
    prose = PROSE[lang]
    text = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
    <title>Bibliothek | {site}</title><meta property="og:site_name" content="{site}">{head}</head>
    <body><header class="site-header"><a href="/" class="logo">{site}</a>
    <nav><a href="/lokales/">Lokales</a></nav></header>
    <main><article><h1>Bibliothek</h1><div class="article-meta">{meta_line}</div>
    <p>{prose}</p><p>{prose}</p><p>{words(80)}</p></article>{after}
    <section class="comments"><div class="comment"><span class="comment-author">Paco M.</span>
    <time datetime="2019-05-01">01.05.2019</time><p>Toll!</p></div></section></main>
    <footer class="site-footer">© 2025 {site}</footer></body></html>"""
    return html(text)


@pytest.mark.parametrize(("lang", "byline", "name", "date_line"), BYLINES)
def test_byline_names_a_person_in_every_language(lang, byline, name, date_line):
    doc = newspaper(lang, f'<span class="byline">{byline}</span> · <span>{date_line}</span>')
    assert [a.name for a in people(doc)] == [name]
    assert check("E001", doc) == []


@pytest.mark.parametrize(("lang", "byline", "name", "date_line"), BYLINES)
def test_byline_date_in_every_language(lang, byline, name, date_line):
    doc = newspaper(lang, f"<span>{byline}</span> <span class='meta-date'>{date_line}</span>")
    assert [d.value for d in dates(doc)][:1] == ["2024-03-12"]
    assert check("E002", doc) == []


@pytest.mark.parametrize(("lang", "byline", "name", "date_line"), BYLINES)
def test_plain_text_byline_without_markup(lang, byline, name, date_line):
    doc = newspaper(lang, f"<p>{byline}</p>")
    assert name in [a.name for a in people(doc)]


@pytest.mark.parametrize(("lang", "desk"), DESKS)
def test_a_desk_credit_is_an_organisation(lang, desk):
    doc = newspaper(lang, f'<span class="byline">{desk}</span>')
    assert people(doc) == []
    [p] = check("E001", doc)
    assert "author is an organisation/site name" in p.message
    assert repr(desk) in p.message and "byline" in p.message


def test_the_site_name_as_author_is_not_a_person():
    doc = newspaper("de", "", head='<meta name="author" content="Abendblatt">')
    [p] = check("E001", doc)
    assert "'Abendblatt' (site name, <meta name=\"author\">" in p.message


def test_company_authors_are_organisations():
    for name in (
        "Brenner Solar GmbH",
        "Nordvind Kraft AB",
        "株式会社みなと風力",
        "华风新能源股份有限公司",
    ):
        doc = md(f"---\ntitle: Pressemitteilung\nauthor: {name}\n---\nText.\n")
        assert [a.kind for a in authors(doc)] == ["organization"], name
        assert codes(check("E001", doc)) == ["E001"]


def test_a_team_in_front_matter_is_reported_unless_organisations_are_accepted():
    doc = md('+++\ntitle = "Announcing 1.0"\nauthors = ["The Rust Release Team"]\n+++\nText.\n')
    [p] = check("E001", doc)
    assert "'The Rust Release Team' (organisation, front matter `authors`, line 3)" in p.message
    assert check("E001", doc, accept_organisations=True) == []
    assert (
        check("E001", md("---\ntitle: A\nauthors: [Carol Nichols and David Wood]\n---\nT\n")) == []
    )


def test_people_with_an_agency_suffix_are_people():
    doc = md("---\ntitle: A\nauthor: 'Meg Kinnard and Errin Haines, Associated Press'\n---\nT\n")
    assert people(doc)


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_organization_author_vs_person():
    org = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Elbtal Anzeiger"}}
    [p] = check("E001", newspaper("de", "", head=ld(org)))
    assert "JSON-LD author" in p.message
    person = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Sabine Vogt"}]}
    assert check("E001", newspaper("de", "", head=ld(person))) == []


def test_jsonld_graph_id_reference_and_main_entity():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": "#a", "author": {"@id": "https://x.de/#/person/1"}},
            {"@type": "Person", "@id": "https://x.de/#/person/1", "name": "Tobias Engel"},
        ],
    }
    assert [a.name for a in people(newspaper("de", "", head=ld(graph)))] == ["Tobias Engel"]
    nested = {
        "@type": "WebPage",
        "mainEntity": {
            "@type": "BlogPosting",
            "author": {"@type": "Person", "name": "渡辺 翔"},
            "dateModified": "2024-03-12",
        },
    }
    doc = newspaper("ja", "", head=ld(nested))
    assert [a.name for a in people(doc)] == ["渡辺 翔"]
    assert [(d.value, d.role, d.source) for d in dates(doc)] == [
        ("2024-03-12", "modified", "json-ld")
    ]


def test_author_links_hcard_address_title_and_author_box():
    link = '<a href="https://blog.example/author/kasia_nowak/">kasia_nowak</a>'
    assert [a.source for a in people(newspaper("pl", link))] == ["author-url"]
    rel = '<span>Publié par <a rel="author" href="https://www.blogger.com/profile/1">Thomas Rousseau</a></span>'
    assert "Thomas Rousseau" in [a.name for a in people(newspaper("fr", "", after=rel))]
    hcard = '<span class="p-author h-card"><a class="u-url p-name" href="/">Eva Smit</a></span>'
    assert [a.name for a in people(newspaper("nl", hcard))] == ["Eva Smit"]
    address = '<address class="byline">Tekst: Lotte Jansen</address>'
    assert [(a.name, a.source) for a in people(newspaper("nl", address))] == [
        ("Lotte Jansen", "address")
    ]
    box = (
        '<section class="author-box"><h2>Über den Autor</h2><p><strong>Katrin Albers</strong>'
        " — schreibt über Städte.</p></section>"
    )
    assert "author-box" in [a.source for a in people(newspaper("de", "", after=box))]
    doc = html(
        "<html><head><title>Ein Jahr mit dem Rad – Autor: Katrin Albers · Technik</title></head>"
        f"<body><article><h1>Ein Jahr mit dem Rad</h1><p>{words(80)}</p></article></body></html>"
    )
    assert [(a.name, a.source) for a in people(doc)] == [("Katrin Albers", "title")]


def test_comment_review_and_sidebar_authors_and_dates_do_not_count():
    after = (
        '<aside class="related"><div class="teaser-meta">Von Jan Berg · 03.03.2024</div></aside>'
        '<section class="product-reviews"><div class="review"><span class="review-author">Mark</span>'
        '<time datetime="2020-07-30">Jul 30, 2020</time></div></section>'
    )
    doc = newspaper("de", "", after=after)
    assert people(doc) == []
    assert dates(doc) == []
    assert codes(check("E001", doc)) == ["E001"]
    assert codes(check("E002", doc)) == ["E002"]


def test_markdown_body_byline():
    doc = md("---\ntitle: Rutas\ndate: 2024-03-12\n---\n*Autor: Javier Morales*\n\nTexto.\n")
    assert [(a.name, a.source) for a in people(doc)] == [("Javier Morales", "byline")]


def test_bylines_data_file_matches_its_schema():
    path = cues_mod.data_path()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    validate(data, cues_mod.BYLINES_SCHEMA, str(path))
    langs = set(data["languages"])
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ko"} <= langs


BOXES = [
    '<aside class="author-card"><img src="/a.jpg" alt=""><p><strong>Jane Doe</strong>'
    " is a reporter covering cities and transport.</p></aside>",
    '<div class="author-bio"><p>Jane Doe is a freelance writer based in Leeds, and she '
    "has covered local government for a decade.</p></div>",
    '<div class="about-author"><h4>Über die Autorin</h4><p>Jane Doe ist Journalistin in Berlin '
    "und schreibt über Verkehr und Städte.</p></div>",
    '<section class="post-end"><h3>About the author</h3><p>Jane Doe — covers transport.</p></section>',
]


@pytest.mark.parametrize("box", BOXES)
def test_author_box_below_the_article(box):
    doc = newspaper("en", "", after=box)
    assert [a.name for a in people(doc)] == ["Jane Doe"]


def test_hcard_with_only_a_photo():
    card = (
        '<a class="p-author h-card" href="/"><img class="u-photo" src="/me.jpg" alt="Jane Doe"></a>'
    )
    assert [a.name for a in people(newspaper("en", card))] == ["Jane Doe"]


def test_a_sentence_mentioning_a_date_is_not_a_date_line():
    event = "<p>Ett öppet informationsmöte om saken hålls den 13 oktober 2022 i Folkets hus.</p>"
    doc = newspaper("sv", event)
    assert dates(doc) == []


def test_a_personal_site_named_after_its_author():
    card = '<span class="p-author h-card"><a class="p-name u-url" href="/">Jane Doe</a></span>'
    doc = newspaper("en", card, site="Jane Doe")
    assert [a.name for a in people(doc)] == ["Jane Doe"]
