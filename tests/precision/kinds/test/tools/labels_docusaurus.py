from labelkit import L, site_file

S, G = "docusaurus-kestrel", "docusaurus"
P = "sites/docusaurus/"
FR = P + "i18n/fr/docusaurus-plugin-content-docs/current/"
JA = P + "i18n/ja/docusaurus-plugin-content-docs/current/"
site_file(P + "docusaurus.config.js", "Docusaurus config: locales en (default), fr, ja; docs under /docs, blog under /blog")
site_file(P + "sidebars.js", "docs sidebar")
site_file(P + "blog/authors.yml", "blog authors data (mira, kenji, olivier)")

L(P + "docs/intro.md", S, G, "en", "reference", notes="Docs root (slug: /). Links ./installation.md, /docs/config (slug of configuration.md), /docs/guides/caching#remote-cache.")
L(FR + "intro.md", S, G, "fr", "reference", tr=P + "docs/intro.md", notes="French translation. /docs/guides/caching is untranslated: Docusaurus builds it from the English source for /fr/.")
L(JA + "intro.md", S, G, "ja", "reference", tr=P + "docs/intro.md", notes="Japanese translation.")
L(P + "docs/installation.md", S, G, "en", "reference", notes="Links /docs/guides/caching#where-the-cache-lives and ./api/cli.md.")
L(FR + "installation.md", S, G, "fr", "reference", tr=P + "docs/installation.md", notes="French translation; links English-only pages (fallback).")
L(JA + "installation.md", S, G, "ja", "reference", tr=P + "docs/installation.md", notes="Japanese translation; links #パッケージマネージャー (github-slugger keeps Japanese).")
L(P + "docs/configuration.md", S, G, "en", "reference", notes="id configuration, slug /config: the URL is /docs/config. Explicit heading ids {#tasks} and {#cache}.")
L(FR + "configuration.md", S, G, "fr", "reference", tr=P + "docs/configuration.md", notes="French translation; explicit ids {#tasks} {#cache} kept, links #tasks.")
L(P + "docs/guides/caching.md", S, G, "en", "reference", notes="Links /docs/config#cache (explicit id).")
L(P + "docs/guides/writing-plugins.md", S, G, "en", "reference", notes="Front matter id plugins-howto: URL /docs/guides/plugins-howto. Links /docs/api/plugin-api#messages.")
L(P + "docs/api/cli.md", S, G, "en", "reference", notes="CLI reference.")
L(P + "docs/api/plugin-api.md", S, G, "en", "reference",
  notes="Front matter title plus '# Plugin API' in the body: Docusaurus renders only the body H1 (the front matter title is not added when the doc has an H1), so one H1. Links ../guides/writing-plugins.md.")
L(P + "docs/faq.md", S, G, "en", "reference", notes="FAQ with question headings answered briefly.")
RN = "Release post with commit bullets (authors from authors.yml, date from the file name)."
for f in ["2024-01-15-kestrel-1-4", "2024-03-04-kestrel-1-5", "2024-05-20-kestrel-1-6", "2024-06-03-kestrel-1-6-1"]:
    L(P + f"blog/{f}.md", S, G, "en", "release-note", add=["E001", "E002"], notes=RN)
L(P + "i18n/fr/docusaurus-plugin-content-blog/2024-05-20-kestrel-1-6.md", S, G, "fr", "release-note", tr=P + "blog/2024-05-20-kestrel-1-6.md",
  add=["E001", "E002"], notes="French translation of the 1.6 post; the commit list stays in English, identical to the original (not a copied passage: it is the translation). Same title 'Kestrel 1.6'.")
L(P + "blog/2024-02-12-how-we-test-plugins.md", S, G, "en", "article", add=["E005"], notes="Engineering article, first person, with numbers. Blog index lists every post (not an orphan).")
L(P + "blog/2024-04-08-migrating-from-make.md", S, G, "en", "article", add=["E005"], notes="Migration how-to told first-hand.")
L(P + "src/pages/index.md", S, G, "en", "landing", add=["E009"], notes="Home page (Markdown page). Page has '# Kestrel' and front matter title: pages do not render the title as H1, so one H1. Imprint exists.")
L(P + "i18n/fr/docusaurus-plugin-content-pages/index.md", S, G, "fr", "landing", tr=P + "src/pages/index.md", add=["E009"], notes="French home.")
L(P + "i18n/ja/docusaurus-plugin-content-pages/index.md", S, G, "ja", "landing", tr=P + "src/pages/index.md", add=["E009"], notes="Japanese home.")
L(P + "src/pages/privacy.md", S, G, "en", "legal", add=["E002", "M004"], notes="Privacy policy, 'Effective' date.")
L(P + "src/pages/imprint.md", S, G, "en", "legal", add=["E002", "M004"], notes="Imprint with date.")
