# -*- coding: utf-8 -*-
"""Site templates for the hand-written contentlint author/date test set.

Every template below imitates the chrome of a kind of real site (WordPress
block theme, underscores-style classic theme, Ghost "Source", Hugo PaperMod,
Medium, Substack, several newspaper CMSs, Drupal Olivero, Blogger, a corporate
newsroom, a docs site, a phpBB forum, an IndieWeb h-entry blog, a shop product
page, a category archive, a magazine with <address> bylines, a recipe blog,
a corporate blog) and Markdown files with YAML/TOML front matter.

Article text, byline markup and date markup come from the per-language
content files (c_*.py); the templates only place them.
"""
import hashlib
import html
import json
import re
import unicodedata
import urllib.parse

def esc(s):
    return html.escape(s, quote=True)

# --------------------------------------------------------------------------
# UI strings
# --------------------------------------------------------------------------
UI_KEYS = ("home about contact search menu related comments reply newsletter subscribe email "
           "rights privacy legal tags share min latest popular menu_label corp press cart add "
           "reviews docs edit onpage prev next login skip more").split()

_UI_RAW = {
 'en': "Home|About|Contact|Search|News;Business;Tech;Culture;Sport|Related posts|Comments|Reply|Get the best stories in your inbox every Friday. Sign up for our free newsletter.|Subscribe|Your email address|All rights reserved.|Privacy Policy|Terms of Use|Tags|Share|min read|Latest|Most read|Main menu|Products;Solutions;Company;Newsroom;Careers|Press release|Cart|Add to cart|Customer reviews|Documentation|Edit this page|On this page|Previous|Next|Log in|Skip to content|Read more",
 'de': "Startseite|Über uns|Kontakt|Suche|Politik;Wirtschaft;Kultur;Sport;Region|Das könnte Sie auch interessieren|Kommentare|Antworten|Jeden Freitag die wichtigsten Geschichten in Ihrem Postfach. Jetzt kostenlos abonnieren.|Abonnieren|Ihre E-Mail-Adresse|Alle Rechte vorbehalten.|Datenschutz|Impressum|Schlagworte|Teilen|Min. Lesezeit|Neueste Artikel|Meistgelesen|Hauptmenü|Produkte;Lösungen;Unternehmen;Presse;Karriere|Pressemitteilung|Warenkorb|In den Warenkorb|Kundenbewertungen|Dokumentation|Diese Seite bearbeiten|Auf dieser Seite|Zurück|Weiter|Anmelden|Zum Inhalt springen|Weiterlesen",
 'fr': "Accueil|À propos|Contact|Rechercher|International;Économie;Culture;Sport;Régions|À lire aussi|Commentaires|Répondre|Recevez chaque vendredi le meilleur de nos articles. Inscrivez-vous à notre lettre d'information gratuite.|S'inscrire|Votre adresse e-mail|Tous droits réservés.|Politique de confidentialité|Mentions légales|Mots-clés|Partager|min de lecture|Dernières actualités|Les plus lus|Menu principal|Produits;Solutions;Entreprise;Presse;Carrières|Communiqué de presse|Panier|Ajouter au panier|Avis clients|Documentation|Modifier cette page|Sur cette page|Précédent|Suivant|Se connecter|Aller au contenu|Lire la suite",
 'es': "Inicio|Quiénes somos|Contacto|Buscar|Internacional;Economía;Cultura;Deportes;Local|Te puede interesar|Comentarios|Responder|Recibe cada viernes lo mejor de la semana. Suscríbete a nuestro boletín gratuito.|Suscribirme|Tu correo electrónico|Todos los derechos reservados.|Política de privacidad|Aviso legal|Etiquetas|Compartir|min de lectura|Lo último|Lo más leído|Menú principal|Productos;Soluciones;Empresa;Prensa;Empleo|Nota de prensa|Carrito|Añadir al carrito|Opiniones de clientes|Documentación|Editar esta página|En esta página|Anterior|Siguiente|Iniciar sesión|Saltar al contenido|Leer más",
 'it': "Home|Chi siamo|Contatti|Cerca|Cronaca;Economia;Cultura;Sport;Territorio|Potrebbe interessarti|Commenti|Rispondi|Ogni venerdì le storie migliori nella tua casella di posta. Iscriviti alla newsletter gratuita.|Iscriviti|Il tuo indirizzo email|Tutti i diritti riservati.|Privacy policy|Note legali|Tag|Condividi|min di lettura|Ultime notizie|I più letti|Menu principale|Prodotti;Soluzioni;Azienda;Stampa;Lavora con noi|Comunicato stampa|Carrello|Aggiungi al carrello|Recensioni dei clienti|Documentazione|Modifica questa pagina|In questa pagina|Precedente|Successivo|Accedi|Vai al contenuto|Leggi tutto",
 'pt': "Início|Sobre nós|Contato|Buscar|Mundo;Economia;Cultura;Esportes;Região|Leia também|Comentários|Responder|Receba toda sexta-feira as melhores histórias no seu e-mail. Assine a nossa newsletter gratuita.|Assinar|Seu e-mail|Todos os direitos reservados.|Política de privacidade|Termos de uso|Tags|Compartilhar|min de leitura|Últimas|Mais lidas|Menu principal|Produtos;Soluções;Empresa;Imprensa;Carreiras|Comunicado à imprensa|Carrinho|Adicionar ao carrinho|Avaliações de clientes|Documentação|Editar esta página|Nesta página|Anterior|Próximo|Entrar|Pular para o conteúdo|Leia mais",
 'nl': "Home|Over ons|Contact|Zoeken|Binnenland;Economie;Cultuur;Sport;Regio|Lees ook|Reacties|Beantwoorden|Elke vrijdag de beste verhalen in je inbox. Schrijf je in voor onze gratis nieuwsbrief.|Aanmelden|Je e-mailadres|Alle rechten voorbehouden.|Privacybeleid|Colofon|Tags|Delen|min leestijd|Laatste nieuws|Meest gelezen|Hoofdmenu|Producten;Oplossingen;Over ons;Pers;Vacatures|Persbericht|Winkelwagen|In winkelwagen|Klantbeoordelingen|Documentatie|Deze pagina bewerken|Op deze pagina|Vorige|Volgende|Inloggen|Naar inhoud|Lees meer",
 'sv': "Hem|Om oss|Kontakt|Sök|Inrikes;Ekonomi;Kultur;Sport;Lokalt|Läs också|Kommentarer|Svara|Få veckans bästa texter i din inkorg varje fredag. Prenumerera på vårt kostnadsfria nyhetsbrev.|Prenumerera|Din e-postadress|Alla rättigheter förbehållna.|Integritetspolicy|Om webbplatsen|Taggar|Dela|min läsning|Senaste|Mest läst|Huvudmeny|Produkter;Lösningar;Företaget;Press;Karriär|Pressmeddelande|Varukorg|Lägg i varukorgen|Kundrecensioner|Dokumentation|Redigera sidan|På den här sidan|Föregående|Nästa|Logga in|Till innehållet|Läs mer",
 'pl': "Strona główna|O nas|Kontakt|Szukaj|Kraj;Gospodarka;Kultura;Sport;Region|Przeczytaj także|Komentarze|Odpowiedz|Co piątek najlepsze teksty tygodnia w Twojej skrzynce. Zapisz się do bezpłatnego newslettera.|Zapisz się|Twój adres e-mail|Wszelkie prawa zastrzeżone.|Polityka prywatności|Regulamin|Tagi|Udostępnij|min czytania|Najnowsze|Najczęściej czytane|Menu główne|Produkty;Rozwiązania;Firma;Dla mediów;Kariera|Informacja prasowa|Koszyk|Dodaj do koszyka|Opinie klientów|Dokumentacja|Edytuj tę stronę|Na tej stronie|Poprzednia|Następna|Zaloguj się|Przejdź do treści|Czytaj dalej",
 'ru': "Главная|О нас|Контакты|Поиск|Политика;Экономика;Культура;Спорт;Регион|Читайте также|Комментарии|Ответить|Лучшие материалы недели каждую пятницу на вашу почту. Подпишитесь на бесплатную рассылку.|Подписаться|Ваш e-mail|Все права защищены.|Политика конфиденциальности|Правила использования|Теги|Поделиться|мин чтения|Последние новости|Самое читаемое|Главное меню|Продукты;Решения;Компания;Пресс-центр;Карьера|Пресс-релиз|Корзина|В корзину|Отзывы покупателей|Документация|Редактировать страницу|На этой странице|Назад|Далее|Войти|Перейти к содержимому|Читать далее",
 'zh': "首页|关于我们|联系我们|搜索|国内;财经;科技;文化;体育|相关阅读|评论|回复|每周五将精选文章发送到您的邮箱，立即免费订阅。|订阅|您的邮箱地址|版权所有|隐私政策|用户协议|标签|分享|分钟阅读|最新|热门排行|主导航|产品;解决方案;关于公司;新闻中心;加入我们|新闻稿|购物车|加入购物车|用户评价|文档|编辑此页|本页目录|上一页|下一页|登录|跳到正文|阅读全文",
 'ja': "ホーム|会社概要|お問い合わせ|検索|社会;経済;国際;文化;スポーツ|関連記事|コメント|返信|毎週金曜日に厳選記事をメールでお届けします。無料ニュースレターに登録しましょう。|登録する|メールアドレス|無断転載を禁じます。|プライバシーポリシー|利用規約|タグ|シェア|分で読めます|新着記事|アクセスランキング|メインメニュー|製品;ソリューション;企業情報;ニュースルーム;採用情報|ニュースリリース|カート|カートに入れる|カスタマーレビュー|ドキュメント|このページを編集|このページの内容|前へ|次へ|ログイン|本文へスキップ|続きを読む",
 'ko': "홈|회사소개|문의하기|검색|정치;경제;사회;문화;스포츠|관련기사|댓글|답글|매주 금요일, 엄선한 기사를 메일로 보내드립니다. 무료 뉴스레터를 구독하세요.|구독하기|이메일 주소|무단전재 및 재배포 금지|개인정보처리방침|이용약관|태그|공유|분 읽기|최신기사|많이 본 기사|주 메뉴|제품;솔루션;회사소개;뉴스룸;채용|보도자료|장바구니|장바구니 담기|구매 후기|문서|이 페이지 편집|이 페이지 내용|이전|다음|로그인|본문 바로가기|더 보기",
}

UI = {}
for _l, _raw in _UI_RAW.items():
    _parts = _raw.split('|')
    assert len(_parts) == len(UI_KEYS), (_l, len(_parts))
    UI[_l] = dict(zip(UI_KEYS, _parts))
    UI[_l]['menu'] = UI[_l]['menu'].split(';')
    UI[_l]['corp'] = UI[_l]['corp'].split(';')

LANGTAG = dict(en='en-US', de='de-DE', fr='fr-FR', es='es-ES', it='it-IT', pt='pt-BR', nl='nl-NL',
               sv='sv-SE', pl='pl-PL', ru='ru-RU', zh='zh-CN', ja='ja-JP', ko='ko-KR')
TLD = dict(en='.com', de='.de', fr='.fr', es='.es', it='.it', pt='.com.br', nl='.nl', sv='.se',
           pl='.pl', ru='.ru', zh='.cn', ja='.jp', ko='.co.kr')

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def slug(s):
    s = s.lower().replace('ß', 'ss').replace('ł', 'l').replace('ø', 'o')
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s[:64].rstrip('-')

def num(d, mod=90000, base=10000):
    return int(hashlib.md5(d['id'].encode()).hexdigest()[:8], 16) % mod + base

def domain(d):
    if d.get('domain'):
        return d['domain']
    s = slug(d['site']).replace('-', '')
    return 'www.' + (s or 'site%d' % num(d)) + TLD[d['lang']]

def path(d):
    if d.get('url'):
        return d['url']
    s = slug(d['title'])
    sec = slug(d.get('section', '')) or 'articles'
    if len(s) >= 10:
        return '/%s/%s/' % (sec, s)
    return '/%s/%d.html' % (sec, num(d))

def full_url(d):
    return 'https://' + domain(d) + urllib.parse.quote(path(d), safe="/?=&:@%+,;-._~")

def T(s):
    """Split a text block into paragraphs (blank-line separated)."""
    out = []
    for block in re.split(r'\n\s*\n', s.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith('- ') or block.startswith('RAW:') or block.startswith('1. '):
            out.append('\n'.join(l.strip() for l in block.splitlines()))
        else:
            out.append(' '.join(l.strip() for l in block.splitlines()))
    return out

def body_html(paras, pcls=None):
    out = []
    pa = ' class="%s"' % pcls if pcls else ''
    for p in paras:
        if p.startswith('RAW:'):
            out.append(p[4:].strip())
        elif p.startswith('## '):
            out.append('<h2>%s</h2>' % esc(p[3:]))
        elif p.startswith('### '):
            out.append('<h3>%s</h3>' % esc(p[4:]))
        elif p.startswith('> '):
            out.append('<blockquote><p>%s</p></blockquote>' % html.escape(p[2:], quote=False))
        elif p.startswith('- '):
            out.append('<ul>' + ''.join('<li>%s</li>' % esc(l[2:]) for l in p.split('\n')) + '</ul>')
        elif p.startswith('1. '):
            out.append('<ol>' + ''.join('<li>%s</li>' % esc(l.split('. ', 1)[1]) for l in p.split('\n')) + '</ol>')
        elif p.startswith('```'):
            code = p.strip('`').strip()
            out.append('<pre><code>%s</code></pre>' % esc(code))
        else:
            out.append('<p%s>%s</p>' % (pa, html.escape(p, quote=False)))
    return '\n'.join(out)

def plain_first(d):
    for p in d['paras']:
        if not p.startswith(('RAW:', '## ', '- ', '```', '1. ')):
            t = re.sub(r'\s+', ' ', p)
            return t if len(t) < 160 else t[:155].rsplit(' ', 1)[0] + '…'
    return d['title']

# meta helpers used by content files
def MN(name, content):
    return ('name', name, content)

def MP(prop, content):
    return ('property', prop, content)

def Person(name, **kw):
    o = {"@type": "Person", "name": name}
    o.update(kw)
    return o

def Org(name, **kw):
    o = {"@type": "Organization", "name": name}
    o.update(kw)
    return o

def build_jsonld(d):
    out = []
    url = full_url(d)
    base = 'https://' + domain(d) + '/'
    if 'ld' in d:
        s = d['ld']
        o = {"@context": "https://schema.org", "@type": s.get('type', 'Article')}
        if s.get('type') == 'Recipe':
            o['name'] = d['title']
        else:
            o['headline'] = d['title']
        o['mainEntityOfPage'] = {"@type": "WebPage", "@id": url}
        o['image'] = [base + 'media/%s-1200x675.jpg' % d['id']]
        if 'author' in s:
            o['author'] = s['author']
        if s.get('pub'):
            o['datePublished'] = s['pub']
        if s.get('mod'):
            o['dateModified'] = s['mod']
        if s.get('publisher', True):
            o['publisher'] = {"@type": "Organization", "name": d['site'],
                              "logo": {"@type": "ImageObject", "url": base + 'logo-600x60.png'}}
        o['description'] = plain_first(d)
        o.update(s.get('extra', {}))
        out.append(o)
    if 'yoast' in d:
        y = d['yoast']
        person = y.get('person')
        pid = base + '#/schema/person/' + hashlib.md5((person or 'x').encode()).hexdigest()
        art = {"@type": "Article", "@id": url + '#article', "isPartOf": {"@id": url},
               "headline": d['title'], "mainEntityOfPage": {"@id": url},
               "wordCount": sum(len(p.split()) for p in d['paras']),
               "publisher": {"@id": base + '#organization'},
               "inLanguage": LANGTAG[d['lang']]}
        if person:
            art['author'] = {"@id": pid} if y.get('ref_only', True) else {"name": person, "@id": pid}
        if y.get('pub'):
            art['datePublished'] = y['pub']
        if y.get('mod'):
            art['dateModified'] = y['mod']
        page = {"@type": "WebPage", "@id": url, "url": url, "name": d['title'] + ' - ' + d['site'],
                "isPartOf": {"@id": base + '#website'}, "breadcrumb": {"@id": url + '#breadcrumb'},
                "inLanguage": LANGTAG[d['lang']]}
        if y.get('pub'):
            page['datePublished'] = y['pub']
        if y.get('mod'):
            page['dateModified'] = y['mod']
        graph = [art, page,
                 {"@type": "BreadcrumbList", "@id": url + '#breadcrumb', "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": UI[d['lang']]['home'], "item": base},
                     {"@type": "ListItem", "position": 2, "name": d['title']}]},
                 {"@type": "WebSite", "@id": base + '#website', "url": base, "name": d['site'],
                  "publisher": {"@id": base + '#organization'}, "inLanguage": LANGTAG[d['lang']]},
                 {"@type": "Organization", "@id": base + '#organization', "name": d['site'], "url": base,
                  "logo": {"@type": "ImageObject", "url": base + 'wp-content/uploads/logo.png'}}]
        if person:
            graph.append({"@type": "Person", "@id": pid, "name": person,
                          "image": {"@type": "ImageObject", "url": base + 'avatar/' + slug(person) + '.jpg'},
                          "url": base + 'author/' + (y.get('handle') or slug(person)) + '/'})
        out.append({"@context": "https://schema.org", "@graph": graph})
    out += d.get('jsonld', [])
    return out

def head(d, sep=' | ', extra='', title_default=None):
    lang = d['lang']
    t = d.get('head_title')
    if t is None:
        t = title_default if title_default is not None else d['title'] + sep + d['site']
    out = ['<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s</title>' % html.escape(t, quote=False),
           '<meta name="description" content="%s">' % esc(d.get('desc') or plain_first(d))]
    if d.get('robots', True):
        out.append('<meta name="robots" content="index, follow, max-image-preview:large">')
    url = full_url(d)
    out.append('<link rel="canonical" href="%s">' % esc(url))
    if d.get('og', True):
        out.append('<meta property="og:locale" content="%s">' % LANGTAG[lang].replace('-', '_'))
        out.append('<meta property="og:type" content="%s">' % d.get('ogtype', 'article'))
        out.append('<meta property="og:title" content="%s">' % esc(d['title']))
        out.append('<meta property="og:url" content="%s">' % esc(url))
        if d.get('og_site', True):
            out.append('<meta property="og:site_name" content="%s">' % esc(d['site']))
        out.append('<meta property="og:image" content="https://%s/media/%s-og.jpg">' % (domain(d), d['id']))
        out.append('<meta name="twitter:card" content="summary_large_image">')
        if d.get('twitter_site', True):
            out.append('<meta name="twitter:site" content="@%s">' % (slug(d['site']).replace('-', '')[:15] or 'site'))
    for kind, key, content in d.get('metas', []):
        out.append('<meta %s="%s" content="%s">' % (kind, esc(key), esc(content)))
    for j in build_jsonld(d):
        out.append('<script type="application/ld+json">%s</script>' % json.dumps(j, ensure_ascii=False))
    out.append('<link rel="icon" href="/favicon.ico" sizes="any">')
    if extra:
        out.append(extra)
    return '\n'.join(out)

def page(d, head_html, body_html_, body_cls=''):
    bc = ' class="%s"' % body_cls if body_cls else ''
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body%s>\n%s\n</body>\n</html>\n'
            % (LANGTAG[d['lang']] if d.get('langtag', True) else d['lang'], head_html, bc, body_html_))

def nav_ul(d, cls='menu', items=None):
    u = UI[d['lang']]
    items = items or u['menu']
    lis = []
    for i, x in enumerate(items):
        href = '/%s/' % (slug(x) or 'c%d' % (i + 1))
        lis.append('<li class="%s-item"><a href="%s">%s</a></li>' % (cls, href, esc(x)))
    return '<ul class="%s">%s</ul>' % (cls, ''.join(lis))

def figure(d, cls='article__figure'):
    p = d.get('photo')
    if not p:
        return ''
    cap = p if p.lstrip().startswith('<') else esc(p)
    return ('<figure class="%s"><img src="/media/%s.jpg" alt="" width="1200" height="675" loading="lazy">'
            '<figcaption>%s</figcaption></figure>' % (cls, d['id'], cap))

def dt_html(dt):
    """dt is text, or (text, iso) -> <time>."""
    if dt is None:
        return ''
    if isinstance(dt, tuple):
        return '<time datetime="%s">%s</time>' % (esc(dt[1]), esc(dt[0]))
    return esc(dt)

def comments_html(d, style='generic'):
    cs = d.get('comments')
    if not cs:
        return ''
    u = UI[d['lang']]
    items = []
    if style == 'wp':
        for i, (name, dt, text) in enumerate(cs):
            items.append('<li id="comment-%d" class="comment depth-1"><div class="wp-block-group">'
                         '<div class="wp-block-comment-author-name">%s</div>'
                         '<div class="wp-block-comment-date">%s</div>'
                         '<div class="wp-block-comment-content"><p>%s</p></div>'
                         '<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-%d">%s</a></div>'
                         '</div></li>' % (300 + i, esc(name), dt_html(dt), esc(text), 300 + i, esc(u['reply'])))
        return ('<div class="wp-block-comments"><h2 class="wp-block-comments-title">%s (%d)</h2>'
                '<ol class="wp-block-comment-template">%s</ol></div>' % (esc(u['comments']), len(cs), ''.join(items)))
    if style == 'classic':
        for i, (name, dt, text) in enumerate(cs):
            items.append('<li id="comment-%d" class="comment even thread-even depth-1"><article class="comment-body">'
                         '<footer class="comment-meta"><div class="comment-author vcard">'
                         '<img alt="" src="/avatar/%d.png" class="avatar avatar-32 photo" height="32" width="32">'
                         '<b class="fn">%s</b></div><div class="comment-metadata"><a href="#comment-%d">%s</a></div></footer>'
                         '<div class="comment-content"><p>%s</p></div>'
                         '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">%s</a></div>'
                         '</article></li>' % (500 + i, i, esc(name), 500 + i, dt_html(dt), esc(text), esc(u['reply'])))
        return ('<h2 class="comments-title">%s</h2><ol class="comment-list">%s</ol>'
                % (esc(u['comments']), ''.join(items)))
    if style == 'disqus':
        for i, (name, dt, text) in enumerate(cs):
            items.append('<li class="post" id="post-%d"><div class="post-content"><div class="post-body">'
                         '<header class="comment__header"><span class="post-byline"><span class="author publisher-anchor-color">%s</span></span>'
                         ' <span class="post-meta"><a class="time-ago" href="#comment-%d" title="%s">%s</a></span></header>'
                         '<div class="post-message"><p>%s</p></div></div></div></li>'
                         % (900 + i, esc(name), 900 + i, esc(dt if isinstance(dt, str) else dt[0]),
                            esc(dt if isinstance(dt, str) else dt[0]), esc(text)))
        return ('<div id="disqus_thread"><div class="comments-header"><h3>%d %s</h3></div><ul id="post-list" class="post-list">%s</ul></div>'
                % (len(cs), esc(u['comments']), ''.join(items)))
    pfx = (esc(d['comment_prefix']) + ' ') if d.get('comment_prefix') else ''
    for i, (name, dt, text) in enumerate(cs):
        items.append(('<div class="comment" id="c%d"><div class="comment__head">%s<strong class="comment__author">%s</strong> '
                      '<span class="comment__date">%s</span></div><p class="comment__text">%s</p>'
                      '<a class="comment__reply" href="#c%d">%s</a></div>') % (i + 1, pfx, esc(name), dt_html(dt), esc(text), i + 1, esc(u['reply'])))
    return ('<section class="comments" id="comments"><h3 class="comments__title">%s (%d)</h3>%s</section>'
            % (esc(u['comments']), len(cs), ''.join(items)))

def related_html(d, cls='widget widget_related', title=None):
    rs = d.get('related')
    if not rs:
        return ''
    lis = []
    for i, r in enumerate(rs):
        t, a, dt = (list(r) + [None, None])[:3]
        meta = []
        if a:
            meta.append('<span class="teaser__author">%s</span>' % esc(a))
        if dt:
            meta.append('<span class="teaser__date">%s</span>' % dt_html(dt))
        href = '/%s/' % (slug(t) or 'r%d' % (num(d) + i))
        lis.append('<li class="teaser"><a class="teaser__link" href="%s">%s</a>%s</li>'
                   % (href, esc(t), ('<div class="teaser__meta">%s</div>' % ' · '.join(meta)) if meta else ''))
    return ('<section class="%s"><h3 class="widget-title">%s</h3><ul class="teaser-list">%s</ul></section>'
            % (cls, esc(title or d.get('related_title') or UI[d['lang']]['related']), ''.join(lis)))

def newsletter_html(d, cls='newsletter-signup'):
    n = d.get('newsletter')
    if not n:
        return ''
    u = UI[d['lang']]
    text = u['newsletter'] if n is True else n
    return ('<section class="%s"><p>%s</p><form action="/newsletter/subscribe" method="post">'
            '<input type="email" name="email" placeholder="%s" required>'
            '<button type="submit">%s</button></form></section>' % (cls, esc(text), esc(u['email']), esc(u['subscribe'])))

def copyright_text(d):
    u = UI[d['lang']]
    return d.get('copyright') or '© %s %s. %s' % (d.get('cyear', '2024'), d['site'], u['rights'])

def footer_links(d):
    u = UI[d['lang']]
    return ('<ul class="footer-links"><li><a href="/about/">%s</a></li><li><a href="/contact/">%s</a></li>'
            '<li><a href="/privacy/">%s</a></li><li><a href="/legal/">%s</a></li></ul>'
            % (esc(u['about']), esc(u['contact']), esc(u['privacy']), esc(u['legal'])))

def footer_note(d):
    return '<p class="footer-note">%s</p>' % esc(d['footer_note']) if d.get('footer_note') else ''

def sub_html(d, tag='p', cls='lead'):
    return '<%s class="%s">%s</%s>' % (tag, cls, esc(d['sub']), tag) if d.get('sub') else ''

def after(d):
    return d.get('after', '')

def byline(d):
    return d.get('byline', '')

# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
def t_wp(d):
    u = UI[d['lang']]
    pid = num(d, 9000, 100)
    h = head(d, sep=' – ', extra="<meta name=\"generator\" content=\"WordPress 6.4.3\">\n"
             "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all'>")
    rel = related_html(d, cls='wp-block-group more-posts')
    b = f'''<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{esc(d['site'])}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'wp-block-navigation__container')}</nav>
</div>
</header>
<main class="wp-block-group is-layout-constrained">
<article class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="wp-block-group has-global-padding">
<h1 class="has-text-align-left wp-block-post-title">{esc(d['title'])}</h1>
<div class="wp-block-group entry-meta is-layout-flex">{byline(d)}</div>
{figure(d, 'wp-block-post-featured-image')}
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
{body_html(d['paras'])}
</div>
{after(d)}
</article>
{comments_html(d, d.get('comment_style', 'wp'))}
{rel}
{newsletter_html(d, 'wp-block-group newsletter')}
</main>
<footer class="wp-block-template-part site-footer">
<div class="wp-block-group alignwide">
<p class="wp-block-site-title"><a href="/" rel="home">{esc(d['site'])}</a></p>
{footer_links(d)}
<p class="has-small-font-size">{esc(copyright_text(d))}</p>
{footer_note(d)}
</div>
</footer>
</div>'''
    return page(d, h, b, 'post-template-default single single-post postid-%d single-format-standard wp-embed-responsive' % pid)

def t_wpclassic(d):
    u = UI[d['lang']]
    pid = num(d, 9000, 100)
    h = head(d, sep=' – ', extra="<meta name=\"generator\" content=\"WordPress 6.2.2\">\n"
             "<link rel='stylesheet' id='theme-style-css' href='/wp-content/themes/%s/style.css?ver=1.0.4' media='all'>" % d.get('theme', 'corvid'))
    b = f'''<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">{esc(u['skip'])}</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<p class="site-title"><a href="/" rel="home">{esc(d['site'])}</a></p>
<p class="site-description">{esc(d.get('tagline', ''))}</p>
</div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-main-container">{nav_ul(d, 'menu')}</div></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">
<h1 class="entry-title">{esc(d['title'])}</h1>
<div class="entry-meta">{byline(d)}</div>
</header>
<div class="post-thumbnail">{figure(d, 'wp-caption')}</div>
<div class="entry-content">
{body_html(d['paras'])}
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/{slug(d.get('section', 'blog')) or 'blog'}/" rel="category tag">{esc(d.get('section', 'Blog'))}</a></span></footer>
{after(d)}
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/?p={pid - 7}" rel="prev">{esc(u['prev'])}</a></div><div class="nav-next"><a href="/?p={pid + 5}" rel="next">{esc(u['next'])}</a></div></div></nav>
<div id="comments" class="comments-area">{comments_html(d, d.get('comment_style', 'classic'))}</div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{esc(u['search'])}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{esc(u['search'])}"></form></section>
{related_html(d)}
{newsletter_html(d, 'widget widget_newsletter')}
{d.get('sidebar_extra', '')}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{esc(copyright_text(d))} <span class="sep"> | </span> <a href="https://wordpress.org/">Proudly powered by WordPress</a></div>{footer_note(d)}</footer>
</div>'''
    return page(d, h, b, 'post-template-default single single-post postid-%d single-format-standard' % pid)

def t_ghost(d):
    u = UI[d['lang']]
    h = head(d, title_default=d['title'], extra='<meta name="generator" content="Ghost 5.82">\n'
             '<link rel="alternate" type="application/rss+xml" title="%s" href="https://%s/rss/">' % (esc(d['site']), domain(d)))
    tag = d.get('section', 'Notes')
    b = f'''<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
<div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">{esc(d['site'])}</a></div>
<nav class="gh-navigation-menu">{nav_ul(d, 'nav')}</nav>
<div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" aria-label="{esc(u['search'])}" data-ghost-search></button><a class="gh-button" href="#/portal/signup" data-portal="signup">{esc(u['subscribe'])}</a></div>
</div>
</header>
<main class="gh-main">
<article class="gh-article post tag-{slug(tag) or 'notes'}">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="/tag/{slug(tag) or 'notes'}/">{esc(tag)}</a>
<h1 class="gh-article-title is-title">{esc(d['title'])}</h1>
{sub_html(d, 'p', 'gh-article-excerpt is-body')}
{byline(d)}
{figure(d, 'gh-article-image')}
</header>
<section class="gh-content gh-canvas is-body">
{body_html(d['paras'])}
</section>
{after(d)}
</article>
{comments_html(d)}
{newsletter_html(d, 'gh-cta gh-outer')}
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">{related_html(d, 'gh-more')}</div></section>
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner">
<div class="gh-footer-bar"><span class="gh-footer-logo is-title">{esc(d['site'])}</span>
<nav class="gh-footer-menu">{footer_links(d)}</nav>
<div class="gh-footer-copyright">{esc(d.get('copyright') or d['site'] + ' © 2024')}. Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
{footer_note(d)}
</div></footer>
</div>'''
    return page(d, h, b, 'post-template tag-%s has-sans-title has-sans-body' % (slug(tag) or 'notes'))

def t_papermod(d):
    u = UI[d['lang']]
    h = head(d, extra='<meta name="generator" content="Hugo 0.123.7">\n<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">')
    tags = ''.join('<li><a href="/tags/%s/">%s</a></li>' % (slug(t) or 't', esc(t)) for t in d.get('tags', []))
    b = f'''<header class="header">
<nav class="nav">
<div class="logo"><a href="/" accesskey="h" title="{esc(d['site'])} (Alt + H)">{esc(d['site'])}</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div>
<ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts</span></a></li><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/search/" title="{esc(u['search'])} (Alt + /)" accesskey="/"><span>{esc(u['search'])}</span></a></li><li><a href="/tags/" title="{esc(u['tags'])}"><span>{esc(u['tags'])}</span></a></li></ul>
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">{esc(u['home'])}</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(d['title'])}</h1>
{('<div class="post-description">%s</div>' % esc(d['sub'])) if d.get('sub') else ''}
<div class="post-meta">{byline(d)}</div>
</header>
<div class="post-content">{body_html(d['paras'])}</div>
<footer class="post-footer">
<ul class="post-tags">{tags}</ul>
<nav class="paginav"><a class="prev" href="/posts/{num(d)}/"><span class="title">« {esc(u['prev'])}</span></a></nav>
</footer>
{after(d)}
</article>
</main>
<footer class="footer">
<span>{esc(d.get('copyright') or '© 2024 ' + d['site'])}</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"></a>'''
    return page(d, h, b, 'list' if d.get('ogtype') == 'website' else '')

def t_medium(d):
    u = UI[d['lang']]
    h = head(d, extra='<meta name="referrer" content="unsafe-url">\n<meta property="al:ios:app_name" content="Medium">')
    pcls = 'pw-post-body-paragraph lw lx gu ly b lz ma mb mc md me mf mg mh mi mj mk ml mm mn mo mp mq mr ms mt gn bk'
    b = f'''<div id="root"><div class="a b c"><div class="l c">
<div class="l m n o c"><div class="ab q ae"><a aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/" rel="noopener follow">Medium</a>
<div class="ag h k j i"><input role="combobox" aria-controls="search-results" placeholder="{esc(u['search'])}" class="az bb" value=""></div>
<a data-testid="headerWriteButton" href="https://medium.com/new-story" rel="noopener follow">Write</a>
<a data-testid="headerSignInButton" href="https://medium.com/m/signin" rel="noopener follow">Sign in</a></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div>
<div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fw fx fy fz">
<div><h1 id="{num(d):x}" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle">{esc(d['title'])}</h1></div>
{('<div><h2 class="pw-subtitle-paragraph hr gt gu bf b hs ht hu hv hw hx hy hz ia ib ic id ie cp">%s</h2></div>' % esc(d['sub'])) if d.get('sub') else ''}
<div class="speechify-ignore ab cp">{byline(d)}</div>
{figure(d, 'nw nx ny')}
{body_html(d['paras'], pcls)}
</div></div></div></div></section></div></div></article>
<div class="l"><div class="ab ca"><div class="ch bg fw fx fy fz">{after(d)}</div></div></div>
<div class="l ah">{related_html(d, 'ab cm', 'Recommended from Medium')}</div>
<div class="ab ca"><footer class="sx sy"><a href="https://help.medium.com/hc/en-us" rel="noopener follow">Help</a> <a href="https://medium.statuspage.io/" rel="noopener follow">Status</a> <a href="https://medium.com/about?autoplay=1" rel="noopener follow">About</a> <a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e" rel="noopener follow">Careers</a> <a href="https://blog.medium.com/" rel="noopener follow">Blog</a> <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9" rel="noopener follow">Privacy</a> <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f" rel="noopener follow">Terms</a></footer></div>
</div></div></div>'''
    return page(d, h, b)

def t_substack(d):
    u = UI[d['lang']]
    h = head(d, extra='<meta name="theme-color" content="#ffffff">\n<link rel="alternate" type="application/rss+xml" href="https://%s/feed" title="%s">' % (domain(d), esc(d['site'])))
    b = f'''<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><h1 class="navbar-title"><a class="navbar-title-link" href="/">{esc(d['site'])}</a></h1>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">{esc(u['subscribe'])}</a><a class="button sign-in-link" href="/sign-in">{esc(u['login'])}</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title published unmarked">{esc(d['title'])}</h1>
{sub_html(d, 'h3', 'subtitle')}
<div class="post-ufi">{byline(d)}</div>
</div>
<div class="available-content"><div class="body markup" dir="auto">
{body_html(d['paras'])}
</div></div>
{newsletter_html(d, 'subscription-widget-wrap')}
{after(d)}
</article>
{comments_html(d)}
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="container"><div class="footer-terms">{esc(d.get('copyright') or '© 2024 ' + d['site'])} · <a href="https://substack.com/privacy">Privacy</a> · <a href="https://substack.com/tos">Terms</a> · <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-substack-cta"><a href="https://substack.com/signup" class="button">Start Writing</a> <a href="https://substack.com/app">Get the app</a></div>
<div class="footer-slogan">Substack is the home for great culture</div></div></div></div>
</div></div>'''
    return page(d, h, b, 'pc-root')

NEWS_STYLES = {
    # variant: (body class, wrapper, header class prefix)
    'tageszeitung': dict(pfx='artikel', body='page-artikel', top='Service-Navigation', masthead='kopf'),
    'quotidien': dict(pfx='article', body='page--article', top='bandeau', masthead='header'),
    'diario': dict(pfx='a', body='article-page', top='cabecera-top', masthead='cabecera'),
    'daily': dict(pfx='story', body='story-page', top='utility-bar', masthead='masthead'),
}

def t_news(d):
    u = UI[d['lang']]
    v = d.get('variant', 'daily')
    s = NEWS_STYLES[v]
    p = s['pfx']
    edition = ('<span class="%s__date">%s</span>' % (s['top'], esc(d['edition']))) if d.get('edition') else ''
    h = head(d, sep=d.get('sep', ' | '))
    kicker = ('<p class="%s__kicker">%s</p>' % (p, esc(d['kicker']))) if d.get('kicker') else ''
    tags = ''.join('<a class="tag" href="/thema/%s/">%s</a>' % (slug(t) or 't', esc(t)) for t in d.get('tags', []))
    b = f'''<div class="{s['top']}"><div class="container">{edition}<a href="/abo/">{esc(u['subscribe'])}</a> <a href="/login/">{esc(u['login'])}</a></div></div>
<header class="{s['masthead']}"><div class="container"><a class="{s['masthead']}__logo" href="/">{esc(d['site'])}</a></div>
<nav class="{s['masthead']}__nav" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'sections')}</nav></header>
<main id="content" class="container layout">
<div class="layout__main">
<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">{esc(u['home'])}</a> › <a href="/{slug(d.get('section', u['menu'][0])) or 'sec'}/">{esc(d.get('section', u['menu'][0]))}</a></nav>
<article class="{p}" id="{p}-{num(d)}">
<header class="{p}__header">
{kicker}
<h1 class="{p}__title">{esc(d['title'])}</h1>
{sub_html(d, 'p', p + '__lead')}
{byline(d)}
</header>
{figure(d, p + '__media')}
<div class="{p}__body">
{body_html(d['paras'])}
</div>
<footer class="{p}__footer">{after(d)}<div class="{p}__tags">{tags}</div><div class="{p}__share"><a href="#share">{esc(u['share'])}</a></div></footer>
</article>
{comments_html(d, d.get('comment_style', 'generic'))}
</div>
<aside class="layout__aside">
{related_html(d, 'aside-block')}
{d.get('sidebar_extra', '')}
{newsletter_html(d, 'aside-block newsletter')}
</aside>
</main>
<footer class="site-footer"><div class="container">
<p class="site-footer__logo">{esc(d['site'])}</p>
{footer_links(d)}
<p class="site-footer__copy">{esc(copyright_text(d))}</p>
{footer_note(d)}
</div></footer>'''
    return page(d, h, b, s['body'])

def t_local(d):
    """Small local paper on a TYPO3 'news' extension look-alike."""
    u = UI[d['lang']]
    h = head(d, sep=' - ', extra='<meta name="generator" content="TYPO3 CMS">')
    b = f'''<div id="wrapper">
<div id="header"><div class="logo"><a href="/">{esc(d['site'])}</a></div><div class="claim">{esc(d.get('tagline', ''))}</div></div>
<div id="navigation">{nav_ul(d, 'mainnav')}</div>
<div id="content" class="clearfix">
<div id="col2"><div id="c{num(d)}" class="frame frame-default frame-type-news_newsdetail">
<div class="news news-single"><div class="article">
<div class="header"><h1>{esc(d['title'])}</h1></div>
<div class="news-meta">{byline(d)}</div>
{('<div class="teaser-text"><p>%s</p></div>' % esc(d['sub'])) if d.get('sub') else ''}
<div class="news-img-wrap">{figure(d, 'news-img')}</div>
<div class="news-text-wrap">
{body_html(d['paras'])}
</div>
{after(d)}
<div class="news-backlink-wrap"><a href="/aktuelles/">{esc(u['prev'])}</a></div>
</div></div>
</div></div>
<div id="col3">{related_html(d, 'news-latest')}{newsletter_html(d)}</div>
</div>
<div id="footer"><p>{esc(copyright_text(d))}</p>{footer_links(d)}{footer_note(d)}</div>
</div>'''
    return page(d, h, b)

def t_zhportal(d):
    u = UI[d['lang']]
    h = head(d, sep='_', extra='<meta name="keywords" content="%s">' % esc(','.join(d.get('tags', []))))
    b = f'''<div class="top-bar"><div class="w1200"><a href="/">{esc(d['site'])}</a> | <a href="/app/">客户端</a> | <a href="/login/">{esc(u['login'])}</a></div></div>
<div class="header w1200"><div class="logo"><a href="/">{esc(d['site'])}</a></div>{nav_ul(d, 'nav')}</div>
<div class="w1200 main clearfix">
<div class="crumbs">您当前的位置：<a href="/">{esc(u['home'])}</a> &gt; <a href="/{slug(d.get('section', '')) or 'news'}/">{esc(d.get('section', '新闻'))}</a> &gt; 正文</div>
<div class="left">
<div class="article-box">
<h1 class="article-title">{esc(d['title'])}</h1>
<div class="article-info">{byline(d)}</div>
<div class="article-content" id="artibody">
{figure(d, 'img_wrapper')}
{body_html(d['paras'])}
</div>
{after(d)}
<div class="share-box">{esc(u['share'])}：<a href="#wx">微信</a> <a href="#wb">微博</a></div>
</div>
{comments_html(d)}
</div>
<div class="right">
{related_html(d, 'side-box')}
{d.get('sidebar_extra', '')}
</div>
</div>
<div class="footer"><p><a href="/about/">{esc(u['about'])}</a> | <a href="/contact/">{esc(u['contact'])}</a> | <a href="/ad/">广告服务</a> | <a href="/sitemap/">网站地图</a></p>
<p>{esc(d.get('copyright') or 'Copyright © 2005-2024 ' + d['site'] + ' All Rights Reserved 版权所有')}</p>
<p>京ICP备1203{num(d) % 10000:04d}号-1 | 京公网安备 110105020{num(d) % 100000:05d}号</p>{footer_note(d)}</div>'''
    return page(d, h, b)

def t_janews(d):
    u = UI[d['lang']]
    h = head(d, sep=d.get('sep', '｜'))
    b = f'''<header class="l-header"><div class="l-header__inner"><a class="l-header__logo" href="/">{esc(d['site'])}</a>
<nav class="l-gnav" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'l-gnav__list')}</nav>
<a class="l-header__login" href="/login/">{esc(u['login'])}</a></div></header>
<div class="l-container">
<main class="l-main">
<ol class="c-breadcrumb"><li><a href="/">{esc(u['home'])}</a></li><li><a href="/{slug(d.get('section', '')) or 'news'}/">{esc(d.get('section', u['menu'][0]))}</a></li></ol>
<article class="p-article">
<header class="p-article__header">
<h1 class="p-article__title">{esc(d['title'])}</h1>
{sub_html(d, 'p', 'p-article__lead')}
<div class="p-article__meta">{byline(d)}</div>
</header>
{figure(d, 'p-article__figure')}
<div class="p-article__body">
{body_html(d['paras'])}
</div>
{after(d)}
<div class="p-article__share"><a href="#x">{esc(u['share'])}</a></div>
</article>
{comments_html(d)}
</main>
<aside class="l-side">
{related_html(d, 'c-side-box')}
{d.get('sidebar_extra', '')}
{newsletter_html(d, 'c-side-box c-newsletter')}
</aside>
</div>
<footer class="l-footer">{footer_links(d)}<p class="l-footer__copyright"><small>{esc(d.get('copyright') or 'Copyright © ' + d['site'] + ' All rights reserved. ' + u['rights'])}</small></p>{footer_note(d)}</footer>'''
    return page(d, h, b)

def t_konews(d):
    u = UI[d['lang']]
    h = head(d, sep=' - ')
    b = f'''<div id="user-wrap">
<div class="skip"><a href="#user-container">{esc(u['skip'])}</a></div>
<header id="user-header"><div class="header-top"><a class="logo" href="/">{esc(d['site'])}</a><div class="header-util"><a href="/member/login.html">{esc(u['login'])}</a></div></div>
<nav id="user-nav">{nav_ul(d, 'nav-menu')}</nav></header>
<div id="user-container"><div class="float-center max-width-1080">
<header class="article-view-header">
<div class="article-head-title"><h1 class="heading">{esc(d['title'])}</h1>{sub_html(d, 'h2', 'subheading')}</div>
<div class="info-group">{byline(d)}</div>
</header>
<div class="grid body">
<section class="article-view-content">
<article id="article-view-content-div" class="article-veiw-body view-page font-size17">
{figure(d, 'photo-layout image')}
{body_html(d['paras'])}
</article>
{after(d)}
<p class="copyright">{esc(d.get('copyright') or '저작권자 © ' + d['site'] + ' ' + u['rights'])}</p>
{comments_html(d)}
</section>
<aside id="side">{related_html(d, 'auto-article')}{d.get('sidebar_extra', '')}</aside>
</div>
</div></div>
<footer id="user-footer"><div class="float-center max-width-1080">{footer_links(d)}<address class="company-info">{esc(d.get('company_info', '서울특별시 중구 세종대로 00 | 등록번호 서울 아 0' + str(num(d) % 10000)))}</address>{footer_note(d)}</div></footer>
</div>'''
    return page(d, h, b)

def t_runews(d):
    u = UI[d['lang']]
    h = head(d, sep=' — ')
    rubric = d.get('section', u['menu'][0])
    b = f'''<div class="page">
<header class="header"><div class="header__top"><a class="header__logo" href="/">{esc(d['site'])}</a><div class="header__weather">{esc(d.get('weather', '−3 °C'))}</div><a class="header__login" href="/login/">{esc(u['login'])}</a></div>
<nav class="header__nav">{nav_ul(d, 'header__menu')}</nav></header>
<div class="page__content">
<main class="content">
<article class="article">
<div class="article__header"><div class="article__rubric"><a href="/{slug(rubric) or 'rubric'}/">{esc(rubric)}</a></div>
<h1 class="article__title">{esc(d['title'])}</h1>
{sub_html(d, 'div', 'article__lead')}</div>
<div class="article__info">{byline(d)}</div>
{figure(d, 'article__photo')}
<div class="article__text">
{body_html(d['paras'])}
</div>
{after(d)}
</article>
{comments_html(d)}
</main>
<aside class="sidebar">{related_html(d, 'sidebar__block')}{d.get('sidebar_extra', '')}{newsletter_html(d, 'sidebar__block subscribe')}</aside>
</div>
<footer class="footer"><div class="footer__inner">{footer_links(d)}<p class="footer__copy">{esc(copyright_text(d))}</p>{footer_note(d)}</div></footer>
</div>'''
    return page(d, h, b)

def t_drupal(d):
    u = UI[d['lang']]
    nid = num(d, 4000, 10)
    h = head(d, extra='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n<meta name="HandheldFriendly" content="true">\n<link rel="shortlink" href="https://%s/node/%d">' % (domain(d), nid))
    b = f'''<a href="#main-content" class="visually-hidden focusable skip-link">{esc(u['skip'])}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="{esc(u['home'])}" rel="home">{esc(d['site'])}</a></div></div></div></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">{esc(u['menu_label'])}</h2>{nav_ul(d, 'menu primary-nav__menu primary-nav__menu--level-1')}</nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(d['title'])}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{nid}" class="node node--type-{d.get('node_type', 'article')} node--promoted node--view-mode-full">
<header class="node__header">{byline(d)}</header>
<div class="node__content">
{figure(d, 'field field--name-field-image')}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(d['paras'])}
</div>
{after(d)}
</div>
</article>
{comments_html(d)}
</div></div></div>
<div class="region region--sidebar grid-full">{related_html(d, 'block block-views')}{newsletter_html(d, 'block block-simplenews')}</div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">{footer_links(d)}<p>{esc(copyright_text(d))}</p>{footer_note(d)}</div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>'''
    return page(d, h, b, 'path-node page-node-type-%s' % d.get('node_type', 'article'))

def t_blogger(d):
    u = UI[d['lang']]
    pid = '%d%d' % (num(d), num(d, 99999, 1000))
    h = head(d, sep=': ', title_default=d['site'] + ': ' + d['title'],
             extra="<meta content='blogger' name='generator'>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%s - Atom\" href=\"https://%s/feeds/posts/default\">" % (esc(d['site']), domain(d)))
    dh = ('<h2 class="date-header"><span>%s</span></h2>' % esc(d['dateheader'])) if d.get('dateheader') else ''
    labels = ''.join('<a href="/search/label/%s" rel="tag">%s</a>, ' % (slug(t) or 't', esc(t)) for t in d.get('tags', []))[:-2]
    b = f'''<div class="outer-wrapper">
<div class="header section" id="header"><div class="widget Header" id="Header1"><div class="header-outer"><div class="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://{domain(d)}/">{esc(d['site'])}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{esc(d.get('tagline', ''))}</span></p></div></div></div></div></div>
<div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="https://{domain(d)}/">{esc(u['home'])}</a></li><li><a href="/p/about.html">{esc(u['about'])}</a></li><li><a href="/p/contact.html">{esc(u['contact'])}</a></li></ul></div></div></div>
<div class="main-outer"><div class="columns"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer">
{dh}
<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta itemprop="image_url" content="https://{domain(d)}/img/{d['id']}.jpg">
<a name="{pid}"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(d['title'])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{pid}" itemprop="description articleBody">
{figure(d, 'separator')}
{body_html(d['paras'])}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">{byline(d)}</div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">{esc(u['tags'])}: {labels}</span></div></div>
</div>
{after(d)}
<div class="comments" id="comments">{comments_html(d)}</div>
</div></div>
</div>
</div></div></div>
<div class="sidebar section" id="sidebar-right-1">
{related_html(d, 'widget PopularPosts', d.get('related_title'))}
<div class="widget BlogArchive" id="BlogArchive1"><h2>Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count" dir="ltr">(9)</span></li><li class="archivedate collapsed"><a class="post-count-link" href="/2023/">2023</a> <span class="post-count" dir="ltr">(31)</span></li><li class="archivedate collapsed"><a class="post-count-link" href="/2022/">2022</a> <span class="post-count" dir="ltr">(27)</span></li></ul></div></div>
{d.get('sidebar_extra', '')}
</div></div></div>
<div class="footer-outer"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content">{esc(d.get('copyright') or '')} Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div>
</div>'''
    return page(d, h, b, 'version-1-3-3 variant-indie_light')

def t_press(d):
    u = UI[d['lang']]
    h = head(d, sep=' | ')
    downloads = d.get('downloads', '')
    b = f'''<header class="corp-header"><div class="corp-header__inner"><a class="corp-logo" href="/">{esc(d['site'])}</a>
<nav class="corp-nav" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'corp-nav__list', u['corp'])}</nav>
<a class="corp-header__contact" href="/contact/">{esc(u['contact'])}</a></div></header>
<main class="newsroom-main">
<nav class="newsroom-breadcrumb"><a href="/">{esc(u['home'])}</a> / <a href="/newsroom/">{esc(u['corp'][3])}</a></nav>
<article class="press-release">
<p class="press-release__type">{esc(u['press'])}</p>
<h1 class="press-release__title">{esc(d['title'])}</h1>
{sub_html(d, 'p', 'press-release__subtitle')}
<div class="press-release__meta">{byline(d)}</div>
{figure(d, 'press-release__image')}
<div class="press-release__body">
{body_html(d['paras'])}
</div>
{after(d)}
</article>
<aside class="newsroom-aside">{downloads}{related_html(d, 'newsroom-aside__list')}</aside>
</main>
<footer class="corp-footer"><div class="corp-footer__inner">{footer_links(d)}<p>{esc(copyright_text(d))}</p>{footer_note(d)}</div></footer>'''
    return page(d, h, b, 'newsroom press-release-page')

def t_docs(d):
    u = UI[d['lang']]
    h = head(d, sep=' | ', extra='<meta name="generator" content="Docusaurus v3.1.1">\n<meta name="docsearch:language" content="%s">' % d['lang'])
    tree = ''.join('<li class="menu__list-item"><a class="menu__link%s" href="/docs/%s">%s</a></li>'
                   % (' menu__link--active' if t == d['title'] else '', slug(t) or 'p%d' % i, esc(t))
                   for i, t in enumerate(d.get('tree', [d['title']])))
    toc = ''.join('<li><a href="#%s" class="table-of-contents__link">%s</a></li>' % (slug(p[3:]) or 'h%d' % i, esc(p[3:]))
                  for i, p in enumerate(d['paras']) if p.startswith('## '))
    b = f'''<div id="__docusaurus"><div role="region" aria-label="{esc(u['skip'])}"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">{esc(u['skip'])}</a></div>
<nav aria-label="{esc(u['menu_label'])}" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">{esc(d['site'])}</b></a><a class="navbar__item navbar__link navbar__link--active" href="/docs/">{esc(u['docs'])}</a><a class="navbar__item navbar__link" href="/api/">API</a><a class="navbar__item navbar__link" href="/changelog/">Changelog</a></div><div class="navbar__items navbar__items--right"><div class="navbar__search"><input type="search" placeholder="{esc(u['search'])}" aria-label="{esc(u['search'])}"></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">{tree}</ul></nav></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp">
<article>
<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="{esc(u['home'])}" class="breadcrumbs__link" href="/">{esc(u['home'])}</a></li><li class="breadcrumbs__item"><span class="breadcrumbs__link">{esc(d.get('section', u['docs']))}</span></li></ul></nav>
<div class="theme-doc-markdown markdown"><header><h1>{esc(d['title'])}</h1></header>
{body_html(d['paras'])}
</div>
</article>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.com/{slug(d['site']) or 'docs'}/docs/edit/main/{slug(d['title']) or 'page'}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">{esc(u['edit'])}</a></div><div class="col lastUpdated_vwxv">{after(d)}</div></div></footer>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/prev"><div class="pagination-nav__sublabel">{esc(u['prev'])}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/next"><div class="pagination-nav__sublabel">{esc(u['next'])}</div></a></nav>
</div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><p class="toc-title">{esc(u['onpage'])}</p><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div>
</div></div></main>
</div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid">{footer_links(d)}<div class="footer__copyright">{esc(copyright_text(d))}</div>{footer_note(d)}</div></footer>
</div>'''
    return page(d, h, b, 'docs-doc-page navigation-with-keyboard')

def t_forum(d):
    u = UI[d['lang']]
    h = head(d, sep=' - ', extra='<meta name="generator" content="phpBB">')
    posts = []
    op = d['op']  # dict(user, when=(text, iso), uid)
    def post(pid, user, uid, when, inner, first=False):
        return (f'<div id="p{pid}" class="post has-profile {"bg2" if first else "bg1"}"><div class="inner">'
                f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(user)}</a></dt>'
                f'<dd class="profile-posts"><strong>Posts:</strong> {uid % 900 + 12}</dd></dl>'
                f'<div class="postbody"><div id="post_content{pid}"><h3{" class=" + chr(34) + "first" + chr(34) if first else ""}><a href="#p{pid}">{"" if first else "Re: "}{esc(d["title"])}</a></h3>'
                f'<p class="author"><a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Post"><i class="icon fa-file fa-fw" aria-hidden="true"></i></a><span class="responsive-hide">{esc(d.get("by_word", "by"))} <strong><a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(user)}</a></strong> » </span>{dt_html(when)}</p>'
                f'<div class="content">{inner}</div></div></div></div></div>')
    base = num(d, 80000, 10000)
    posts.append(post(base, op['user'], op['uid'], op['when'], body_html(d['paras']), True))
    for i, (name, dt, text) in enumerate(d.get('comments', [])):
        posts.append(post(base + 17 * (i + 1), name, 300 + 37 * i, dt, '<p>%s</p>' % esc(text)))
    b = f'''<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="{esc(u['home'])}"><span class="site_logo"></span></a><h1>{esc(d['site'])}</h1><p>{esc(d.get('tagline', ''))}</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" class="inputbox search tiny" size="20" placeholder="{esc(u['search'])}…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/faq.php">FAQ</a></li><li><a href="./ucp.php?mode=login">{esc(u['login'])}</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">{esc(u['home'])}</a></span><span class="crumb"><a href="./viewforum.php?f={num(d) % 40 + 2}">{esc(d.get('section', 'Forum'))}</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t={base // 7}">{esc(d['title'])}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t={base // 7}" class="button" title="{esc(u['reply'])}"><span>{esc(u['reply'])}</span></a><div class="pagination">{len(posts)} posts</div></div>
{''.join(posts)}
<div class="action-bar bar-bottom"><div class="pagination">{len(posts)} posts</div></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="rightside"><a href="/ucp.php?mode=privacy">{esc(u['privacy'])}</a></li><li class="rightside"><a href="/ucp.php?mode=terms">{esc(u['legal'])}</a></li></ul></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited{footer_note(d)}</div></div>
</div>'''
    return page(d, h, b, 'notouch section-viewtopic ltr')

def t_indie(d):
    u = UI[d['lang']]
    h = head(d, sep=' · ', extra='<link rel="webmention" href="https://webmention.io/%s/webmention">\n<link rel="me" href="https://social.example/@%s">' % (domain(d), slug(d['site']).replace('-', '')))
    wm = ''
    if d.get('mentions'):
        items = ''.join('<li class="p-comment h-cite"><a class="u-author h-card" href="https://%s/">%s</a> <time class="dt-published" datetime="%s">%s</time><p class="p-content">%s</p></li>'
                        % (slug(n) + '.example', esc(n), iso, esc(t), esc(txt)) for n, (t, iso), txt in d['mentions'])
        wm = '<section class="webmentions" id="webmentions"><h2>Webmentions</h2><ul>%s</ul></section>' % items
    b = f'''<header class="site-header"><a href="/" class="site-title">{esc(d['site'])}</a>
<nav class="site-nav"><a href="/notes/">Notes</a> <a href="/articles/">Articles</a> <a href="/about/">{esc(u['about'])}</a> <a href="/feed.xml">RSS</a></nav></header>
<main class="site-main">
<article class="h-entry post">
<h1 class="p-name post-title">{esc(d['title'])}</h1>
<div class="post-meta">{byline(d)}</div>
{figure(d, 'post-figure')}
<div class="e-content post-content">
{body_html(d['paras'])}
</div>
{after(d)}
<footer class="post-footer"><a class="u-url" href="{esc(full_url(d))}">Permalink</a></footer>
</article>
{wm}
</main>
<footer class="site-footer"><p>{esc(d.get('copyright') or '')}</p>{footer_note(d)}</footer>'''
    return page(d, h, b)

def t_shop(d):
    u = UI[d['lang']]
    h = head(d, sep=' | ')
    specs = ''.join('<li><span class="spec__name">%s</span> <span class="spec__value">%s</span></li>' % (esc(k), esc(v)) for k, v in d.get('specs', []))
    reviews = ''
    if d.get('reviews'):
        items = ''.join('<div class="review"><div class="review__head"><span class="review__stars" aria-label="%d/5">%s</span> <span class="review__author">%s</span> <span class="review__date">%s</span></div><p class="review__title"><strong>%s</strong></p><p class="review__text">%s</p></div>'
                        % (st, '★' * st + '☆' * (5 - st), esc(n), dt_html(dt), esc(tt), esc(tx)) for n, dt, st, tt, tx in d['reviews'])
        reviews = '<section class="reviews" id="reviews"><h2>%s (%d)</h2>%s</section>' % (esc(u['reviews']), len(d['reviews']), items)
    b = f'''<header class="shop-header"><div class="shop-header__bar">{esc(d.get('promo', ''))}</div>
<div class="shop-header__main"><a class="shop-logo" href="/">{esc(d['site'])}</a>
<form class="shop-search" action="/search"><input type="search" name="q" placeholder="{esc(u['search'])}"></form>
<div class="shop-actions"><a href="/account/">{esc(u['login'])}</a> <a href="/cart/">{esc(u['cart'])} (0)</a></div></div>
<nav class="shop-nav">{nav_ul(d, 'shop-nav__list', d.get('cats'))}</nav></header>
<main class="product-page">
<nav class="breadcrumb"><a href="/">{esc(u['home'])}</a> › <a href="/{slug(d.get('section', 'shop')) or 'shop'}/">{esc(d.get('section', 'Shop'))}</a> › <span>{esc(d['title'])}</span></nav>
<div class="product">
<div class="product__gallery"><img src="/media/{d['id']}-1.jpg" alt="{esc(d['title'])}" width="800" height="800"><img src="/media/{d['id']}-2.jpg" alt="" width="160" height="160"></div>
<div class="product__info">
<h1 class="product__title">{esc(d['title'])}</h1>
<p class="product__price"><span class="price">{esc(d.get('price', ''))}</span></p>
<p class="product__sku">SKU: {num(d)}-{d['lang'].upper()}</p>
<button class="btn btn--primary" type="button">{esc(u['add'])}</button>
<div class="product__description">
{body_html(d['paras'])}
</div>
<ul class="product__specs">{specs}</ul>
</div>
</div>
{reviews}
{related_html(d, 'recently-viewed')}
</main>
<footer class="shop-footer">{newsletter_html(d, 'shop-footer__newsletter')}{footer_links(d)}<p class="shop-footer__copy">{esc(copyright_text(d))}</p>{footer_note(d)}</footer>'''
    return page(d, h, b, 'product-template')

def t_category(d):
    u = UI[d['lang']]
    h = head(d, sep=' | ')
    cards = []
    for i, it in enumerate(d['items']):
        t, ex, a, dt = it
        meta = []
        if a:
            meta.append('<span class="post-card__author">%s</span>' % esc(a))
        if dt:
            meta.append(dt_html(dt))
        cards.append('<article class="post-card"><a class="post-card__image" href="/%s/"><img src="/media/%s-%d.jpg" alt="" width="400" height="225" loading="lazy"></a>'
                     '<h2 class="post-card__title"><a href="/%s/">%s</a></h2><p class="post-card__excerpt">%s</p><div class="post-card__meta">%s</div></article>'
                     % (slug(t) or 'p%d' % i, d['id'], i, slug(t) or 'p%d' % i, esc(t), esc(ex), ' · '.join(meta)))
    edition = ('<span class="topbar__date">%s</span>' % esc(d['edition'])) if d.get('edition') else ''
    b = f'''<div class="topbar">{edition}<a href="/login/">{esc(u['login'])}</a></div>
<header class="site-header"><a class="site-logo" href="/">{esc(d['site'])}</a><nav class="site-nav" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'site-nav__list')}</nav></header>
<main class="archive">
<header class="archive-header"><h1 class="archive-title">{esc(d['title'])}</h1>
<div class="archive-description">{body_html(d['paras'])}</div></header>
<div class="post-list">
{''.join(cards)}
</div>
<nav class="pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="?page=2">2</a> <a class="page-numbers" href="?page=3">3</a> <a class="next page-numbers" href="?page=2">{esc(u['next'])} »</a></nav>
</main>
<aside class="archive-aside">{related_html(d, 'popular', u['popular'])}{newsletter_html(d)}</aside>
<footer class="site-footer">{footer_links(d)}<p>{esc(copyright_text(d))}</p>{footer_note(d)}</footer>'''
    return page(d, h, b, 'archive category')

def t_magazine(d):
    u = UI[d['lang']]
    h = head(d, sep=' — ')
    b = f'''<div class="site">
<header class="site-header" role="banner"><div class="brand"><a class="brand__name" href="/">{esc(d['site'])}</a><span class="brand__claim">{esc(d.get('tagline', ''))}</span></div>
<nav class="primary-nav" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'primary-nav__list')}</nav></header>
<main class="site-main" role="main">
<article class="story">
<header class="story__header">
<p class="story__section"><a href="/{slug(d.get('section', '')) or 'magazine'}/">{esc(d.get('section', ''))}</a></p>
<h1 class="story__title">{esc(d['title'])}</h1>
{sub_html(d, 'p', 'story__dek')}
{byline(d)}
</header>
{figure(d, 'story__figure')}
<div class="story__body">
{body_html(d['paras'])}
</div>
{after(d)}
</article>
{comments_html(d, d.get('comment_style', 'disqus'))}
<aside class="story-aside">{related_html(d, 'story-aside__related')}{newsletter_html(d, 'story-aside__newsletter')}</aside>
</main>
<footer class="site-footer">{footer_links(d)}<p class="site-footer__copy">{esc(copyright_text(d))}</p>{footer_note(d)}</footer>
</div>'''
    return page(d, h, b, 'single single-story')

def t_recipe(d):
    u = UI[d['lang']]
    r = d['recipe']
    h = head(d, sep=' - ', extra="<meta name=\"generator\" content=\"WordPress 6.4.2\">\n<link rel='stylesheet' id='wprm-public-css' href='/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.2.1' media='all'>")
    ing = ''.join('<li class="wprm-recipe-ingredient">%s</li>' % esc(x) for x in r['ingredients'])
    steps = ''.join('<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">%s</div></li>' % esc(x) for x in r['steps'])
    card_author = ('<div class="wprm-recipe-meta-container wprm-recipe-author-container"><span class="wprm-recipe-details-label">%s</span> <span class="wprm-recipe-details wprm-recipe-author">%s</span></div>'
                   % (esc(r['author_label']), esc(r['author']))) if r.get('author') else ''
    b = f'''<div class="site-container">
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">{esc(d['site'])}</a></p><p class="site-description">{esc(d.get('tagline', ''))}</p></div>
<nav class="nav-primary" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'menu genesis-nav-menu', d.get('cats'))}</nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap">
<main class="content" id="genesis-content">
<article class="post type-post status-publish format-standard has-post-thumbnail category-recipes entry">
<header class="entry-header"><h1 class="entry-title">{esc(d['title'])}</h1><p class="entry-meta">{byline(d)}</p></header>
<div class="entry-content">
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">{esc(r.get('jump', 'Jump to Recipe'))}</a></div>
{figure(d, 'wp-block-image size-large')}
{body_html(d['paras'])}
<div id="recipe"></div>
<div id="wprm-recipe-container-{num(d)}" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-modern">
<h2 class="wprm-recipe-name wprm-block-text-bold">{esc(d['title'])}</h2>
<div class="wprm-recipe-times-container">{esc(r.get('times', ''))}</div>
{card_author}
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">{esc(r.get('ing_label', 'Ingredients'))}</h3><ul class="wprm-recipe-ingredients">{ing}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">{esc(r.get('steps_label', 'Instructions'))}</h3><ul class="wprm-recipe-instructions">{steps}</ul></div>
</div></div>
</div>
{after(d)}
</article>
{comments_html(d, d.get('comment_style', 'classic'))}
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary">{d.get('sidebar_extra', '')}{related_html(d, 'widget featured-content')}{newsletter_html(d, 'widget enews')}</aside>
</div></div>
<footer class="site-footer"><div class="wrap">{footer_links(d)}<p>{esc(copyright_text(d))}</p>{footer_note(d)}</div></footer>
</div>'''
    return page(d, h, b, 'wp-singular post-template-default single single-post header-full-width content-sidebar genesis-breadcrumbs-hidden')

def t_corp(d):
    u = UI[d['lang']]
    h = head(d, sep=' | ')
    sec = d.get('section', 'Blog')
    b = f'''<header class="nav-bar"><div class="nav-bar__inner"><a class="brand" href="/">{esc(d['site'])}</a>
<nav class="nav-bar__menu" aria-label="{esc(u['menu_label'])}">{nav_ul(d, 'nav-bar__list', d.get('cats') or u['corp'])}</nav>
<a class="button button--cta" href="/contact/">{esc(d.get('cta', u['contact']))}</a></div></header>
<main class="blog-main">
<article class="blog-article">
<div class="blog-article__hero">
<a class="blog-article__category" href="/blog/{slug(sec) or 'blog'}/">{esc(sec)}</a>
<h1 class="blog-article__title">{esc(d['title'])}</h1>
{sub_html(d, 'p', 'blog-article__intro')}
{byline(d)}
</div>
{figure(d, 'blog-article__image')}
<div class="blog-article__content rich-text">
{body_html(d['paras'])}
</div>
{after(d)}
</article>
<section class="blog-related">{related_html(d, 'blog-related__list')}</section>
{newsletter_html(d, 'blog-newsletter')}
</main>
<footer class="site-footer"><div class="site-footer__inner">{footer_links(d)}<p class="site-footer__legal">{esc(copyright_text(d))}</p>{footer_note(d)}</div></footer>'''
    return page(d, h, b, d.get('body_cls', 'blog-post'))

def md(d):
    fm = d['fm'].strip('\n')
    body = []
    if d.get('md_h1', False):
        body.append('# ' + d['title'])
    for p in d['paras']:
        if p.startswith('RAW:'):
            body.append(p[4:].strip())
        else:
            body.append(p)
    return fm + '\n\n' + '\n\n'.join(body) + '\n'

TEMPLATES = dict(wp=t_wp, wpclassic=t_wpclassic, ghost=t_ghost, papermod=t_papermod, medium=t_medium,
                 substack=t_substack, news=t_news, local=t_local, zhportal=t_zhportal, janews=t_janews,
                 konews=t_konews, runews=t_runews, drupal=t_drupal, blogger=t_blogger, press=t_press,
                 docs=t_docs, forum=t_forum, indie=t_indie, shop=t_shop, category=t_category,
                 magazine=t_magazine, recipe=t_recipe, corp=t_corp, md=md)

TEMPLATE_NAMES = dict(wp='wp-twentytwentyfour', wpclassic='wp-classic-underscores', ghost='ghost-source',
                      papermod='hugo-papermod', medium='medium', substack='substack', local='typo3-localnews',
                      zhportal='zh-news-portal', janews='ja-news', konews='ko-news-cms', runews='ru-news',
                      drupal='drupal-olivero', blogger='blogger', press='corporate-pressroom',
                      docs='docs-docusaurus', forum='forum-phpbb', indie='indieweb-hentry',
                      shop='shop-product-page', category='category-archive', magazine='magazine-html5',
                      recipe='wp-recipe-blog', corp='corporate-blog')

def template_name(d):
    if d.get('template'):
        return d['template']
    if d['tpl'] == 'md':
        return 'md-toml' if d['fm'].lstrip().startswith('+++') else 'md-yaml'
    if d['tpl'] == 'news':
        return 'newspaper-' + d.get('variant', 'daily')
    return TEMPLATE_NAMES[d['tpl']]

def render(d):
    return TEMPLATES[d['tpl']](d)
