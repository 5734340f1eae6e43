"""A hand-written multilingual HTML site for "Nordlicht Analytics", a small analytics firm.

- seven home pages and seven privacy pages, one per language, tied by hreflang alternates;
- blog articles with JSON-LD BlogPosting, one of them translated into German (hreflang);
- listing pages (blog index, a tag page);
- PLANTED doorway cluster: five "analytics consulting in <city>" pages generated from one
  text with the city swapped: D007.
"""
from common import doc

S = "plain-html"
LANG_HOME = {"en": "/", "de": "/de/", "fr": "/fr/", "es": "/es/", "pt": "/pt/", "ja": "/ja/", "zh": "/zh/"}
PRIVACY = {"en": "/privacy.html", "de": "/de/datenschutz.html", "fr": "/fr/confidentialite.html",
           "es": "/es/privacidad.html", "pt": "/pt/privacidade.html", "ja": "/ja/privacy.html",
           "zh": "/zh/privacy.html"}
NAV = {
    "en": ("Home", "Blog", "Privacy"), "de": ("Start", "Blog", "Datenschutz"),
    "fr": ("Accueil", "Blog", "Confidentialité"), "es": ("Inicio", "Blog", "Privacidad"),
    "pt": ("Início", "Blog", "Privacidade"), "ja": ("ホーム", "ブログ", "プライバシー"),
    "zh": ("首页", "博客", "隐私"),
}
HREFLANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt-BR", "ja": "ja", "zh": "zh-Hans"}


def page(lang, title, description, main, alternates=None, head_extra="", canonical=""):
    home, blog, priv = NAV[lang]
    alt = ""
    if alternates:
        alt = "\n".join(f'  <link rel="alternate" hreflang="{HREFLANG[l]}" href="https://nordlicht-analytics.example.com{u}">'
                        for l, u in alternates.items())
        alt += f'\n  <link rel="alternate" hreflang="x-default" href="https://nordlicht-analytics.example.com{alternates["en"]}">'
    imprint = '<a href="/de/impressum.html">Impressum</a> · ' if lang == "de" else ""
    return f"""<!DOCTYPE html>
<html lang="{HREFLANG[lang]}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <meta name="description" content="{description}">
{('  <link rel="canonical" href="https://nordlicht-analytics.example.com' + canonical + '">') if canonical else ''}
{alt}
{head_extra}
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="{LANG_HOME[lang]}">Nordlicht Analytics</a>
    <nav>
      <a href="{LANG_HOME[lang]}">{home}</a>
      <a href="/blog/">{blog}</a>
      <a href="{PRIVACY[lang]}">{priv}</a>
    </nav>
  </header>
  <main>
{main}
  </main>
  <footer class="site-footer">
    <p>{imprint}<a href="{PRIVACY[lang]}">{priv}</a> · <a href="/terms.html">Terms</a> · © 2025 Nordlicht Analytics GmbH, Hamburg</p>
  </footer>
</body>
</html>
"""


def d(path, html, lang, kind, **kw):
    doc(path, html, site=S, gen="plain", lang=lang, kind=kind, raw=True, **kw)


def jsonld(headline, author, published, lang):
    return f"""  <script type="application/ld+json">
  {{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "{headline}",
   "inLanguage": "{lang}", "author": {{"@type": "Person", "name": "{author}"}},
   "datePublished": "{published}", "publisher": {{"@type": "Organization", "name": "Nordlicht Analytics"}}}}
  </script>"""


def build():
    homes = {
        "en": ("Nordlicht Analytics: product analytics you can trust",
               "Product analytics consulting and privacy-friendly tracking setups for software companies in Europe.",
               """    <h1>Product analytics you can trust</h1>
    <p>We help software companies measure what their users do, without collecting what they do not need.
    Tracking plans, server-side setups and dashboards that product teams actually open.</p>
    <ul>
      <li>Tracking plans and event naming that survive the next redesign</li>
      <li>Server-side tracking that respects consent</li>
      <li>Cohort and retention analysis your board will understand</li>
    </ul>
    <p><a href="/blog/">Read our blog</a> or write to hello@nordlicht-analytics.example.com.</p>"""),
        "de": ("Nordlicht Analytics: Produktanalyse, der Sie vertrauen können",
               "Beratung zu Produktanalyse und datensparsamem Tracking für Softwarefirmen in Europa.",
               """    <h1>Produktanalyse, der Sie vertrauen können</h1>
    <p>Wir helfen Softwarefirmen zu messen, was ihre Nutzer tun – ohne zu erheben, was sie nicht brauchen.
    Tracking-Pläne, serverseitige Setups und Dashboards, die Produktteams wirklich öffnen.</p>
    <ul>
      <li>Tracking-Pläne und Event-Namen, die den nächsten Relaunch überstehen</li>
      <li>Serverseitiges Tracking mit sauberer Einwilligung</li>
      <li>Kohorten- und Retention-Analysen, die auch der Beirat versteht</li>
    </ul>
    <p>Lesen Sie unseren Artikel über <a href="/de/blog/kohortenanalyse-grundlagen.html">Kohortenanalyse</a>.</p>"""),
        "fr": ("Nordlicht Analytics : une analyse produit digne de confiance",
               "Conseil en analyse produit et mesure d'audience respectueuse de la vie privée pour les éditeurs de logiciels.",
               """    <h1>Une analyse produit digne de confiance</h1>
    <p>Nous aidons les éditeurs de logiciels à mesurer ce que font leurs utilisateurs, sans collecter ce dont ils n'ont pas besoin.
    Plans de marquage, suivi côté serveur et tableaux de bord que les équipes produit ouvrent vraiment.</p>
    <p>Écrivez-nous à hello@nordlicht-analytics.example.com.</p>"""),
        "es": ("Nordlicht Analytics: analítica de producto en la que confiar",
               "Consultoría de analítica de producto y medición respetuosa con la privacidad para empresas de software.",
               """    <h1>Analítica de producto en la que confiar</h1>
    <p>Ayudamos a empresas de software a medir lo que hacen sus usuarios sin recoger lo que no necesitan.
    Planes de medición, seguimiento en servidor y paneles que los equipos de producto de verdad abren.</p>
    <p>Escríbenos a hello@nordlicht-analytics.example.com.</p>"""),
        "pt": ("Nordlicht Analytics: análise de produto em que você pode confiar",
               "Consultoria em análise de produto e rastreamento respeitoso à privacidade para empresas de software.",
               """    <h1>Análise de produto em que você pode confiar</h1>
    <p>Ajudamos empresas de software a medir o que os usuários fazem, sem coletar o que não precisam.
    Planos de rastreamento, coleta no servidor e painéis que as equipes de produto realmente abrem.</p>
    <p>Fale conosco: hello@nordlicht-analytics.example.com.</p>"""),
        "ja": ("Nordlicht Analytics｜信頼できるプロダクト分析",
               "ソフトウェア企業向けに、プロダクト分析のコンサルティングとプライバシーに配慮した計測の設計を行っています。",
               """    <h1>信頼できるプロダクト分析</h1>
    <p>私たちは、ソフトウェア企業がユーザーの行動を、必要のないデータを集めずに計測できるよう支援しています。
    次のリニューアルでも崩れないトラッキング設計、同意を尊重したサーバーサイド計測、そしてプロダクトチームが実際に開くダッシュボードをご提供します。</p>
    <p>お問い合わせは hello@nordlicht-analytics.example.com まで。</p>"""),
        "zh": ("Nordlicht Analytics：值得信赖的产品分析",
               "为软件公司提供产品分析咨询，以及尊重隐私的数据采集方案。",
               """    <h1>值得信赖的产品分析</h1>
    <p>我们帮助软件公司衡量用户的行为，同时不收集不需要的数据。
    我们提供经得起改版的埋点方案、尊重用户同意的服务端采集，以及产品团队真正会打开的数据看板。</p>
    <p>联系我们：hello@nordlicht-analytics.example.com。</p>"""),
    }
    home_alts = {l: LANG_HOME[l] for l in homes}
    for lang, (title, desc, main) in homes.items():
        path = "index.html" if lang == "en" else f"{lang}/index.html"
        d(path, page(lang, title, desc, main, alternates=home_alts), lang, "landing",
          tr=None if lang == "en" else "index.html", paired=lang == "en", mustnot=["L001", "E007"],
          notes="Home page in one of seven languages, tied by hreflang alternates.")

    privacy = {
        "en": ("Privacy policy | Nordlicht Analytics", "How Nordlicht Analytics handles personal data on this website and in client projects.",
               """    <h1>Privacy policy</h1>
    <p>Last updated: <time datetime="2024-11-04">4 November 2024</time></p>
    <h2>Controller</h2>
    <p>Nordlicht Analytics GmbH, Große Elbstraße 40, 22767 Hamburg, Germany, is responsible for the processing of personal data on this website.</p>
    <h2>What we collect</h2>
    <p>Our web server logs IP addresses, the requested page and the browser's user agent. The logs are deleted after seven days.
    We measure visits with a self-hosted analytics tool that stores no IP addresses and sets no cookies.</p>
    <h2>Your rights</h2>
    <p>You may request access to, correction or deletion of your data, and you may lodge a complaint with the Hamburg data protection authority.</p>"""),
        "de": ("Datenschutzerklärung | Nordlicht Analytics", "Wie Nordlicht Analytics personenbezogene Daten auf dieser Website und in Kundenprojekten verarbeitet.",
               """    <h1>Datenschutzerklärung</h1>
    <p>Stand: <time datetime="2024-11-04">4. November 2024</time></p>
    <h2>Verantwortlicher</h2>
    <p>Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Website ist die Nordlicht Analytics GmbH, Große Elbstraße 40, 22767 Hamburg.</p>
    <h2>Welche Daten wir erheben</h2>
    <p>Unser Webserver protokolliert IP-Adressen, die aufgerufene Seite und den User-Agent des Browsers. Die Protokolle werden nach sieben Tagen gelöscht.
    Besuche messen wir mit einem selbst betriebenen Analysewerkzeug, das keine IP-Adressen speichert und keine Cookies setzt.</p>
    <h2>Ihre Rechte</h2>
    <p>Sie haben das Recht auf Auskunft, Berichtigung und Löschung sowie das Recht, sich bei der Hamburgischen Beauftragten für Datenschutz zu beschweren.</p>"""),
        "fr": ("Politique de confidentialité | Nordlicht Analytics", "Comment Nordlicht Analytics traite les données personnelles sur ce site et dans les projets clients.",
               """    <h1>Politique de confidentialité</h1>
    <p>Dernière mise à jour : <time datetime="2024-11-04">4 novembre 2024</time></p>
    <h2>Responsable du traitement</h2>
    <p>Nordlicht Analytics GmbH, Große Elbstraße 40, 22767 Hambourg, Allemagne.</p>
    <h2>Données collectées</h2>
    <p>Notre serveur web enregistre les adresses IP, la page demandée et l'agent utilisateur du navigateur. Ces journaux sont supprimés au bout de sept jours.
    Nous mesurons les visites avec un outil hébergé chez nous, sans cookie et sans conserver d'adresse IP.</p>
    <h2>Vos droits</h2>
    <p>Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, et saisir l'autorité de protection des données.</p>"""),
        "es": ("Política de privacidad | Nordlicht Analytics", "Cómo trata Nordlicht Analytics los datos personales en este sitio web y en los proyectos de clientes.",
               """    <h1>Política de privacidad</h1>
    <p>Última actualización: <time datetime="2024-11-04">4 de noviembre de 2024</time></p>
    <h2>Responsable</h2>
    <p>Nordlicht Analytics GmbH, Große Elbstraße 40, 22767 Hamburgo, Alemania.</p>
    <h2>Qué datos recogemos</h2>
    <p>Nuestro servidor web registra direcciones IP, la página solicitada y el agente de usuario del navegador. Los registros se borran a los siete días.
    Medimos las visitas con una herramienta alojada por nosotros que no guarda direcciones IP ni usa cookies.</p>
    <h2>Tus derechos</h2>
    <p>Puedes solicitar el acceso, la rectificación o la supresión de tus datos y presentar una reclamación ante la autoridad de protección de datos.</p>"""),
        "pt": ("Política de privacidade | Nordlicht Analytics", "Como a Nordlicht Analytics trata dados pessoais neste site e em projetos de clientes.",
               """    <h1>Política de privacidade</h1>
    <p>Última atualização: <time datetime="2024-11-04">4 de novembro de 2024</time></p>
    <h2>Controlador</h2>
    <p>Nordlicht Analytics GmbH, Große Elbstraße 40, 22767 Hamburgo, Alemanha.</p>
    <h2>O que coletamos</h2>
    <p>Nosso servidor registra endereços IP, a página solicitada e o agente de usuário do navegador. Os registros são apagados após sete dias.
    Medimos as visitas com uma ferramenta própria, que não guarda endereços IP nem usa cookies.</p>
    <h2>Seus direitos</h2>
    <p>Você pode pedir acesso, correção ou exclusão dos seus dados, nos termos da LGPD e do RGPD.</p>"""),
        "ja": ("プライバシーポリシー｜Nordlicht Analytics", "Nordlicht Analytics が本サイトおよびお客様のプロジェクトで個人データをどのように取り扱うかを説明します。",
               """    <h1>プライバシーポリシー</h1>
    <p>最終更新日：<time datetime="2024-11-04">2024年11月4日</time></p>
    <h2>管理者</h2>
    <p>Nordlicht Analytics GmbH(ドイツ・ハンブルク、Große Elbstraße 40)が本サイトにおける個人データの処理に責任を負います。</p>
    <h2>収集する情報</h2>
    <p>ウェブサーバーは IP アドレス、閲覧されたページ、ブラウザーのユーザーエージェントを記録し、7日後に削除します。
    アクセス解析には自社で運用するツールを使い、IP アドレスを保存せず、Cookie も使用しません。</p>
    <h2>お客様の権利</h2>
    <p>ご自身のデータの開示、訂正、削除を求めることができます。</p>"""),
        "zh": ("隐私政策｜Nordlicht Analytics", "说明 Nordlicht Analytics 在本网站及客户项目中如何处理个人数据。",
               """    <h1>隐私政策</h1>
    <p>最后更新：<time datetime="2024-11-04">2024年11月4日</time></p>
    <h2>数据控制者</h2>
    <p>Nordlicht Analytics GmbH，地址：德国汉堡 Große Elbstraße 40。</p>
    <h2>我们收集哪些数据</h2>
    <p>我们的网络服务器会记录 IP 地址、访问的页面和浏览器的用户代理，日志在七天后删除。
    我们使用自行部署的统计工具统计访问量，不保存 IP 地址，也不使用 Cookie。</p>
    <h2>您的权利</h2>
    <p>您可以要求查阅、更正或删除您的个人数据。</p>"""),
    }
    for lang, (title, desc, main) in privacy.items():
        path = PRIVACY[lang].lstrip("/")
        d(path, page(lang, title, desc, main, alternates=PRIVACY), lang, "legal",
          tr=None if lang == "en" else "privacy.html", paired=lang == "en", mustnot=["L001", "E002", "E007"],
          notes="Privacy policy, one of seven hreflang alternates; dated with <time>.")

    d("de/impressum.html", page("de", "Impressum | Nordlicht Analytics", "Anbieterkennzeichnung der Nordlicht Analytics GmbH nach § 5 DDG.", """    <h1>Impressum</h1>
    <p>Nordlicht Analytics GmbH<br>Große Elbstraße 40<br>22767 Hamburg</p>
    <p>Geschäftsführerin: Ingrid Sørensen<br>Registergericht: Amtsgericht Hamburg, HRB 171234<br>USt-IdNr.: DE312345678</p>
    <p>E-Mail: hello@nordlicht-analytics.example.com · Telefon: +49 40 1234567</p>
    <p>Stand: <time datetime="2024-11-04">November 2024</time></p>"""), "de", "legal", mustnot=["L001", "E002", "E007"], notes="German imprint (legal notice).")

    d("terms.html", page("en", "Terms of service | Nordlicht Analytics", "Terms that apply to consulting engagements and to the use of this website.", """    <h1>Terms of service</h1>
    <p>Effective from <time datetime="2024-01-01">1 January 2024</time>.</p>
    <h2>Scope</h2>
    <p>These terms apply to all consulting services of Nordlicht Analytics GmbH unless a written contract says otherwise.</p>
    <h2>Fees and payment</h2>
    <p>Fees are agreed per project or per day. Invoices are payable within 30 days without deduction.</p>
    <h2>Liability</h2>
    <p>We are liable without limitation for intent and gross negligence. For slight negligence we are liable only for breaches of essential contractual obligations, limited to the foreseeable damage typical for the contract.</p>
    <h2>Governing law</h2>
    <p>German law applies. The place of jurisdiction is Hamburg.</p>"""), "en", "legal", mustnot=["L001", "E002", "E007"])

    # ------------------------------------------------------------- blog
    d("blog/index.html", page("en", "Blog | Nordlicht Analytics", "Articles on tracking plans, cohort analysis and privacy-friendly analytics.", """    <h1>Blog</h1>
    <ul class="post-list">
      <li><a href="/blog/server-side-tracking.html">Server-side tracking without surprises</a> · 12 March 2025</li>
      <li><a href="/blog/utm-naming-conventions.html">UTM naming conventions that stay clean</a> · 20 January 2025</li>
      <li><a href="/blog/cohort-analysis-basics.html">Cohort analysis for people who build products</a> · 9 October 2024</li>
    </ul>
    <p>Posts by topic: <a href="/blog/tag/attribution.html">attribution</a>.</p>"""), "en", "listing", mustnot=["L001"], notes="Blog index: a list of links.")

    d("blog/tag/attribution.html", page("en", "Posts tagged attribution | Nordlicht Analytics", "All Nordlicht Analytics blog posts about attribution and campaign tracking.", """    <h1>Posts tagged “attribution”</h1>
    <ul class="post-list">
      <li><a href="/blog/utm-naming-conventions.html">UTM naming conventions that stay clean</a></li>
      <li><a href="/blog/server-side-tracking.html">Server-side tracking without surprises</a></li>
    </ul>"""), "en", "listing", mustnot=["L001"], notes="Tag page.")

    cohort_alts = {"en": "/blog/cohort-analysis-basics.html", "de": "/de/blog/kohortenanalyse-grundlagen.html"}
    d("blog/cohort-analysis-basics.html", page("en", "Cohort analysis for people who build products", "What a cohort table shows, how to read retention curves, and three mistakes that make them lie.", """    <article>
    <h1>Cohort analysis for people who build products</h1>
    <p class="byline">By Ingrid Sørensen · <time datetime="2024-10-09">9 October 2024</time></p>
    <p>Most product dashboards show totals: users this month, revenue this month. Totals hide the one thing a product team most needs to know, which is whether people who start using the product keep using it. A cohort table answers that question by grouping users by the week or month they started and following each group separately.</p>
    <h2>Reading a cohort table</h2>
    <p>Each row is a cohort, for example everyone who signed up in March. Each column is the time since they started: week 1, week 2, and so on. Each cell is the share of the cohort that was active in that week. Read across a row to see how one cohort fades; read down a column to see whether newer cohorts stay longer than older ones. The second reading is the one that tells you whether your product is getting better.</p>
    <h2>The shape of a healthy curve</h2>
    <p>Plotted as a line, retention always falls at first. What matters is whether it flattens. A curve that flattens at 25% after week six means a quarter of new users found something worth coming back for. A curve that keeps falling towards zero means the product has not yet found a lasting use, however good the signup numbers look.</p>
    <h2>Three mistakes that make cohorts lie</h2>
    <p>First, counting any event as activity. If opening a notification email counts as active, retention looks healthy while nobody uses the product. Define activity as the action that delivers value, such as sending an invoice in an invoicing tool. Second, mixing acquisition channels. A campaign that brings thousands of curious visitors in one month drags that cohort down and makes the product look worse than it is. Split cohorts by channel before you draw conclusions. Third, reading the newest cohorts too early. A cohort that started three weeks ago has only three columns; comparing its week-three value with older cohorts is fine, comparing its average with theirs is not.</p>
    <h2>Where to start</h2>
    <p>Pick one activity event, monthly cohorts and a twelve-month window. Most analytics tools, including PostHog, Amplitude and Mixpanel, draw this table in a few clicks. Look at it every month with the product team, and write down what changed in the product next to the cohorts where the curve moved.</p>
    </article>""", alternates=cohort_alts, head_extra=jsonld("Cohort analysis for people who build products", "Ingrid Sørensen", "2024-10-09", "en")),
      "en", "article", paired=True, mustnot=["L001", "E001", "E002", "E007", "T001", "T005"], notes="HTML article with BlogPosting JSON-LD; translated into German (hreflang). About 450 words.")

    d("de/blog/kohortenanalyse-grundlagen.html", page("de", "Kohortenanalyse für Menschen, die Produkte bauen", "Was eine Kohortentabelle zeigt, wie man Retention-Kurven liest und drei Fehler, die sie lügen lassen.", """    <article>
    <h1>Kohortenanalyse für Menschen, die Produkte bauen</h1>
    <p class="byline">Von Ingrid Sørensen · <time datetime="2024-10-09">9. Oktober 2024</time></p>
    <p>Die meisten Produkt-Dashboards zeigen Summen: Nutzer in diesem Monat, Umsatz in diesem Monat. Summen verbergen genau das, was ein Produktteam am dringendsten wissen muss: ob Menschen, die das Produkt ausprobieren, es auch weiter nutzen. Eine Kohortentabelle beantwortet diese Frage, indem sie Nutzer nach der Woche oder dem Monat ihres Starts gruppiert und jede Gruppe einzeln verfolgt.</p>
    <h2>Eine Kohortentabelle lesen</h2>
    <p>Jede Zeile ist eine Kohorte, zum Beispiel alle, die sich im März registriert haben. Jede Spalte ist die Zeit seit dem Start: Woche 1, Woche 2 und so weiter. Jede Zelle zeigt den Anteil der Kohorte, der in dieser Woche aktiv war. Liest man eine Zeile von links nach rechts, sieht man, wie eine Kohorte nachlässt; liest man eine Spalte von oben nach unten, sieht man, ob neuere Kohorten länger bleiben als ältere. Die zweite Lesart verrät, ob das Produkt besser wird.</p>
    <h2>Wie eine gesunde Kurve aussieht</h2>
    <p>Als Linie gezeichnet fällt die Retention anfangs immer. Entscheidend ist, ob sie abflacht. Eine Kurve, die nach Woche sechs bei 25 Prozent flach wird, bedeutet: Ein Viertel der neuen Nutzer hat etwas gefunden, für das es sich zurückzukommen lohnt. Eine Kurve, die weiter gegen null fällt, heißt, dass das Produkt noch keinen dauerhaften Nutzen gefunden hat, egal wie gut die Anmeldezahlen aussehen.</p>
    <h2>Drei Fehler, die Kohorten lügen lassen</h2>
    <p>Erstens: jedes Ereignis als Aktivität zählen. Wenn schon das Öffnen einer Benachrichtigungs-Mail als aktiv gilt, sieht die Retention gesund aus, während niemand das Produkt benutzt. Definieren Sie Aktivität als die Handlung, die Nutzen stiftet, etwa das Versenden einer Rechnung in einem Rechnungsprogramm. Zweitens: Akquisekanäle vermischen. Eine Kampagne, die in einem Monat Tausende Neugierige bringt, zieht diese Kohorte nach unten. Trennen Sie Kohorten nach Kanal, bevor Sie Schlüsse ziehen. Drittens: die neuesten Kohorten zu früh lesen. Eine Kohorte, die vor drei Wochen gestartet ist, hat erst drei Spalten; ihren Wert in Woche drei mit älteren Kohorten zu vergleichen, ist in Ordnung, ihren Durchschnitt nicht.</p>
    <h2>Wo man anfängt</h2>
    <p>Wählen Sie ein Aktivitätsereignis, monatliche Kohorten und ein Fenster von zwölf Monaten. Die meisten Analysewerkzeuge, darunter PostHog, Amplitude und Mixpanel, zeichnen diese Tabelle mit wenigen Klicks. Schauen Sie sie jeden Monat gemeinsam mit dem Produktteam an und notieren Sie, was sich im Produkt geändert hat, wenn sich die Kurve bewegt.</p>
    </article>""", alternates=cohort_alts, head_extra=jsonld("Kohortenanalyse für Menschen, die Produkte bauen", "Ingrid Sørensen", "2024-10-09", "de")),
      "de", "article", tr="blog/cohort-analysis-basics.html", mustnot=["L001", "E001", "E002", "E007", "T001"], notes="German translation, hreflang alternate of the English article.")

    d("blog/utm-naming-conventions.html", page("en", "UTM naming conventions that stay clean", "A short set of rules for utm_source, utm_medium and utm_campaign that keeps campaign reports readable after a year.", """    <article>
    <h1>UTM naming conventions that stay clean</h1>
    <p class="byline">By Tomasz Brandt · <time datetime="2025-01-20">20 January 2025</time></p>
    <p>Open the campaign report of any company that has used UTM parameters for a year and you will find the same source written five ways: <code>facebook</code>, <code>Facebook</code>, <code>fb</code>, <code>facebook.com</code> and <code>meta</code>. Each spelling is a separate row, and none of the totals are right. The fix is not a tool; it is a short list of rules that everyone who builds links follows.</p>
    <h2>Rule 1: lower case, no spaces</h2>
    <p>UTM values are case-sensitive in Google Analytics 4 and most other tools. Write everything in lower case and use hyphens instead of spaces, so that <code>Spring Sale</code> and <code>spring sale</code> cannot both exist.</p>
    <h2>Rule 2: a closed list for source and medium</h2>
    <p>Keep <code>utm_medium</code> to the channel names that GA4's default channel grouping understands: <code>email</code>, <code>cpc</code>, <code>social</code>, <code>paid-social</code>, <code>affiliate</code>, <code>display</code>. Anything else lands in "Unassigned". Keep <code>utm_source</code> to a list of platform names that you publish in a shared sheet, and add to the list rather than inventing values in the link builder.</p>
    <h2>Rule 3: campaigns carry a date</h2>
    <p>A campaign name such as <code>2025-03-spring-sale</code> sorts by time, cannot clash with next year's sale, and tells the reader of a report when it ran without looking anything up.</p>
    <h2>Rule 4: content and term are optional, but structured</h2>
    <p>Use <code>utm_content</code> to tell apart two links in the same email, for example <code>header-button</code> and <code>footer-link</code>. Leave <code>utm_term</code> for paid search keywords, which most ad platforms fill in on their own.</p>
    <h2>Making it stick</h2>
    <p>Rules in a wiki are forgotten. A link builder, even a spreadsheet with drop-down lists and a formula that assembles the URL, is followed. We give each client one, plus a monthly check that lists any new source or medium values that appeared in the data, with the people who created them. After three months, the list is usually empty.</p>
    </article>""", head_extra=jsonld("UTM naming conventions that stay clean", "Tomasz Brandt", "2025-01-20", "en")),
      "en", "article", mustnot=["L001", "E001", "E002", "E007", "T001", "T005"], notes="About 400 words; JSON-LD and visible byline.")

    d("blog/server-side-tracking.html", page("en", "Server-side tracking without surprises", "What moving analytics tags to a server container changes, what it does not change about consent, and what it costs.", """    <article>
    <h1>Server-side tracking without surprises</h1>
    <p class="byline">By Ingrid Sørensen · <time datetime="2025-03-12">12 March 2025</time></p>
    <p>Server-side tagging moves the work of analytics and advertising tags from the visitor's browser to a server you control. The browser sends one request to your own subdomain, and the server forwards the data to Google Analytics, ad platforms or your warehouse. It is often sold as a way around ad blockers and consent banners. It is neither, and teams that adopt it for those reasons are the ones who get surprised.</p>
    <h2>What really changes</h2>
    <p>Page weight drops, because the browser no longer loads a tag library for every vendor. On one retail client, third-party JavaScript went from 610 KB to 95 KB and Interaction to Next Paint improved by 120 ms at the 75th percentile. You also decide exactly which fields each vendor receives: you can drop IP addresses, shorten user agents or remove URL parameters before anything leaves your server.</p>
    <h2>What does not change</h2>
    <p>Consent rules apply to the purpose of the processing, not to where the code runs. If a visitor has not agreed to advertising cookies, forwarding their data to an ad platform from your server is just as unlawful as doing it from their browser. The server container must read the consent state and respect it for each vendor.</p>
    <h2>What it costs</h2>
    <p>A server container is a service that must run, scale and be monitored. Hosted options start around EUR 20 a month for small sites; a self-hosted container on Cloud Run with three instances for redundancy cost one client about EUR 120 a month at 40 million requests. Budget for someone to own it, because a silently failing container means a silent gap in every report.</p>
    <h2>When it is worth it</h2>
    <p>For sites where performance matters and where several vendors receive data, it is usually worth it. For a small site with one analytics tool, a privacy-friendly script in the browser is simpler and cheaper. Either way, start with a tracking plan; moving a messy setup to a server gives you a messy setup on a server.</p>
    </article>""", head_extra=jsonld("Server-side tracking without surprises", "Ingrid Sørensen", "2025-03-12", "en")),
      "en", "article", mustnot=["L001", "E001", "E002", "E007", "T001", "T005"], notes="About 420 words.")

    # --------------------------------------------------------- doorway cluster
    cities = [("berlin", "Berlin", "Alexanderplatz"), ("munich", "Munich", "Marienplatz"),
              ("hamburg", "Hamburg", "Jungfernstieg"), ("cologne", "Cologne", "Neumarkt"),
              ("frankfurt", "Frankfurt", "Hauptwache")]
    for slug, city, square in cities:
        main = f"""    <h1>Analytics consulting in {city}</h1>
    <p>Looking for analytics consulting in {city}? Nordlicht Analytics helps software companies in {city} measure what their users do.
    Our consultants set up tracking plans, server-side tracking and dashboards for teams in {city} and the surrounding region.</p>
    <h2>Why companies in {city} choose us</h2>
    <p>We know the {city} software scene and have worked with startups and established companies across {city}.
    Whether your office is near {square} or elsewhere in {city}, we can meet your team on site or remotely.
    Every project starts with a free call in which we look at your current analytics setup and tell you what we would change first.</p>
    <h2>Our services in {city}</h2>
    <ul>
      <li>Tracking plans for {city} product teams</li>
      <li>Server-side tracking for {city} companies</li>
      <li>Cohort and retention analysis in {city}</li>
    </ul>
    <p>Contact our {city} analytics consultants today at hello@nordlicht-analytics.example.com.</p>"""
        d(f"consulting/analytics-consulting-{slug}.html",
          page("en", f"Analytics consulting in {city} | Nordlicht Analytics",
               f"Analytics consulting in {city}: tracking plans, server-side tracking and dashboards for software companies in {city}.", main),
          "en", "landing", should=["D007"], mustnot=["L001"],
          notes="PLANTED doorway page: one of five pages generated from one text with the city (a place name) swapped.")
