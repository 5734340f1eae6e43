# -*- coding: utf-8 -*-
"""Document registry and small markup helpers shared by the c_*.py content files."""
from tpl import *  # noqa: F401,F403
from tpl import T, esc, slug

DOCS = []

def L(author, name, asrc, date, dsrc, notes=''):
    """Hand-assigned label for one document."""
    return dict(author=author, author_name=name, author_source=asrc, date=date, date_source=dsrc, notes=notes)

def D(id, tpl, site, title, text, lab, **kw):
    d = dict(id=id, lang=id.split('-')[0], tpl=tpl, site=site, title=title, paras=T(text), label=lab)
    d.update(kw)
    DOCS.append(d)
    return d

def ghost_meta(name, handle, iso, text, mins):
    return ('<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">'
            '<a href="/author/%s/"><img class="author-profile-image" src="/content/images/size/w160/%s.jpg" alt="%s"></a></div>'
            '<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/%s/">%s</a></h4>'
            '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="%s">%s</time>'
            '<span class="gh-article-meta-length"><span class="bull">—</span> %s</span></div></div></div>'
            % (handle, handle, esc(name), handle, esc(name), iso, esc(text), esc(mins)))

def ghost_metas(name, pub, mod, written_by='Written by'):
    return [MP('article:published_time', pub), MP('article:modified_time', mod),
            MN('twitter:label1', written_by), MN('twitter:data1', name)]

def medium_byline(name, handle, date, mins):
    return ('<div class="ab q"><div class="bm bn"><a href="https://medium.com/@%s" rel="noopener follow">'
            '<img alt="%s" class="l fd by bz ca cx" src="https://miro.medium.com/v2/resize:fill:88:88/%s.jpeg" width="44" height="44"></a></div>'
            '<div class="ab"><div><span class="be b bf z bj"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="authorName" href="https://medium.com/@%s" rel="noopener follow">%s</a></span>'
            ' <span class="be b bf z du"><button class="follow-btn">Follow</button></span></div>'
            '<div class="ab ae"><span data-testid="storyReadTime">%s</span><span class="dot">·</span><span data-testid="storyPublishDate">%s</span></div></div></div>'
            % (handle, esc(name), handle, handle, esc(name), esc(mins), esc(date)))

def medium_after(name, handle, blurb, written='Written by'):
    return ('<div class="ab cb"><div class="ab"><a href="https://medium.com/@%s" rel="noopener follow"><img alt="%s" class="l fd by" src="https://miro.medium.com/v2/resize:fill:144:144/%s.jpeg" width="72" height="72"></a></div>'
            '<div class="ab"><h2 class="be tn to tp tq bj"><a class="af ag" href="https://medium.com/@%s" rel="noopener follow"><span class="be tn to tp tq bj">%s %s</span></a></h2>'
            '<div class="pb"><span class="be b bf z bj">2.1K Followers</span></div><p class="be b bf z bj">%s</p></div></div>'
            % (handle, esc(name), handle, handle, esc(written), esc(name), esc(blurb)))

def substack_byline(name, handle, date):
    return ('<div class="post-meta"><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-8">'
            '<a href="https://substack.com/@%s" class="pencraft pc-reset"><img src="https://substackcdn.com/image/fetch/w_80/%s.png" width="36" height="36" alt=""></a>'
            '<div class="profile-hover-card-target profileHoverCardTarget"><a href="https://substack.com/@%s" class="pencraft pc-reset link">%s</a></div></div></div>'
            '<div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">%s</div></div>'
            % (handle, handle, handle, esc(name), esc(date)))
