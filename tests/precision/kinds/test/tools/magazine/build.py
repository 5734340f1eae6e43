"""Builds the Kitchen Ledger magazine (sites/magazine/) as static HTML, the way the
magazine's own small publishing script would. The texts are in en.py, de.py, fr.py and
es.py; this file only wraps them in the site's template."""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parent.parent / "sites/magazine"
BASE = "https://kitchenledger.example"

NAV = {
    "en": [("/en/category/bread.html", "Bread"), ("/en/category/techniques.html", "Techniques"), ("/en/tag/fermentation.html", "Fermentation")],
    "de": [("/de/kategorie/brot.html", "Brot"), ("/en/category/techniques.html", "Techniken (englisch)")],
    "fr": [("/fr/categorie/pain.html", "Pain")],
    "es": [("/es/categoria/legumbres.html", "Legumbres")],
}
FOOTER = {
    "en": [("/en/legal/privacy.html", "Privacy"), ("/en/legal/terms.html", "Terms of use"), ("/en/legal/imprint.html", "Imprint")],
    "de": [("/de/rechtliches/datenschutz.html", "Datenschutz"), ("/de/rechtliches/impressum.html", "Impressum")],
    "fr": [("/fr/legal/confidentialite.html", "Confidentialité"), ("/fr/legal/mentions-legales.html", "Mentions légales")],
    "es": [("/es/legal/privacidad.html", "Privacidad"), ("/es/legal/aviso-legal.html", "Aviso legal")],
}
BYLINE = {"en": "By", "de": "Von", "fr": "Par", "es": "Por"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def human_date(d, lang):
    y, m, day = d.split("-")
    name = MONTHS[lang][int(m) - 1]
    day = int(day)
    if lang == "en":
        return f"{day} {name} {y}"
    if lang == "de":
        return f"{day}. {name} {y}"
    return f"{day} {'de ' if lang == 'es' else ''}{name}{' de' if lang == 'es' else ''} {y}"


def inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
    t = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', t)
    return t


def blocks(body):
    out = []
    for blk in [b.strip("\n") for b in body.strip().split("\n\n")]:
        lines = blk.split("\n")
        if blk.startswith("## "):
            out.append(f"<h2>{inline(blk[3:])}</h2>")
        elif blk.startswith("### "):
            out.append(f"<h3>{inline(blk[4:])}</h3>")
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>\n" + "\n".join(f"  <li>{inline(l[2:])}</li>" for l in lines) + "\n</ul>")
        elif all(re.match(r"\d+\. ", l) for l in lines):
            out.append("<ol>\n" + "\n".join(f"  <li>{inline(l.split('. ', 1)[1])}</li>" for l in lines) + "\n</ol>")
        elif blk.startswith("> "):
            out.append(f"<blockquote><p>{inline(blk[2:])}</p></blockquote>")
        elif blk.startswith("<"):
            out.append(blk)
        else:
            out.append(f"<p>{inline(' '.join(lines))}</p>")
    return "\n".join(out)


def render(p, groups):
    lang = p["lang"]
    url = "/" + p["path"]
    head = [f'<meta charset="utf-8">', f'<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(p['title'])} | Kitchen Ledger</title>" if p.get("suffix", True) else f"<title>{html.escape(p['title'])}</title>",
            f'<meta name="description" content="{html.escape(p["description"])}">',
            f'<link rel="canonical" href="{BASE}{url}">']
    if p.get("group"):
        members = groups[p["group"]]
        for m in members:
            head.append(f'<link rel="alternate" hreflang="{m["lang"]}" href="{BASE}/{m["path"]}">')
        head.append(f'<link rel="alternate" hreflang="x-default" href="{BASE}/{members[0]["path"]}">')
    if p.get("author"):
        head.append(f'<meta name="author" content="{html.escape(p["author"])}">')
    if p.get("date"):
        head.append(f'<meta property="article:published_time" content="{p["date"]}">')
    if p.get("jsonld", p["kind"] == "article"):
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": p["title"], "inLanguage": lang,
              "author": {"@type": "Person", "name": p["author"]}, "datePublished": p["date"],
              "publisher": {"@type": "Organization", "name": "Kitchen Ledger"}}
        if p.get("updated"):
            ld["dateModified"] = p["updated"]
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    if p.get("robots"):
        head.append(f'<meta name="robots" content="{p["robots"]}">')
    nav = " ".join(f'<a href="{h}">{t}</a>' for h, t in NAV[lang])
    foot = " · ".join(f'<a href="{h}">{t}</a>' for h, t in FOOTER[lang])
    langs = ""
    if p.get("group"):
        langs = '<p class="languages">' + " ".join(f'<a href="/{m["path"]}" hreflang="{m["lang"]}" lang="{m["lang"]}">{m["lang"].upper()}</a>' for m in groups[p["group"]] if m is not p) + "</p>"
    byline = ""
    if p.get("author") and p["kind"] == "article":
        byline = f'<p class="byline">{BYLINE[lang]} <span class="author">{html.escape(p["author"])}</span> · <time datetime="{p["date"]}">{human_date(p["date"], lang)}</time></p>'
    elif p.get("date") and p["kind"] != "article":
        byline = f'<p class="updated"><time datetime="{p["date"]}">{human_date(p["date"], lang)}</time></p>'
    wrap = "article" if p["kind"] == "article" else "div"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{chr(10).join(head)}
</head>
<body>
<header class="site-header"><a class="logo" href="/{lang}/">Kitchen Ledger</a>
<nav>{nav}</nav></header>
<main>
<{wrap} class="{p['kind']}">
<h1>{inline(p['h1'] if p.get('h1') else p['title'])}</h1>
{byline}
{blocks(p['body'])}
{langs}
</{wrap}>
</main>
<footer class="site-footer">{foot}</footer>
</body>
</html>
"""


def main():
    import en, de, fr, es
    pages = en.PAGES + de.PAGES + fr.PAGES + es.PAGES
    groups = {}
    for p in pages:
        if p.get("group"):
            groups.setdefault(p["group"], []).append(p)
    for g in groups.values():
        g.sort(key=lambda m: ["en", "de", "fr", "es"].index(m["lang"]))
    for p in pages:
        f = OUT / p["path"]
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(render(p, groups), encoding="utf-8")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
