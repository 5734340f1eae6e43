from labelkit import L, site_file

S, G = "mkdocs-tidewater", "mkdocs"
P = "sites/mkdocs/"
D = P + "docs/"
site_file(P + "mkdocs.yml", "MkDocs config: Material theme, toc permalink (Python-Markdown slugs, repeats get _1), attr_list, i18n plugin with suffix structure (.de.md) and fallback_to_default")

PM = "Python-Markdown toc anchors (ASCII-folded; repeated headings get _1)."
L(D + "index.md", S, G, "en", "landing", add=["E009"], notes="Home page; links changelog.md#030-2024-04-18 (toc slug of '## 0.3.0 (2024-04-18)'). Imprint exists.")
L(D + "index.de.md", S, G, "de", "landing", tr=D + "index.md", add=["E009"],
  notes="German home (i18n suffix). Links user-guide/configuration.md#konfigurationsdatei (German version exists) and reference/index.md (English only: fallback).")
L(D + "getting-started.md", S, G, "en", "reference", notes="Links data-sources.md#gaps-and-flags and configuration.md#configuration-file. " + PM)
L(D + "getting-started.de.md", S, G, "de", "reference", tr=D + "getting-started.md", notes="German translation; links English-only data-sources.md#gaps-and-flags (fallback) and configuration.md#konfigurationsdatei (German).")
L(D + "user-guide/configuration.md", S, G, "en", "reference", notes="Two '### Example' headings: the link #example_1 is the second one under Python-Markdown's rules.")
L(D + "user-guide/configuration.de.md", S, G, "de", "reference", tr=D + "user-guide/configuration.md",
  notes="Links #ubersicht-der-schlussel: Python-Markdown folds '## Übersicht der Schlüssel' to ASCII.")
L(D + "user-guide/data-sources.md", S, G, "en", "reference", notes="Docs page with a table.")
L(D + "user-guide/plotting.md", S, G, "en", "reference", notes="Docs page, mostly code.")
L(D + "reference/index.md", S, G, "en", "listing", notes="API reference index.")
L(D + "reference/station.md", S, G, "en", "reference", notes="Class reference; short sections by design.")
L(D + "reference/series.md", S, G, "en", "reference", notes="Class reference; links station.md#levels.")
L(D + "changelog.md", S, G, "en", "release-note", add=["E001", "E002"],
  notes="Keep-a-Changelog page; repeated '### Added/Fixed' headings; dated version headings; long list items are not sentences.")
L(D + "about/license.md", S, G, "en", "legal", add=["E002"], notes="BSD license text; the all-caps disclaimer is one 90-word legal sentence (not a readability problem on a license page).")
L(D + "about/imprint.md", S, G, "en", "legal", add=["E002"], notes="Imprint.")
