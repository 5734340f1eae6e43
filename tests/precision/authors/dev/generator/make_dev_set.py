#!/usr/bin/env python3
"""Builds the E001/E002 (missing-author / missing-date) precision DEV set.

    python3 tests/precision/authors/dev/generator/make_dev_set.py

Writes ../pages/*.html|md, ../labels.json and ../README.md.  Deterministic
(fixed seed).  Labels are recorded from the signals the generator actually
puts on each page, then spot-checked by hand (see README).
"""
import datetime as dt
import importlib
import json
import os
import random
import sys
import zlib
from collections import Counter, defaultdict
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (LANG_ORDER, LANG_META, TPL, CAT_FALLBACK, esc, ascii_slug, person_slug, iso,  # noqa: E402
                    colon, photo_credit)
from templates import TEMPLATES  # noqa: E402

AUTHOR_DIR = {"en": "authors", "de": "autoren", "fr": "auteurs", "es": "autor", "it": "autori", "pt": "autor",
              "nl": "auteurs", "sv": "skribent", "pl": "autor", "ru": "authors", "zh": "author", "ja": "author",
              "ko": "reporter"}

FORUM_BOARD = {"en": "Brewing help", "de": "Technik & Filter", "fr": "Débuter en photo", "es": "Rutas por la sierra",
               "it": "Meccanica", "pt": "Iniciantes", "nl": "Uitrusting", "sv": "Underhåll", "pl": "Spławik i feeder",
               "ru": "Запуск аквариума", "zh": "器材讨论", "ja": "ライトゲーム", "ko": "캠핑 장비"}
SHOP_CATS = {"en": ["Notebooks", "Leather goods", "Gifts"], "de": ["Küche", "Schneidebretter", "Geschenke"],
             "fr": ["Maison", "Plaids", "Idées cadeaux"], "es": ["Vajilla", "Cuencos", "Regalos"],
             "it": ["Borse", "Pelletteria", "Regali"], "pt": ["Decoração", "Cestos", "Presentes"],
             "nl": ["Slaapkamer", "Beddengoed", "Cadeaus"], "sv": ["Hem", "Filtar", "Presenter"],
             "pl": ["Kubki", "Ceramika", "Prezenty"], "ru": ["Текстиль", "Скатерти", "Подарки"],
             "zh": ["茶具", "茶杯", "礼品"], "ja": ["食器", "飯碗", "ギフト"], "ko": ["머그컵", "도자기", "선물"]}
PRICE = {"en": ("48.00", "GBP"), "de": ("59.90", "EUR"), "fr": ("129.00", "EUR"), "es": ("42.50", "EUR"),
         "it": ("185.00", "EUR"), "pt": ("149.90", "BRL"), "nl": ("119.95", "EUR"), "sv": ("1295", "SEK"),
         "pl": ("64.00", "PLN"), "ru": ("4890", "RUB"), "zh": ("168.00", "CNY"), "ja": ("2420", "JPY"), "ko": ("32000", "KRW")}

LANGS = {code: importlib.import_module(f"langs.{code}").L for code in LANG_ORDER}

A_PRIO = ["jsonld", "microdata", "meta", "hcard", "rel-author-link", "author-url", "address", "byline",
          "below-article", "title", "frontmatter"]
D_PRIO = ["jsonld", "meta", "time-element", "byline", "frontmatter", "url"]

DOCS_PER_LANG = {"en": 18, "de": 14, "fr": 13, "es": 13, "zh": 13, "ja": 13}
DROP = {"it": "S12", "pt": "S12", "nl": "S12", "sv": "S5", "pl": "S5", "ru": "S5", "ko": "S5"}

rng = random.Random(20240601)
counters = defaultdict(int)


def nxt(key, n):
    """Round-robin counter (per key) -> index in range(n)."""
    i = counters[key] % n
    counters[key] += 1
    return i


# ------------------------------------------------------------------ plan
def plan_for(lang, li):
    S = {}
    S["S0"] = dict(t="news", a="byline",
                   d=["byline_time", "time", "byline_updated", "jsonld", "time_updated", "byline"][li % 6],
                   traps={"photo", "related", "quote"}, meta_site=(li % 2 == 0))
    S["S1"] = dict(t="wp", a=["wp_vcard", "wp_rel_handle", "wp_authorurl"][li % 3],
                   d=["time", "url", "none", "time_updated", "none"][(li + 1) % 5], traps={"comments", "related"})
    S["S2"] = dict(t=["ghost", "hugo", "jekyll", "drupal", "substack", "static", "medium"][li % 7], a="jsonld",
                   d=["jsonld", "jsonld_modified", "none", "jsonld_vis", "none"][li % 5],
                   traps={"related"} if li % 2 else {"comments"})
    a3 = ["meta", "microdata", "meta_yoast", "rdfa", "microdata_hidden", "meta_dc", "meta_twitter"][li % 7]
    t3 = {"meta": ["hugo", "static"][li % 2], "microdata": "jekyll", "meta_yoast": "wp", "rdfa": "drupal",
          "microdata_hidden": "news", "meta_dc": "static", "meta_twitter": "ghost"}[a3]
    S["S3"] = dict(t=t3, a=a3, d=["meta", "none", "url", "meta_modified", "time"][li % 5],
                   traps={"photo"} if li % 2 else set())
    a4 = ["hcard", "address", "blogger_rel", "forum", "drupal_user"][li % 5]
    t4 = {"hcard": "static", "address": ["news", "hugo"][li % 2], "blogger_rel": "blogger", "forum": "forum",
          "drupal_user": "drupal"}[a4]
    d4 = {"hcard": ["time", "none"][li % 2], "address": ["byline", "none"][(li // 5) % 2], "blogger_rel": "byline",
          "forum": "forum", "drupal_user": "byline"}[a4]
    if lang == "zh":
        t4, a4, d4 = "news", "zh_editor_only", "byline_time"
    S["S4"] = dict(t=t4, a=a4, d=d4, traps={"comments"} if a4 in ("blogger_rel", "hcard") else set())
    t5 = ["wp", "static", "hugo", "ghost", "substack", "jekyll", "blogger"][li % 7]
    d5 = ["byline", "jsonld", "none", "url", "time", "none"][li % 6]
    if d5 == "url" and t5 in ("substack", "blogger"):
        t5 = "wp"
    if t5 == "blogger" and d5 in ("jsonld", "time"):
        d5 = "byline"
    S["S5"] = dict(t=t5, a=["below", "title"][li % 2], d=d5, traps={"comments"})
    S["S6"] = dict(t="md", fm=["hugo_yaml", "jekyll", "hugo_toml", "docusaurus", "zola", "astro", "hugo_yaml"][li % 7],
                   a="md_body_byline" if li % 4 == 3 else "md_person",
                   d=["frontmatter", "none", "frontmatter_lastmod", "body_byline_date", "frontmatter"][li % 5],
                   traps={"photo"} if li % 2 else {"quote"})
    t7 = ["news", "wp", "drupal", "blogger", "news", "hugo", "static"][li % 7]
    d7 = ["byline", "time", "meta", "none", "jsonld", "none"][li % 6]
    if t7 == "blogger" and d7 not in ("byline", "none"):
        d7 = "byline"
    a7 = {"news": "org_byline", "wp": "wp_admin", "drupal": "drupal_admin", "blogger": "blogger_org",
          "hugo": "org_byline", "static": "org_byline"}[t7]
    S["S7"] = dict(t=t7, a=a7, d=d7, traps={"related", "photo"})
    S["S8"] = dict(t=["ghost", "static", "hugo", "news", "wp", "jekyll"][li % 6],
                   a=["jsonld_org", "meta_site", "none_publisher", "jsonld_org_graph", "none", "none_publisher"][li % 6],
                   d=["jsonld", "meta", "none", "jsonld", "none", "byline"][li % 6], traps={"quote"})
    S["S9"] = dict(t="press", a=["press_byline", "press_jsonld", "press_meta"][li % 3],
                   d=["byline", "time", "jsonld", "byline"][li % 4], traps={"press_contact"})
    S["S10"] = dict(t=["wp", "news", "hugo", "blogger", "static", "ghost", "substack", "drupal"][li % 8], a="none",
                    d="none", traps={"comments", "related", "photo", "quote", "event", "copyright_person",
                                     "site_updated", "today"})
    t11 = ["shop", "docs", "shop", "docs", "docs"][li % 5]
    S["S11"] = dict(t=t11, a="none", d=("none" if t11 == "shop" else ["time", "none", "byline"][li % 3]),
                    traps={"site_updated"} if li % 2 else set())
    m12 = ["md_none_date", "md_none_nodate", "md_org_date", "md_none_date", "md_none_nodate", "md_none_nodate"][li % 6]
    S["S12"] = dict(t="md", fm=["hugo_toml", "jekyll", "zola", "astro", "hugo_yaml", "docusaurus"][(li + 2) % 6],
                    a="md_org" if "org" in m12 else "md_none",
                    d="frontmatter" if m12.endswith("_date") else "none", traps={"photo", "event"})
    order = [f"S{i}" for i in range(13)]
    if lang in DROP:
        order.remove(DROP[lang])
    specs = [dict(S[k], slot=k) for k in order]
    if lang == "en":
        specs += [dict(t="medium", a="medium", d="byline", traps={"related"}, slot="E1"),
                  dict(t="substack", a="substack", d="byline", traps={"comments"}, slot="E2"),
                  dict(t="news", a="byline_plus_org", d="time", traps={"photo"}, slot="E3"),
                  dict(t="static", a="none_ld_comments", d="none", traps={"comments", "event", "copyright_person"}, slot="E4"),
                  dict(t="md", fm="hugo_toml", a="md_org", d="frontmatter", traps=set(), slot="E5")]
    if lang == "de":
        specs += [dict(t="news", a="byline_plus_org", d="byline_time", traps={"photo", "related"}, slot="E6")]
    assert len(specs) == DOCS_PER_LANG.get(lang, 12), (lang, len(specs))
    return specs


# ------------------------------------------------------------------ helpers
def rand_dates():
    d = dt.datetime(2019, 1, 7) + dt.timedelta(days=rng.randint(0, 2330))
    d = d.replace(hour=rng.randint(6, 21), minute=rng.choice([0, 4, 12, 17, 23, 30, 36, 41, 45, 52, 58]))
    m = d + dt.timedelta(days=rng.randint(1, 240), hours=rng.randint(0, 6), minutes=rng.randint(0, 50))
    m = min(m, dt.datetime(2025, 6, 10, 8, 45))
    return d, m


def next_person(c):
    L = c.L
    i = nxt("person-" + c.lang, len(L["people"]))
    return L["people"][i]


def next_prefix(c, single=False, two=False):
    pf = c.L["prefixes"]
    for _ in range(len(pf) * 2):
        p = pf[nxt("prefix-" + c.lang, len(pf))]
        if single and "{b}" in p:
            continue
        if two and "{b}" not in p:
            continue
        return p
    return pf[0]


TWO_LANGS = {"de", "fr", "es", "it", "nl", "sv", "ko", "pt"}


def singles(c):
    return [p for p in c.L["prefixes"] if "{b}" not in p]


def slot_prefix(c, idx):
    s = singles(c)
    return s[idx % len(s)]


def two_prefix(c):
    return [p for p in c.L["prefixes"] if "{b}" in p][0]


def person_handle(L, name):
    if name in L["people"] and L["people"].index(name) < len(L["handles"]):
        return L["handles"][L["people"].index(name)]
    return person_slug(L, name).replace("-", "")


def fill_prefix(prefix, names, wrap):
    a = wrap(names[0])
    b = wrap(names[1]) if len(names) > 1 else ""
    return esc(prefix).format(a=a, b=b)


def plain_prefix(prefix, names):
    return prefix.format(a=names[0], b=names[1] if len(names) > 1 else "")


def add_a(c, source, cls, name):
    c.asig.append((source, cls, name))


def add_d(c, source):
    c.dsig.append(source)


# ------------------------------------------------------------------ context
def base_ctx(lang, spec, num, doc_id):
    L = LANGS[lang]
    hl, og, tz = LANG_META[lang]
    c = SimpleNamespace(L=L, lang=lang, ui=L["ui"], hl=hl, og=og, tz=tz, spec=spec, num=num, id=doc_id)
    c.tpl = spec["t"]
    c.asig, c.dsig, c.trap_notes, c.notes = [], [], [], []
    c.head_meta, c.byline_html, c.date_html, c.below_html, c.article_attrs = [], "", "", "", ""
    c.ld = dict(use=False, type="BlogPosting", author=None, style=None, dates={}, publisher=False, comments=[],
                top=None)
    c.robots = rng.random() < 0.6
    c.og_type = "article"
    c.og_site = rng.random() < 0.8
    c.figure, c.related, c.comments = "", [], []
    c.site_updated, c.today = None, None
    c.copy_year = 2025
    c.minima_rel_author, c.minima_owner = False, None
    c.press_contact, c.reading = None, rng.randint(3, 9)
    c.pub, c.mod = rand_dates()
    kind = {"news": "news", "press": "company", "shop": "shop", "docs": "docs", "forum": "forum"}.get(c.tpl, "blog")
    sites = L["sites"][kind]
    if isinstance(sites, list):
        site, domain = sites[nxt(f"site-{lang}-{kind}", len(sites))]
    else:
        site, domain = sites
    c.site, c.domain = site, domain
    c.base = f"https://{domain}" if domain.count(".") >= 2 else f"https://www.{domain}"
    c.footer_holder = site
    arts = L["articles"]
    ai = nxt("article-" + lang, len(arts))
    art = arts[ai]
    c.art_i = ai
    c.cat = art["cat"]
    c.cat_slug = ascii_slug(art["cat"]) or CAT_FALLBACK[ai]
    c.nav_cats = [(a["cat"], ascii_slug(a["cat"]) or CAT_FALLBACK[i]) for i, a in enumerate(arts)]
    c.cat_prefix = "category"
    other = arts[(ai + 1) % len(arts)]
    c.tags = [(c.cat, c.cat_slug), (other["cat"], ascii_slug(other["cat"]) or CAT_FALLBACK[(ai + 1) % len(arts)])]
    c.slug = art["slug"]
    c.title = art["title"]
    c.lede = art["lede"]
    k = rng.choice([3, 4, 4])
    c.paras = [c.lede] + list(art["paras"][:k]) if c.tpl not in ("ghost", "medium", "substack", "news", "hugo", "blogger", "static") \
        else list(art["paras"][:k])
    c.prev_title = other["title"]
    c.prev_url = f"{c.base}/{other['slug']}/"
    others = [a for j, a in enumerate(arts) if j != ai]
    rng.shuffle(others)
    c.others = others[:3]
    return c


def set_path(c, date_url=False):
    d = c.pub
    s = c.slug
    t = c.tpl
    if t == "wp":
        p = f"/{d:%Y/%m/%d}/{s}/" if date_url else f"/{s}/"
    elif t == "ghost":
        p = f"/{d:%Y/%m/%d}/{s}/" if date_url else f"/{s}/"
    elif t == "hugo":
        p = f"/posts/{d:%Y/%m}/{s}/" if date_url else f"/posts/{s}/"
    elif t == "jekyll":
        p = f"/{c.cat_slug}/{d:%Y/%m/%d}/{s}.html" if date_url else f"/{c.cat_slug}/{s}.html"
    elif t == "news":
        p = f"/{c.cat_slug}/{d:%Y/%m/%d}/{s}/" if date_url else f"/{c.cat_slug}/{s}-{c.num * 7919 % 900000 + 100000}.html"
    elif t == "static":
        p = f"/writing/{d:%Y/%m/%d}/{s}.html" if date_url else f"/writing/{s}.html"
    elif t == "drupal":
        p = f"/{d:%Y/%m}/{s}" if date_url else f"/{c.cat_slug}/{s}"
    elif t == "blogger":
        p = f"/{d:%Y/%m}/{s}.html" if date_url else f"/p/{s}.html"
    elif t == "substack":
        p = f"/p/{s}"
    elif t == "medium":
        p = f"/{s}-{c.num * 2654435761 % 0xfffffffffff:x}"
    elif t == "press":
        p = f"/press/{s}"
    elif t == "docs":
        p = f"/docs/{s}"
    elif t == "shop":
        p = f"/products/{s}"
    elif t == "forum":
        p = f"/threads/{s}.{4000 + c.num * 13}/"
    else:
        p = f"/{s}/"
    c.path = p
    c.url = c.base + p


# ------------------------------------------------------------------ special content
def setup_special(c):
    L, t = c.L, c.tpl
    if t == "press":
        pr = L["press"]
        c.title, c.lede, c.paras, c.boiler, c.city = pr["title"], pr["paras"][0], list(pr["paras"]), pr["boiler"], pr["city"]
        c.slug = ascii_slug(pr["title"])[:60].strip("-") or f"release-{c.num}"
        c.og_type = "article"
        c.phone = rng.choice(["49 89 2190 4410", "44 113 496 0312", "33 2 40 22 81 90", "34 925 28 44 10"])
    elif t == "docs":
        dc = L["docs"]
        c.title, c.lede, c.paras, c.code = dc["title"], dc["paras"][0], list(dc["paras"]), dc["code"]
        c.slug = ascii_slug(dc["title"])[:50].strip("-") or f"guide-{c.num}"
        c.doc_side = [(c.ui["docs"], "intro"), (c.title, c.slug), ("API", "api-reference"), ("FAQ", "faq"), ("Changelog", "changelog")]
        c.gh = c.domain.split(".")[1] + "/docs"
        c.og_type = "website"
    elif t == "shop":
        pd = L["product"]
        c.title, c.lede, c.paras, c.price, c.sku = pd["name"], pd["desc"][0], list(pd["desc"]), pd["price"], pd["sku"]
        c.slug = ascii_slug(pd["sku"])
        c.og_type = "product"
        sc = SHOP_CATS[c.lang]
        c.nav_cats = [(n, ascii_slug(n) or f"collection-{i + 1}") for i, n in enumerate(sc)]
        c.cat, c.cat_slug = c.nav_cats[1]
        c.cat_prefix = "collections"
        c.reviews = []
        names = list(L["commenters"])
        rng.shuffle(names)
        for i, txt in enumerate(pd["reviews"]):
            c.reviews.append(dict(name=names[i], text=txt, date=c.pub + dt.timedelta(days=20 + 37 * i)))
    elif t == "forum":
        fo = L["forum"]
        c.title = fo["title"]
        c.lede = fo["op"][0]
        c.slug = ascii_slug(fo["title"])[:50].strip("-") or f"thread-{c.num}"
        c.cat = FORUM_BOARD[c.lang]
        c.cat_slug = ascii_slug(c.cat) or "board"
        c.og_type = "article"


def apply_traps(c):
    L, traps = c.L, c.spec.get("traps", set())
    ex = list(L["extras"])
    rng.shuffle(ex)
    c.extras = ex
    if "photo" in traps and c.tpl not in ("shop", "docs", "forum", "md"):
        who = ex[0]
        credit = photo_credit(L, who)
        if rng.random() < 0.4 and c.tpl == "news":
            credit += " / " + rng.choice(["dpa", "AFP", "Reuters", "AP", "EPA"])
        fcls = {"wp": "wp-block-image size-large", "ghost": "kg-card kg-image-card", "news": "lead-image",
                "blogger": "tr-caption-container"}.get(c.tpl, "figure")
        c.figure = (f'<figure class="{fcls}"><img src="{c.base}/images/{c.slug}.jpg" '
                    f'alt="{esc(c.title)}" width="1200" height="675"><figcaption>{esc(credit)}</figcaption></figure>')
        c.trap_notes.append("photo credit")
    if "quote" in traps and c.tpl not in ("shop", "docs", "forum", "md"):
        q = L["quote"].format(name=ex[1])
        pos = min(2, len(c.paras))
        c.paras.insert(pos, q)
        c.trap_notes.append("quoted person")
    if "event" in traps and c.tpl not in ("shop", "docs", "forum", "md"):
        ed = c.pub + dt.timedelta(days=rng.randint(9, 45))
        c.paras.append(L["event"].format(d=L["fmt_long"](ed)))
        c.trap_notes.append("event date in text")
    if "related" in traps:
        pf = next((p for p in L["prefixes"] if "{b}" not in p), L["prefixes"][0])
        for j, o in enumerate(c.others):
            d = c.pub - dt.timedelta(days=rng.randint(3, 90))
            c.related.append(dict(title=o["title"], url=f"{c.base}/{o['slug']}/", by=pf.format(a=ex[2 + j]), date=d))
        c.trap_notes.append("related-post authors/dates")
    elif c.tpl == "shop":
        for o in c.others:
            c.related.append(dict(title=o["title"], url=f"{c.base}/blogs/journal/{o['slug']}"))
    if "comments" in traps:
        names = list(L["commenters"])
        rng.shuffle(names)
        base = c.pub if c.dsig or c.spec.get("d") != "none" else c.pub
        for j, txt in enumerate(L["comments"][:rng.choice([2, 3])]):
            cd = base + dt.timedelta(days=rng.randint(0, 30) + j, hours=rng.randint(1, 9))
            c.comments.append(dict(name=names[j], text=txt, date=cd))
        c.comments.sort(key=lambda cm: cm["date"])
        c.trap_notes.append("comment authors/timestamps")
    if "copyright_person" in traps:
        c.footer_holder = ex[6]
        c.head_meta.append(f'<meta name="copyright" content="© {c.copy_year} {esc(ex[6])}">')
        c.trap_notes.append("copyright holder is a person")
    if "site_updated" in traps:
        c.site_updated = min(c.pub + dt.timedelta(days=rng.randint(100, 400)), dt.datetime(2025, 6, 2, 9, 0))
        c.trap_notes.append("footer site-updated date")
    if "today" in traps and c.tpl == "news":
        c.today = dt.datetime(2025, 5, rng.randint(2, 28))
        c.trap_notes.append("today's date in masthead")
    if "press_contact" in traps:
        c.press_contact = ex[3]
        c.trap_notes.append("press contact person")


# ------------------------------------------------------------------ author variants
def wrap_plain(n):
    return esc(n)


def author_variant(c):
    a, t, L, ui, tp = c.spec["a"], c.tpl, c.L, c.ui, TPL[c.lang]
    lang = c.lang
    if a == "none":
        return
    if a == "byline":
        p = two_prefix(c) if lang in TWO_LANGS else slot_prefix(c, 0)
        names = [next_person(c)] + ([next_person(c)] if "{b}" in p else [])

        def wrap(n):
            if t == "news" and c.num % 4 == 1:
                return f'<a class="author-link" href="{c.base}/{AUTHOR_DIR[lang]}/{person_slug(L, n)}/">{esc(n)}</a>'
            return f'<span class="author-name">{esc(n)}</span>'
        inner = fill_prefix(p, names, wrap)
        if lang == "ko" and "기자" in p:
            inner += f' <a class="email" href="mailto:{person_slug(L, names[0]).replace("-", ".")}@{c.domain}">{person_slug(L, names[0]).replace("-", ".")}@{c.domain}</a>'
        if lang == "zh" and t == "news":
            inner = f'<span class="source">{esc(TPL["zh"]["source"])}：{esc(c.site)}</span>　<span class="author">{inner}</span>'
            add_a(c, "byline", "org", c.site)
        c.byline_html = f'<span class="byline">{inner}</span>'
        if lang == "zh":
            ed = next_person(c)
            c.paras.append(f'<p class="editor">（责任编辑：{esc(ed)}）</p>')
            c.notes.append(f"责任编辑 {ed} is the editor; 作者 is the author")
        # links to /autoren/ are author-url too: record what a reader sees first
        if "author-link" in inner:
            add_a(c, "author-url", "person", "; ".join(names))
        add_a(c, "byline", "person", "; ".join(names))
        c.notes.append(f"byline '{plain_prefix(p, names)}'")
        if c.spec.get("meta_site"):
            c.head_meta.append(f'<meta name="author" content="{esc(c.site)}">')
            add_a(c, "meta", "org", c.site)
            c.notes.append("meta author = site name")
    elif a == "zh_editor_only":
        n = next_person(c)
        c.byline_html = (f'<span class="source">来源：{esc(c.site)}</span>　'
                         f'<span class="editor">责任编辑：{esc(n)}</span>')
        add_a(c, "byline", "org", c.site)
        add_a(c, "byline", "person", n)
        c.notes.append("only 来源 (publication) and 责任编辑 (a named editor) credited: named person -> person")
    elif a == "byline_plus_org":
        n = next_person(c)
        org = {"en": "Courier Staff", "de": "dpa"}.get(lang, L["org_bylines"][0])
        if lang == "en":
            inner = f'Reporting by <span class="author-name">{esc(n)}</span> and <span class="author-name">{esc(org)}</span>'
        else:
            inner = f'Von <span class="author-name">{esc(n)}</span>, {esc(org)}'
        c.byline_html = f'<span class="byline">{inner}</span>'
        add_a(c, "byline", "person", n)
        add_a(c, "byline", "org", org)
        c.ld.update(use=True, type="NewsArticle", author=[{"@type": "Organization", "name": org}], style="object",
                    publisher=True)
        add_a(c, "jsonld", "org", org)
        c.notes.append("person + organisation credited (byline) and JSON-LD author is only the Organization")
    elif a in ("wp_vcard", "wp_rel_handle", "wp_authorurl", "wp_admin"):
        by = esc(tp["wp_by"])
        wp_p = slot_prefix(c, 1)
        if a == "wp_vcard":
            n = next_person(c)
            card = (f'<span class="author vcard"><a class="url fn n" '
                    f'href="{c.base}/author/{person_slug(L, n)}/">{esc(n)}</a></span>')
            c.byline_html = f'<span class="byline"> {esc(wp_p).format(a=card)}</span>'
            add_a(c, "byline", "person", n)
            add_a(c, "hcard", "person", n)
            add_a(c, "author-url", "person", n)
            c.notes.append("WordPress .byline .author.vcard with /author/ link")
        elif a == "wp_rel_handle":
            i = nxt("handle-" + lang, len(L["handles"]))
            h = L["handles"][i]
            link = f'<a href="{c.base}/author/{h}/" rel="author">{esc(h)}</a>'
            c.byline_html = f'<span class="byline"> {esc(wp_p).format(a=link)}</span>'
            add_a(c, "rel-author-link", "person", h)
            add_a(c, "byline", "person", h)
            c.notes.append("rel=author link with user handle")
        elif a == "wp_authorurl":
            n = next_person(c)
            c.byline_html = f'<span class="meta-author"><a href="{c.base}/author/{person_slug(L, n)}/" title="{esc(n)}">{esc(n)}</a></span>'
            add_a(c, "author-url", "person", n)
            c.notes.append("name linked to /author/slug/, no prefix, no rel")
        else:
            who = ["admin", L["org_bylines"][0]][c.num % 2]
            slug = "admin" if who == "admin" else (ascii_slug(who) or "redaktion")
            c.byline_html = (f'<span class="byline"> {by} <span class="author vcard"><a class="url fn n" '
                             f'href="{c.base}/author/{slug}/">{esc(who)}</a></span></span>')
            add_a(c, "hcard", "org", who)
            c.notes.append(f"WordPress vcard byline holds generic '{who}'")
    elif a == "jsonld":
        styles = ["object", "array", "graph", "string", "graph_array", "nested_main"]
        st = styles[nxt("ldstyle", len(styles))]
        names = [next_person(c)]
        if st in ("array", "graph_array"):
            names.append(next_person(c))
        c.ld.update(use=True, author=names, style=st, publisher=rng.random() < 0.7)
        for n in names:
            add_a(c, "jsonld", "person", n)
        c.notes.append(f"person only in JSON-LD ({st})")
    elif a in ("jsonld_org", "jsonld_org_graph"):
        c.ld.update(use=True, author="ORG", style="graph_org" if a.endswith("graph") else "object", publisher=True)
        add_a(c, "jsonld", "org", c.site)
        c.notes.append("JSON-LD author is the Organization" + (" via @graph @id" if a.endswith("graph") else ""))
    elif a == "meta_site":
        c.head_meta.append(f'<meta name="author" content="{esc(c.site)}">')
        add_a(c, "meta", "org", c.site)
        c.notes.append("meta author = site name only")
    elif a == "forum":
        c.notes.append("forum thread: opening post by user handle (replies are comments)")
    elif a == "none_publisher":
        c.ld.update(use=True, publisher=True)
        c.notes.append("JSON-LD has publisher only (publisher is not an author credit)")
    elif a == "none_ld_comments":
        c.ld.update(use=True, publisher=True, comments=True)
        c.notes.append("JSON-LD comment authors only")
    elif a in ("meta", "meta_yoast", "meta_dc", "meta_twitter"):
        if a == "meta_twitter":
            i = nxt("handle-" + lang, len(L["handles"]))
            h = "@" + L["handles"][i].replace(".", "_")
            c.head_meta.append(f'<meta name="twitter:creator" content="{h}">')
            add_a(c, "meta", "person", h)
            c.notes.append("twitter:creator handle only")
        else:
            n = next_person(c)
            if a == "meta":
                c.head_meta.append(f'<meta name="author" content="{esc(n)}">')
            elif a == "meta_dc":
                c.head_meta.append('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">')
                c.head_meta.append(f'<meta name="DC.creator" content="{esc(n)}">')
            else:
                c.head_meta.append('<meta name="twitter:label1" content="Written by">')
                c.head_meta.append(f'<meta name="twitter:data1" content="{esc(n)}">')
                c.head_meta.append('<meta name="twitter:label2" content="Est. reading time">')
                c.head_meta.append(f'<meta name="twitter:data2" content="{c.reading} minutes">')
            add_a(c, "meta", "person", n)
            c.notes.append({"meta": "meta name=author person", "meta_dc": "DC.creator meta",
                            "meta_yoast": "Yoast twitter:data1 'Written by'"}[a] + ", nothing visible")
    elif a in ("microdata", "microdata_hidden", "rdfa"):
        n = next_person(c)
        if a == "microdata":
            c.byline_html = (f'<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                             f'<span class="p-author h-card" itemprop="name">{esc(n)}</span></span>')
            c.minima_owner = n if rng.random() < 0.5 else None
            add_a(c, "microdata", "person", n)
            add_a(c, "hcard", "person", n)
            c.notes.append("microdata Person (minima post-meta)")
        elif a == "microdata_hidden":
            c.article_attrs = ' itemscope itemtype="https://schema.org/NewsArticle"'
            c.byline_html = (f'<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
                             f'<meta itemprop="name" content="{esc(n)}"></div>')
            add_a(c, "microdata", "person", n)
            c.notes.append("invisible microdata Person (meta itemprop=name)")
        else:
            c.article_attrs = ' typeof="schema:Article"'
            c.byline_html = (f'<span class="node__author">{esc(TPL[lang]["drupal_short"]).format(a=f"""<span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{20 + c.num}" typeof="schema:Person" property="schema:name" datatype="">{esc(n)}</span></span>""")}</span>')
            add_a(c, "microdata", "person", n)
            add_a(c, "byline", "person", n)
            c.notes.append("Drupal RDFa schema:author Person (labelled microdata)")
    elif a == "hcard":
        n = next_person(c)
        card = f'<a class="p-author h-card" href="{c.base}/about/">{esc(n)}</a>'
        c.byline_html = esc(slot_prefix(c, 2)).format(a=card)
        add_a(c, "byline", "person", n)
        add_a(c, "hcard", "person", n)
        c.notes.append("h-card p-author")
    elif a == "address":
        n = next_person(c)
        p = slot_prefix(c, 2)
        c.byline_html = f'<address class="byline author">{fill_prefix(p, [n], wrap_plain)}</address>'
        add_a(c, "address", "person", n)
        add_a(c, "byline", "person", n)
        c.notes.append("byline inside <address>")
    elif a in ("blogger_rel", "blogger_org"):
        if a == "blogger_rel":
            who = next_person(c)
            add_a(c, "rel-author-link", "person", who)
            c.notes.append("Blogger 'Posted by' rel=author profile link")
        else:
            who = L["org_bylines"][0]
            add_a(c, "rel-author-link", "org", who)
            c.notes.append(f"Blogger 'Posted by' generic '{who}'")
        link = (f'<a class="g-profile" href="https://www.blogger.com/profile/0{c.num * 104729 % 10**11:011d}" '
                f'rel="author" title="author profile"><span>{esc(who)}</span></a>')
        if c.spec["d"] == "none":
            c.byline_html = f'<span class="post-author">{esc(tp["blog_posted_short"]).format(a=link)}</span>'
        else:
            ts = (f'<a class="timestamp-link" href="{c.url}" rel="bookmark" title="permanent link">'
                  f'<abbr class="published" title="{iso(c.pub, c.tz)}">{c.pub:%H:%M}</abbr></a>')
            c.byline_html = f'<span class="post-author">{esc(tp["blog_posted"]).format(a=link, t=ts)}</span>'
    elif a in ("drupal_user", "drupal_admin"):
        if a == "drupal_user":
            i = nxt("handle-" + lang, len(L["handles"]))
            who, uid = L["handles"][i], 20 + c.num
            add_a(c, "author-url", "person", who)
            add_a(c, "byline", "person", who)
            c.notes.append("Drupal 'Submitted by' user handle linked to /user/N")
        else:
            who, uid = ("admin", 1) if lang != "ru" else (L["org_bylines"][0], 3)
            add_a(c, "author-url", "org", who)
            c.notes.append(f"Drupal 'Submitted by {who}'")
        link = f'<a title="View user profile." href="{c.base}/user/{uid}" class="username">{esc(who)}</a>'
        c.byline_html = f'<span class="node__author">{esc(tp["drupal_short"]).format(a=link)}</span>'
    elif a == "org_byline":
        who = L["org_bylines"][0]
        if c.num % 2 == 0:
            txt = fill_prefix(slot_prefix(c, 0), [who], wrap_plain)
        else:
            txt = esc(who)
        c.byline_html = f'<span class="byline author">{txt}</span>'
        add_a(c, "byline", "org", who)
        c.notes.append(f"byline is a desk/generic credit '{who}'")
    elif a in ("press_byline", "press_jsonld", "press_meta"):
        comp = c.site
        if a == "press_byline":
            c.byline_html = f'<span class="source">{esc(TPL[lang]["source"])}{colon(lang)}{esc(comp)}</span>'
            add_a(c, "byline", "org", comp)
            c.notes.append("press release credited to the company ('Source:')")
        elif a == "press_jsonld":
            c.ld.update(use=True, type="NewsArticle", author="ORG", style="object", publisher=True)
            add_a(c, "jsonld", "org", comp)
            c.notes.append("press release, JSON-LD author Organization")
        else:
            c.head_meta.append(f'<meta name="author" content="{esc(comp)}">')
            add_a(c, "meta", "org", comp)
            c.notes.append("press release, meta author = company")
    elif a in ("below", "title"):
        n = next_person(c)
        if a == "below":
            bio = L["bio"].format(name=n, site=c.site)
            head_txt = c.ui["about_author"]
            c.below_html = (f'<section class="author-box"><h2 class="author-box__title">{esc(head_txt)}</h2>'
                            f'<img class="avatar" src="{c.base}/images/authors/{person_slug(L, n)}.jpg" alt="" width="80" height="80">'
                            f'<p class="author-box__bio"><strong>{esc(n)}</strong> — {esc(bio)}</p></section>')
            if c.lang in ("ja", "ko", "zh"):
                c.below_html = c.below_html.replace(f"<strong>{esc(n)}</strong> — {esc(bio)}", esc(bio))
            add_a(c, "below-article", "person", n)
            c.notes.append("author only in box below the article")
        else:
            p = slot_prefix(c, 3)
            c.title_author = plain_prefix(p, [n])
            add_a(c, "title", "person", n)
            c.notes.append(f"author only in <title> ('{c.title_author}')")
    elif a == "medium":
        n = next_person(c)
        h = person_handle(L, n)
        c.byline_html = (f'<a href="https://medium.com/@{h}?source=post_page-----" rel="noopener follow">'
                         f'<img alt="{esc(n)}" class="avatar" src="https://miro.medium.com/v2/resize:fill:88:88/1*{h}.jpeg" width="44" height="44"></a>'
                         f'<div><span data-testid="authorName"><a href="https://medium.com/@{h}?source=post_page-----" rel="noopener follow">{esc(n)}</a></span>'
                         f' · <button class="follow">{esc(c.ui["follow"])}</button></div>')
        add_a(c, "author-url", "person", n)
        c.below_html = (f'<div class="written-by"><a href="https://medium.com/@{h}"><img alt="{esc(n)}" class="avatar" '
                        f'src="https://miro.medium.com/v2/resize:fill:144:144/1*{h}.jpeg" width="72" height="72"></a>'
                        f'<h2>Written by {esc(n)}</h2><p>1.2K Followers · Writer for {esc(c.site)}</p></div>')
        add_a(c, "below-article", "person", n)
        c.notes.append("Medium author row linking /@handle + 'Written by' block")
    elif a == "substack":
        n = next_person(c)
        h = person_handle(L, n)
        c.byline_html = (f'<div class="profile-hover-card-target"><a href="https://substack.com/@{h}" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">{esc(n)}</a></div>')
        add_a(c, "author-url", "person", n)
        c.notes.append("Substack author link to substack.com/@handle")
    else:
        raise ValueError(a)


# ------------------------------------------------------------------ date variants
def date_variant(c):
    d, t, L = c.spec["d"], c.tpl, c.L
    pub, mod = c.pub, c.mod
    tcls = {"wp": "entry-date published", "ghost": "byline-meta-date", "jekyll": "dt-published",
            "static": "dt-published", "news": "article-date", "docs": "", "substack": "date"}.get(t, "published")

    def time_el(dd, cls=tcls, fmt=None, extra=""):
        fmt = fmt or L["fmt_long"]
        cl = f' class="{cls}"' if cls else ""
        return f'<time{cl} datetime="{iso(dd, c.tz)}"{extra}>{esc(fmt(dd))}</time>'

    if d == "forum":
        add_d(c, "time-element")
        c.notes.append("first post timestamp")
        return
    if d == "none":
        c.notes.append("no publication date")
        return
    if d in ("url",):
        set_path(c, date_url=True)
        add_d(c, "url")
        c.notes.append("date only in URL")
        return
    if d in ("jsonld", "jsonld_vis", "jsonld_modified"):
        c.ld["use"] = True
        if d == "jsonld_modified":
            c.ld["dates"] = {"dateModified": iso(mod, c.tz)}
            c.notes.append("JSON-LD dateModified only")
        else:
            c.ld["dates"] = {"datePublished": iso(pub, c.tz), "dateModified": iso(mod, c.tz)}
        add_d(c, "jsonld")
        if d == "jsonld_vis":
            d = "time"
        else:
            return
    if d in ("meta", "meta_modified"):
        k = nxt("metastyle", 5)
        if d == "meta_modified":
            c.head_meta.append(f'<meta property="article:modified_time" content="{iso(mod, c.tz)}">')
            c.head_meta.append(f'<meta property="og:updated_time" content="{iso(mod, c.tz)}">')
            c.notes.append("only article:modified_time")
        elif k == 0 or k == 3:
            c.head_meta.append(f'<meta property="article:published_time" content="{iso(pub, c.tz)}">')
            if rng.random() < 0.5:
                c.head_meta.append(f'<meta property="article:modified_time" content="{iso(mod, c.tz)}">')
        elif k == 1:
            c.head_meta.append(f'<meta name="date" content="{pub:%Y-%m-%d}">')
        elif k == 2:
            c.head_meta.append(f'<meta name="pubdate" content="{pub:%Y%m%d}">')
        else:
            c.head_meta.append(f'<meta name="DC.date.issued" content="{pub:%Y-%m-%d}">')
        add_d(c, "meta")
        return
    if t == "press" and d == "byline":
        c.paras[0] = f'<p class="dateline"><strong>{esc(c.city)}, {esc(L["fmt_long"](pub))}</strong> – {esc(c.paras[0])}</p>'
        add_d(c, "byline")
        c.notes.append("dateline date")
        return
    if t == "docs":
        if d == "time":
            te = "<b>" + time_el(mod, cls="", fmt=L["fmt_short"], extra=' itemprop="dateModified"') + "</b>"
            c.date_html = f'<span class="theme-last-updated">{esc(c.ui["last_updated"]).format(d=te)}</span>'
            add_d(c, "time-element")
        else:
            c.date_html = f'<span class="theme-last-updated">{esc(c.ui["last_updated"].format(d=L["fmt_long"](mod)))}</span>'
            add_d(c, "byline")
        c.notes.append("'last updated' date")
        return
    if d == "time":
        lab = rng.random() < 0.4 and t not in ("ghost", "jekyll", "medium")
        el = time_el(pub)
        if t == "wp":
            el = f'<span class="posted-on"><a href="{c.url}" rel="bookmark">{el}</a></span>'
        c.date_html = esc(L["published"]).format(d=el) if lab else el
        add_d(c, "time-element")
    elif d == "time_updated":
        e1 = time_el(pub)
        e2 = time_el(mod, cls="updated")
        if t == "wp":
            c.date_html = f'<span class="posted-on"><a href="{c.url}" rel="bookmark">{e1}{e2}</a></span>'
        else:
            c.date_html = f'{esc(L["published"]).format(d=e1)} <span class="updated-on">{esc(L["updated"]).format(d=e2)}</span>'
        add_d(c, "time-element")
        c.notes.append("published + updated <time>")
    elif d in ("byline", "byline_time", "byline_updated", "body_byline_date"):
        if t == "hugo":
            txt = f'<span title="{pub:%Y-%m-%d %H:%M:%S} {c.tz.replace(":", "")}">{esc(L["fmt_long"](pub))}</span>'
        elif t == "blogger":
            txt = esc(L["fmt_long"](pub))
        elif t in ("medium",):
            txt = f'<span data-testid="storyPublishDate">{esc(L["fmt_short"](pub))}</span>'
        elif t == "substack":
            txt = f'<div class="pencraft date">{esc(L["fmt_short"](pub))}</div>'
        elif d == "byline_time":
            txt = f'<span class="date">{esc(L["published"].format(d=L["fmt_time"](pub)))}</span>'
        elif d == "byline_updated":
            txt = f'<span class="date">{esc(L["updated"].format(d=L["fmt_long"](mod)))}</span>'
            c.notes.append("only an 'updated' date")
        else:
            txt = f'<span class="date">{esc(L["posted_on"].format(d=L["fmt_long"](pub)))}</span>'
        c.date_html = txt
        add_d(c, "byline")
    else:
        raise ValueError(d)


# ------------------------------------------------------------------ JSON-LD
def person_node(c, n):
    node = {"@type": "Person", "name": n}
    if rng.random() < 0.6:
        node["url"] = f"{c.base}/author/{person_slug(c.L, n)}/"
    return node


def org_node(c):
    return {"@type": "Organization", "name": c.site, "url": c.base + "/",
            "logo": {"@type": "ImageObject", "url": f"{c.base}/images/logo.png"}}


def build_jsonld(c):
    ld = c.ld
    if not ld["use"]:
        return ""
    typ = ld["type"]
    if c.tpl == "news" and typ == "BlogPosting":
        typ = "NewsArticle"
    if c.tpl == "press":
        typ = "NewsArticle"
    if c.tpl == "docs":
        typ = "TechArticle"
    art = {"@type": typ, "headline": c.title, "description": c.lede,
           "image": [f"{c.base}/images/{c.slug}-1200x630.jpg"], "inLanguage": c.hl,
           "mainEntityOfPage": {"@type": "WebPage", "@id": c.url}}
    art.update(ld["dates"])
    if c.tpl in ("news", "press"):
        ld["publisher"] = True
    st, au = ld["style"], ld["author"]
    if ld["comments"]:
        cms = []
        for cm in c.comments:
            cms.append({"@type": "Comment", "author": {"@type": "Person", "name": cm["name"]},
                        "dateCreated": iso(cm["date"], c.tz), "text": cm["text"]})
        art["comment"] = cms
        art["commentCount"] = len(cms)
    if st == "graph" or st == "graph_org":
        org_id, site_id, page_id = f"{c.base}/#organization", f"{c.base}/#website", f"{c.url}#webpage"
        graph = [dict(org_node(c), **{"@id": org_id}),
                 {"@type": "WebSite", "@id": site_id, "url": c.base + "/", "name": c.site, "publisher": {"@id": org_id}},
                 {"@type": "WebPage", "@id": page_id, "url": c.url, "name": c.title, "isPartOf": {"@id": site_id}}]
        art["@id"] = f"{c.url}#article"
        art["isPartOf"] = {"@id": page_id}
        art["mainEntityOfPage"] = {"@id": page_id}
        art["publisher"] = {"@id": org_id}
        if st == "graph":
            pid = f"{c.base}/#/schema/person/{zlib.crc32(au[0].encode()):08x}{c.num:04x}"
            graph.append(dict(person_node(c, au[0]), **{"@id": pid}))
            art["author"] = {"name": au[0], "@id": pid} if c.num % 2 else {"@id": pid}
            if not c.num % 2:
                c.notes.append("Article.author is a bare @id reference to the Person node")
        else:
            art["author"] = {"@id": org_id}
        graph.append(art)
        obj = {"@context": "https://schema.org", "@graph": graph}
    else:
        if ld["publisher"]:
            art["publisher"] = org_node(c)
        if au == "ORG":
            art["author"] = org_node(c)
        elif isinstance(au, list) and au and isinstance(au[0], dict):
            art["author"] = au if len(au) > 1 else au[0]
        elif au:
            if st == "object":
                art["author"] = person_node(c, au[0])
            elif st == "array":
                art["author"] = [person_node(c, n) for n in au]
            elif st == "string":
                art["author"] = au[0]
            elif st == "graph_array":
                art["author"] = [{"@type": "Person", "name": n, "sameAs": [f"https://www.linkedin.com/in/{person_slug(c.L, n)}"]} for n in au]
            elif st == "nested_main":
                pass
        if st == "nested_main" and au:
            inner = dict(art)
            inner.pop("mainEntityOfPage", None)
            inner["author"] = person_node(c, au[0])
            obj = {"@context": "https://schema.org", "@type": "WebPage", "@id": c.url, "url": c.url,
                   "name": c.title, "mainEntity": inner}
        elif st == "graph_array":
            obj = [{"@context": "https://schema.org", "@type": "WebSite", "url": c.base + "/", "name": c.site,
                    "potentialAction": {"@type": "SearchAction", "target": c.base + "/?s={search_term_string}",
                                        "query-input": "required name=search_term_string"}},
                   dict({"@context": "https://schema.org"}, **art)]
        else:
            obj = dict({"@context": "https://schema.org"}, **art)
    txt = json.dumps(obj, ensure_ascii=False, indent=None if rng.random() < 0.5 else 2)
    return f'<script type="application/ld+json">{txt}</script>'


def shop_jsonld(c):
    obj = {"@context": "https://schema.org/", "@type": "Product", "name": c.title, "sku": c.sku,
           "image": [f"https://{c.domain}/cdn/shop/products/{c.slug}_1.jpg"], "description": c.paras[0],
           "brand": {"@type": "Brand", "name": c.site},
           "offers": {"@type": "Offer", "url": c.url, "availability": "https://schema.org/InStock",
                      "priceCurrency": PRICE[c.lang][1], "price": PRICE[c.lang][0]},
           "review": [{"@type": "Review", "author": {"@type": "Person", "name": r["name"]},
                       "datePublished": f'{r["date"]:%Y-%m-%d}', "reviewBody": r["text"],
                       "reviewRating": {"@type": "Rating", "ratingValue": "5"}} for r in c.reviews]}
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# ------------------------------------------------------------------ HTML document
def build_html(lang, spec, num, doc_id):
    c = base_ctx(lang, spec, num, doc_id)
    setup_special(c)
    set_path(c)
    c.title_author = None
    t = c.tpl
    if t == "medium":
        c.base = f"https://medium.com/{ascii_slug(c.site)}"
        set_path(c)
    if t == "forum":
        L = c.L
        op = L["handles"][nxt("handle-" + lang, len(L["handles"]))]
        rep = list(L["commenters"])
        rng.shuffle(rep)
        j0 = c.pub - dt.timedelta(days=rng.randint(300, 1500))
        posts = [(op, ascii_slug(op) or "op", 1000 + c.num * 3, j0, rng.randint(12, 400), c.pub,
                  "".join(f"<p>{esc(p)}</p>" for p in L["forum"]["op"]))]
        for i, rtxt in enumerate(L["forum"]["replies"]):
            u = rep[i]
            posts.append((u, ascii_slug(u) or f"user{i}", 2000 + c.num * 5 + i, j0 - dt.timedelta(days=200 * (i + 1)),
                          rng.randint(50, 3000), c.pub + dt.timedelta(hours=2 + 5 * i, minutes=17 * i), f"<p>{esc(rtxt)}</p>"))
        c.forum_posts = posts
        add_a(c, "author-url", "person", op)
    if t == "blogger" and spec["d"] != "none":
        set_path(c, date_url=True)
        add_d(c, "url")
    author_variant(c)
    apply_traps(c)
    date_variant(c)
    if c.spec.get("a") == "none_ld_comments":
        pass
    # jekyll specifics
    if t == "jekyll":
        c.minima_rel_author = any(s[1] == "person" for s in c.asig)
        if c.minima_rel_author:
            add_a(c, "rel-author-link", "org", c.site)
            c.notes.append("minima site-title rel=author (site name) is not the byline")
    if t == "jekyll" and c.spec["a"] == "microdata" and c.spec["d"] != "none":
        pass
    # title tag
    sep = rng.choice([" | ", " – ", " - ", " · ", " | "])
    if c.title_author:
        c.title_tag = f"{c.title} – {c.title_author}{sep}{c.site}"
    elif t == "medium":
        c.title_tag = f"{c.title} | {c.site} | Medium"
    elif t == "forum":
        c.title_tag = f"{c.title} | {c.site}"
    elif rng.random() < 0.85:
        c.title_tag = f"{c.title}{sep}{c.site}"
    else:
        c.title_tag = c.title
    c.og_title = c.title
    c.jsonld_html = shop_jsonld(c) if t == "shop" else build_jsonld(c)
    fn, tname = TEMPLATES[t]
    html_text = fn(c)
    if t == "news":
        tname = f"newspaper-{lang}"
    return c, html_text, tname


# ------------------------------------------------------------------ Markdown document
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_md(lang, spec, num, doc_id):
    c = base_ctx(lang, dict(spec, t="md"), num, doc_id)
    c.tpl = "md"
    L = c.L
    fm, a, d = spec["fm"], spec["a"], spec["d"]
    pub, mod = c.pub, c.mod
    ex = list(L["extras"])
    rng.shuffle(ex)
    tags = [c.cat.lower(), c.slug.split("-")[0]]
    authors, author_disp = [], None
    org = None
    if a == "md_person":
        two = fm in ("hugo_toml", "hugo_yaml") and c.num % 3 == 0
        authors = [next_person(c)] + ([next_person(c)] if two else [])
        if fm in ("docusaurus", "jekyll") and c.num % 2 == 0:
            authors = [L["handles"][nxt("handle-" + lang, len(L["handles"]))]]
            c.notes.append("front matter author is a user handle")
        for n in authors:
            add_a(c, "frontmatter", "person", n)
        c.notes.append("author in front matter")
    elif a == "md_org":
        org = L["org_bylines"][0]
        if spec.get("slot") == "E5":
            org = "Staff"
        add_a(c, "frontmatter", "org", org)
        c.notes.append(f"front matter author is generic/organisation '{org}'")
    elif a == "md_body_byline":
        p = slot_prefix(c, 4)
        bname = next_person(c)
        author_disp = plain_prefix(p, [bname])
        add_a(c, "byline", "person", bname)
        c.notes.append(f"no author key; byline line in body '{author_disp}'")
    else:
        c.notes.append("no author anywhere")

    date_fm = {}
    if d in ("frontmatter", "frontmatter_lastmod"):
        if d == "frontmatter_lastmod":
            date_fm["lastmod"] = mod
            c.notes.append("only lastmod/updated in front matter")
        else:
            date_fm["date"] = pub
        add_d(c, "frontmatter")
    elif d == "body_byline_date":
        add_d(c, "byline")
    else:
        c.notes.append("no date")

    tz = c.tz
    lines = []
    if fm in ("hugo_toml", "zola"):
        lines.append("+++")
        lines.append(f"title = {toml_str(c.title)}")
        lines.append(f"description = {toml_str(c.lede)}")
        if "date" in date_fm:
            lines.append(f"date = {date_fm['date']:%Y-%m-%d}" if fm == "zola" else f"date = {iso(date_fm['date'], tz)}")
        if "lastmod" in date_fm:
            lines.append(f"updated = {date_fm['lastmod']:%Y-%m-%d}" if fm == "zola" else f"lastmod = {iso(date_fm['lastmod'], tz)}")
        lines.append("draft = false")
        if fm == "hugo_toml":
            if authors:
                lines.append("authors = [" + ", ".join(toml_str(n) for n in authors) + "]")
            if org:
                lines.append(f"author = {toml_str(org)}")
            lines.append("tags = [" + ", ".join(toml_str(x) for x in tags) + "]")
            lines.append(f"categories = [{toml_str(c.cat)}]")
            if "photo" in spec["traps"]:
                lines.append(f"image_credit = {toml_str(photo_credit(L, ex[0]))}")
        else:
            lines.append("")
            lines.append("[taxonomies]")
            lines.append("tags = [" + ", ".join(toml_str(x) for x in tags) + "]")
            lines.append("")
            lines.append("[extra]")
            if authors:
                lines.append(f"author = {toml_str(authors[0])}")
            if org:
                lines.append(f"author = {toml_str(org)}")
            lines.append(f"cover = \"images/{c.slug}.jpg\"")
            if "photo" in spec["traps"]:
                lines.append(f"cover_credit = {toml_str(ex[0])}")
        lines.append("+++")
    else:
        lines.append("---")
        if fm == "jekyll":
            lines.append("layout: post")
        if fm == "docusaurus":
            lines.append(f"slug: {c.slug}")
        lines.append(f"title: {yaml_str(c.title)}")
        lines.append(f"description: {yaml_str(c.lede)}")
        if "date" in date_fm:
            if fm == "jekyll":
                lines.append(f"date: {date_fm['date']:%Y-%m-%d %H:%M:%S} {tz.replace(':', '')}")
            elif fm == "astro":
                lines.append(f"pubDate: '{date_fm['date']:%b %d %Y}'")
            elif fm == "docusaurus":
                lines.append(f"date: {date_fm['date']:%Y-%m-%d}")
            else:
                lines.append(f"date: {iso(date_fm['date'], tz)}")
        if "lastmod" in date_fm:
            key = {"astro": "updatedDate", "jekyll": "last_modified_at", "docusaurus": "last_update"}.get(fm, "lastmod")
            if fm == "astro":
                lines.append(f"updatedDate: '{date_fm['lastmod']:%b %d %Y}'")
            elif fm == "docusaurus":
                lines.append("last_update:")
                lines.append(f"  date: {date_fm['lastmod']:%Y-%m-%d}")
            else:
                lines.append(f"{key}: {iso(date_fm['lastmod'], tz)}")
        if authors:
            if fm == "docusaurus":
                if len(authors) == 1 and authors[0] in L["handles"]:
                    lines.append(f"authors: [{authors[0]}]")
                else:
                    lines.append("authors:")
                    for n in authors:
                        lines.append(f"  - name: {yaml_str(n)}")
                        lines.append(f"    url: https://github.com/{person_slug(L, n)}")
            elif fm == "hugo_yaml" and len(authors) > 1:
                lines.append("authors:")
                for n in authors:
                    lines.append(f"  - {yaml_str(n)}")
            elif fm == "hugo_yaml" and c.num % 2 == 1:
                lines.append("author:")
                lines.append(f"  name: {yaml_str(authors[0])}")
                lines.append(f"  link: https://{c.domain}/about/")
            else:
                lines.append(f"author: {yaml_str(authors[0]) if ' ' in authors[0] else authors[0]}")
        if org:
            lines.append(f"author: {yaml_str(org)}")
        if fm == "jekyll":
            lines.append(f"categories: [{c.cat_slug}]")
        lines.append("tags: [" + ", ".join(yaml_str(x) for x in tags) + "]")
        if fm == "astro":
            lines.append(f"heroImage: '/images/{c.slug}.jpg'")
        if "photo" in spec["traps"] and fm != "docusaurus":
            lines.append(f"image_credit: {yaml_str(photo_credit(L, ex[0]))}")
        if fm == "hugo_yaml":
            lines.append("draft: false")
        lines.append("---")
    if "photo" in spec["traps"]:
        c.trap_notes.append("photo credit")
    body = [""]
    if author_disp:
        body.append(f"*{author_disp}*")
        body.append("")
    if d == "body_byline_date":
        body.append(f"_{L['published'].format(d=L['fmt_long'](pub))}_")
        body.append("")
        c.notes.append("date line in body")
    body.append(c.lede)
    body.append("")
    k = rng.choice([3, 4])
    paras = list(L["articles"][c.art_i]["paras"][:k])
    for i, p in enumerate(paras):
        body.append(p)
        body.append("")
        if i == 0 and "photo" in spec["traps"]:
            body.append(f"![{c.title}](/images/{c.slug}.jpg)")
            body.append(f"*{photo_credit(L, ex[0])}*")
            body.append("")
        if i == 1 and "quote" in spec["traps"]:
            body.append("> " + L["quote"].format(name=ex[1]))
            body.append("")
            c.trap_notes.append("quoted person")
    if "event" in spec["traps"]:
        ed = pub + dt.timedelta(days=rng.randint(9, 45))
        body.append(L["event"].format(d=L["fmt_long"](ed)))
        body.append("")
        c.trap_notes.append("event date in text")
    text = "\n".join(lines + body).rstrip() + "\n"
    return c, text, "md-" + fm.replace("_", "-")


# ------------------------------------------------------------------ labels
def make_label(c, tname):
    persons = [s for s in c.asig if s[1] == "person"]
    orgs = [s for s in c.asig if s[1] == "org"]
    if persons:
        src = min(persons, key=lambda s: A_PRIO.index(s[0]))
        cls = "person"
        name = "; ".join(dict.fromkeys(s[2] for s in persons if s[0] == src[0]))
    elif orgs:
        src = min(orgs, key=lambda s: A_PRIO.index(s[0]))
        cls, name = "organisation", src[2]
    else:
        src, cls, name = None, "none", None
    if c.dsig:
        ds = min(c.dsig, key=lambda s: D_PRIO.index(s))
        date = "present"
    else:
        ds, date = None, "none"
    sig = sorted({f"{s[0]}:{s[1]}" for s in c.asig}, key=lambda x: A_PRIO.index(x.split(":")[0]))
    notes = "; ".join(c.notes)
    if len(sig) > 1:
        notes += "; author signals " + ", ".join(sig)
    if len(set(c.dsig)) > 1:
        notes += "; date signals " + ", ".join(sorted(set(c.dsig), key=D_PRIO.index))
    if c.trap_notes:
        notes += "; traps: " + ", ".join(dict.fromkeys(c.trap_notes))
    return {"lang": c.lang, "author": cls, "author_name": name, "author_source": src[0] if src else None,
            "date": date, "date_source": ds, "template": tname, "notes": notes}


# ------------------------------------------------------------------ main
def main():
    pages = os.path.join(OUT, "pages")
    os.makedirs(pages, exist_ok=True)
    for f in os.listdir(pages):
        os.remove(os.path.join(pages, f))
    labels = {}
    num = 100
    for li, lang in enumerate(LANG_ORDER):
        specs = plan_for(lang, li)
        rng.shuffle(specs)
        for k, spec in enumerate(specs, 1):
            num += 1
            doc_id = f"{lang}-{k:03d}"
            if spec["t"] == "md":
                c, text, tname = build_md(lang, spec, num, doc_id)
                fname = doc_id + ".md"
            else:
                c, text, tname = build_html(lang, spec, num, doc_id)
                fname = doc_id + ".html"
            with open(os.path.join(pages, fname), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels[fname] = make_label(c, tname)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} documents")


if __name__ == "__main__":
    main()
