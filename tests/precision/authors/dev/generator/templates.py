"""HTML page templates imitating common real-world site software.

Every template receives a context object `c` prepared by make_dev_set.py.  The
author/date variants have already placed their markup into c.byline_html,
c.date_html, c.below_html, c.head_meta, c.article_attrs and c.jsonld_html; the
templates only decide where those fragments go and wrap them in the markup
typical for the imitated software.
"""
from common import esc, iso, TPL


def head(c, css, generator=None, extra=""):
    h = ['<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(c.title_tag)}</title>",
         f'<meta name="description" content="{esc(c.lede)}">']
    if c.robots:
        h.append('<meta name="robots" content="index, follow, max-image-preview:large">')
    h.append(f'<link rel="canonical" href="{esc(c.url)}">')
    h.append(f'<meta property="og:locale" content="{c.og}">')
    h.append(f'<meta property="og:type" content="{c.og_type}">')
    h.append(f'<meta property="og:title" content="{esc(c.og_title)}">')
    h.append(f'<meta property="og:description" content="{esc(c.lede)}">')
    h.append(f'<meta property="og:url" content="{esc(c.url)}">')
    if c.og_site:
        h.append(f'<meta property="og:site_name" content="{esc(c.site)}">')
    h.append(f'<meta property="og:image" content="{c.base}/images/{c.slug}-1200x630.jpg">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.extend(c.head_meta)
    if generator:
        h.append(f'<meta name="generator" content="{generator}">')
    for href in css:
        h.append(f'<link rel="stylesheet" href="{href}">')
    h.append(f'<link rel="icon" href="{c.base}/favicon.ico">')
    if extra:
        h.append(extra)
    if c.jsonld_html:
        h.append(c.jsonld_html)
    return "\n".join(h)


def page(c, head_html, body_attrs, body):
    return (f'<!DOCTYPE html>\n<html lang="{c.hl}">\n<head>\n{head_html}\n</head>\n'
            f"<body{body_attrs}>\n{body}\n</body>\n</html>\n")


def nav_items(c, li_cls="", a_cls=""):
    ui = c.ui
    items = [("/", ui["home"])]
    for cat, slug in c.nav_cats:
        items.append((f"/{c.cat_prefix}/{slug}/", cat))
    items += [("/about/", ui["about"]), ("/contact/", ui["contact"])]
    li = f' class="{li_cls}"' if li_cls else ""
    a = f' class="{a_cls}"' if a_cls else ""
    return "\n".join(f'<li{li}><a{a} href="{href}">{esc(t)}</a></li>' for href, t in items)


def body_paras(c, p_cls=""):
    cls = f' class="{p_cls}"' if p_cls else ""
    out = []
    for i, p in enumerate(c.paras):
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p{cls}>{esc(p)}</p>")
        if i == 0 and c.figure:
            out.append(c.figure)
    return "\n".join(out)


def related_list(c, wrap_cls="related-posts", title=None, with_meta=True):
    if not c.related:
        return ""
    title = title or c.ui["related"]
    lis = []
    for r in c.related:
        meta = []
        if with_meta and r.get("by"):
            meta.append(f'<span class="teaser-author">{esc(r["by"])}</span>')
        if with_meta and r.get("date") is not None:
            meta.append(f'<time datetime="{r["date"]:%Y-%m-%d}">{esc(c.L["fmt_short"](r["date"]))}</time>')
        m = f'<div class="teaser-meta">{" · ".join(meta)}</div>' if meta else ""
        lis.append(f'<li class="teaser"><a href="{r["url"]}">{esc(r["title"])}</a>{m}</li>')
    return f'<section class="{wrap_cls}">\n<h2>{esc(title)}</h2>\n<ul>\n' + "\n".join(lis) + "\n</ul>\n</section>"


def comments_block(c, style="generic"):
    if not c.comments:
        return ""
    ui = c.ui
    items = []
    for i, cm in enumerate(c.comments, 1):
        d = cm["date"]
        t = f'<time datetime="{iso(d, c.tz)}">{esc(c.L["fmt_time"](d))}</time>'
        if style == "wp":
            items.append(
                f'<li id="comment-{400 + i}" class="comment even thread-even depth-1">\n<article class="comment-body">\n'
                f'<footer class="comment-meta"><div class="comment-author vcard">'
                f'<img alt="" src="https://secure.gravatar.com/avatar/{i}a8f?s=60&amp;d=mm" class="avatar avatar-60 photo" height="60" width="60">'
                f'<b class="fn">{esc(cm["name"])}</b> <span class="says">{esc(ui["says"])}</span></div>\n'
                f'<div class="comment-metadata"><a href="{c.url}#comment-{400 + i}">{t}</a></div></footer>\n'
                f'<div class="comment-content"><p>{esc(cm["text"])}</p></div>\n'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{400 + i}">{esc(ui["reply"])}</a></div>\n'
                f"</article>\n</li>")
        else:
            items.append(
                f'<li class="comment" id="c{900 + i}"><div class="comment-header"><span class="comment-author">{esc(cm["name"])}</span> '
                f'<span class="comment-date">{t}</span></div>\n<p>{esc(cm["text"])}</p>\n'
                f'<a class="reply-link" href="#c{900 + i}">{esc(ui["reply"])}</a></li>')
    cls = "comment-list" if style == "wp" else "comments-list"
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{esc(ui["leave_comment"])}</h3>'
            f'<form action="{c.base}/{"wp-comments-post.php" if style == "wp" else "comments/post"}" method="post" id="commentform" class="comment-form">'
            f'<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="6"></textarea></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{esc(ui["leave_comment"])}"></p></form></div>')
    return (f'<div id="comments" class="comments-area">\n<h2 class="comments-title">{esc(ui["comments"])} ({len(c.comments)})</h2>\n'
            f'<ol class="{cls}">\n' + "\n".join(items) + f"\n</ol>\n{form}\n</div>")


def footer_text(c):
    parts = [f"© {c.copy_year} {esc(c.footer_holder)}. {esc(c.ui['rights'])}."]
    if c.site_updated is not None:
        d = c.site_updated
        parts.append(f'<span class="site-updated">{esc(c.ui["site_updated"].format(d=c.L["fmt_long"](d)))}</span>')
    return " ".join(parts)


def footer_links(c):
    return (f'<a href="/privacy/">{esc(c.ui["privacy"])}</a> · <a href="/legal/">{esc(c.ui["imprint"])}</a> · '
            f'<a href="/contact/">{esc(c.ui["contact"])}</a>')


def newsletter_box(c):
    return (f'<section class="widget widget_newsletter"><h2 class="widget-title">{esc(c.ui["newsletter"])}</h2>'
            f'<form action="{c.base}/newsletter" method="post"><input type="email" name="email" placeholder="email@example.com">'
            f'<button type="submit">{esc(c.ui["subscribe"])}</button></form></section>')


# ---------------------------------------------------------------- WordPress
def t_wp(c):
    t = TPL[c.lang]
    h = head(c, [f"{c.base}/wp-content/themes/twentyseventeen/style.css?ver=20231107",
                 f"{c.base}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3"],
             generator="WordPress 6.4.3",
             extra=f'<link rel="alternate" type="application/rss+xml" title="{esc(c.site)} &raquo; Feed" href="{c.base}/feed/">')
    meta = " ".join(x for x in (c.date_html, c.byline_html) if x)
    meta_html = f'<div class="entry-meta">{meta}</div>\n' if meta else ""
    recent = ""
    if c.related:
        lis = []
        for r in c.related:
            d = (f' <span class="post-date">{esc(c.L["fmt_long"](r["date"]))}</span>' if r.get("date") else "")
            lis.append(f'<li><a href="{r["url"]}">{esc(r["title"])}</a>{d}</li>')
        recent = (f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{esc(c.ui["recent"])}</h2>'
                  f"<ul>\n" + "\n".join(lis) + "\n</ul></section>")
    cats = "".join(f'<li class="cat-item"><a href="{c.base}/category/{s}/">{esc(n)}</a></li>' for n, s in c.nav_cats)
    body = f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{esc(t['skip'])}</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><div class="wrap">
<p class="site-title"><a href="{c.base}/" rel="home">{esc(c.site)}</a></p>
<p class="site-description">{esc(t['tagline'])}</p>
</div></div>
<div class="navigation-top"><div class="wrap">
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu">
<ul id="top-menu" class="menu">
{nav_items(c, "menu-item menu-item-type-custom")}
</ul></nav></div></div>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{c.num}" class="post-{c.num} post type-post status-publish format-standard has-post-thumbnail hentry category-{c.cat_slug}"{c.article_attrs}>
<header class="entry-header">
{meta_html}<h1 class="entry-title">{esc(c.title)}</h1>
</header>
<div class="entry-content">
{body_paras(c)}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><a href="{c.base}/category/{c.cat_slug}/" rel="category tag">{esc(c.cat)}</a></span></span></footer>
</article>
{c.below_html}
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{c.prev_url}" rel="prev"><span class="nav-subtitle">{esc(c.ui['prev'])}</span> <span class="nav-title">{esc(c.prev_title)}</span></a></div></div></nav>
{comments_block(c, "wp")}
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{c.base}/"><label><span class="screen-reader-text">{esc(c.ui['search'])}</span><input type="search" class="search-field" name="s"></label><button type="submit" class="search-submit">{esc(c.ui['search'])}</button></form></section>
{recent}
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">{esc(c.ui['categories'])}</h2><ul>{cats}</ul></section>
{newsletter_box(c)}
</aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">
<div class="site-info"><p>{footer_text(c)}</p><p>{footer_links(c)}</p><a href="https://wordpress.org/" class="imprint">{esc(t['powered_wp'])}</a></div>
</div></footer>
</div></div>"""
    return page(c, h, f' class="post-template-default single single-post postid-{c.num} single-format-standard has-sidebar"', body)


# ---------------------------------------------------------------- Ghost (Casper)
def t_ghost(c):
    h = head(c, [f"{c.base}/assets/built/screen.css?v=4f1e0c2a9b"], generator="Ghost 5.79",
             extra=f'<link rel="alternate" type="application/rss+xml" title="{esc(c.site)}" href="{c.base}/rss/">')
    meta = ""
    if c.byline_html or c.date_html:
        meta = (f'<div class="article-byline"><section class="article-byline-content">{c.byline_html}'
                f'<div class="article-byline-meta"><div class="byline-meta-content">{c.date_html}'
                f'<span class="byline-reading-time"><span class="bull">•</span> {esc(c.ui["min_read"].format(n=c.reading))}</span>'
                f"</div></div></section></div>")
    cards = ""
    if c.related:
        cc = []
        for r in c.related:
            foot = ""
            if r.get("date"):
                foot = (f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{r["date"]:%Y-%m-%d}">'
                        f'{esc(c.L["fmt_short"](r["date"]))}</time></footer>')
            cc.append(f'<article class="post-card post"><a class="post-card-content-link" href="{r["url"]}">'
                      f'<header class="post-card-header"><h2 class="post-card-title">{esc(r["title"])}</h2></header></a>{foot}</article>')
        cards = (f'<aside class="read-more-wrap outer"><div class="read-more inner"><h3>{esc(c.ui["related"])}</h3>'
                 + "".join(cc) + "</div></aside>")
    body = f"""<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="{c.base}/">{esc(c.site)}</a></div>
<nav class="gh-head-menu"><ul class="nav">
{nav_items(c)}
</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">{esc(c.ui['login'])}</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{esc(c.ui['subscribe'])}</a></div>
</div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-{c.cat_slug}"{c.article_attrs}>
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{c.base}/tag/{c.cat_slug}/">{esc(c.cat)}</a></span></div>
<h1 class="article-title">{esc(c.title)}</h1>
<p class="article-excerpt">{esc(c.lede)}</p>
{meta}
</header>
<section class="gh-content gh-canvas">
{body_paras(c)}
</section>
{c.below_html}
</article>
{comments_block(c)}
</main>
{cards}
</div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright">{footer_text(c)}</section>
<nav class="site-footer-nav">{footer_links(c)}</nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>"""
    return page(c, h, f' class="post-template tag-{c.cat_slug} is-head-left-logo"', body)


# ---------------------------------------------------------------- Hugo PaperMod
def t_hugo(c):
    t = TPL[c.lang]
    h = head(c, [f"{c.base}/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"],
             generator="Hugo 0.123.7")
    meta_bits = [x for x in (c.date_html, f'{esc(c.ui["min_read"].format(n=c.reading))}', c.byline_html) if x]
    paginav = (f'<nav class="paginav"><a class="prev" href="{c.prev_url}"><span class="title">« {esc(c.ui["prev"])}</span><br>'
               f"<span>{esc(c.prev_title)}</span></a></nav>")
    tags = "".join(f'<li><a href="{c.base}/tags/{s}/">{esc(n)}</a></li>' for n, s in c.tags)
    body = f"""<header class="header"><nav class="nav">
<div class="logo"><a href="{c.base}/" accesskey="h" title="{esc(c.site)} (Alt + H)">{esc(c.site)}</a></div>
<ul id="menu">
<li><a href="{c.base}/posts/" title="{esc(t['posts'])}"><span>{esc(t['posts'])}</span></a></li>
<li><a href="{c.base}/tags/" title="{esc(c.ui['tags'])}"><span>{esc(c.ui['tags'])}</span></a></li>
<li><a href="{c.base}/archives/" title="{esc(c.ui['archive'])}"><span>{esc(c.ui['archive'])}</span></a></li>
<li><a href="{c.base}/about/" title="{esc(c.ui['about'])}"><span>{esc(c.ui['about'])}</span></a></li>
</ul></nav></header>
<main class="main">
<article class="post-single"{c.article_attrs}>
<header class="post-header">
<div class="breadcrumbs"><a href="{c.base}/">{esc(c.ui['home'])}</a>&nbsp;»&nbsp;<a href="{c.base}/posts/">{esc(t['posts'])}</a></div>
<h1 class="post-title entry-hint-parent">{esc(c.title)}</h1>
<div class="post-description">{esc(c.lede)}</div>
<div class="post-meta">{'&nbsp;·&nbsp;'.join(meta_bits)}</div>
</header>
<div class="post-content">
{body_paras(c)}
</div>
{c.below_html}
<footer class="post-footer"><ul class="post-tags">{tags}</ul>
{paginav}
</footer>
{comments_block(c)}
</article>
{related_list(c, "related-content")}
</main>
<footer class="footer"><span>{footer_text(c)}</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>"""
    return page(c, h, ' class="" id="top"', body)


# ---------------------------------------------------------------- Jekyll minima
def t_jekyll(c):
    seo = "<!-- Begin Jekyll SEO tag v2.8.0 -->"
    h = head(c, [f"{c.base}/assets/main.css"], generator="Jekyll v4.3.3", extra=seo)
    h = h.replace(c.jsonld_html, c.jsonld_html + "\n<!-- End Jekyll SEO tag -->") if c.jsonld_html else h + "\n<!-- End Jekyll SEO tag -->"
    rel = ' rel="author"' if c.minima_rel_author else ""
    meta = " • ".join(x for x in (c.date_html, c.byline_html) if x)
    footer_card = ""
    if c.minima_owner:
        footer_card = (f'<ul class="contact-list"><li class="p-name">{esc(c.minima_owner)}</li>'
                       f'<li><a class="u-email" href="mailto:hello@{c.domain}">hello@{c.domain}</a></li></ul>')
    else:
        footer_card = f'<ul class="contact-list"><li><a class="u-email" href="mailto:hello@{c.domain}">hello@{c.domain}</a></li></ul>'
    body = f"""<header class="site-header" role="banner"><div class="wrapper">
<a class="site-title"{rel} href="{c.base}/">{esc(c.site)}</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger">
<label for="nav-trigger"><span class="menu-icon"></span></label>
<div class="trigger"><a class="page-link" href="{c.base}/about/">{esc(c.ui['about'])}</a><a class="page-link" href="{c.base}/archive/">{esc(c.ui['archive'])}</a></div>
</nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"{c.article_attrs}>
<header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">{esc(c.title)}</h1>
{f'<p class="post-meta">{meta}</p>' if meta else ''}
</header>
<div class="post-content e-content" itemprop="articleBody">
{body_paras(c)}
</div>
{c.below_html}
<a class="u-url" href="{c.url}" hidden></a>
</article>
{related_list(c, "related")}
{comments_block(c)}
</div></main>
<footer class="site-footer{' h-card' if c.minima_owner else ''}"><data class="u-url" href="{c.base}/"></data>
<div class="wrapper"><h2 class="footer-heading">{esc(c.site)}</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1">{footer_card}</div>
<div class="footer-col footer-col-2"><p>{footer_text(c)}</p></div></div></div></footer>"""
    return page(c, h, "", body)


# ---------------------------------------------------------------- Medium-like
def t_medium(c):
    h = head(c, ["https://glyph.medium.com/css/unbound.css"],
             extra='<meta name="referrer" content="unsafe-url">\n<meta name="theme-color" content="#000000">')
    more = ""
    if c.related:
        cards = []
        for r in c.related:
            by = f'<p class="more-author">{esc(r["by"])}</p>' if r.get("by") else ""
            dd = f'<span class="more-date">{esc(c.L["fmt_short"](r["date"]))}</span>' if r.get("date") else ""
            cards.append(f'<div class="more-card">{by}<a href="{r["url"]}"><h3>{esc(r["title"])}</h3></a>{dd}</div>')
        more = f'<div class="more-from"><h2>{esc(c.ui["more_from"].format(s=c.site))}</h2>' + "".join(cards) + "</div>"
    meta = ""
    if c.byline_html or c.date_html:
        meta = (f'<div class="speechify-ignore ab cp"><div class="author-row">{c.byline_html}</div>'
                f'<div class="story-meta"><span data-testid="storyReadTime">{esc(c.ui["min_read"].format(n=c.reading))}</span>'
                + (f' · {c.date_html}' if c.date_html else "") + "</div></div>")
    body = f"""<div id="root"><div class="a b c">
<nav class="metabar"><a href="https://medium.com/?source=post_page" aria-label="Homepage" class="logo">Medium</a>
<a class="pub-name" href="{c.base}/">{esc(c.site)}</a>
<div class="search"><input type="text" placeholder="{esc(c.ui['search'])}"></div>
<a href="https://medium.com/m/signin" rel="noopener follow">{esc(c.ui['login'])}</a></nav>
<article{c.article_attrs}><div class="l"><section>
<h1 class="pw-post-title" data-testid="storyTitle">{esc(c.title)}</h1>
<h2 class="pw-subtitle-paragraph">{esc(c.lede)}</h2>
{meta}
<div class="pw-post-body">
{body_paras(c, "pw-post-body-paragraph")}
</div>
</section></div></article>
{c.below_html}
<div class="post-actions"><button aria-label="clap">👏 214</button> <button>{esc(c.ui['share'])}</button></div>
{comments_block(c)}
{more}
<footer class="site-footer"><a href="https://help.medium.com/">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about">About</a> <a href="https://policy.medium.com/">Privacy</a> <a href="https://policy.medium.com/">Terms</a></footer>
</div></div>"""
    return page(c, h, "", body)


# ---------------------------------------------------------------- Substack-like
def t_substack(c):
    h = head(c, ["https://substackcdn.com/bundle/theme/main.css"],
             extra=f'<link rel="alternate" type="application/rss+xml" href="{c.base}/feed" title="{esc(c.site)}">')
    meta = ""
    if c.byline_html or c.date_html:
        meta = f'<div class="post-meta pencraft">{c.byline_html}{c.date_html}</div>'
    body = f"""<div id="entry"><div id="main" class="main typography use-theme-bg">
<nav class="main-menu"><div class="topbar-content">
<a class="navbar-title-link" href="{c.base}/">{esc(c.site)}</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="{c.base}/subscribe">{esc(c.ui['subscribe'])}</a> <a class="button sign-in-link" href="https://substack.com/sign-in">{esc(c.ui['login'])}</a></div>
<a class="archive-link" href="{c.base}/archive">{esc(c.ui['archive'])}</a> <a class="about-link" href="{c.base}/about">{esc(c.ui['about'])}</a>
</div></nav>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post"{c.article_attrs}>
<div class="post-header">
<h1 class="post-title published">{esc(c.title)}</h1>
<h3 class="subtitle">{esc(c.lede)}</h3>
{meta}
</div>
<div class="available-content"><div class="body markup" dir="auto">
{body_paras(c)}
</div></div>
</article>
{c.below_html}
<div class="post-footer"><a class="button" href="{c.base}/subscribe">{esc(c.ui['subscribe'])}</a> <button class="share">{esc(c.ui['share'])}</button></div>
{comments_block(c)}
{related_list(c, "post-recommendations")}
</div></div></div>
<footer class="footer-wrap"><div class="footer">{footer_text(c)} · <a href="https://substack.com/privacy">{esc(c.ui['privacy'])}</a> · Substack is the home for great culture</div></footer>
</div></div>"""
    return page(c, h, "", body)


# ---------------------------------------------------------------- Drupal (Olivero)
def t_drupal(c):
    h = head(c, [f"{c.base}/sites/default/files/css/css_9xQkZ4uJ0hA.css?delta=0&amp;language={c.lang}"],
             generator="Drupal 10 (https://www.drupal.org)",
             extra='<meta name="MobileOptimized" content="width">\n<meta name="HandheldFriendly" content="true">')
    meta = " ".join(x for x in (c.byline_html, c.date_html) if x)
    meta_html = f'<header><div class="node__meta">{meta}</div></header>' if meta else ""
    body = f"""<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-branding"><a href="{c.base}/" rel="home" class="site-branding__name">{esc(c.site)}</a></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
{nav_items(c, "primary-nav__menu-item", "primary-nav__menu-link")}
</ul></nav></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(c.title)}</span></h1>
</div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<article data-history-node-id="{c.num}" role="article" about="/node/{c.num}" class="node node--type-article node--promoted node--view-mode-full"{c.article_attrs}>
{meta_html}
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_paras(c)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">{esc(c.ui['tags'])}</h3>
<ul class="links field__items">{''.join(f'<li><a href="/taxonomy/term/{i + 3}" hreflang="{c.lang}">{esc(n)}</a></li>' for i, (n, s) in enumerate(c.tags))}</ul></div>
{c.below_html}
{comments_block(c)}
</div></article>
</div></main></div></div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><p>{footer_text(c)}</p><p>{footer_links(c)}</p></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div>
</div></footer>
</div></div></div>"""
    return page(c, h, ' class="path-node page-node-type-article"', body)


# ---------------------------------------------------------------- Blogger
def t_blogger(c):
    t = TPL[c.lang]
    h = head(c, [], generator="blogger",
             extra=(f'<link rel="alternate" type="application/atom+xml" title="{esc(c.site)} - Atom" href="{c.base}/feeds/posts/default">\n'
                    '<link rel="openid.server" href="https://www.blogger.com/openid-server.g">'))
    date_header = f'<h2 class="date-header"><span>{c.date_html}</span></h2>' if c.date_html else ""
    years = "".join(f'<li class="archivedate collapsed"><a class="post-count-link" href="{c.base}/{y}/">{y}</a> <span class="post-count">({n})</span></li>'
                    for y, n in ((2024, 14), (2023, 22), (2022, 31)))
    body = f"""<div class="navbar no-items section" id="navbar"></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header-inner"><div class="section" id="header"><div class="widget Header" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="{c.base}/">{esc(c.site)}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>{esc(t['tagline'])}</span></p></div></div>
</div></div></div></div></header>
<nav class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><ul>
{nav_items(c)}
</ul></div></div></nav>
<div class="main-outer"><div class="main-inner columns-fix-sidebar">
<div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer">
{date_header}
<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template"{c.article_attrs}>
<a name="{c.num}"></a>
<h3 class="post-title entry-title">{esc(c.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{c.num}">
<p><b>{esc(c.lede)}</b></p>
{body_paras(c)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">{c.byline_html}</div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">{esc(c.ui['categories'])}: <a href="{c.base}/search/label/{c.cat_slug}" rel="tag">{esc(c.cat)}</a></span></div></div>
</div>
{c.below_html}
{comments_block(c)}
</div></div></div>
</div></div>
</div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget BlogArchive" id="BlogArchive1"><h2>{esc(c.ui['archive'])}</h2><div class="widget-content"><ul class="hierarchy">{years}</ul></div></div>
{related_list(c, "widget PopularPosts", with_meta=False)}
</div></aside></div></div>
</div></div>
<footer><div class="footer-outer"><div class="footer-inner"><p>{footer_text(c)}</p><p>Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</p></div></div></footer>
</div></div></div>"""
    return page(c, h, ' class="loading variant-simplysimple"', body)


# ---------------------------------------------------------------- Newspaper
def t_news(c):
    h = head(c, [f"{c.base}/static/css/article.8f3a1c.css"],
             extra=(f'<meta name="news_keywords" content="{esc(c.cat)}">\n'
                    f'<link rel="amphtml" href="{c.base}/amp{c.path}">'))
    today = f'<span class="today">{esc(c.L["fmt_long"](c.today))}</span>' if c.today is not None else ""
    sections = "\n".join(f'<li><a href="{c.base}/{s}/">{esc(n)}</a></li>' for n, s in c.nav_cats)
    sep = "　" if c.lang in ("zh", "ja") else '<span class="sep"> | </span>'
    meta = sep.join(x for x in (c.byline_html, c.date_html) if x)
    if c.lang == "zh":
        meta_html = f'<div class="article-info">{meta}</div>' if meta else ""
    else:
        meta_html = f'<div class="article-meta">{meta}</div>' if meta else ""
    more = related_list(c, "more-on-topic")
    body = f"""<div class="top-bar"><div class="container">{today}<a href="{c.base}/abo/">{esc(c.ui['subscribe'])}</a> <a href="{c.base}/login/">{esc(c.ui['login'])}</a></div></div>
<header class="masthead"><div class="container">
<a class="logo" href="{c.base}/"><span class="logo-text">{esc(c.site)}</span></a>
<nav class="sections" aria-label="Sections"><ul>
<li><a href="{c.base}/">{esc(c.ui['home'])}</a></li>
<li><a href="{c.base}/news/">{esc(c.ui['news'])}</a></li>
{sections}
</ul></nav>
<form class="search" action="{c.base}/search/"><input type="search" name="q" placeholder="{esc(c.ui['search'])}"></form>
</div></header>
<div class="container layout">
<main id="content" class="main-column">
<nav class="breadcrumb"><a href="{c.base}/">{esc(c.ui['home'])}</a> › <a href="{c.base}/{c.cat_slug}/">{esc(c.cat)}</a></nav>
<article class="article article--full"{c.article_attrs}>
<header class="article-header">
<span class="kicker">{esc(c.cat)}</span>
<h1 class="headline">{esc(c.title)}</h1>
<p class="standfirst">{esc(c.lede)}</p>
{meta_html}
</header>
<div class="article-body">
{body_paras(c)}
</div>
{c.below_html}
<div class="article-tools"><button class="share">{esc(c.ui['share'])}</button></div>
</article>
{comments_block(c)}
</main>
<aside class="sidebar">
{more}
{newsletter_box(c)}
</aside>
</div>
<footer class="site-footer"><div class="container">
<p class="footer-brand">{esc(c.site)}</p>
<p>{footer_links(c)}</p>
<p class="copyright">{footer_text(c)}</p>
</div></footer>"""
    return page(c, h, ' class="article-page"', body)


# ---------------------------------------------------------------- Corporate press room
def t_press(c):
    t = TPL[c.lang]
    h = head(c, [f"{c.base}/assets/corporate.min.css?v=3.2.1"])
    contact = ""
    if c.press_contact:
        pc = c.press_contact
        contact = (f'<section class="press-contact"><h2>{esc(c.ui["press_contact"])}</h2>'
                   f'<p>{esc(pc)}<br>{esc(t["comms"])}<br>Tel. +{t["phone"]}<br>'
                   f'<a href="mailto:press@{c.domain}">press@{c.domain}</a></p></section>')
    meta = " · ".join(x for x in (c.byline_html, c.date_html) if x)
    body = f"""<header class="corp-header"><div class="container">
<a class="brand" href="{c.base}/"><img src="{c.base}/assets/logo.svg" alt="{esc(c.site)}" width="180" height="40"></a>
<nav class="corp-nav"><ul>
<li><a href="{c.base}/products/">{esc(t['products'])}</a></li>
<li><a href="{c.base}/company/">{esc(t['company'])}</a></li>
<li><a href="{c.base}/careers/">{esc(t['careers'])}</a></li>
<li class="active"><a href="{c.base}/press/">{esc(c.ui['press'])}</a></li>
<li><a href="{c.base}/contact/">{esc(c.ui['contact'])}</a></li>
</ul></nav></div></header>
<main class="newsroom container">
<nav class="breadcrumb"><a href="{c.base}/">{esc(c.ui['home'])}</a> › <a href="{c.base}/press/">{esc(c.ui['press'])}</a> › {esc(c.ui['press_release'])}</nav>
<article class="press-release"{c.article_attrs}>
<p class="label">{esc(c.ui['press_release'])}</p>
<h1>{esc(c.title)}</h1>
{f'<p class="release-meta">{meta}</p>' if meta else ''}
<div class="release-body">
{body_paras(c)}
</div>
<section class="boilerplate"><h2>{esc(c.ui['about_company'].format(c=c.site))}</h2><p>{esc(c.boiler)}</p></section>
{contact}
<p class="downloads"><a href="{c.base}/press/{c.slug}.pdf">PDF</a></p>
</article>
</main>
<footer class="corp-footer"><div class="container"><p>{footer_text(c)}</p><p>{footer_links(c)}</p></div></footer>"""
    return page(c, h, ' class="page-press-release"', body)


# ---------------------------------------------------------------- Docs (Docusaurus)
def t_docs(c):
    t = TPL[c.lang]
    h = head(c, [f"{c.base}/assets/css/styles.2f6b7d3c.css"], generator="Docusaurus v3.1.1")
    side = "\n".join(f'<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link{" menu__link--active" if i == 1 else ""}" href="{c.base}/docs/{s}">{esc(n)}</a></li>'
                     for i, (n, s) in enumerate(c.doc_side))
    upd = f'<div class="col lastUpdated_JAkA">{c.date_html}</div>' if c.date_html else ""
    code = esc(c.code)
    body = f"""<div id="__docusaurus">
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner">
<div class="navbar__items"><a class="navbar__brand" href="{c.base}/"><b class="navbar__title text--truncate">{esc(c.site)}</b></a>
<a class="navbar__item navbar__link navbar__link--active" href="{c.base}/docs/intro">{esc(c.ui['docs'])}</a>
<a class="navbar__item navbar__link" href="{c.base}/blog">{esc(t['blog'])}</a></div>
<div class="navbar__items navbar__items--right"><a href="https://github.com/{c.gh}" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub</a>
<div class="navbar__search"><input placeholder="{esc(c.ui['search'])}" aria-label="Search" class="navbar__search-input"></div></div>
</div></nav>
<div class="main-wrapper docsWrapper"><div class="docRoot">
<aside class="theme-doc-sidebar-container"><nav aria-label="Docs sidebar" class="menu thin-scrollbar"><ul class="theme-doc-sidebar-menu menu__list">
{side}
</ul></nav></aside>
<main class="docMainContainer"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol"><div class="docItemContainer">
<nav class="theme-doc-breadcrumbs" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{c.base}/">{esc(c.ui['home'])}</a></li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">{esc(c.title)}</span></li></ul></nav>
<article{c.article_attrs}><div class="theme-doc-markdown markdown"><header><h1>{esc(c.title)}</h1></header>
{body_paras(c)}
<pre class="prism-code language-bash"><code>{code}</code></pre>
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row">
<div class="col"><a href="https://github.com/{c.gh}/edit/main/docs/{c.slug}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">{esc(c.ui['edit_page'])}</a></div>
{upd}
</div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="{c.base}/docs/{c.doc_side[0][1]}"><div class="pagination-nav__sublabel">{esc(c.ui['prev'])}</div><div class="pagination-nav__label">{esc(c.doc_side[0][0])}</div></a></nav>
</div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><p class="toc-title">{esc(c.ui['on_this_page'])}</p><ul class="table-of-contents"><li><a href="#" class="table-of-contents__link">{esc(c.title)}</a></li></ul></div></div>
</div></div></main>
</div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">{footer_text(c)} Built with Docusaurus.</div></div></div></footer>
</div>"""
    return page(c, h, ' class="navigation-with-keyboard"', body)


# ---------------------------------------------------------------- Shop (Shopify Dawn-like)
def t_shop(c):
    t = TPL[c.lang]
    h = head(c, [f"//{c.domain}/cdn/shop/t/12/assets/base.css?v=144997082486365258741"],
             extra='<meta name="theme-color" content="">')
    reviews = []
    for rv in c.reviews:
        reviews.append(f'<div class="review"><div class="review-header"><span class="review-author">{esc(rv["name"])}</span> '
                       f'<span class="verified">{esc(c.ui["verified"])}</span> <span class="stars" aria-label="5/5">★★★★★</span> '
                       f'<time datetime="{rv["date"]:%Y-%m-%d}">{esc(c.L["fmt_short"](rv["date"]))}</time></div>'
                       f'<p>{esc(rv["text"])}</p></div>')
    desc = "\n".join(f"<p>{esc(p)}</p>" for p in c.paras)
    body = f"""<div class="announcement-bar" role="region"><p class="announcement-bar__message">{esc(t['shipping'])}</p></div>
<header class="header header--middle-left page-width">
<a href="/" class="header__heading-link link"><span class="h2">{esc(c.site)}</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
{nav_items(c, "", "header__menu-item list-menu__item link")}
</ul></nav>
<div class="header__icons"><a href="/search" class="header__icon">{esc(c.ui['search'])}</a> <a href="/account/login" class="header__icon">{esc(c.ui['login'])}</a> <a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble">{esc(t['cart'])}</a></div>
</header>
<main id="MainContent" class="content-for-layout focus-none" role="main">
<nav class="breadcrumbs page-width"><a href="/">{esc(c.ui['home'])}</a> / <a href="/collections/{c.cat_slug}">{esc(c.cat)}</a></nav>
<section class="product grid page-width"{c.article_attrs}>
<div class="product__media-wrapper"><img src="//{c.domain}/cdn/shop/products/{c.slug}_1.jpg?v=1699" alt="{esc(c.title)}" width="1500" height="1500" loading="eager"></div>
<div class="product__info-wrapper"><div class="product__info-container">
<h1 class="product__title">{esc(c.title)}</h1>
<div class="price price--large"><span class="price-item price-item--regular">{esc(c.price)}</span></div>
<p class="product__sku">SKU: {esc(c.sku)}</p>
<p class="product__inventory">{esc(c.ui['in_stock'])}</p>
<form method="post" action="/cart/add" class="product-form"><input type="hidden" name="id" value="4461{c.num}"><button type="submit" name="add" class="product-form__submit button button--full-width">{esc(c.ui['add_to_cart'])}</button></form>
<div class="product__description rte"><h2>{esc(c.ui['description'])}</h2>
{desc}
</div>
</div></div></section>
<section class="product-reviews page-width"><h2>{esc(c.ui['reviews'])}</h2>
{''.join(reviews)}
</section>
</main>
<footer class="footer"><div class="footer__content-bottom page-width">
<div class="footer-block">{newsletter_box(c)}</div>
<div class="footer__copyright"><small class="copyright__content">{footer_text(c)}</small> <small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow" target="_blank">Powered by Shopify</a></small></div>
</div></footer>"""
    return page(c, h, ' class="gradient template-product"', body)


# ---------------------------------------------------------------- Forum (XenForo-like)
def t_forum(c):
    t = TPL[c.lang]
    posts = []
    for i, p in enumerate(c.forum_posts):
        user, uslug, uid, joined, count, when, text = p
        posts.append(f"""<article class="message message--post js-post" data-author="{esc(user)}" data-content="post-{c.num * 10 + i}" id="js-post-{c.num * 10 + i}">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<h4 class="message-name"><a href="{c.base}/members/{uslug}.{uid}/" class="username" data-user-id="{uid}">{esc(user)}</a></h4>
<h5 class="userTitle message-userTitle">{esc(t['member'])}</h5>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>{esc(c.ui['joined'])}</dt><dd>{esc(c.L['fmt_short'](joined))}</dd></dl>
<dl class="pairs pairs--justified"><dt>{esc(c.ui['posts'])}</dt><dd>{count}</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">
<li class="u-concealed"><a href="{c.url}post-{c.num * 10 + i}" rel="nofollow"><time class="u-dt" dir="auto" datetime="{iso(when, c.tz)}" data-time="{int(when.timestamp())}">{esc(c.L['fmt_time'](when))}</time></a></li>
</ul><ul class="message-attribution-opposite listInline"><li><a href="{c.url}post-{c.num * 10 + i}">#{i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">{text}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><a href="#" class="actionBar-action actionBar-action--reply">{esc(c.ui['reply'])}</a></div></footer>
</div></div></article>""")
    op_user, op_slug, op_uid, _, _, op_when, _ = c.forum_posts[0]
    h = head(c, [f"{c.base}/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=1"])
    body = f"""<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="{c.base}/">{esc(c.site)}</a></div>
</div></div></header>
<nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list">
<li><a href="{c.base}/" class="p-navEl-link">{esc(c.ui['forum_home'])}</a></li>
<li><a href="{c.base}/whats-new/" class="p-navEl-link">{esc(c.ui['news'])}</a></li>
<li><a href="{c.base}/members/" class="p-navEl-link">{esc(t['member'])}</a></li>
<li><a href="{c.base}/search/" class="p-navEl-link">{esc(c.ui['search'])}</a></li>
</ul><div class="p-nav-opposite"><a href="{c.base}/login/" class="p-navgroup-link">{esc(c.ui['login'])}</a></div></div></nav>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs"><li><a href="{c.base}/"><span>{esc(c.ui['forum_home'])}</span></a></li><li><a href="{c.base}/forums/{c.cat_slug}.4/"><span>{esc(c.cat)}</span></a></li></ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">{esc(c.title)}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><a href="{c.base}/members/{op_slug}.{op_uid}/" class="username u-concealed" dir="auto" data-user-id="{op_uid}">{esc(op_user)}</a></li>
<li><a href="{c.url}" class="u-concealed"><time class="u-dt" dir="auto" datetime="{iso(op_when, c.tz)}">{esc(c.L['fmt_long'](op_when))}</time></a></li>
</ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">
{''.join(posts)}
</div></div></div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-copyright">{footer_text(c)} Community platform by XenForo<sup>®</sup> © 2010-2024 XenForo Ltd.</div>
<div class="p-footer-row">{footer_links(c)}</div></div></footer>
</div>"""
    return page(c, h, ' data-template="thread_view" class="has-no-js"', body)


# ---------------------------------------------------------------- hand-written personal/indieweb site
def t_static(c):
    t = TPL[c.lang]
    h = head(c, [f"{c.base}/style.css"],
             extra=f'<link rel="alternate" type="application/atom+xml" href="{c.base}/feed.xml" title="{esc(c.site)}">')
    meta = " · ".join(x for x in (c.date_html, c.byline_html) if x)
    body = f"""<header class="site-header">
<p class="site-name"><a href="{c.base}/">{esc(c.site)}</a></p>
<nav><a href="{c.base}/">{esc(c.ui['home'])}</a> <a href="{c.base}/writing/">{esc(t['writing'])}</a> <a href="{c.base}/about/">{esc(c.ui['about'])}</a> <a href="{c.base}/feed.xml">RSS</a></nav>
</header>
<main>
<article class="h-entry"{c.article_attrs}>
<h1 class="p-name">{esc(c.title)}</h1>
{f'<p class="meta">{meta}</p>' if meta else ''}
<p class="p-summary"><em>{esc(c.lede)}</em></p>
<div class="e-content">
{body_paras(c)}
</div>
{c.below_html}
</article>
{related_list(c, "see-also")}
{comments_block(c)}
</main>
<footer class="site-footer"><p>{footer_text(c)}</p><p><a href="{c.base}/feed.xml">RSS</a> · <a href="{c.base}/about/">{esc(c.ui['about'])}</a></p></footer>"""
    return page(c, h, "", body)


TEMPLATES = {
    "wp": (t_wp, "wordpress-twentyseventeen"), "ghost": (t_ghost, "ghost-casper"), "hugo": (t_hugo, "hugo-papermod"),
    "jekyll": (t_jekyll, "jekyll-minima"), "medium": (t_medium, "medium-like"), "substack": (t_substack, "substack-like"),
    "drupal": (t_drupal, "drupal-olivero"), "blogger": (t_blogger, "blogger-simple"), "news": (t_news, "newspaper"),
    "press": (t_press, "corporate-press-room"), "docs": (t_docs, "docs-docusaurus"), "shop": (t_shop, "shop-shopify-dawn"),
    "forum": (t_forum, "forum-xenforo"), "static": (t_static, "static-indieweb"),
}
