from labelkit import L, site_file

S, G = "starlight-docs", "starlight"
P = "sites/starlight/"
D = P + "src/content/docs/"
site_file(P + "astro.config.mjs", "Starlight config: locales en (default), de, fr, es, ja, zh-cn, pl; missing pages fall back to English")
site_file(P + "src/content.config.ts", "content collection config")
site_file(P + "package.json", "npm manifest")

FB = "Links to /{lang}/... pages that exist only in English are valid: Starlight serves the English page there (fallback to defaultLocale)."
SLUG = "Anchors follow github-slugger."
LANGS = ["de", "fr", "es", "ja", "zh-cn", "pl"]

L(D + "en/index.mdx", S, G, "en", "landing", add=["E009"], notes="Splash home page (template: splash, hero). The site has an imprint page.")
for lg in LANGS:
    extra = ""
    if lg == "es":
        extra = " Links built with href={url} inside a JSX expression (links.map) are not URLs to check."
    if lg == "pl":
        extra = " Links /pl/getting-started/#instalacja-ręczna (github-slugger keeps Polish letters)."
    L(D + f"{lg}/index.mdx", S, G, "zh" if lg == "zh-cn" else lg, "landing", tr=D + "en/index.mdx", add=["E009"],
      notes="Translated splash home; same title 'Lumen' as its English original (a translation, not a duplicate). " + FB + extra)

L(D + "en/getting-started.mdx", S, G, "en", "reference", notes="Docs page with Tabs/Aside components. #manual-setup and /en/reference/configuration/#imageservice (from ### `imageService`) exist. " + SLUG)
GS = {
    "de": "Links /de/guides/markdown/#markdownmdx-seiten (from '## Markdown/MDX-Seiten'), #manuelle-einrichtung, #imageservice; /de/guides/deploy/ and /de/guides/troubleshooting/ are untranslated (fallback).",
    "fr": "Links #installation-manuelle, /fr/reference/configuration/#imageservice; /fr/guides/deploy/ untranslated (fallback).",
    "es": "Links #configuración-manual, /es/guides/deploy/#restaurar-la-caché-en-ci; /es/reference/configuration/ untranslated (fallback).",
    "ja": "Japanese; /ja/reference/configuration/ untranslated (fallback).",
    "zh-cn": "Chinese; links /zh-cn/reference/cli/#lumen-cache-stats; /zh-cn/reference/configuration/ untranslated (fallback).",
    "pl": "Polish; heading '## Instalacja Ręczna' -> #instalacja-ręczna; /pl/reference/configuration/#imageobjectfit falls back to English.",
}
for lg, n in GS.items():
    L(D + f"{lg}/getting-started.mdx", S, G, "zh" if lg == "zh-cn" else lg, "reference", tr=D + "en/getting-started.mdx", notes="Translation of getting-started. " + n + " " + FB)

L(D + "en/guides/images.mdx", S, G, "en", "reference",
  notes="Docs guide. <a href={squoosh}> is an MDX expression, not a link to '{squoosh}'. Links #imageobjectfit (from '### image.objectFit') and #imageobjectposition.")
L(D + "de/guides/images.mdx", S, G, "de", "reference", tr=D + "en/guides/images.mdx", notes="Translation; same href={squoosh} expression and image.objectFit anchors.")
L(D + "fr/guides/images.mdx", S, G, "fr", "reference", tr=D + "en/guides/images.mdx", should=["L001"],
  notes="PLANTED: link /fr/guides/cache/ leads nowhere in any language (fallback cannot help). Other links valid (#imageobjectfit etc.).")
L(D + "ja/guides/images.mdx", S, G, "ja", "reference", tr=D + "en/guides/images.mdx", notes="Japanese translation; links /ja/getting-started/#インストール. " + FB)
L(D + "en/guides/markdown.mdx", S, G, "en", "reference", notes="Links /en/getting-started/#render-an-image.")
L(D + "de/guides/markdown.mdx", S, G, "de", "reference", tr=D + "en/guides/markdown.mdx", notes="Has heading '## Markdown/MDX-Seiten' (anchor #markdownmdx-seiten).")
L(D + "es/guides/markdown.mdx", S, G, "es", "reference", tr=D + "en/guides/markdown.mdx", notes="Links /es/guides/images/#widths-and-sizes (English fallback page, anchor exists there).")
L(D + "en/guides/i18n.mdx", S, G, "en", "reference", notes="Links /en/reference/cli/#lumen-check.")
L(D + "en/guides/deploy.mdx", S, G, "en", "reference", notes="Docs guide with Tabs.")
L(D + "es/guides/deploy.mdx", S, G, "es", "reference", tr=D + "en/guides/deploy.mdx", notes="Spanish translation.")
L(D + "en/guides/troubleshooting.mdx", S, G, "en", "reference", should=["L001"],
  notes="PLANTED: /en/reference/configuration/#imagesservice is a broken anchor (the heading gives #imageservice). Question-style short sections are normal for troubleshooting pages.")
L(D + "en/reference/index.mdx", S, G, "en", "listing", notes="Index of reference pages (LinkCards).")
L(D + "en/reference/configuration.mdx", S, G, "en", "reference", notes="Option reference: headings '### `formats`', '### image.objectFit'... short by design.")
L(D + "de/reference/configuration.mdx", S, G, "de", "reference", tr=D + "en/reference/configuration.mdx", notes="German translation; same option headings. Links /de/reference/cli/#lumen-cache-clear (fallback page).")
L(D + "fr/reference/configuration.mdx", S, G, "fr", "reference", tr=D + "en/reference/configuration.mdx", notes="French translation.")
L(D + "en/reference/cli.mdx", S, G, "en", "reference", notes="Command reference.")
L(D + "zh-cn/reference/cli.mdx", S, G, "zh", "reference", tr=D + "en/reference/cli.mdx", notes="Chinese translation; links /zh-cn/getting-started/#安装-lumen.")
L(D + "en/reference/frontmatter.mdx", S, G, "en", "reference", notes="Field reference; links /en/reference/configuration/#placeholder.")
L(D + "en/legal/privacy.mdx", S, G, "en", "legal", add=["E002"], notes="Privacy policy with visible 'Last updated' date.")
L(D + "de/legal/privacy.mdx", S, G, "de", "legal", tr=D + "en/legal/privacy.mdx", add=["E002"], notes="German privacy policy ('Stand'); links /de/legal/imprint/ which falls back to English.")
L(D + "en/legal/imprint.mdx", S, G, "en", "legal", add=["E002"], notes="Imprint (Impressum) with 'Last updated' date.")
