"""An Astro Starlight docs site for "Vista", an image integration, in seven locales.

Starlight conventions planted here:
- pages live under src/content/docs/<locale>/ and are served at /<locale>/<path>/;
- defaultLocale is "en": a page missing in a locale is served from the English page at
  the locale's URL, so /de/guides/deploy/ exists although de/guides/deploy.mdx does not;
- heading ids are github-slugger ids: `### image.objectFit` -> #imageobjectfit,
  ``### `imageService` `` -> #imageservice, `## Bilder in Markdown/MDX-Seiten` ->
  #bilder-in-markdownmdx-seiten, `## Installation manuelle — étape par étape` ->
  #installation-manuelle--étape-par-étape;
- `href={url}` inside an MDX expression is not a link target.
"""
from common import doc, site_file

S = "starlight-docs"
BASE = "src/content/docs"
LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "ja": "ja", "zh-cn": "zh", "pt-br": "pt"}


def d(loc, path, text, kind, original=False, **kw):
    tr = None if loc == "en" else f"{BASE}/en/{path}"
    doc(f"{BASE}/{loc}/{path}", text, site=S, gen="starlight", lang=LANGS[loc], kind=kind,
        tr=tr, paired=original, **kw)


def build():
    site_file(S, "astro.config.mjs", """
        // @ts-check
        import { defineConfig } from 'astro/config';
        import starlight from '@astrojs/starlight';

        export default defineConfig({
          site: 'https://vista-images.example.dev',
          integrations: [
            starlight({
              title: 'Vista',
              social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/vista-images/vista' }],
              defaultLocale: 'en',
              locales: {
                en: { label: 'English' },
                de: { label: 'Deutsch' },
                fr: { label: 'Français' },
                es: { label: 'Español' },
                ja: { label: '日本語' },
                'zh-cn': { label: '简体中文', lang: 'zh-CN' },
                'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
              },
              sidebar: [
                { label: 'Start here', items: ['getting-started'] },
                { label: 'Guides', autogenerate: { directory: 'guides' } },
                { label: 'Reference', autogenerate: { directory: 'reference' } },
                { label: 'Resources', autogenerate: { directory: 'resources' } },
              ],
            }),
          ],
        });
    """)
    site_file(S, "src/content.config.ts", """
        import { defineCollection } from 'astro:content';
        import { docsLoader } from '@astrojs/starlight/loaders';
        import { docsSchema } from '@astrojs/starlight/schema';

        export const collections = {
          docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
        };
    """)

    # =================================================================== en
    d("en", "index.mdx", """
        ---
        title: Vista
        description: Fast, responsive images for Astro sites, with one component and no build plugins to wire up.
        template: splash
        hero:
          tagline: Responsive images for Astro, done once and done right.
          actions:
            - text: Get started
              link: /en/getting-started/
              icon: right-arrow
            - text: View on GitHub
              link: https://github.com/vista-images/vista
              icon: external
              variant: minimal
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="One component" icon="puzzle">
            Replace `<img>` with `<Picture>` and get AVIF, WebP and the right sizes.
          </Card>
          <Card title="Any source" icon="cloud-download">
            Local files, remote URLs and CMS assets go through the same pipeline.
          </Card>
          <Card title="Cached builds" icon="rocket">
            Images are processed once and reused until they change.
          </Card>
          <Card title="Seven languages" icon="translate">
            These docs are available in English, Deutsch, Français, Español, 日本語, 简体中文 and Português.
          </Card>
        </CardGrid>
    """, "landing", original=True, mustnot=["L001"], notes="Splash home page; translated into all six other locales.")

    d("en", "getting-started.mdx", """
        ---
        title: Getting started
        description: Install Vista, add it to astro.config.mjs and render your first responsive image.
        ---

        import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';

        Vista needs Astro 4.0 or later and Node.js 18.17 or later.

        ## Install the integration

        <Tabs syncKey="pkg">
          <TabItem label="npm">
            ```sh
            npx astro add @vista-images/astro
            ```
          </TabItem>
          <TabItem label="pnpm">
            ```sh
            pnpm astro add @vista-images/astro
            ```
          </TabItem>
        </Tabs>

        ## Manual installation

        <Steps>
        1. Install the package: `npm install @vista-images/astro`.
        2. Add it to the `integrations` array in `astro.config.mjs`.
        3. Restart the dev server.
        </Steps>

        ## Your first image

        ```astro
        ---
        import { Picture } from '@vista-images/astro';
        import hero from '../assets/hero.jpg';
        ---
        <Picture src={hero} alt="A lighthouse at dusk" widths={[480, 960, 1440]} />
        ```

        Next, set the defaults for every image in
        [Configuring images](/en/guides/images/#configuring-images), or read how
        [object-fit](/en/guides/images/#imageobjectfit) is applied.
    """, "reference", original=True, mustnot=["L001"], notes="Anchors are github-slugger ids; #imageobjectfit is '### image.objectFit'.")

    d("en", "guides/images.mdx", """
        ---
        title: Working with images
        description: Set image defaults, choose an image service and serve responsive sizes.
        ---

        Every `<Picture>` reads the `image` options of the integration unless the
        component overrides them.

        ## Configuring images

        ```js title="astro.config.mjs"
        vista({
          image: { objectFit: 'cover', quality: 70 },
          imageService: 'sharp',
        })
        ```

        ### image.objectFit

        How the image fills its box when the aspect ratio differs: `cover` (the default),
        `contain`, `fill` or `none`. Vista crops at build time for `cover`, so smaller
        files are sent.

        ### `imageService`

        The library that encodes images: `sharp` (default) or `squoosh`. Use `squoosh`
        only where native modules cannot be installed; it is about four times slower.

        ### image.quality

        A number from 1 to 100, or one of `low` (50), `mid` (70) and `high` (85).

        ## Responsive images

        Pass `widths` to get a `srcset`, and `sizes` to tell the browser how wide the
        image is shown:

        ```astro
        <Picture src={hero} widths={[400, 800, 1200]} sizes="(min-width: 60rem) 50vw, 100vw" alt="" />
        ```

        ## Remote images

        Remote URLs must match `domains` or `remotePatterns`; see the
        [configuration reference](/en/reference/configuration/#remotepatterns).
    """, "reference", original=True, mustnot=["L001"], notes="Headings with dots and inline code; github-slugger ids imageobjectfit, imageservice, imagequality.")

    d("en", "guides/markdown.mdx", """
        ---
        title: Images in Markdown
        description: How Vista optimizes images referenced from Markdown and MDX content.
        ---

        ## Images in Markdown/MDX pages

        Standard Markdown images are optimized automatically when the file is local:

        ```md
        ![A red kite over the hills](./kite.jpg)
        ```

        Remote images in Markdown are left alone unless `markdown.remote` is `true`.

        ## Alt text

        Vista keeps your alt text as written. An image with an empty alt text is treated
        as decorative and gets `role="presentation"`.

        ## Image captions

        In MDX, use the `<Figure>` component to add a caption:

        ```mdx
        <Figure src={kite} alt="A red kite" caption="Red kite, Chiltern Hills, May 2024" />
        ```

        For sizes and formats, the [image defaults](/en/guides/images/#responsive-images)
        apply here too.
    """, "reference", original=True, mustnot=["L001"])

    d("en", "guides/i18n.mdx", """
        ---
        title: Translating alt text
        description: Keep alt text and captions in sync across the languages of a multilingual site.
        ---

        ## Alt text per locale

        Pass a translation key instead of a string, and Vista looks it up in your
        `src/i18n/<locale>.json` files:

        ```astro
        <Picture src={kite} alt={t('images.kite')} />
        ```

        ## Right-to-left languages

        Captions inherit the `dir` of the page. For Arabic and Hebrew pages, Vista mirrors
        the caption alignment but never the image itself.

        ## Missing translations

        When a key has no translation, the English text is used and a warning is printed
        at build time, once per key.
    """, "reference", mustnot=["L001"], notes="English only; other locales serve it from the default locale.")

    d("en", "guides/deploy.mdx", """
        ---
        title: Deploying
        description: Where processed images are stored and how to keep them between deploys.
        ---

        ## Netlify

        Add the cache folder to the build cache so images are not processed again on
        every deploy:

        ```toml title="netlify.toml"
        [[plugins]]
          package = "netlify-plugin-cache"
          [plugins.inputs]
            paths = ["node_modules/.vista"]
        ```

        ## Vercel

        Vercel keeps `node_modules/.vista` between builds automatically.

        ## Static hosts

        On GitHub Pages or any static host, commit nothing: the images are part of the
        build output in `dist/_vista/`.
    """, "reference", original=True, mustnot=["L001"])

    d("en", "guides/caching.mdx", """
        ---
        title: Caching processed images
        description: How Vista decides when an image must be processed again.
        ---

        Vista hashes the source file, the options and its own version. An image is
        processed again only when that hash changes.

        ## Where the cache lives

        By default in `node_modules/.vista`. Change it with `cacheDir`.

        ## What invalidates the cache

        - editing or replacing the source file
        - changing [object-fit](/en/guides/images/#image-object-fit), quality or formats
        - upgrading Vista to a new minor version

        ## Clearing the cache

        ```sh
        rm -rf node_modules/.vista
        ```

        On CI, see [Deploying](/en/guides/deploy/#netlify) to keep the cache between
        builds.
    """, "reference", should=["L001"], notes="PLANTED broken anchor: the heading is '### image.objectFit' whose id is #imageobjectfit, not #image-object-fit. The #netlify link is valid.")

    d("en", "reference/configuration.mdx", """
        ---
        title: Configuration reference
        description: Every option of the Vista integration, its type and its default.
        ---

        ### `domains`

        **Type:** `string[]` · **Default:** `[]`

        Hosts from which remote images may be fetched, for example `['images.example.com']`.

        ### `remotePatterns`

        **Type:** `RemotePattern[]` · **Default:** `[]`

        Like `domains`, with protocol, port and path wildcards:

        ```js
        remotePatterns: [{ protocol: 'https', hostname: '**.cdn.example.com' }]
        ```

        ### `formats`

        **Type:** `('avif' | 'webp' | 'jpeg' | 'png')[]` · **Default:** `['avif', 'webp']`

        ### `cacheDir`

        **Type:** `string` · **Default:** `'node_modules/.vista'`

        ### `image`

        Defaults for every image: see [Configuring images](/en/guides/images/#configuring-images).
    """, "reference", original=True, mustnot=["L001"])

    d("en", "reference/cli.md", """
        ---
        title: vista CLI
        description: Commands of the vista command-line tool for pre-processing and inspecting images.
        ---

        ## vista build

        Processes every image the site uses without building the site.

        ```sh
        npx vista build --concurrency 4
        ```

        ## vista inspect

        Prints the sizes and formats produced for one source file:

        ```sh
        npx vista inspect src/assets/hero.jpg
        ```

        ## vista clean

        Deletes the cache folder. Upgrading from Vista 2? Run `vista clean` first and
        follow the [migration guide](/en/guides/migrate/).
    """, "reference", original=True, should=["L001"], notes="PLANTED: /en/guides/migrate/ exists in no locale. Title 'vista CLI' is identical in en, de and ja (translations: no D004).")

    d("en", "reference/api.mdx", """
        ---
        title: Component and function API
        description: Props of Picture and Figure, and the getImage() function for custom components.
        ---

        ## Components

        ### `<Picture />`

        | prop | type | required |
        |---|---|---|
        | `src` | `ImageMetadata \\| string` | yes |
        | `alt` | `string` | yes |
        | `widths` | `number[]` | no |
        | `sizes` | `string` | no |

        ### `<Figure />`

        All props of `<Picture />`, plus `caption`.

        ## Functions

        ### getImage()

        ```ts
        const img = await getImage({ src: hero, width: 800, format: 'webp' });
        ```

        Returns `{ src, attributes }` for use in your own components, such as a CSS
        background. Options are the same as in the
        [configuration reference](/en/reference/configuration/#formats).
    """, "reference", mustnot=["L001"])

    d("en", "resources/community.mdx", """
        ---
        title: Community resources
        description: Talks, articles and integrations about Vista, made by its community.
        ---

        import { CardGrid, LinkCard } from '@astrojs/starlight/components';

        export const resources = [
          { title: 'Responsive images with Vista (talk, 24 min)', url: 'https://www.youtube.com/watch?v=dQw9vista01' },
          { title: 'Migrating a 3,000-image blog to Vista', url: 'https://blog.example.net/vista-migration' },
          { title: 'vista-storyblok: Storyblok assets through Vista', url: 'https://github.com/example/vista-storyblok' },
          { title: 'Vista on the Astro Discord', url: 'https://astro.build/chat' },
        ];

        Something missing? Open a pull request that adds it to this list.

        <CardGrid>
          {resources.map(({ title, url }) => (
            <LinkCard title={title} href={url} />
          ))}
        </CardGrid>
    """, "listing", mustnot=["L001"], notes="href={url} is an MDX expression, not a link to '{url}'.")

    d("en", "resources/showcase.mdx", """
        ---
        title: Showcase
        description: Sites that serve their images through Vista.
        ---

        import { LinkCard } from '@astrojs/starlight/components';

        <LinkCard title="Kestrel Photo Club" href="https://kestrel-photo.example.org" description="12,000 photos, AVIF first." />
        <LinkCard title="Tidepool field guide" href="https://tidepool.example.com" description="A field guide with 800 species plates." />
        <LinkCard title="Ordnance Walks" href="https://walks.example.co.uk" description="Maps and route photos for 400 walks." />
        <LinkCard title="Add your site" href="/en/resources/community/" description="How to get listed." />
    """, "listing", mustnot=["L001"], notes="Card links only; the internal one is valid.")

    # =================================================================== de
    d("de", "index.mdx", """
        ---
        title: Vista
        description: Schnelle, responsive Bilder für Astro-Websites – eine Komponente, keine Build-Plugins zum Verdrahten.
        template: splash
        hero:
          tagline: Responsive Bilder für Astro, einmal richtig gemacht.
          actions:
            - text: Loslegen
              link: /de/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="Eine Komponente" icon="puzzle">
            Ersetze `<img>` durch `<Picture>` und erhalte AVIF, WebP und die passenden Größen.
          </Card>
          <Card title="Jede Quelle" icon="cloud-download">
            Lokale Dateien, entfernte URLs und CMS-Assets laufen durch dieselbe Pipeline.
          </Card>
          <Card title="Zwischengespeicherte Builds" icon="rocket">
            Bilder werden einmal verarbeitet und wiederverwendet, bis sie sich ändern.
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("de", "getting-started.mdx", """
        ---
        title: Erste Schritte
        description: Vista installieren, in astro.config.mjs eintragen und das erste responsive Bild ausgeben.
        ---

        import { Steps } from '@astrojs/starlight/components';

        Vista braucht Astro 4.0 oder neuer und Node.js 18.17 oder neuer.

        ## Integration installieren

        ```sh
        npx astro add @vista-images/astro
        ```

        ## Manuelle Installation

        <Steps>
        1. Paket installieren: `npm install @vista-images/astro`.
        2. Im Array `integrations` in `astro.config.mjs` eintragen.
        3. Den Entwicklungsserver neu starten.
        </Steps>

        ## Dein erstes Bild

        ```astro
        <Picture src={hero} alt="Ein Leuchtturm in der Abenddämmerung" widths={[480, 960, 1440]} />
        ```

        Standardwerte für alle Bilder legst du unter
        [Bilder konfigurieren](/de/guides/images/#bilder-konfigurieren) fest. Wie
        `object-fit` angewendet wird, steht unter
        [image.objectFit](/de/guides/images/#imageobjectfit). Für das Deployment gibt es
        eine eigene Anleitung: [Deployment auf Netlify](/de/guides/deploy/#netlify).
    """, "reference", mustnot=["L001"], notes="/de/guides/deploy/ is not translated: Starlight serves the English page there (defaultLocale en), and #netlify exists on it.")

    d("de", "guides/images.mdx", """
        ---
        title: Mit Bildern arbeiten
        description: Standardwerte für Bilder setzen, einen Bilddienst wählen und responsive Größen ausliefern.
        ---

        Jedes `<Picture>` übernimmt die `image`-Optionen der Integration, sofern die
        Komponente sie nicht überschreibt.

        ## Bilder konfigurieren

        ```js title="astro.config.mjs"
        vista({ image: { objectFit: 'cover', quality: 70 }, imageService: 'sharp' })
        ```

        ### image.objectFit

        Legt fest, wie das Bild seine Box füllt, wenn das Seitenverhältnis abweicht:
        `cover` (Standard), `contain`, `fill` oder `none`. Bei `cover` schneidet Vista
        schon beim Build zu, deshalb werden kleinere Dateien ausgeliefert.

        ### `imageService`

        Die Bibliothek, die die Bilder kodiert: `sharp` (Standard) oder `squoosh`.
        `squoosh` ist etwa viermal langsamer und nur sinnvoll, wo sich native Module
        nicht installieren lassen.

        ### image.quality

        Eine Zahl von 1 bis 100 oder `low` (50), `mid` (70) bzw. `high` (85).

        ## Responsive Bilder

        Mit `widths` entsteht ein `srcset`, mit `sizes` erfährt der Browser, wie breit
        das Bild angezeigt wird. Entfernte Bilder müssen zu `domains` oder
        `remotePatterns` passen, siehe
        [Konfigurationsreferenz](/de/reference/configuration/#remotepatterns).
    """, "reference", mustnot=["L001"])

    d("de", "guides/markdown.mdx", """
        ---
        title: Bilder in Markdown
        description: Wie Vista Bilder optimiert, die in Markdown- und MDX-Inhalten eingebunden sind.
        ---

        ## Bilder in Markdown/MDX-Seiten

        Normale Markdown-Bilder werden automatisch optimiert, wenn die Datei lokal liegt:

        ```md
        ![Ein Rotmilan über den Hügeln](./milan.jpg)
        ```

        Entfernte Bilder bleiben unverändert, solange `markdown.remote` nicht `true` ist.

        ## Alternativtext

        Vista übernimmt den Alternativtext unverändert. Ein leerer Alternativtext
        kennzeichnet ein dekoratives Bild, das `role="presentation"` erhält.

        ## Bildunterschriften

        In MDX fügt die Komponente `<Figure>` eine Bildunterschrift hinzu. Für Größen und
        Formate gelten die [Standardwerte](/de/guides/images/#responsive-bilder); wie du
        Alternativtexte übersetzt, steht unter
        [Alternativtext übersetzen](/de/guides/i18n/#alt-text-per-locale).
    """, "reference", mustnot=["L001"], notes="Heading 'Bilder in Markdown/MDX-Seiten' -> #bilder-in-markdownmdx-seiten. /de/guides/i18n/ is untranslated (fallback to English, whose heading id alt-text-per-locale exists).")

    d("de", "reference/configuration.mdx", """
        ---
        title: Konfigurationsreferenz
        description: Alle Optionen der Vista-Integration mit Typ und Standardwert.
        ---

        ### `domains`

        **Typ:** `string[]` · **Standard:** `[]`

        Hosts, von denen entfernte Bilder geladen werden dürfen, zum Beispiel
        `['images.example.com']`.

        ### `remotePatterns`

        **Typ:** `RemotePattern[]` · **Standard:** `[]`

        Wie `domains`, aber mit Protokoll, Port und Platzhaltern im Pfad.

        ### `formats`

        **Typ:** `('avif' | 'webp' | 'jpeg' | 'png')[]` · **Standard:** `['avif', 'webp']`

        ### `cacheDir`

        **Typ:** `string` · **Standard:** `'node_modules/.vista'`

        Wann der Cache verworfen wird, erklärt [Caching](/de/guides/caching/).
    """, "reference", mustnot=["L001"], notes="/de/guides/caching/ falls back to the English page.")

    d("de", "reference/cli.md", """
        ---
        title: vista CLI
        description: Befehle des Kommandozeilenwerkzeugs vista zum Vorverarbeiten und Untersuchen von Bildern.
        ---

        ## vista build

        Verarbeitet alle Bilder, die die Website verwendet, ohne die Website zu bauen.

        ```sh
        npx vista build --concurrency 4
        ```

        ## vista inspect

        Zeigt die Größen und Formate, die für eine Quelldatei erzeugt werden.

        ## vista clean

        Löscht den Cache-Ordner. Wer von Vista 2 umsteigt, führt zuerst `vista clean` aus
        und folgt dann der [Migrationsanleitung](/de/guides/migration/).
    """, "reference", should=["L001"], notes="PLANTED: /de/guides/migration/ exists in no locale (no fallback page either). Same title as en/reference/cli.md and ja/reference/cli.md: its own translation, so no D004.")

    # =================================================================== fr
    d("fr", "index.mdx", """
        ---
        title: Vista
        description: Des images rapides et adaptatives pour les sites Astro, avec un seul composant et sans plugin à brancher.
        template: splash
        hero:
          tagline: Des images adaptatives pour Astro, bien faites une fois pour toutes.
          actions:
            - text: Commencer
              link: /fr/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="Un seul composant" icon="puzzle">
            Remplacez `<img>` par `<Picture>` et obtenez AVIF, WebP et les bonnes tailles.
          </Card>
          <Card title="Toutes les sources" icon="cloud-download">
            Fichiers locaux, URL distantes et ressources de CMS passent par la même chaîne.
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("fr", "getting-started.mdx", """
        ---
        title: Prise en main
        description: Installer Vista, l'ajouter à astro.config.mjs et afficher une première image adaptative.
        ---

        Vista nécessite Astro 4.0 ou plus récent et Node.js 18.17 ou plus récent.

        ## Installer l'intégration

        ```sh
        npx astro add @vista-images/astro
        ```

        ## Installation manuelle — étape par étape

        1. Installez le paquet : `npm install @vista-images/astro`.
        2. Ajoutez-le au tableau `integrations` de `astro.config.mjs`.
        3. Redémarrez le serveur de développement.

        ## Votre première image

        ```astro
        <Picture src={hero} alt="Un phare au crépuscule" widths={[480, 960, 1440]} />
        ```

        Si la commande `astro add` échoue, reprenez
        l'[installation manuelle](#installation-manuelle--étape-par-étape). Pour les
        valeurs par défaut, voir [Configurer les images](/fr/guides/images/#configurer-les-images).
    """, "reference", mustnot=["L001"], notes="github-slugger keeps accented letters and drops the em dash, leaving two hyphens: #installation-manuelle--étape-par-étape.")

    d("fr", "guides/images.mdx", """
        ---
        title: Travailler avec les images
        description: Définir les valeurs par défaut, choisir un service d'images et servir des tailles adaptatives.
        ---

        Chaque `<Picture>` lit les options `image` de l'intégration, sauf si le composant
        les remplace.

        ## Configurer les images

        ```js title="astro.config.mjs"
        vista({ image: { objectFit: 'cover', quality: 70 }, imageService: 'sharp' })
        ```

        ### image.objectFit

        La façon dont l'image remplit son cadre quand les proportions diffèrent : `cover`
        (par défaut), `contain`, `fill` ou `none`. Avec `cover`, Vista recadre dès la
        compilation et envoie des fichiers plus légers.

        ### `imageService`

        La bibliothèque d'encodage : `sharp` (par défaut) ou `squoosh`, environ quatre
        fois plus lent, à réserver aux hébergeurs qui refusent les modules natifs.

        ## Images adaptatives

        Passez `widths` pour obtenir un `srcset`. Les images distantes doivent
        correspondre à `domains` ou `remotePatterns` : voir la
        [référence de configuration](/fr/reference/configuration/#remotepatterns).
        Le déploiement est décrit dans [Déployer](/fr/guides/deploy/).
    """, "reference", mustnot=["L001"], notes="/fr/guides/deploy/ is untranslated: served from the default locale.")

    d("fr", "reference/configuration.mdx", """
        ---
        title: Référence de configuration
        description: Toutes les options de l'intégration Vista, avec leur type et leur valeur par défaut.
        ---

        ### `domains`

        **Type :** `string[]` · **Par défaut :** `[]`

        Les hôtes depuis lesquels des images distantes peuvent être téléchargées.

        ### `remotePatterns`

        **Type :** `RemotePattern[]` · **Par défaut :** `[]`

        Comme `domains`, avec protocole, port et jokers dans le chemin.

        ### `formats`

        **Type :** `('avif' | 'webp' | 'jpeg' | 'png')[]` · **Par défaut :** `['avif', 'webp']`

        ### `cacheDir`

        **Type :** `string` · **Par défaut :** `'node_modules/.vista'`
    """, "reference")

    # =================================================================== es
    d("es", "index.mdx", """
        ---
        title: Vista
        description: Imágenes rápidas y adaptables para sitios Astro, con un solo componente y sin plugins que conectar.
        template: splash
        hero:
          tagline: Imágenes adaptables para Astro, bien hechas de una vez.
          actions:
            - text: Empezar
              link: /es/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="Un solo componente" icon="puzzle">
            Cambia `<img>` por `<Picture>` y obtén AVIF, WebP y los tamaños adecuados.
          </Card>
          <Card title="Compilaciones con caché" icon="rocket">
            Cada imagen se procesa una vez y se reutiliza hasta que cambia.
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("es", "getting-started.mdx", """
        ---
        title: Primeros pasos
        description: Instala Vista, añádelo a astro.config.mjs y muestra tu primera imagen adaptable.
        ---

        Vista necesita Astro 4.0 o posterior y Node.js 18.17 o posterior.

        ## Instalar la integración

        ```sh
        npx astro add @vista-images/astro
        ```

        ## Instalación manual

        1. Instala el paquete: `npm install @vista-images/astro`.
        2. Añádelo al array `integrations` de `astro.config.mjs`.
        3. Reinicia el servidor de desarrollo.

        ## Tu primera imagen

        ```astro
        <Picture src={hero} alt="Un faro al atardecer" widths={[480, 960, 1440]} />
        ```

        Los valores por defecto se explican en
        [Configurar imágenes](/es/guides/images/#configurar-imágenes), y la publicación
        en [Despliegue en Vercel](/es/guides/deploy/#vercel).
    """, "reference", mustnot=["L001"], notes="#configurar-imágenes keeps the accent (github-slugger).")

    d("es", "guides/images.mdx", """
        ---
        title: Trabajar con imágenes
        description: Define valores por defecto, elige un servicio de imágenes y sirve tamaños adaptables.
        ---

        Cada `<Picture>` usa las opciones `image` de la integración, salvo que el
        componente las sobrescriba.

        ## Configurar imágenes

        ```js title="astro.config.mjs"
        vista({ image: { objectFit: 'cover', quality: 70 }, imageService: 'sharp' })
        ```

        ### image.objectFit

        Cómo llena la imagen su caja cuando la proporción no coincide: `cover` (por
        defecto), `contain`, `fill` o `none`. Con `cover`, Vista recorta al compilar y
        envía archivos más pequeños.

        ### `imageService`

        La biblioteca que codifica las imágenes: `sharp` (por defecto) o `squoosh`, unas
        cuatro veces más lenta.

        ## Imágenes adaptables

        Con `widths` se genera un `srcset` y con `sizes` el navegador sabe a qué ancho se
        muestra la imagen.
    """, "reference", mustnot=["L001"])

    d("es", "guides/deploy.mdx", """
        ---
        title: Despliegue
        description: Dónde se guardan las imágenes procesadas y cómo conservarlas entre despliegues.
        ---

        ## Netlify

        Añade la carpeta de caché a la caché de compilación para no procesar las imágenes
        en cada despliegue:

        ```toml title="netlify.toml"
        [[plugins]]
          package = "netlify-plugin-cache"
          [plugins.inputs]
            paths = ["node_modules/.vista"]
        ```

        ## Vercel

        Vercel conserva `node_modules/.vista` entre compilaciones sin configuración.

        ## Hosting estático

        En GitHub Pages o cualquier hosting estático no hay que subir nada más: las
        imágenes forman parte de la salida, en `dist/_vista/`. Para vaciar la caché, ver
        [Caché](/es/guides/caching/#clearing-the-cache).
    """, "reference", mustnot=["L001"], notes="/es/guides/caching/ is untranslated: the English page is served, with its id #clearing-the-cache.")

    # =================================================================== ja
    d("ja", "index.mdx", """
        ---
        title: Vista
        description: Astro サイトのための高速でレスポンシブな画像。コンポーネントはひとつ、ビルドプラグインの設定は不要です。
        template: splash
        hero:
          tagline: Astro のレスポンシブ画像を、一度で正しく。
          actions:
            - text: はじめる
              link: /ja/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="コンポーネントはひとつ" icon="puzzle">
            `<img>` を `<Picture>` に置き換えるだけで、AVIF・WebP と適切なサイズが得られます。
          </Card>
          <Card title="キャッシュされるビルド" icon="rocket">
            画像は一度だけ処理され、変更されるまで再利用されます。
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("ja", "getting-started.mdx", """
        ---
        title: はじめに
        description: Vista をインストールし、astro.config.mjs に追加して、最初のレスポンシブ画像を表示します。
        ---

        Vista には Astro 4.0 以降と Node.js 18.17 以降が必要です。

        ## インストール手順

        ```sh
        npx astro add @vista-images/astro
        ```

        自動で追加できない場合は、`npm install @vista-images/astro` を実行してから、
        `astro.config.mjs` の `integrations` 配列に追加し、開発サーバーを再起動してください。

        ## 最初の画像

        ```astro
        <Picture src={hero} alt="夕暮れの灯台" widths={[480, 960, 1440]} />
        ```

        すべての画像の既定値は[画像の設定](/ja/guides/images/#画像の設定)で指定できます。
        うまく動かないときは[インストール手順](#インストール手順)をもう一度確認してください。
    """, "reference", mustnot=["L001"], notes="Non-Latin heading ids: #インストール手順 and #画像の設定 (github-slugger keeps the characters).")

    d("ja", "guides/images.mdx", """
        ---
        title: 画像の扱い方
        description: 画像の既定値を設定し、画像サービスを選び、レスポンシブなサイズを配信します。
        ---

        `<Picture>` はコンポーネント側で上書きしない限り、インテグレーションの `image` オプションを使います。

        ## 画像の設定

        ```js title="astro.config.mjs"
        vista({ image: { objectFit: 'cover', quality: 70 }, imageService: 'sharp' })
        ```

        ### image.objectFit

        縦横比が異なるときに画像が枠をどう埋めるかを指定します。`cover`(既定)、`contain`、`fill`、`none` のいずれかです。`cover` ではビルド時に切り抜くため、配信されるファイルが小さくなります。

        ### `imageService`

        画像をエンコードするライブラリです。`sharp`(既定)か `squoosh` を選べます。`squoosh` は約 4 倍遅いため、ネイティブモジュールを入れられない環境でだけ使ってください。

        ## レスポンシブ画像

        `widths` を渡すと `srcset` が生成されます。CLI で事前に処理する方法は [vista CLI](/ja/reference/cli/#vista-build) を参照してください。
    """, "reference", mustnot=["L001"])

    d("ja", "reference/cli.md", """
        ---
        title: vista CLI
        description: 画像を事前処理・確認するためのコマンドラインツール vista のコマンド一覧です。
        ---

        ## vista build

        サイトをビルドせずに、サイトで使われるすべての画像を処理します。

        ```sh
        npx vista build --concurrency 4
        ```

        ## vista inspect

        ひとつの元画像から生成されるサイズと形式を表示します。

        ## vista clean

        キャッシュフォルダーを削除します。バージョンを上げたあとに実行してください。
    """, "reference", notes="Same title as the English and German CLI pages (its translations).")

    # ================================================================ zh-cn
    d("zh-cn", "index.mdx", """
        ---
        title: Vista
        description: 为 Astro 网站提供快速、响应式的图片：只需一个组件，无需配置构建插件。
        template: splash
        hero:
          tagline: Astro 的响应式图片，一次做对。
          actions:
            - text: 开始使用
              link: /zh-cn/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="一个组件" icon="puzzle">
            把 `<img>` 换成 `<Picture>`，即可获得 AVIF、WebP 和合适的尺寸。
          </Card>
          <Card title="任何来源" icon="cloud-download">
            本地文件、远程 URL 和 CMS 资源都经过同一条处理流程。
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("zh-cn", "getting-started.mdx", """
        ---
        title: 快速上手
        description: 安装 Vista，将其添加到 astro.config.mjs，并渲染第一张响应式图片。
        ---

        Vista 需要 Astro 4.0 及以上版本和 Node.js 18.17 及以上版本。

        ## 安装集成

        ```sh
        npx astro add @vista-images/astro
        ```

        ## 手动安装

        1. 安装软件包：`npm install @vista-images/astro`。
        2. 将其添加到 `astro.config.mjs` 的 `integrations` 数组中。
        3. 重启开发服务器。

        ## 第一张图片

        ```astro
        <Picture src={hero} alt="黄昏时的灯塔" widths={[480, 960, 1440]} />
        ```

        所有图片的默认值见[配置图片](/zh-cn/guides/images/#配置图片)；部署方法见[部署](/zh-cn/guides/deploy/)。
    """, "reference", mustnot=["L001"], notes="/zh-cn/guides/deploy/ is untranslated and served from English.")

    d("zh-cn", "guides/images.mdx", """
        ---
        title: 使用图片
        description: 设置图片默认值、选择图片服务并输出响应式尺寸。
        ---

        除非组件自行覆盖，每个 `<Picture>` 都会读取集成的 `image` 选项。

        ## 配置图片

        ```js title="astro.config.mjs"
        vista({ image: { objectFit: 'cover', quality: 70 }, imageService: 'sharp' })
        ```

        ### image.objectFit

        当宽高比不一致时图片如何填充其容器：`cover`（默认）、`contain`、`fill` 或 `none`。使用 `cover` 时，Vista 在构建时裁剪，因此输出的文件更小。

        ### `imageService`

        负责编码图片的库：`sharp`（默认）或 `squoosh`。`squoosh` 大约慢四倍，只应在无法安装原生模块的环境中使用。

        ## 响应式图片

        传入 `widths` 即可生成 `srcset`，传入 `sizes` 可告诉浏览器图片的显示宽度。
    """, "reference", mustnot=["L001"])

    # ================================================================ pt-br
    d("pt-br", "index.mdx", """
        ---
        title: Vista
        description: Imagens rápidas e responsivas para sites Astro, com um único componente e nenhum plugin para configurar.
        template: splash
        hero:
          tagline: Imagens responsivas para Astro, feitas direito de uma vez.
          actions:
            - text: Começar
              link: /pt-br/getting-started/
              icon: right-arrow
        ---

        import { Card, CardGrid } from '@astrojs/starlight/components';

        <CardGrid stagger>
          <Card title="Um só componente" icon="puzzle">
            Troque `<img>` por `<Picture>` e receba AVIF, WebP e os tamanhos certos.
          </Card>
          <Card title="Builds com cache" icon="rocket">
            Cada imagem é processada uma vez e reaproveitada até mudar.
          </Card>
        </CardGrid>
    """, "landing", mustnot=["L001"])

    d("pt-br", "getting-started.mdx", """
        ---
        title: Primeiros passos
        description: Instale o Vista, adicione-o ao astro.config.mjs e mostre sua primeira imagem responsiva.
        ---

        O Vista precisa do Astro 4.0 ou mais recente e do Node.js 18.17 ou mais recente.

        ## Instalar a integração

        ```sh
        npx astro add @vista-images/astro
        ```

        ## Instalação manual

        1. Instale o pacote: `npm install @vista-images/astro`.
        2. Adicione-o ao array `integrations` do `astro.config.mjs`.
        3. Reinicie o servidor de desenvolvimento.

        ## Sua primeira imagem

        ```astro
        <Picture src={hero} alt="Um farol ao entardecer" widths={[480, 960, 1440]} />
        ```

        Imagens em Markdown são tratadas em [Imagens em Markdown](/pt-br/guides/markdown/#imagens-em-páginas-markdownmdx),
        e o `object-fit` em [image.objectFit](/pt-br/guides/images/#imageobjectfit).
    """, "reference", mustnot=["L001"], notes="/pt-br/guides/images/ is untranslated: served from English, whose '### image.objectFit' gives #imageobjectfit.")

    d("pt-br", "guides/markdown.mdx", """
        ---
        title: Imagens em Markdown
        description: Como o Vista otimiza imagens referenciadas em conteúdo Markdown e MDX.
        ---

        ## Imagens em páginas Markdown/MDX

        Imagens Markdown comuns são otimizadas automaticamente quando o arquivo é local:

        ```md
        ![Um gavião sobre as colinas](./gaviao.jpg)
        ```

        Imagens remotas ficam como estão, a menos que `markdown.remote` seja `true`.

        ## Texto alternativo

        O Vista mantém o texto alternativo como você escreveu. Um texto alternativo vazio
        marca a imagem como decorativa, com `role="presentation"`.

        ## Legendas

        Em MDX, use o componente `<Figure>` para adicionar uma legenda.
    """, "reference", mustnot=["L001"], notes="Heading 'Imagens em páginas Markdown/MDX' -> #imagens-em-páginas-markdownmdx.")
