import sys
from pathlib import Path
from labelkit import L, site_file

sys.path.insert(0, str(Path(__file__).resolve().parent / "magazine"))
import en, de, fr, es  # noqa: E402

S, G = "magazine-kitchen-ledger", "plain"
P = "sites/magazine/"
site_file(P + ".contentlint.yml", "base-url only (https://kitchenledger.example), so root-relative links and hreflang URLs resolve")

pages = en.PAGES + de.PAGES + fr.PAGES + es.PAGES
first = {}
for p in pages:
    if p.get("group") and p["group"] not in first:
        first[p["group"]] = P + p["path"]

SPECIAL = {
    "en/articles/is-cast-iron-worth-it.html": dict(should=["T001"], drop=["T002"], notes="PLANTED thin article (about 60 words)."),
    "de/artikel/messer-spuelmaschine.html": dict(should=["T001"], drop=["T002"], notes="PLANTED thin article in German (about 35 words)."),
    "en/articles/stock-from-kitchen-scraps.html": dict(should=["L001"], notes="PLANTED: link /en/articles/pressure-cooker-stock.html leads to a page that exists nowhere."),
    "es/articulos/aceite-de-oliva-para-freir.html": dict(should=["E001", "E002", "E007"], drop=["E004"],
        notes="PLANTED: article with no author, no date and no Article JSON-LD (no byline, no meta author, no time element)."),
}
FIRST_HAND = {"en/articles/sourdough-starter-from-scratch.html", "en/articles/sharpening-a-kitchen-knife.html",
              "en/articles/fermenting-hot-sauce.html", "en/articles/guide-to-dried-beans.html",
              "en/articles/stock-from-kitchen-scraps.html", "en/articles/why-recipes-should-weigh-flour.html"}

for p in pages:
    path = P + p["path"]
    tr = None
    if p.get("group") and first[p["group"]] != path:
        tr = first[p["group"]]
    kind = p["kind"]
    spec = SPECIAL.get(p["path"], {})
    add = ["T002"] if kind != "article" else []
    if kind == "article":
        add += ["E007", "T002"]
        if p["path"] in FIRST_HAND:
            add.append("E005")
    if kind == "landing":
        add.append("E009")
    if kind == "legal":
        add.append("E002")
    notes = "HTML page with header navigation and footer (template text). "
    if p.get("group"):
        notes += f"hreflang alternates link the versions of this page (group '{p['group']}'). "
    if kind == "article" and not spec.get("should"):
        notes += "Byline, meta author and Article JSON-LD with author and datePublished. "
    notes += spec.get("notes", "")
    L(path, S, G, p["lang"], kind, tr=tr, should=spec.get("should", ()), add=add, drop=spec.get("drop", ()), notes=notes.strip())
