from labelkit import L, site_file

S, G = "jekyll-blog", "jekyll"
P = "sites/jekyll-blog/"
PO = P + "_posts/"
site_file(P + "_config.yml", "Jekyll config: permalink /:year/:month/:title/, kramdown with GFM input (GFM-style auto ids), jekyll-polyglot en/es (translations share a permalink)")
site_file(P + "Gemfile", "Ruby dependencies")

POST = "Jekyll post: date in the file name, author in front matter; the theme's archive lists every post (not an orphan)."
L(P + "index.md", S, G, "en", "landing", add=["E009"], notes="Home (layout: home). Links via {% post_url %} Liquid tags are valid links to posts. Imprint exists.")
L(PO + "2023-01-14-a-year-with-a-split-keyboard.md", S, G, "en", "article", add=["E005"], notes=POST + " First-hand review.")
L(PO + "2023-02-26-restic-backups-to-a-usb-disk.md", S, G, "en", "article", add=["E005"], notes=POST + " First-hand how-to.")
PAIR = "PLANTED keyword pair: this post and the other Jekyll build speed post declare the same keyword 'jekyll build speed' and answer the same query."
L(PO + "2023-04-09-how-to-speed-up-jekyll-builds.md", S, G, "en", "article", should=["K001", "K002"], add=["E005"], notes=POST + " " + PAIR)
L(PO + "2023-05-21-faster-jekyll-builds-five-fixes.md", S, G, "en", "article", should=["K001", "K002"], add=["E005"], notes=POST + " " + PAIR + " Uses {% raw %} around Liquid examples.")
DUP = "PLANTED near-duplicate: the 2023-09-03 post is a republished copy of the 2023-06-18 post with two words changed and a new title."
L(PO + "2023-06-18-github-actions-cache-for-jekyll.md", S, G, "en", "article", should=["D002"], drop=["K002", "D003"], add=["E005"], notes=POST + " " + DUP)
L(PO + "2023-09-03-caching-jekyll-dependencies-in-github-actions.md", S, G, "en", "article", should=["D002"], drop=["K002", "D003"], add=["E005"], notes=POST + " " + DUP)
L(PO + "2023-07-30-why-i-stopped-using-oh-my-zsh.md", S, G, "en", "article", notes=POST + " Opinion piece.")
L(PO + "2023-10-15-git-worktrees-for-reviewing-pull-requests.md", S, G, "en", "article", add=["E005"], notes=POST + " First-hand how-to.")
L(PO + "2023-11-26-writing-man-pages-in-markdown.md", S, G, "en", "article", add=["E005"], notes=POST + " First-hand how-to.")
L(PO + "2024-01-07-ten-tips-for-a-productive-terminal.md", S, G, "en", "article", should=["T005"], drop=["T003"],
  notes=POST + " PLANTED filler: \"In today's fast-paced digital landscape\", \"It's important to note that\", \"delve into\", \"unlock the full potential\", \"game-changer\", \"at the end of the day\", \"navigate the complexities\", \"seamlessly\", \"In conclusion\", \"take ... to the next level\".")
L(PO + "2024-02-18-self-hosting-a-calendar-with-radicale.md", S, G, "en", "article", add=["E005"],
  notes=POST + " Links {% post_url 2023-02-26-restic-backups-to-a-usb-disk %}#testing-restores (exists).")
L(PO + "2024-03-10-terminal-notes-theme-2-0.md", S, G, "en", "release-note", add=["E001", "E002"],
  notes="Theme release announcement. Links /changelog/#200-2024-03-10: kramdown's GFM parser (input: GFM in _config.yml) makes that id from '## 2.0.0 (2024-03-10)'.")
L(PO + "2024-04-21-quick-note-on-ssh-agent-forwarding.md", S, G, "en", "article", should=["T001"], notes=POST + " PLANTED thin article: about 40 words.")
ES = "Spanish translation (jekyll-polyglot: same permalink, lang: es, translator named)."
L(PO + "es/2023-01-14-un-ano-con-un-teclado-partido.md", S, G, "es", "article", tr=PO + "2023-01-14-a-year-with-a-split-keyboard.md", notes=ES)
L(PO + "es/2023-02-26-copias-con-restic-en-un-disco-usb.md", S, G, "es", "article", tr=PO + "2023-02-26-restic-backups-to-a-usb-disk.md", notes=ES)
L(PO + "es/2023-10-15-revisar-pull-requests-con-git-worktree.md", S, G, "es", "article", tr=PO + "2023-10-15-git-worktrees-for-reviewing-pull-requests.md", notes=ES)
L(P + "archive.md", S, G, "en", "listing", notes="Archive built with a Liquid loop over site.posts.")
L(P + "tags.md", S, G, "en", "listing", notes="Tag page built with Liquid; h2 ids come from the slugify filter at build time.")
L(P + "categories.md", S, G, "en", "listing", notes="Topic hub; links /tags/#shell etc., anchors that tags.md generates at build time for tags the posts use (valid on the built site).")
L(P + "changelog.md", S, G, "en", "release-note", add=["E001", "E002"], notes="Theme changelog with dated version headings.")
L(P + "privacy.md", S, G, "en", "legal", add=["E002"], notes="Privacy policy (last_modified_at).")
L(P + "imprint.md", S, G, "en", "legal", add=["E002"], notes="Imprint (last_modified_at).")
