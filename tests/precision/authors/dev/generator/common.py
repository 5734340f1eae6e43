"""Shared helpers for the dev-set generator (language tables, slugs, dates)."""
import html
import unicodedata

esc = html.escape

LANG_ORDER = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ko"]

# html lang, og:locale, utc offset
LANG_META = {
    "en": ("en-GB", "en_GB", "+00:00"), "de": ("de-DE", "de_DE", "+01:00"), "fr": ("fr-FR", "fr_FR", "+01:00"),
    "es": ("es-ES", "es_ES", "+01:00"), "it": ("it-IT", "it_IT", "+01:00"), "pt": ("pt-BR", "pt_BR", "-03:00"),
    "nl": ("nl-NL", "nl_NL", "+01:00"), "sv": ("sv-SE", "sv_SE", "+01:00"), "pl": ("pl-PL", "pl_PL", "+01:00"),
    "ru": ("ru-RU", "ru_RU", "+03:00"), "zh": ("zh-CN", "zh_CN", "+08:00"), "ja": ("ja", "ja_JP", "+09:00"),
    "ko": ("ko-KR", "ko_KR", "+09:00"),
}

# Template strings that themes/CMSs print in the site language.
TPL = {
    "en": dict(comms="Corporate Communications", phone="44 113 496 0312", wp_by="by", blog_posted="Posted by {a} at {t}", blog_posted_short="Posted by {a}",
               drupal="Submitted by {a} on {d}", drupal_short="Submitted by {a}", source="Source",
               skip="Skip to content", powered_wp="Proudly powered by WordPress", tagline="Notes on everyday life",
               posts="Posts", writing="Writing", cart="Basket", member="Member", shipping="Free UK delivery on orders over £50",
               products="Products", company="Company", careers="Careers", blog="Blog", contributors="Editorial contributors"),
    "de": dict(comms="Unternehmenskommunikation", phone="49 941 2190 4410", wp_by="von", blog_posted="Eingestellt von {a} um {t}", blog_posted_short="Eingestellt von {a}",
               drupal="Verfasst von {a} am {d}", drupal_short="Verfasst von {a}", source="Quelle",
               skip="Zum Inhalt springen", powered_wp="Stolz präsentiert von WordPress", tagline="Notizen aus dem Alltag",
               posts="Beiträge", writing="Texte", cart="Warenkorb", member="Mitglied", shipping="Versandkostenfrei ab 50 € innerhalb Deutschlands",
               products="Produkte", company="Unternehmen", careers="Karriere", blog="Blog", contributors="Mitwirkende"),
    "fr": dict(comms="Direction de la communication", phone="33 2 40 22 81 90", wp_by="par", blog_posted="Publié par {a} à {t}", blog_posted_short="Publié par {a}",
               drupal="Soumis par {a} le {d}", drupal_short="Soumis par {a}", source="Source",
               skip="Aller au contenu", powered_wp="Fièrement propulsé par WordPress", tagline="Carnet du quotidien",
               posts="Articles", writing="Textes", cart="Panier", member="Membre", shipping="Livraison offerte dès 60 € d'achat",
               products="Produits", company="Entreprise", careers="Carrières", blog="Blog", contributors="Contributeurs"),
    "es": dict(comms="Departamento de Comunicación", phone="34 925 28 44 10", wp_by="por", blog_posted="Publicado por {a} en {t}", blog_posted_short="Publicado por {a}",
               drupal="Enviado por {a} el {d}", drupal_short="Enviado por {a}", source="Fuente",
               skip="Saltar al contenido", powered_wp="Funciona gracias a WordPress", tagline="Apuntes de la vida cotidiana",
               posts="Entradas", writing="Textos", cart="Carrito", member="Miembro", shipping="Envío gratis a partir de 50 € en la península",
               products="Productos", company="Empresa", careers="Empleo", blog="Blog", contributors="Colaboradores"),
    "it": dict(comms="Ufficio stampa", phone="39 0881 722 410", wp_by="di", blog_posted="Pubblicato da {a} alle {t}", blog_posted_short="Pubblicato da {a}",
               drupal="Inviato da {a} il {d}", drupal_short="Inviato da {a}", source="Fonte",
               skip="Vai al contenuto", powered_wp="Orgogliosamente powered by WordPress", tagline="Appunti di vita quotidiana",
               posts="Articoli", writing="Scritti", cart="Carrello", member="Utente", shipping="Spedizione gratuita sopra i 49 €",
               products="Prodotti", company="Azienda", careers="Lavora con noi", blog="Blog", contributors="Collaboratori"),
    "pt": dict(comms="Assessoria de imprensa", phone="55 51 3212 4400", wp_by="por", blog_posted="Postado por {a} às {t}", blog_posted_short="Postado por {a}",
               drupal="Enviado por {a} em {d}", drupal_short="Enviado por {a}", source="Fonte",
               skip="Pular para o conteúdo", powered_wp="Orgulhosamente mantido com WordPress", tagline="Notas do dia a dia",
               posts="Posts", writing="Textos", cart="Carrinho", member="Membro", shipping="Frete grátis para compras acima de R$ 199",
               products="Produtos", company="Empresa", careers="Carreiras", blog="Blog", contributors="Colaboradores"),
    "nl": dict(comms="Corporate communicatie", phone="31 50 313 2210", wp_by="door", blog_posted="Gepost door {a} om {t}", blog_posted_short="Gepost door {a}",
               drupal="Ingediend door {a} op {d}", drupal_short="Ingediend door {a}", source="Bron",
               skip="Ga naar de inhoud", powered_wp="Trots aangedreven door WordPress", tagline="Notities uit het dagelijks leven",
               posts="Berichten", writing="Schrijfsels", cart="Winkelwagen", member="Lid", shipping="Gratis verzending vanaf € 50",
               products="Producten", company="Bedrijf", careers="Werken bij", blog="Blog", contributors="Medewerkers"),
    "sv": dict(comms="Kommunikationsavdelningen", phone="46 60 19 22 00", wp_by="av", blog_posted="Upplagd av {a} kl. {t}", blog_posted_short="Upplagd av {a}",
               drupal="Skickat av {a} den {d}", drupal_short="Skickat av {a}", source="Källa",
               skip="Hoppa till innehåll", powered_wp="Drivs med WordPress", tagline="Anteckningar från vardagen",
               posts="Inlägg", writing="Texter", cart="Varukorg", member="Medlem", shipping="Fri frakt över 499 kr",
               products="Produkter", company="Företaget", careers="Karriär", blog="Blogg", contributors="Medarbetare"),
    "pl": dict(comms="Dział komunikacji", phone="48 58 320 44 10", wp_by="autor:", blog_posted="Opublikowane przez {a} o {t}", blog_posted_short="Opublikowane przez {a}",
               drupal="Przesłane przez {a} dnia {d}", drupal_short="Przesłane przez {a}", source="Źródło",
               skip="Przejdź do treści", powered_wp="Dumnie wspierane przez WordPress", tagline="Notatki z codzienności",
               posts="Wpisy", writing="Teksty", cart="Koszyk", member="Użytkownik", shipping="Darmowa dostawa od 199 zł",
               products="Produkty", company="Firma", careers="Kariera", blog="Blog", contributors="Współpracownicy"),
    "ru": dict(comms="Пресс-служба", phone="7 8152 45 22 10", wp_by="Автор:", blog_posted="Автор: {a}, {t}", blog_posted_short="Автор: {a}",
               drupal="Опубликовано пользователем {a} {d}", drupal_short="Опубликовано пользователем {a}", source="Источник",
               skip="Перейти к содержимому", powered_wp="Сайт работает на WordPress", tagline="Заметки о повседневной жизни",
               posts="Записи", writing="Тексты", cart="Корзина", member="Участник", shipping="Бесплатная доставка от 5000 ₽",
               products="Продукция", company="О компании", careers="Карьера", blog="Блог", contributors="Авторы проекта"),
    "zh": dict(comms="品牌公关部", phone="86 313 528 8100", wp_by="作者：", blog_posted="发布者：{a}，时间：{t}", blog_posted_short="发布者：{a}",
               drupal="由 {a} 于 {d} 提交", drupal_short="由 {a} 提交", source="来源",
               skip="跳至内容", powered_wp="自豪地采用WordPress", tagline="记录日常生活",
               posts="文章", writing="随笔", cart="购物车", member="会员", shipping="全场满199元包邮",
               products="产品", company="公司", careers="招聘", blog="博客", contributors="贡献者"),
    "ja": dict(comms="広報部", phone="81 18 862 4410", wp_by="投稿者:", blog_posted="投稿者: {a} 時刻: {t}", blog_posted_short="投稿者: {a}",
               drupal="{a} が {d} に投稿", drupal_short="{a} が投稿", source="発表元",
               skip="コンテンツへスキップ", powered_wp="Proudly powered by WordPress", tagline="日々の暮らしの記録",
               posts="記事一覧", writing="文章", cart="カート", member="メンバー", shipping="5,500円以上で送料無料",
               products="製品", company="会社情報", careers="採用情報", blog="ブログ", contributors="寄稿者"),
    "ko": dict(comms="홍보팀", phone="82 63 460 2210", wp_by="작성자:", blog_posted="게시자: {a} 시간: {t}", blog_posted_short="게시자: {a}",
               drupal="{a} 님이 {d}에 작성", drupal_short="{a} 님이 작성", source="출처",
               skip="콘텐츠로 건너뛰기", powered_wp="WordPress로 제작됨", tagline="일상의 기록",
               posts="글 목록", writing="글", cart="장바구니", member="회원", shipping="5만 원 이상 무료배송",
               products="제품", company="회사 소개", careers="채용", blog="블로그", contributors="기고자"),
}

RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                  "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

CAT_FALLBACK = ["garden", "city", "local", "food", "digital"]


def ascii_slug(text):
    t = text.lower()
    t = "".join(RU_TR.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    out, prev = [], ""
    for ch in t:
        if ch.isalnum():
            out.append(ch)
            prev = ch
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


def person_slug(L, name):
    s = ascii_slug(name)
    if s:
        return s
    people = L["people"]
    i = people.index(name) if name in people else 0
    hs = L["handles"]
    return hs[i] if i < len(hs) else f"writer{i + 1}"


def iso(d, tz):
    return f"{d:%Y-%m-%dT%H:%M:%S}{tz}"


def colon(lang):
    return "：" if lang in ("zh", "ja") else ": "


def photo_credit(L, name):
    lang = L["code"]
    if lang == "ko":
        return f"{L['ui']['photo']}={name}"
    if lang == "pl":
        return f"{L['ui']['photo']} {name}"
    return f"{L['ui']['photo']}{colon(lang)}{name}"
