"""A Jekyll blog for "Tidewater", a web-performance budget tool, in English and Portuguese.

Jekyll conventions planted here:
- _config.yml permalink "/:categories/:year/:month/:day/:title/": posts in pt/_posts/ get
  the category "pt" and the URL /pt/2023/02/14/<title>/; English posts have no category;
- a post's `permalink` front matter overrides the pattern (/guides/font-loading/);
- `{% post_url ... %}` Liquid links resolve to posts;
- heading ids come from kramdown with the GFM parser (Jekyll's default input), e.g.
  "3 ways to defer a tag" -> #3-ways-to-defer-a-tag (classic kramdown would drop the
  leading digit);
- Portuguese posts are translations, marked with `lang` and `ref`.
"""
from common import doc, site_file

S = "jekyll-blog"


def d(path, text, kind, lang="en", **kw):
    doc(path, text, site=S, gen="jekyll", lang=lang, kind=kind, **kw)


CLEAN = ["L001", "E001", "E002", "T001", "T005"]


def build():
    site_file(S, "_config.yml", """
        title: Tidewater
        description: Performance budgets for the web, and notes on keeping pages fast.
        url: https://tidewater.example.dev
        baseurl: ""
        permalink: /:categories/:year/:month/:day/:title/
        markdown: kramdown
        kramdown:
          input: GFM
          auto_ids: true
          hard_wrap: false
        theme: minima
        plugins:
          - jekyll-feed
          - jekyll-seo-tag
        defaults:
          - scope: {path: "", type: posts}
            values: {layout: post, lang: en}
          - scope: {path: "pt", type: posts}
            values: {lang: pt}
        exclude: [README.md, Gemfile, Gemfile.lock, vendor]
    """)

    d("_posts/2023-02-14-lazy-loading-images-the-right-way.md", """
        ---
        title: "Lazy-loading images the right way"
        description: "loading=lazy is one attribute, but putting it on the wrong image makes pages slower. Which images to lazy-load, and which never to."
        author: Marta Ribeiro
        tags: [images, lcp]
        ref: lazy-loading
        ---

        Native lazy-loading arrived in Chrome 76 in 2019 and is now supported by every
        major browser. It takes one attribute, `loading="lazy"`, and most image
        components now add it by default. That default is where the trouble starts.

        ## The image you must not lazy-load

        A lazy image is fetched only after layout, once the browser knows it is near the
        viewport. For an image below the fold that is exactly right. For the hero image
        at the top of the page it means the most important request of the page waits
        for CSS, layout and sometimes JavaScript. On the product pages of a shop we
        audited last year, removing `loading="lazy"` from the first product photo moved
        the Largest Contentful Paint from 3.4 to 2.1 seconds at the 75th percentile.

        The rule we use: never lazy-load anything that can be the LCP element on any
        common viewport. On a phone that is usually the first image; on a wide screen
        it can be the second or third, when they sit side by side.

        ## Give the hero image a head start

        Removing the attribute is half the fix. The other half is telling the browser
        early that the image matters:

        ```html
        <img src="/img/hero-800.avif" fetchpriority="high" width="800" height="450" alt="">
        ```

        `fetchpriority="high"` moves the request ahead of scripts that would otherwise
        compete for the connection. When the image is a CSS background, a
        `<link rel="preload" as="image">` does the same job.

        ## Keep the space reserved

        Lazy images that arrive late shift the layout unless the browser knows their
        size. Always set `width` and `height`, or an `aspect-ratio` in CSS. Tidewater's
        `cls` budget catches the pages where this was forgotten, because they show up
        as layout shifts in field data within a day of a deploy.

        ## Checking your pages

        Run `tidewater audit --rule lcp-lazy` against your sitemap. It loads each page in
        a phone and a desktop viewport and reports every LCP image that carries
        `loading="lazy"`. On most sites we have tried, it finds two or three templates
        to fix, not hundreds of pages.
    """, "article", paired=True, mustnot=CLEAN, notes="About 380 words; translated in pt/_posts (ref: lazy-loading).")

    d("_posts/2023-04-03-what-cdn-cache-hit-ratio-tells-you.md", """
        ---
        title: "What your CDN cache hit ratio tells you, and what it hides"
        description: "A 95% hit ratio can still mean slow pages. How to read the number, and the two metrics we look at next to it."
        author: Marta Ribeiro
        tags: [cdn, caching]
        ---

        Every CDN dashboard opens with the same number: the cache hit ratio. It is the
        share of requests that the edge answered without asking your origin. Teams put
        it on a wall screen and celebrate when it crosses 95%. It is a useful number,
        but it answers a narrower question than it seems to.

        ## Requests are not bytes, and not pages

        The ratio counts requests. A site that serves a thousand small icons from cache
        and its HTML from the origin can show 98% while every page view still waits for
        the origin. When we split one client's ratio by content type, images were at
        99.2% and HTML at 11%. The headline number was 96%.

        Look at the hit ratio for HTML separately. If your pages are the same for every
        visitor, that number can be high too, with a short `s-maxage` and
        `stale-while-revalidate` so that visitors never wait for a revalidation.

        ## Misses that are not your fault

        A new edge location starts empty. A long tail of rarely visited pages will miss
        in most locations most of the time. Tiered caching, where edge locations ask a
        regional cache before the origin, helps the long tail more than any header
        change. On one documentation site with 40,000 pages it raised the HTML hit
        ratio from 38% to 81%.

        ## Misses that are

        Query strings are the usual culprit: tracking parameters such as `utm_source`
        make every shared link a new cache key. Strip them at the edge, or configure the
        cache key to ignore them. `Vary: User-Agent` is the other one; it splits the
        cache into thousands of variants and is almost never needed.

        ## What to watch next to it

        We track two more numbers: the origin response time at the 95th percentile,
        which tells you what a miss costs, and Time to First Byte from real users,
        which tells you whether visitors feel either. Tidewater's `ttfb` budget reads
        the latter from the Chrome UX Report, so a change in caching shows up in the
        same report as a change in code.
    """, "article", mustnot=CLEAN, notes="About 400 words.")

    d("_posts/2023-06-19-core-web-vitals-field-vs-lab.md", """
        ---
        title: "Core Web Vitals: why field and lab numbers disagree"
        description: "Lighthouse says 1.2 s, the Chrome UX Report says 3.1 s. Both are right. What each measures, and which one to put in a budget."
        author: João Tavares
        tags: [core-web-vitals, measurement]
        ref: field-vs-lab
        ---

        The question we get most often from new Tidewater users is some version of
        this: Lighthouse gives my page a Largest Contentful Paint of 1.2 seconds, but
        Search Console says 3.1 seconds. Which one is wrong? Neither. They measure
        different things.

        ## Lab data is one visit

        A lab tool such as Lighthouse loads the page once, on one simulated device, over
        one simulated network, with an empty cache, from one location. The result is
        repeatable, which makes it excellent for comparing two versions of a page. It is
        not what your visitors experience.

        ## Field data is all of them

        Field data comes from real Chrome users who opted in to share statistics. The
        Chrome UX Report publishes the 75th percentile over 28 days. Those visits happen
        on old phones, on trains, with ad blockers, after a redirect from a social app
        that already spent a second. A median phone in the report is much slower than
        the device Lighthouse simulates.

        ## Why the gap is often largest for LCP

        LCP depends on the network more than the other metrics. A visitor arriving
        through a redirect chain pays for it before your page even starts. A visitor on
        a cold connection pays for DNS, TCP and TLS. Lab tools usually skip the redirect
        and warm nothing, but their network model is generous.

        ## Which number goes into a budget

        Both, for different jobs. We set the budget on field data, because that is what
        search ranking and your visitors see: for example, LCP under 2.5 seconds at the
        75th percentile. We use lab data in continuous integration to stop regressions
        before they reach users, with thresholds tuned so that a lab failure predicts a
        field failure. Tidewater's `budget.yml` lets you set both for each metric:

        ```yaml
        lcp:
          field: {p75: 2500}
          lab: {median: 1800, runs: 5}
        ```

        Give the field numbers a week after a deploy before you judge a change. The
        28-day window moves slowly, and the first days mix old and new versions.
    """, "article", paired=True, mustnot=CLEAN, notes="About 400 words; translated in pt/_posts (ref: field-vs-lab).")

    d("_posts/2023-09-11-font-loading-strategies.md", """
        ---
        title: "Font loading strategies that do not hurt"
        description: "Web fonts cause invisible text, layout shifts or both. Four techniques, in the order we apply them."
        author: Marta Ribeiro
        tags: [fonts, cls]
        permalink: /guides/font-loading/
        ref: fonts
        ---

        Web fonts are one of the few things on a page that can hurt every Core Web
        Vital at once: they delay text, shift the layout when they swap in, and compete
        with images for bandwidth. These are the four steps we take, in order, on every
        site we audit.

        ## 1. Serve fewer files

        Most sites load more font files than they use. A typical theme asks for regular,
        italic, bold and bold italic in two families: eight files, often 300 KB. Check
        which weights the CSS actually uses. A variable font can replace four static
        files with one. Subsetting to the characters of your languages (Latin plus Latin
        Extended for most European sites) usually halves the size again.

        ## 2. Host them yourself

        Fonts from a third-party host need a new connection: DNS, TCP and TLS before the
        first byte. Since browsers stopped sharing caches between sites, there is no
        benefit left to offset that cost. Copy the files to your own domain and serve
        them with a long `Cache-Control` lifetime.

        ## 3. Choose a font-display value on purpose

        `font-display: swap` shows fallback text immediately and swaps when the font
        arrives, which is good for reading and bad for layout stability.
        `font-display: optional` uses the web font only if it arrives within about
        100 ms, which is excellent for stability; first-time visitors on slow networks
        see the fallback. For body text we use `swap`; for headings on landing pages,
        often `optional`.

        ## 4. Match the fallback's metrics

        The layout shift on swap comes from the fallback font being wider or taller than
        the web font. The `size-adjust`, `ascent-override` and `descent-override`
        descriptors let you stretch a local fallback such as Arial to the web font's
        proportions. Tools such as Fontaine compute the values for you. On one news site
        this step alone took CLS from 0.14 to 0.03.

        Tidewater's `fonts` check reports the total font bytes per page and flags any
        font served from another origin, so regressions show up in review.
    """, "article", paired=True, mustnot=CLEAN, notes="permalink: /guides/font-loading/ overrides the date pattern; other posts link that URL. About 400 words.")

    d("_posts/2023-11-27-http-103-early-hints.md", """
        ---
        title: "HTTP 103 Early Hints in practice"
        description: "Early Hints let the browser fetch CSS while the server is still building the page. What we measured after turning them on."
        author: João Tavares
        tags: [http, ttfb]
        ---

        When a server needs 400 ms to build an HTML page, the browser spends those
        400 ms idle. HTTP status 103, Early Hints, lets the server send a short
        interim response first, listing resources the page will need, so the browser
        can start fetching them while it waits.

        ## How it looks on the wire

        ```
        HTTP/1.1 103 Early Hints
        Link: </css/main.css>; rel=preload; as=style
        Link: <https://cdn.example.net>; rel=preconnect

        HTTP/1.1 200 OK
        Content-Type: text/html
        ```

        Chrome has acted on 103 responses since version 103, and Firefox since version
        120. Only `preload` and `preconnect` hints are used; other link types are
        ignored.

        ## Where it helps

        Early Hints pay off when the server is slow to produce HTML and the page has
        critical resources that do not depend on the HTML: the main stylesheet, a font,
        a preconnect to an image CDN. On a shop whose product pages took 600 ms to
        render on the server, LCP improved by 230 ms at the 75th percentile after the
        CDN began sending hints for the stylesheet and the image host.

        ## Where it does not

        If the HTML comes from a cache in 20 ms, there is no idle time to fill. Hints for
        resources the page does not end up using waste bandwidth on exactly the
        connections that can least afford it. And hints sent by the origin are dropped
        by some proxies, so most sites let the CDN generate them from the `Link`
        headers of earlier responses.

        ## Measuring it

        Compare field LCP and the resource timing of the hinted files before and after,
        for at least a week; the [field and lab post]({% post_url 2023-06-19-core-web-vitals-field-vs-lab %})
        explains why a single Lighthouse run will not show the effect. Tidewater records
        whether a 103 response was seen for each audited URL, so you can confirm that
        the hints survive your CDN.
    """, "article", mustnot=CLEAN, notes="Liquid {% post_url %} link resolves to an existing post. About 380 words.")

    d("_posts/2024-01-22-third-party-scripts-budget.md", """
        ---
        title: "A budget for third-party scripts"
        description: "Tag managers grow one tag at a time. How to give third-party JavaScript a budget that marketing can live with."
        author: Marta Ribeiro
        tags: [javascript, inp]
        ---

        On most commercial sites we audit, more JavaScript comes from other companies
        than from the site itself. Analytics, consent banners, chat widgets, A/B testing
        and three advertising pixels: each added by a different team, each small, and
        together often over a megabyte. Nobody decided to make the site slow; it
        happened one tag at a time.

        ## Measure per vendor, not per page

        A budget on total JavaScript tells you that something is wrong, not who can fix
        it. Group third-party requests by vendor domain and report main-thread time per
        vendor. Tidewater does this with the `third-party` report, which uses the
        Third Party Web dataset to map domains to companies. The first report is usually
        the most persuasive slide in the meeting.

        ## Agree on a number

        We propose a budget in main-thread milliseconds on a mid-range phone, for
        example 300 ms for all third parties together, and let the owners of the tags
        divide it. Asking marketing to choose which tags matter most works better than
        engineers removing tags on their own.

        ## 3 ways to defer a tag

        First, load it after the page is interactive: most analytics can wait until the
        `load` event. Second, load it on interaction: a chat widget needs to exist only
        after someone clicks "Chat". A lightweight facade button costs nothing until
        then. Third, move it off the main thread, with a server-side tag manager or a
        web worker library such as Partytown, for tags that only send data.

        ## Keep the budget honest

        Put the budget in continuous integration against a staging site with the real
        tag manager container, not a stub. Tag managers change without a deploy, so also
        run the audit daily against production and alert the tag owners, not the
        developers, when their share goes over.
    """, "article", mustnot=CLEAN, notes="Heading '3 ways to defer a tag': kramdown GFM id #3-ways-to-defer-a-tag (linked from another post). About 360 words.")

    d("_posts/2024-03-18-image-formats-in-2024.md", """
        ---
        title: "AVIF, WebP or JPEG: picking image formats in 2024"
        description: "AVIF is smaller, WebP is faster to encode, JPEG is everywhere. What we serve by default, with file sizes from a real catalogue."
        author: João Tavares
        tags: [images]
        ---

        Every modern browser now decodes AVIF and WebP, so the format question has
        changed from "what can I serve?" to "what is worth the encoding time?" We
        re-encoded the 2,400 product photos of a furniture shop to find out.

        ## What we measured

        At a quality setting that our designer could not tell apart from the original
        at normal viewing size, the median photo weighed 212 KB as JPEG (mozjpeg), 148
        KB as WebP and 97 KB as AVIF. Encoding the whole catalogue took 4 minutes for
        JPEG, 6 minutes for WebP and 41 minutes for AVIF at speed 6 on an eight-core
        build machine.

        ## What we serve

        AVIF first, WebP as the fallback, JPEG for the rare old client, with a
        `<picture>` element or content negotiation at the CDN. The encoding time matters
        only once per image if the build caches results, which every image pipeline
        worth using does.

        ## Where AVIF loses

        Flat illustrations and screenshots with sharp text often come out smaller and
        cleaner as lossless WebP or even PNG. AVIF at high speed settings also smears
        fine textures such as fabric, which matters to a furniture shop. We encode those
        categories at a slower speed or keep them in WebP.

        ## Do not forget the basics

        A smaller format does not rescue an image that is four times wider than it is
        displayed. Serve sizes with `srcset`, set dimensions, and do not lazy-load the
        largest image above the fold, as we explained in
        [lazy-loading the right way](/2023/02/14/lazy-loading-images-the-right-way/).
        If a carousel of product photos loads a third-party viewer, it falls under the
        [third-party budget](/2024/01/22/third-party-scripts-budget/#3-ways-to-defer-a-tag)
        too. Font files are a separate story, covered in our
        [font loading guide](/guides/font-loading/#2-host-them-yourself).
    """, "article", mustnot=CLEAN, notes="Links use Jekyll permalinks, a post permalink override and kramdown GFM ids (#3-ways-to-defer-a-tag, #2-host-them-yourself): all valid. About 360 words.")

    d("_posts/2024-05-06-measuring-inp.md", """
        ---
        title: "Measuring Interaction to Next Paint on a real site"
        description: "INP replaced FID in March 2024. How we found the slow interactions on a content site, and the three fixes that mattered."
        author: Marta Ribeiro
        tags: [inp, javascript]
        ---

        Interaction to Next Paint became a Core Web Vital on 12 March 2024, replacing
        First Input Delay. Where FID only timed the delay before the first interaction
        was handled, INP times how long every click, tap and key press takes to produce
        a visible result, and reports roughly the worst one of a visit.

        ## Finding the slow interactions

        Field data tells you that INP is bad, not which interaction is to blame. We
        added the `web-vitals` library with its attribution build to a news site and
        sent the interaction target, the event type and the three phases (input delay,
        processing time, presentation delay) to the analytics endpoint. After a week we
        had 1.8 million interactions. Sorting by the 75th percentile per target gave us
        a short list: the menu button, the consent banner's "Accept" button and the
        comment form.

        ## Fix one: the menu

        The menu button toggled a class on the `body`, which made the browser
        recalculate the style of 9,000 elements. Toggling the class on the menu itself
        brought the interaction from 380 ms to 60 ms.

        ## Fix two: the consent banner

        Clicking "Accept" loaded and ran every deferred tag at once, inside the click
        handler. Yielding to the browser before loading tags, with a `setTimeout` of
        zero, let the banner disappear first. The tags still ran, but after the paint.

        ## Fix three: the comment form

        Each key press in the comment box re-rendered the whole comment thread to update
        a character counter. Moving the counter into its own component fixed it.

        Service workers did not play a part here, although we covered how they can make
        repeat visits feel instant in [our service worker caching post](/2023/05/10/service-worker-caching/).
        The site's INP at the 75th percentile went from 410 ms to 170 ms in the field
        within four weeks.
    """, "article", should=["L001"], mustnot=["E001", "E002", "T001", "T005"], notes="PLANTED: /2023/05/10/service-worker-caching/ exists nowhere (no post of that date or name). About 380 words.")

    d("_posts/2024-10-14-notes-from-performance-now-2024.md", """
        ---
        title: "Notes from performance.now() 2024"
        description: "Five talks from the web performance conference in Amsterdam that changed how we audit sites, with the one idea we took from each."
        tags: [conferences]
        ---

        The performance.now() conference in Amsterdam is two days, one track and about
        four hundred people who care about fast websites. These are the five talks we
        discussed most on the train home, each with the idea we have since put to work.

        ## Speculation rules in production

        A large e-commerce team showed prerendering the most likely next page with the
        Speculation Rules API. Their product-to-basket navigation became almost instant,
        at the cost of about 8% more server requests. We now suggest `prerender` with
        `eagerness: moderate` for the top two or three navigation paths of a shop, and
        nothing else.

        ## Long animation frames

        The Long Animation Frames API reports which scripts ran during a slow frame,
        with their source URLs. It answers the question INP attribution leaves open:
        not just which interaction was slow, but whose code made it slow. Tidewater
        will record it in the next release.

        ## Images on the critical path

        One speaker measured that on 40% of mobile pages, the LCP image was discovered
        only after a stylesheet or a script had loaded. The fix is almost always the same:
        put the image in the HTML with `fetchpriority="high"`.

        ## Performance budgets as product decisions

        A product manager described how her team sells performance budgets to
        leadership: as a fixed cost per feature, agreed before the feature is built.
        It is the framing we had been missing when talking to marketing teams.

        ## The back/forward cache

        Pages that cannot enter the back/forward cache make every "back" tap a full
        reload. The most common blockers were `unload` handlers in old analytics
        snippets and `Cache-Control: no-store` on HTML that did not need it. Chrome's
        DevTools now list the blockers for each page, which makes this one of the
        cheapest wins in any audit we do.
    """, "article", should=["E001"], mustnot=["L001", "E002", "T001", "T005"], notes="PLANTED missing author: no `author` in front matter and _config.yml names no site author. The date comes from the file name (E002 must not fire).")

    # ---------------------------------------------------------- pt translations
    d("pt/_posts/2023-02-14-carregamento-lento-de-imagens.md", """
        ---
        title: "Carregamento lento de imagens do jeito certo"
        description: "loading=lazy é um atributo só, mas colocá-lo na imagem errada deixa a página mais lenta. Quais imagens adiar e quais nunca."
        author: Marta Ribeiro
        tags: [imagens, lcp]
        lang: pt
        ref: lazy-loading
        ---

        O carregamento lento nativo chegou ao Chrome 76 em 2019 e hoje funciona em
        todos os navegadores importantes. Basta um atributo, `loading="lazy"`, e a maioria
        dos componentes de imagem já o adiciona por padrão. É justamente nesse padrão que
        começa o problema.

        ## A imagem que você não deve adiar

        Uma imagem com carregamento lento só é buscada depois do layout, quando o
        navegador sabe que ela está perto da área visível. Para uma imagem abaixo da
        dobra, isso é o ideal. Para a imagem principal no topo da página, significa que a
        requisição mais importante espera pelo CSS, pelo layout e às vezes pelo
        JavaScript. Nas páginas de produto de uma loja que auditamos no ano passado,
        tirar `loading="lazy"` da primeira foto levou o Largest Contentful Paint de 3,4
        para 2,1 segundos no percentil 75.

        A regra que usamos: nunca adie nada que possa ser o elemento LCP em uma janela
        comum. No celular costuma ser a primeira imagem; numa tela larga pode ser a
        segunda ou a terceira, quando ficam lado a lado.

        ## Dê prioridade à imagem principal

        Tirar o atributo é metade da solução. A outra metade é avisar cedo ao navegador
        que a imagem importa:

        ```html
        <img src="/img/hero-800.avif" fetchpriority="high" width="800" height="450" alt="">
        ```

        `fetchpriority="high"` passa a requisição à frente de scripts que disputariam a
        conexão. Quando a imagem é um fundo em CSS, um `<link rel="preload" as="image">`
        faz o mesmo papel.

        ## Reserve o espaço

        Imagens que chegam tarde deslocam o layout se o navegador não souber o tamanho
        delas. Defina sempre `width` e `height`, ou um `aspect-ratio` no CSS. O
        orçamento `cls` do Tidewater encontra as páginas em que isso foi esquecido,
        porque elas aparecem como deslocamentos nos dados de campo um dia depois da
        publicação.

        ## Verificando suas páginas

        Rode `tidewater audit --rule lcp-lazy` sobre o seu sitemap. Ele abre cada página
        em uma janela de celular e outra de computador e lista toda imagem LCP marcada
        com `loading="lazy"`. Na maioria dos sites, encontra dois ou três modelos para
        corrigir, e não centenas de páginas.
    """, "article", lang="pt", tr="_posts/2023-02-14-lazy-loading-images-the-right-way.md", mustnot=CLEAN, notes="Portuguese translation (pt/ category folder, lang: pt, ref: lazy-loading). About 390 words.")

    d("pt/_posts/2023-06-19-core-web-vitals-campo-e-laboratorio.md", """
        ---
        title: "Core Web Vitals: por que os dados de campo e de laboratório discordam"
        description: "O Lighthouse diz 1,2 s, o Chrome UX Report diz 3,1 s. Os dois estão certos. O que cada um mede e qual usar num orçamento."
        author: João Tavares
        tags: [core-web-vitals, medicao]
        lang: pt
        ref: field-vs-lab
        ---

        A pergunta que mais recebemos de quem começa a usar o Tidewater é mais ou menos
        esta: o Lighthouse dá à minha página um Largest Contentful Paint de 1,2 segundo,
        mas o Search Console diz 3,1 segundos. Qual está errado? Nenhum dos dois. Eles
        medem coisas diferentes.

        ## Laboratório é uma visita

        Uma ferramenta de laboratório como o Lighthouse carrega a página uma vez, em um
        aparelho simulado, numa rede simulada, com o cache vazio e a partir de um único
        lugar. O resultado é reproduzível, o que é ótimo para comparar duas versões de
        uma página. Não é o que os seus visitantes vivem.

        ## Campo são todas as visitas

        Os dados de campo vêm de usuários reais do Chrome que aceitaram compartilhar
        estatísticas. O Chrome UX Report publica o percentil 75 de 28 dias. Essas visitas
        acontecem em celulares antigos, no metrô, com bloqueadores de anúncios, depois de
        um redirecionamento de um aplicativo social que já gastou um segundo.

        ## Por que a diferença costuma ser maior no LCP

        O LCP depende mais da rede do que as outras métricas. Quem chega por uma cadeia
        de redirecionamentos paga por ela antes de a página começar. Quem chega com a
        conexão fria paga por DNS, TCP e TLS. As ferramentas de laboratório costumam
        pular o redirecionamento e o modelo de rede delas é generoso.

        ## Qual número vai para o orçamento

        Os dois, para tarefas diferentes. Definimos o orçamento com dados de campo,
        porque é isso que a busca e os visitantes enxergam: por exemplo, LCP abaixo de
        2,5 segundos no percentil 75. Usamos dados de laboratório na integração contínua
        para barrar regressões antes que cheguem aos usuários. O `budget.yml` do
        Tidewater aceita os dois para cada métrica:

        ```yaml
        lcp:
          field: {p75: 2500}
          lab: {median: 1800, runs: 5}
        ```

        Espere uma semana depois da publicação antes de julgar uma mudança pelos dados
        de campo: a janela de 28 dias anda devagar e os primeiros dias misturam versões.
    """, "article", lang="pt", tr="_posts/2023-06-19-core-web-vitals-field-vs-lab.md", mustnot=CLEAN, notes="Translation; file name differs from the original, paired by ref. About 380 words.")

    d("pt/_posts/2023-09-11-estrategias-de-carregamento-de-fontes.md", """
        ---
        title: "Estratégias de carregamento de fontes que não atrapalham"
        description: "Fontes web causam texto invisível, deslocamento de layout ou os dois. Quatro técnicas, na ordem em que as aplicamos."
        author: Marta Ribeiro
        tags: [fontes, cls]
        lang: pt
        ref: fonts
        permalink: /pt/guias/carregamento-de-fontes/
        ---

        As fontes web estão entre as poucas coisas de uma página que podem prejudicar
        todas as Core Web Vitals ao mesmo tempo: atrasam o texto, deslocam o layout
        quando são trocadas e disputam banda com as imagens. Estes são os quatro passos
        que seguimos, em ordem, em todo site que auditamos.

        ## 1. Sirva menos arquivos

        A maioria dos sites carrega mais arquivos de fonte do que usa. Um tema típico
        pede regular, itálico, negrito e negrito itálico em duas famílias: oito arquivos,
        muitas vezes 300 KB. Verifique quais pesos o CSS realmente usa. Uma fonte
        variável pode substituir quatro arquivos estáticos. Reduzir o conjunto aos
        caracteres dos seus idiomas costuma cortar o tamanho pela metade outra vez.

        ## 2. Hospede as fontes você mesmo

        Fontes de um servidor de terceiros exigem uma nova conexão: DNS, TCP e TLS antes
        do primeiro byte. Desde que os navegadores deixaram de compartilhar o cache entre
        sites, não sobrou vantagem que compense esse custo. Copie os arquivos para o seu
        domínio e sirva-os com um `Cache-Control` longo.

        ## 3. Escolha o font-display de propósito

        `font-display: swap` mostra o texto na fonte reserva imediatamente e troca
        quando a fonte chega: bom para a leitura, ruim para a estabilidade.
        `font-display: optional` só usa a fonte web se ela chegar em cerca de 100 ms. No
        texto corrido usamos `swap`; nos títulos de páginas de campanha, muitas vezes
        `optional`.

        ## 4. Ajuste as métricas da fonte reserva

        O deslocamento na troca acontece porque a fonte reserva é mais larga ou mais alta
        do que a fonte web. Os descritores `size-adjust`, `ascent-override` e
        `descent-override` permitem esticar uma fonte local como a Arial até as
        proporções da fonte web. Num site de notícias, só este passo levou o CLS de 0,14
        para 0,03.

        A versão em inglês deste guia está em [Font loading strategies](/guides/font-loading/).
    """, "article", lang="pt", tr="_posts/2023-09-11-font-loading-strategies.md", mustnot=CLEAN, notes="Translation with its own permalink; links the original's permalink. About 370 words.")

    # ------------------------------------------------------------------- pages
    d("index.md", """
        ---
        layout: home
        title: Tidewater
        description: "Tidewater checks your pages against a performance budget on every deploy, with field data from real users."
        lang: en
        ---

        **Tidewater** is an open-source command-line tool that checks your site against a
        performance budget: Core Web Vitals from real users, page weight, font bytes and
        third-party JavaScript, per template.

        ```bash
        npm install -g tidewater
        tidewater audit https://example.com --budget budget.yml
        ```

        Below are our notes on keeping pages fast. Start with
        [field and lab data](/2023/06/19/core-web-vitals-field-vs-lab/) or the
        [font loading guide](/guides/font-loading/). Release history is in the
        [changelog](/changelog/). Leia em [português](/pt/).
    """, "landing", paired=True, mustnot=["L001"], notes="layout: home; minima lists posts below. Translated as pt/index.md.")

    d("pt/index.md", """
        ---
        layout: home
        title: Tidewater em português
        description: "O Tidewater confere suas páginas contra um orçamento de desempenho a cada publicação, com dados de usuários reais."
        lang: pt
        permalink: /pt/
        ---

        O **Tidewater** é uma ferramenta de linha de comando, de código aberto, que
        confere o seu site contra um orçamento de desempenho: Core Web Vitals de usuários
        reais, peso da página, bytes de fontes e JavaScript de terceiros, por modelo de
        página.

        Alguns dos nossos artigos estão traduzidos: comece por
        [campo e laboratório](/pt/2023/06/19/core-web-vitals-campo-e-laboratorio/) ou pelo
        [guia de fontes](/pt/guias/carregamento-de-fontes/).
    """, "landing", lang="pt", tr="index.md", mustnot=["L001"], notes="Portuguese home page; pt posts get /pt/ from their category folder.")

    d("about.md", """
        ---
        layout: page
        title: About Tidewater
        description: "Who makes Tidewater, how it is funded, and how to reach us."
        permalink: /about/
        ---

        Tidewater is written by Marta Ribeiro and João Tavares, two web-performance
        consultants in Porto, with help from 40 contributors. It started in 2021 as a
        script we ran for clients and became a public project in 2022.

        The project is funded by the consultancy work of its maintainers and by GitHub
        Sponsors. No sponsor decides what goes into the tool or onto this blog.

        Write to hello@tidewater.example.dev, or open an issue on GitHub.
    """, "landing", notes="About page: a trust page, not an article.")

    d("archive.md", """
        ---
        layout: archive
        title: Archive
        description: "Every post on the Tidewater blog, by year."
        permalink: /archive/
        ---

        {% for post in site.posts %}
          {% capture year %}{{ post.date | date: "%Y" }}{% endcapture %}
          {% if year != previous_year %}<h2>{{ year }}</h2>{% endif %}
          <p><a href="{{ post.url | relative_url }}">{{ post.title }}</a> · {{ post.date | date: "%-d %B" }}</p>
          {% assign previous_year = year %}
        {% endfor %}
    """, "listing", notes="Date archive generated by Liquid; no prose of its own.")

    d("tags.md", """
        ---
        layout: page
        title: Posts by tag
        description: "Posts on the Tidewater blog grouped by tag: images, fonts, caching, Core Web Vitals and more."
        permalink: /tags/
        ---

        {% assign tags = site.tags | sort %}
        {% for tag in tags %}
        <h2 id="{{ tag[0] | slugify }}">{{ tag[0] }}</h2>
        <ul>
          {% for post in tag[1] %}
          <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a></li>
          {% endfor %}
        </ul>
        {% endfor %}
    """, "listing", notes="Tag index generated by Liquid.")

    d("changelog.md", """
        ---
        layout: page
        title: Changelog
        description: "Every Tidewater release, newest first, with the changes that matter to users."
        permalink: /changelog/
        ---

        ## 2.4.0 (2024-06-10)

        - Add `inp` budget with attribution by interaction target
        - Add `third-party` report grouped by vendor
        - Drop Node.js 16

        ## 2.3.2 (2024-02-01)

        - Fix: `--budget` ignored `lab.runs` when set to 1
        - Fix: sitemap index files nested more than two levels

        ## 2.3.0 (2023-11-20)

        - Record whether a 103 Early Hints response was received
        - `fonts` check reports bytes per origin

        ## 2.2.0 (2023-07-03)

        - Field data from the Chrome UX Report API, per URL and per origin
        - `budget.yml` accepts `field` and `lab` thresholds per metric

        See [field and lab data](/2023/06/19/core-web-vitals-field-vs-lab/) for why both
        exist.
    """, "release-note", mustnot=["L001", "T006", "E001", "E002"], notes="Changelog page; versions and dates in headings.")

    d("privacy.md", """
        ---
        layout: page
        title: Privacy notice
        description: "The Tidewater website and what it does, and does not, record about visitors."
        permalink: /privacy/
        last_modified_at: 2024-01-15
        ---

        This blog is hosted on GitHub Pages. GitHub records the IP address of visitors in
        its server logs; see GitHub's privacy statement for how long these are kept.

        We do not use cookies, analytics or advertising. Fonts and images are served
        from this domain.

        The Tidewater command-line tool sends no telemetry. When you run an audit, it
        contacts only the site you audit and, if you give it an API key, the Chrome UX
        Report API.
    """, "legal", mustnot=["E002"])
