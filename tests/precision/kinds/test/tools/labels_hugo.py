from labelkit import L, site_file

S, G = "hugo-docs", "hugo"
P = "sites/hugo-docs/"
C = P + "content/"
site_file(P + "hugo.toml", "Hugo site config: languages en/de, autoHeadingIDType=github, URLs lowercased (disablePathToLower=false), permalinks for news")
site_file(P + "layouts/_default/_markup/render-link.html", "Hugo link render hook: [term](g) becomes a link to /glossary/<term>/ (plural 's' dropped)")
site_file(P + "layouts/_default/baseof.html", "theme template")
site_file(P + "layouts/_default/single.html", "theme template")
site_file(P + "layouts/_default/list.html", "theme template")

GL = "Uses [term](g) glossary links that the site's render hook resolves to /glossary/<term>/; reporting them as links to 'g' is wrong."

L(C + "_index.md", S, G, "en", "landing", add=["E009"], notes="Home page. " + GL + " /about/ exists (about/_index.md).")
L(C + "_index.de.md", S, G, "de", "landing", tr=C + "_index.md", add=["E009"], notes="German home, translation by file name. Links to English function pages, which exist.")
L(C + "getting-started/_index.md", S, G, "en", "listing", notes="Section list page.")
L(C + "getting-started/_index.de.md", S, G, "de", "listing", tr=C + "getting-started/_index.md", notes="German section list page.")
L(C + "getting-started/quick-start.md", S, G, "en", "reference", notes="Docs tutorial page. Link to /functions/time/format/ reaches functions/time/Format.md (Hugo lowercases URLs); #cascade exists. " + GL)
L(C + "getting-started/quick-start.de.md", S, G, "de", "reference", tr=C + "getting-started/quick-start.md", should=["L001"],
  notes="PLANTED: link to /de/functions/strings/replace/ leads nowhere: Hugo does not build untranslated pages for the second language (no fallback). Other links valid: #über-die-projektvorlage is Hugo's github anchor of '## Über die Projektvorlage'; English pages linked from German exist. Translationkey pairs it with quick-start.md.")
L(C + "getting-started/directory-structure.md", S, G, "en", "reference", notes=GL + " /functions/urls/relref/ reaches urls/RelRef.md.")
L(C + "glossary/_index.md", S, G, "en", "listing", notes="Glossary section index.")
for t in ["front-matter", "page-bundle", "section", "taxonomy", "layout-string"]:
    dup = t == "front-matter"
    L(C + f"glossary/{t}.md", S, G, "en", "reference", drop=["D004", "D006"] if dup else (),
      notes="Glossary entry, short by design (one or two sentences)." + (" Shares the title 'Front matter' with content-management/front-matter.md (not labelled either way)." if dup else ""))
L(C + "functions/_index.md", S, G, "en", "listing", notes="Section list page of all functions.")
for ns in ["time", "strings", "urls"]:
    L(C + f"functions/{ns}/_index.md", S, G, "en", "listing", notes="Namespace list page.")
REF = "Function reference page: short text plus code by design; shares the Syntax/Returns/Examples template with the other function pages (not a doorway)."
for f in ["time/Format", "time/Now", "time/ParseDuration", "time/AsTime", "strings/Contains", "strings/HasPrefix",
          "strings/Replace", "strings/TrimSpace", "strings/Split", "urls/RelRef", "urls/AbsURL"]:
    extra = ""
    if f == "time/Format": extra = " Has aliases: [/functions/dateformat/]. " + GL
    if f == "time/Now": extra = " " + GL
    if f == "time/AsTime": extra = " Links /functions/time/format/#examples (exists)."
    if f == "strings/Split": extra = " Links /news/quarry-0-122-0/, the slug URL of news/docs-search-2024.md."
    if f == "urls/RelRef": extra = " Links /content-management/links-and-cross-references/, the slug URL of cross-references.md."
    L(C + f"functions/{f}.md", S, G, "en", "reference", notes=REF + extra)
L(C + "content-management/_index.md", S, G, "en", "listing")
L(C + "content-management/front-matter.md", S, G, "en", "reference", drop=["D004", "D006"], notes="Same title as the glossary entry glossary/front-matter.md (not labelled either way). " + "Docs page; has '## Dates {#dates-and-time-zones}' explicit id. " + GL)
L(C + "content-management/page-bundles.md", S, G, "en", "reference", notes=GL)
L(C + "content-management/cross-references.md", S, G, "en", "reference", should=["L001"],
  notes="PLANTED: link /content-management/front-matter/#cascade-keys is a broken anchor (the heading is '## Cascade' -> #cascade). Valid and must not be reported: /functions/dateformat/ (alias of Format.md), relref shortcode link, #dates-and-time-zones (explicit id), #examples and #examples-1 (repeated heading), [taxonomy](g).")
L(C + "content-management/multilingual.md", S, G, "en", "reference", notes="Links /de/getting-started/quick-start/ (exists).")
L(C + "news/_index.md", S, G, "en", "listing", notes="News section list page.")
RN = "Release note with commit bullet list; dated, no author (project release note: author not expected)."
L(C + "news/quarry-0-120-0.md", S, G, "en", "release-note", add=["E001", "E002"], notes=RN)
L(C + "news/quarry-0-121-0.md", S, G, "en", "release-note", add=["E001", "E002"], notes=RN)
L(C + "news/docs-search-2024.md", S, G, "en", "release-note", add=["E001", "E002"], notes=RN + " slug gives URL /news/quarry-0-122-0/.")
L(C + "about/_index.md", S, G, "en", "listing", notes="About section index (lists license and privacy pages); counts as the site's About page.")
L(C + "about/license.md", S, G, "en", "legal", add=["E002"], notes="License page with lastmod.")
L(C + "about/privacy.md", S, G, "en", "legal", add=["E002"], notes="Privacy policy with lastmod.")
