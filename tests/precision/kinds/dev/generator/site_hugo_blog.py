"""A multilingual Hugo blog, "Homelab Notes", in English, German, French and Spanish.

Hugo conventions: one contentDir per language (content/en, content/de, ...), English at
the root (/posts/x/), other languages under /de/, /fr/, /es/; translations share a
`translationKey`. Planted true problems (all in English):
- a thin article (ups-for-homelab.md, about 70 words): T001;
- a near-duplicate pair (self-hosted-email-is-hard.md / lessons-from-self-hosting-email.md): D002;
- two articles chasing one keyword (speed-up-hugo-builds.md / making-hugo-build-faster.md),
  both declaring `keywords: [hugo build speed]`: K002 and K001;
- an article with no author and no date (home-assistant-energy-dashboard.md): E001, E002;
- an article full of stock filler phrases (choosing-a-nas.md): T005;
- a link to a page that exists nowhere (monitoring-with-prometheus.md): L001;
- a broken heading anchor (wireguard-remote-access.md): L001.
"""
from common import doc, site_file

S = "hugo-blog"
CLEAN = ["L001", "E001", "E002", "T001", "T005"]


def d(lang, path, text, kind, **kw):
    doc(f"content/{lang}/{path}", text, site=S, gen="hugo", lang=lang, kind=kind, **kw)


def build():
    site_file(S, "hugo.toml", """
        baseURL = "https://homelab-notes.example.net/"
        title = "Homelab Notes"
        defaultContentLanguage = "en"
        defaultContentLanguageInSubdir = false
        enableRobotsTXT = true

        [taxonomies]
          tag = "tags"
          category = "categories"

        [languages]
          [languages.en]
            contentDir = "content/en"
            languageName = "English"
            weight = 1
          [languages.de]
            contentDir = "content/de"
            languageName = "Deutsch"
            weight = 2
          [languages.fr]
            contentDir = "content/fr"
            languageName = "Français"
            weight = 3
          [languages.es]
            contentDir = "content/es"
            languageName = "Español"
            weight = 4

        [markup.goldmark.parser]
          autoHeadingIDType = "github"
    """)
    site_file(S, "data/authors/jonas-weber.yaml", """
        name: Jonas Weber
        bio: Runs a three-node homelab in Leipzig and writes about it in English and German.
        links: {mastodon: "https://fosstodon.org/@jweber"}
    """)
    site_file(S, "data/authors/lea-fontaine.yaml", """
        name: Léa Fontaine
        bio: Translates Homelab Notes into French and maintains the French posts.
    """)

    # ================================================================ landing
    d("en", "_index.md", """
        ---
        title: Homelab Notes
        description: Notes from a small homelab in Leipzig, on backups, storage, networking and self-hosting.
        translationKey: home
        ---

        I run three small servers in a cupboard and write down what I learn, mostly so
        that I can find it again. Start with the [3-2-1 backup post](/posts/backup-strategy-3-2-1/)
        or browse [all posts](/posts/). About me: [About](/about/).
    """, "landing", paired=True, mustnot=["L001"])

    d("de", "_index.md", """
        ---
        title: Homelab Notes
        description: Notizen aus einem kleinen Homelab in Leipzig – Backups, Speicher, Netzwerk und Selbsthosting.
        translationKey: home
        ---

        In meinem Abstellraum laufen drei kleine Server, und hier schreibe ich auf, was
        ich dabei lerne. Ein guter Einstieg ist der Artikel zur
        [3-2-1-Backup-Strategie](/de/posts/backup-strategy-3-2-1/).
    """, "landing", tr="content/en/_index.md", mustnot=["L001"])

    d("fr", "_index.md", """
        ---
        title: Homelab Notes
        description: "Les notes d'un petit homelab à Leipzig : sauvegardes, stockage, réseau et auto-hébergement."
        translationKey: home
        ---

        Une partie des articles est traduite en français par Léa Fontaine. Commencez par
        la [stratégie de sauvegarde 3-2-1](/fr/posts/backup-strategy-3-2-1/).
    """, "landing", tr="content/en/_index.md", mustnot=["L001"])

    d("es", "_index.md", """
        ---
        title: Homelab Notes
        description: Notas de un pequeño homelab en Leipzig sobre copias de seguridad, almacenamiento y redes.
        translationKey: home
        ---

        Algunos artículos están traducidos al español. Empieza por
        [el proxy inverso con Caddy](/es/posts/reverse-proxy-with-caddy/).
    """, "landing", tr="content/en/_index.md", mustnot=["L001"])

    d("en", "about.md", """
        ---
        title: About Homelab Notes
        description: Who writes Homelab Notes, what hardware it is about, and how to get in touch.
        ---

        I am Jonas Weber, a network engineer in Leipzig. The homelab started in 2019 with
        a single second-hand ThinkCentre and now has three nodes, a NAS and a UPS.
        Nothing here is sponsored; hardware mentioned was bought with my own money.

        French translations are by Léa Fontaine. Corrections are welcome by email at
        jonas@homelab-notes.example.net.
    """, "landing", notes="About page.")

    # ================================================================ listings
    d("en", "posts/_index.md", """
        ---
        title: All posts
        description: Every post on Homelab Notes, newest first.
        translationKey: posts
        ---
    """, "listing", paired=True)
    d("de", "posts/_index.md", """
        ---
        title: Alle Artikel
        description: Alle Artikel auf Homelab Notes, die neuesten zuerst.
        translationKey: posts
        ---
    """, "listing", tr="content/en/posts/_index.md")
    d("fr", "posts/_index.md", """
        ---
        title: Tous les articles
        description: Tous les articles de Homelab Notes, du plus récent au plus ancien.
        translationKey: posts
        ---
    """, "listing", tr="content/en/posts/_index.md")
    d("es", "posts/_index.md", """
        ---
        title: Todos los artículos
        description: Todos los artículos de Homelab Notes, del más reciente al más antiguo.
        translationKey: posts
        ---
    """, "listing", tr="content/en/posts/_index.md")
    d("en", "tags/_index.md", """
        ---
        title: Tags
        description: Posts grouped by tag, such as backups, zfs, networking and hugo.
        ---

        Every tag used on this site, with the number of posts.
    """, "listing", notes="Taxonomy list page.")
    d("en", "categories/_index.md", """
        ---
        title: Categories
        description: "Posts grouped by category: storage, networking, self-hosting and this site."
        ---
    """, "listing", notes="Taxonomy list page with no body.")

    # ================================================================ articles
    d("en", "posts/backup-strategy-3-2-1.md", """
        ---
        title: "The 3-2-1 backup rule, applied to a homelab"
        description: "Three copies, two media, one off site: how I follow the 3-2-1 rule with restic, a USB disk and a cheap object store."
        date: 2024-02-11
        author: Jonas Weber
        tags: [backups, restic]
        categories: [storage]
        translationKey: backups
        ---

        The 3-2-1 rule is old advice from photographers: keep three copies of your data,
        on two different kinds of media, with one copy somewhere else. It still holds,
        and a homelab makes it cheap to follow. This is how my setup looks after five
        years and one real disaster.

        ## What counts as a copy

        The original on the NAS is copy number one. A RAID mirror is not a second copy:
        it faithfully mirrors a deleted folder or a ransomware-encrypted file within
        milliseconds. ZFS snapshots are closer, but they live on the same pool, so a
        failed controller or a fire takes them too. I count a copy only if it is on a
        separate device and cannot be changed from the machine it protects.

        ## Copy two: a USB disk, rotated

        Every night at 02:30, restic backs up the NAS to a 4 TB USB disk. Once a month I
        swap that disk with a second one kept at my parents' flat, twenty minutes away.
        Restic deduplicates, so 2.1 TB of photos and documents take 1.6 TB on the disk,
        and a nightly run takes about six minutes.

        ## Copy three: object storage

        The third copy goes to an S3-compatible object store with object lock enabled
        for 30 days. Even if someone steals my credentials, they cannot delete recent
        backups. It costs me about EUR 6 a month for 1.6 TB.

        ## Restores, or it did not happen

        A backup you have never restored is a hope, not a backup. On the first Sunday of
        each month a script restores 50 random files from each repository and compares
        their checksums with the originals. In 2022, when a firmware update bricked the
        NAS, the full restore from the USB disk took eleven hours, and I lost nothing.

        ZFS snapshots still have a place: they are the fastest way to undo a mistake from
        an hour ago. I wrote about them in [ZFS snapshots explained](/posts/zfs-snapshots-explained/).
    """, "article", paired=True, mustnot=CLEAN, notes="Translated into de and fr (translationKey: backups). About 380 words.")

    d("en", "posts/zfs-snapshots-explained.md", """
        ---
        title: "ZFS snapshots explained for people who just want their files back"
        description: "What a ZFS snapshot is, what it costs, and the retention schedule I use with sanoid."
        date: 2023-10-02
        author: Jonas Weber
        tags: [zfs, storage]
        categories: [storage]
        translationKey: zfs
        ---

        A ZFS snapshot is a read-only picture of a dataset at one moment. Taking one is
        instant and, at first, free: ZFS never overwrites data in place, so the snapshot
        simply keeps pointing at the blocks that existed when it was taken. It starts to
        take space only as the live data changes and the old blocks are kept for it.

        ## Getting a file back

        Every dataset has a hidden `.zfs/snapshot` folder. Inside is one folder per
        snapshot, and inside that the files exactly as they were. Restoring a file is a
        copy:

        ```sh
        cp /tank/docs/.zfs/snapshot/autosnap_2023-09-30_00:00:01_daily/taxes.ods ~/
        ```

        No tool, no restore wizard, and it works over Samba too: Windows shows the
        snapshots in the "Previous versions" tab when `shadow_copy2` is configured.

        ## How many to keep

        I use sanoid with this policy on the documents dataset: 36 hourly, 30 daily and
        6 monthly snapshots. On 800 GB of documents that change slowly, all of them
        together use 21 GB. The photo dataset, which only grows, keeps 12 monthly
        snapshots and uses almost nothing extra, because old photos are never rewritten.

        ## What snapshots are not

        They are not backups. They live on the same pool as the data, so a dead pool
        takes them with it. I send them to a second machine with syncoid every night,
        and I still keep separate backups, as described in
        [the 3-2-1 post](/posts/backup-strategy-3-2-1/).

        ## One trap

        A snapshot keeps every block it references. Delete a 200 GB video folder, and
        the space comes back only when the last snapshot holding it expires. If your
        pool is full and deleting files does not help, `zfs list -t snapshot -o
        name,used` shows where the space went.
    """, "article", paired=True, mustnot=CLEAN, notes="Translated into de. About 370 words.")

    d("en", "posts/reverse-proxy-with-caddy.md", """
        ---
        title: "One reverse proxy for every service, with Caddy"
        description: "How I put twelve self-hosted services behind one Caddy instance with automatic HTTPS, including on the local network."
        date: 2024-04-21
        author: Jonas Weber
        tags: [caddy, networking]
        categories: [networking]
        translationKey: caddy
        ---

        For years every service in my homelab had its own port: Nextcloud on 8080, the
        photo library on 2342, Home Assistant on 8123. I forgot the numbers, browsers
        complained about certificates, and sharing a link with my partner meant
        explaining ports. One reverse proxy fixed all three.

        ## Why Caddy

        I had used nginx for a decade at work. For the homelab I wanted something I could
        configure in five minutes a year. Caddy gets certificates on its own, renews them
        on its own, and its configuration for a service is three lines.

        ## Automatic HTTPS

        Caddy requests certificates from Let's Encrypt for every site name in the
        configuration. My services are not reachable from the internet, so the usual
        HTTP challenge cannot work. Instead I use the DNS challenge: Caddy creates a TXT
        record at my DNS provider through its API and proves that I own the domain. That
        requires a Caddy build with the provider's plugin, which `xcaddy` produces in
        about a minute.

        ## Reverse proxy for several services

        ```caddy
        photos.home.example.net {
            reverse_proxy 10.0.10.21:2342
        }
        ha.home.example.net {
            reverse_proxy 10.0.10.22:8123
        }
        ```

        The local DNS server answers these names with the address of the Caddy machine,
        so the traffic never leaves the house. Outside the house, the names resolve to
        nothing, which is what I want; remote access goes through WireGuard, as described
        in [Remote access with WireGuard](/posts/wireguard-remote-access/).

        ## What broke

        Home Assistant refused requests until I added the proxy's address to
        `trusted_proxies`. Nextcloud needed `overwriteprotocol` set to `https`. Both are
        in their documentation, once you know to look. In two years Caddy itself has not
        needed any attention beyond updates.
    """, "article", paired=True, mustnot=CLEAN, notes="Translated into fr and es. Headings: #automatic-https, #reverse-proxy-for-several-services. About 380 words.")

    d("en", "posts/wireguard-remote-access.md", """
        ---
        title: "Remote access to the homelab with WireGuard"
        description: "A WireGuard tunnel on a 5-euro VPS gives my phone and laptop access to the homelab without opening a single port at home."
        date: 2024-05-12
        author: Jonas Weber
        tags: [wireguard, networking]
        categories: [networking]
        ---

        My internet connection at home sits behind carrier-grade NAT, so I cannot open
        ports even if I wanted to. For remote access I rent the smallest VPS I could find,
        EUR 5 a month, and use it as a WireGuard hub. The homelab connects out to it;
        my phone and laptop connect to it too; the VPS forwards between them.

        ## The topology

        The VPS has the address 10.99.0.1 on the tunnel. The homelab router is 10.99.0.2
        and announces the home network, 10.0.10.0/24, through its `AllowedIPs`. Phone and
        laptop are 10.99.0.10 and 10.99.0.11. On the VPS, IP forwarding is on and the
        firewall allows traffic between tunnel peers only.

        ## Keeping the tunnel up

        Because the homelab is behind NAT, it must send traffic regularly so that the
        NAT mapping stays open. `PersistentKeepalive = 25` on the homelab side does that.
        Without it, the tunnel worked for a few minutes after each reboot and then went
        silent until the homelab happened to send something.

        ## DNS over the tunnel

        The phone's WireGuard profile sets the home DNS server, 10.0.10.53, as its
        resolver. That makes the names of my services resolve to their local addresses,
        and the certificates Caddy obtained for them are valid, as explained in
        [TLS certificates for local services](/posts/reverse-proxy-with-caddy/#tls-certificates).

        ## Speed

        Through the VPS, I get 85 Mbit/s down and 38 up from the homelab on a good 5G
        connection, limited by my upload at home. Latency adds about 9 ms for the detour
        through the data centre in Nuremberg. For photos and documents that is plenty;
        streaming 4K video from home over 5G is not something I do anyway.

        ## Keys

        Each device has its own key pair, generated on the device. When I lost a phone
        last year, removing one `[Peer]` block on the VPS was all it took to lock it out.
    """, "article", should=["L001"], mustnot=["E001", "E002", "T001", "T005"], notes="PLANTED broken anchor: reverse-proxy-with-caddy.md has no heading 'TLS certificates' (its headings are why-caddy, automatic-https, reverse-proxy-for-several-services, what-broke). About 370 words.")

    d("en", "posts/speed-up-hugo-builds.md", """
        ---
        title: "How to speed up Hugo builds"
        description: "This blog took 48 seconds to build. Template metrics, partialCached and resource caching brought it to 6."
        date: 2024-07-08
        author: Jonas Weber
        tags: [hugo, this-site]
        categories: [this-site]
        keywords: [hugo build speed]
        ---

        Hugo is known as the fastest static site generator, so it was embarrassing that
        this blog took 48 seconds to build on my laptop. Hugo build speed is rarely about
        Hugo itself; it is about what the templates ask it to do. Here is how I found the
        slow parts and fixed them.

        ## Measure first with template metrics

        `hugo --templateMetrics --templateMetricsHints` prints every template with its
        cumulative time, its number of calls and a hint about how cacheable it is. My
        top entry was the sidebar partial: 2,400 calls, 31 seconds in total. It listed
        recent posts and tag counts, which are the same on every page, yet it was
        rendered again for each of the 2,400 pages of the site.

        ## Cache partials that do not change per page

        Replacing `partial "sidebar.html" .` with `partialCached "sidebar.html" .` made
        Hugo render the sidebar once per language and reuse the result. That single
        change took the build from 48 to 17 seconds. The footer and the header menu got
        the same treatment.

        ## Keep processed images between builds

        The second culprit was image processing. Every build resized 600 photos into
        three widths, because my CI job started with an empty `resources/_gen` folder.
        Caching that folder between CI runs brought the build to 9 seconds. Locally it
        was already cached, which is why my laptop never showed the problem as badly.

        ## Avoid scanning all pages in loops

        Related-posts lists were built with `where site.RegularPages` inside each page,
        a loop over every page for every page. Hugo's built-in `.Site.RegularPages.Related`
        uses an index and is far faster. After switching, the build took 6 seconds.

        ## Check it stays fast

        The CI job now fails if the build takes longer than 15 seconds, so the next slow
        template is caught when it is added, not a year later.
    """, "article", should=["K002", "K001"], mustnot=["L001", "E001", "E002", "T001", "T005", "D002"], notes="PLANTED keyword competition with making-hugo-build-faster.md: same topic and the same declared keyword, different text (not a near-duplicate). About 360 words.")

    d("en", "posts/making-hugo-build-faster.md", """
        ---
        title: "Making your Hugo site build faster"
        description: "Five changes that make a slow Hugo build fast again, from partialCached to a warm resources cache in CI."
        date: 2024-11-03
        author: Jonas Weber
        tags: [hugo, this-site]
        categories: [this-site]
        keywords: [hugo build speed]
        ---

        Several readers asked what else can make a Hugo site build faster after my first
        post on the subject. A slow Hugo build almost always has one of five causes, and
        each has a fix that takes minutes. I went through them again on a friend's site,
        a recipe blog with 3,100 pages that took 70 seconds to build.

        ## 1. Templates rendered on every page

        Run `hugo --templateMetrics` and look at the partials with the most calls. Menus,
        footers and "popular recipes" boxes are usually the same for every page. Render
        them with `partialCached` and they are built once. On the recipe blog this alone
        saved 40 seconds.

        ## 2. Image processing without a cache

        Hugo stores processed images in `resources/_gen`. If your CI starts from a clean
        checkout, every photo is resized on every build. Cache the folder in CI, or
        commit it if your repository can take the size. The recipe blog's 9,000 images
        went from 20 seconds of processing to none.

        ## 3. Loops over all pages

        Templates that loop over `site.Pages` inside a page make the build quadratic.
        Use `.Related` for related content and taxonomies for grouping.

        ## 4. Too many output formats

        Each output format renders the page again. The blog produced AMP pages that
        nobody visited; removing them cut the work by a third.

        ## 5. Heavy Hugo Pipes chains

        Sass compiled with `toCSS` on every page is cached, but only if the source and
        options are identical. One template passed the page title into the options by
        mistake, which produced 3,100 different stylesheets.

        After the five changes, the recipe blog builds in 8 seconds on the same runner,
        and Hugo build speed stopped being a topic in their team chat.
    """, "article", should=["K002", "K001"], mustnot=["L001", "E001", "E002", "T001", "T005", "D002"], notes="PLANTED keyword competition with speed-up-hugo-builds.md (same query, same declared keyword). About 370 words.")

    email_common = """
        Running my own mail server was the project I was most proud of and the one I
        regret most. For four years a small VPS ran Postfix, Dovecot and rspamd for
        three family domains. It worked, most of the time, and it taught me why almost
        nobody does this any more.

        ## Deliverability is not in your hands

        You can set up SPF, DKIM and DMARC perfectly, get a clean score on every test
        site, and still land in the spam folder of the largest providers. Their filters
        weigh the reputation of your IP address and of its whole network range. A VPS
        range shared with spammers drags you down, and there is no form to fill in. Twice
        my mail to a bank disappeared without a bounce for weeks.

        ## It never stops needing attention

        Certificates, blocklist checks, spam rules, disk space for mailboxes, updates to
        four daemons, and backups that must be consistent while mail keeps arriving. I
        spent about two hours a month on it in quiet months, and whole weekends when
        something broke. Mail is also the one service my family noticed immediately when
        it was down.

        ## The security stakes are high

        A mail server is the key to every password reset of every account. An open relay
        or a compromised mailbox is worse than a leaked photo library. I kept it patched
        within a day of every release, which is a commitment I could only sustain because
        nothing else depended on me that week.

        ## What I do now

        The domains now use a paid mail host in the EU for EUR 3 per mailbox and month.
        I kept the domains, so I can move again at any time, and I kept my mail archive
        in Maildir format on the NAS, where it is part of the normal backups. The VPS is
        gone, and so is the Sunday-evening dread of checking the queue.

        If you want to learn how mail works, run a server for a year on a spare domain.
        For the mail your family depends on, I would not do it again.
    """
    d("en", "posts/self-hosted-email-is-hard.md", """
        ---
        title: "Self-hosted email is hard, and why I stopped"
        description: "Four years of running Postfix and Dovecot for my family, and why I moved our mail to a paid host."
        date: 2023-03-19
        author: Jonas Weber
        tags: [email, self-hosting]
        categories: [self-hosting]
        ---
    """ + email_common, "article", should=["D002"], mustnot=["L001", "E001", "E002", "T001", "T005"], notes="PLANTED near-duplicate: lessons-from-self-hosting-email.md is the same text with a few words changed (republished under a new slug).")
    d("en", "posts/lessons-from-self-hosting-email.md", """
        ---
        title: "Lessons from four years of self-hosting email"
        description: "What running a family mail server for four years taught me, and where our mail lives now."
        date: 2024-09-22
        author: Jonas Weber
        tags: [email, self-hosting]
        categories: [self-hosting]
        ---
    """ + email_common.replace("was the project I was most proud of", "was the homelab project I was most proud of").replace("about two hours a month", "about three hours a month"), "article", should=["D002"], mustnot=["L001", "E001", "E002", "T001", "T005"], notes="PLANTED near-duplicate of self-hosted-email-is-hard.md: same body with two one-word edits, new title and description (about 95% shingle overlap).")

    d("en", "posts/ups-for-homelab.md", """
        ---
        title: "Do you need a UPS for your homelab?"
        description: "A short answer to whether a small homelab needs an uninterruptible power supply."
        date: 2024-06-02
        author: Jonas Weber
        tags: [power, hardware]
        categories: [hardware]
        translationKey: ups
        ---

        Yes, if you run ZFS or any database. A power cut during a write can corrupt data,
        and a UPS gives the servers time to shut down cleanly. Mine is a 900 VA line-interactive
        model that lasts about 14 minutes with everything on. NUT tells the servers when to
        shut down. More on that setup another time.
    """, "article", paired=True, should=["T001"], mustnot=["E001", "E002", "T005"], notes="PLANTED thin article: about 60 words of main text. Translated into German (also thin).")

    d("de", "posts/ups-for-homelab.md", """
        ---
        title: "Braucht ein Homelab eine USV?"
        description: "Eine kurze Antwort auf die Frage, ob ein kleines Homelab eine unterbrechungsfreie Stromversorgung braucht."
        date: 2024-06-02
        author: Jonas Weber
        tags: [strom, hardware]
        categories: [hardware]
        translationKey: ups
        ---

        Ja, wenn ZFS oder eine Datenbank läuft. Ein Stromausfall während eines
        Schreibvorgangs kann Daten beschädigen, und eine USV gibt den Servern Zeit zum
        sauberen Herunterfahren. Meine hält mit allem etwa 14 Minuten durch. Mehr dazu
        ein anderes Mal.
    """, "article", tr="content/en/posts/ups-for-homelab.md", should=["T001"], mustnot=["E001", "E002"], notes="PLANTED thin article (German translation of the thin English post): being a translation does not make it less thin.")

    d("en", "posts/home-assistant-energy-dashboard.md", """
        ---
        title: "Setting up the Home Assistant energy dashboard with a Shelly 3EM"
        description: "Measuring a whole flat's electricity with a Shelly 3EM and showing it in Home Assistant's energy dashboard."
        tags: [home-assistant, power]
        categories: [self-hosting]
        ---

        Home Assistant's energy dashboard shows where electricity goes, hour by hour, but
        it needs a meter. The cheapest reliable option I found for a whole flat is a
        Shelly 3EM: a DIN-rail module with three current clamps, one per phase, that an
        electrician can install in the fuse box in twenty minutes.

        ## Installation

        The clamps go around the three phase conductors after the main meter; the module
        itself needs power from one phase and a neutral. This is work for an
        electrician in most countries, and it was in mine. The Shelly then joins the
        Wi-Fi and reports power per phase every second.

        ## Adding it to Home Assistant

        The Shelly integration finds the device on its own. It creates power sensors in
        watts and energy sensors in kilowatt-hours for each phase. The energy dashboard
        needs a single sensor for total consumption, so I added a template sensor that
        sums the three energy sensors, with `state_class: total_increasing` and
        `device_class: energy`.

        ## What the numbers showed

        The base load of the flat, with everything idle at night, was 310 W. The homelab
        accounts for 95 W of that, the fridge about 40 W on average, and a forgotten
        aquarium heater in the storage room another 60 W. Over a year the base load alone
        costs about EUR 800 at current prices, which was the useful surprise.

        ## Accuracy

        Compared with the utility meter over a month, the Shelly read 1.8% high. The
        energy dashboard lets you correct this with a calibration factor, but for finding
        out what uses power, the raw numbers are good enough.

        ## Limits

        The Shelly measures whole phases, not individual devices. To see single
        appliances I added a few smart plugs with power metering for the homelab rack,
        the washing machine and the office desk. Together with the 3EM, the dashboard now
        accounts for about 80% of consumption by device.
    """, "article", should=["E001", "E002"], mustnot=["L001", "T001", "T005"], notes="PLANTED: no author and no date anywhere (no front-matter author or date, undated path, no site-wide author in hugo.toml). About 370 words.")

    d("en", "posts/choosing-a-nas.md", """
        ---
        title: "Choosing a NAS for your homelab"
        description: "Off-the-shelf NAS or a self-built TrueNAS box? The questions that decide it, and what I chose."
        date: 2024-08-18
        author: Jonas Weber
        tags: [storage, hardware]
        categories: [hardware]
        ---

        In today's fast-paced digital landscape, choosing the right NAS can feel
        overwhelming. It's important to note that there is no one-size-fits-all answer.
        When it comes to storage, at the end of the day, it all boils down to your needs.
        Let's dive in.

        ## Off the shelf or self-built

        A Synology or QNAP box works out of the box, has a polished web interface and
        draws little power: my old DS218+ used 17 W with two disks spinning. A self-built
        machine with TrueNAS costs more time but gives you ZFS, ECC memory and room for
        more disks. In the ever-evolving world of storage, both are valid choices.

        ## How many bays

        Count the disks you need for your data in three years, add one for redundancy,
        and then add two bays for growth. A two-bay NAS is full sooner than you think;
        mine was after eighteen months of photos.

        ## Power and noise

        A NAS runs all day, every day. Every 10 W of constant draw costs about EUR 30 a
        year here. Look for a board that idles low and let disks spin down if your
        workload allows it. A NAS in a living room must be quiet, which rules out most
        rack cases.

        ## What I chose

        I built a TrueNAS box on a Fujitsu D3644 board with an i3-9100, 32 GB of ECC
        memory and four 8 TB disks in RAIDZ1. It idles at 28 W. It was more work than a
        Synology, but it has been running for three years without a problem.

        ## Conclusion

        In conclusion, the right NAS is a game-changer for your homelab journey. Needless
        to say, take your time, because at the end of the day it is a decision you will
        live with for years.
    """, "article", should=["T005"], mustnot=["L001", "E001", "E002", "T001"], notes="PLANTED English filler: \"In today's fast-paced digital landscape\", \"It's important to note that\", \"When it comes to\", \"at the end of the day\" (twice), \"Let's dive in\", \"In conclusion\", \"game-changer\", \"Needless to say\". About 350 words.")

    d("en", "posts/monitoring-with-prometheus.md", """
        ---
        title: "Monitoring a small homelab with Prometheus"
        description: "Which exporters I run, the six alerts that have actually woken me up, and how much disk Prometheus needs for a year."
        date: 2025-01-12
        author: Jonas Weber
        tags: [monitoring, prometheus]
        categories: [self-hosting]
        ---

        For years I noticed problems in the homelab when something stopped working.
        Since last spring, Prometheus notices first. This is the setup, kept small on
        purpose: one Prometheus server, a handful of exporters, six alerts.

        ## Exporters

        `node_exporter` runs on all three nodes and the NAS, and reports CPU, memory,
        disk, network and temperatures. `smartctl_exporter` reads the SMART data of every
        disk. The UPS is read through `nut_exporter`, and `blackbox_exporter` checks every
        service behind the reverse proxy over HTTPS once a minute, which also tells me
        when a certificate is about to expire.

        ## The six alerts

        Disk more than 85% full. A SMART attribute such as reallocated sectors increasing.
        A ZFS pool not `ONLINE`. The UPS on battery for more than two minutes. Any
        service failing its HTTPS check for five minutes. A backup job that has not
        reported success in 26 hours. Every one of these has fired for a real reason at
        least once; alerts that never fire usefully get deleted.

        ## Storage

        With 15-second scrapes and about 9,000 series, Prometheus writes roughly 1.4 GB
        a month. I keep 400 days of data on the NAS, about 19 GB, which is enough to
        compare this winter's temperatures with last winter's.

        ## Notifications

        Alertmanager sends alerts to a Matrix room on my phone. Disk and backup alerts
        wait until 8:00; the UPS alert does not.

        ## Dashboards

        Grafana reads from Prometheus for the few dashboards I look at. I described them,
        with the JSON to import, in [my Grafana dashboards post](/posts/grafana-dashboards/).
        For storage in particular, the [ZFS snapshots post](/posts/zfs-snapshots-explained/)
        explains why the pool's used space can grow after deleting files.
    """, "article", should=["L001"], mustnot=["E001", "E002", "T001", "T005"], notes="PLANTED: /posts/grafana-dashboards/ exists nowhere, in any language. The ZFS link is valid. About 360 words.")

    # ============================================================ de articles
    d("de", "posts/backup-strategy-3-2-1.md", """
        ---
        title: "Die 3-2-1-Backup-Regel im Homelab"
        description: "Drei Kopien, zwei Medien, eine außer Haus: So setze ich die 3-2-1-Regel mit restic, einer USB-Platte und günstigem Objektspeicher um."
        date: 2024-02-11
        author: Jonas Weber
        tags: [backups, restic]
        categories: [storage]
        translationKey: backups
        ---

        Die 3-2-1-Regel stammt aus der Fotografie: drei Kopien der Daten, auf zwei
        verschiedenen Medien, eine davon an einem anderen Ort. Sie gilt noch immer, und
        im Homelab ist sie billig umzusetzen. So sieht mein Aufbau nach fünf Jahren und
        einem echten Ernstfall aus.

        ## Was als Kopie zählt

        Das Original auf dem NAS ist die erste Kopie. Ein RAID-Spiegel ist keine zweite
        Kopie: Er spiegelt einen gelöschten Ordner oder eine von Ransomware
        verschlüsselte Datei innerhalb von Millisekunden. ZFS-Snapshots kommen näher
        heran, liegen aber im selben Pool – ein defekter Controller oder ein Brand nimmt
        sie mit. Ich zähle eine Kopie nur, wenn sie auf einem eigenen Gerät liegt und vom
        geschützten Rechner aus nicht verändert werden kann.

        ## Kopie zwei: eine USB-Platte im Wechsel

        Jede Nacht um 2:30 Uhr sichert restic das NAS auf eine 4-TB-USB-Platte. Einmal im
        Monat tausche ich sie gegen eine zweite, die in der Wohnung meiner Eltern liegt,
        zwanzig Minuten entfernt. Dank Deduplizierung belegen 2,1 TB Fotos und Dokumente
        nur 1,6 TB, und ein nächtlicher Lauf dauert etwa sechs Minuten.

        ## Kopie drei: Objektspeicher

        Die dritte Kopie geht in einen S3-kompatiblen Objektspeicher mit aktivem Object
        Lock für 30 Tage. Selbst wer meine Zugangsdaten stiehlt, kann aktuelle Backups
        nicht löschen. Das kostet mich für 1,6 TB rund 6 Euro im Monat.

        ## Ohne Wiederherstellung kein Backup

        Ein Backup, das nie zurückgespielt wurde, ist eine Hoffnung. Am ersten Sonntag
        jedes Monats stellt ein Skript 50 zufällige Dateien aus jedem Repository wieder
        her und vergleicht die Prüfsummen mit den Originalen. Als 2022 ein
        Firmware-Update das NAS lahmlegte, dauerte die vollständige Wiederherstellung von
        der USB-Platte elf Stunden – verloren ging nichts.

        ZFS-Snapshots haben trotzdem ihren Platz: Mit ihnen lässt sich ein Fehler von vor
        einer Stunde am schnellsten rückgängig machen. Mehr dazu in
        [ZFS-Snapshots erklärt](/de/posts/zfs-snapshots-explained/).
    """, "article", tr="content/en/posts/backup-strategy-3-2-1.md", mustnot=["L001", "E001", "E002", "T001"], notes="German translation (same file name under content/de, translationKey backups). About 350 words.")

    d("de", "posts/zfs-snapshots-explained.md", """
        ---
        title: "ZFS-Snapshots erklärt – für alle, die nur ihre Dateien zurückwollen"
        description: "Was ein ZFS-Snapshot ist, was er kostet und nach welchem Plan ich sie mit sanoid aufbewahre."
        date: 2023-10-02
        author: Jonas Weber
        tags: [zfs, storage]
        categories: [storage]
        translationKey: zfs
        ---

        Ein ZFS-Snapshot ist ein schreibgeschütztes Abbild eines Datasets zu einem
        Zeitpunkt. Er entsteht sofort und kostet zunächst nichts: ZFS überschreibt Daten
        nie an Ort und Stelle, der Snapshot verweist einfach weiter auf die Blöcke, die es
        beim Anlegen gab. Platz braucht er erst, wenn sich die Live-Daten ändern und die
        alten Blöcke für ihn aufgehoben werden.

        ## Eine Datei zurückholen

        Jedes Dataset hat einen versteckten Ordner `.zfs/snapshot`. Darin liegt pro
        Snapshot ein Ordner mit den Dateien genau so, wie sie damals waren.
        Wiederherstellen heißt kopieren:

        ```sh
        cp /tank/docs/.zfs/snapshot/autosnap_2023-09-30_00:00:01_daily/steuern.ods ~/
        ```

        Kein Werkzeug, kein Assistent, und es klappt sogar über Samba: Windows zeigt die
        Snapshots unter „Vorgängerversionen“, wenn `shadow_copy2` eingerichtet ist.

        ## Wie viele aufheben?

        Für das Dokumente-Dataset nutze ich sanoid mit 36 stündlichen, 30 täglichen und 6
        monatlichen Snapshots. Bei 800 GB Dokumenten, die sich langsam ändern, belegen
        alle zusammen 21 GB. Das Foto-Dataset wächst nur und behält 12 monatliche
        Snapshots, die kaum zusätzlichen Platz brauchen.

        ## Was Snapshots nicht sind

        Sie sind kein Backup. Sie liegen im selben Pool wie die Daten, ein defekter Pool
        nimmt sie also mit. Ich schicke sie jede Nacht mit syncoid auf einen zweiten
        Rechner und habe trotzdem eigene Backups, wie im
        [3-2-1-Artikel](/de/posts/backup-strategy-3-2-1/) beschrieben.

        ## Eine Falle

        Ein Snapshot hält jeden Block fest, auf den er verweist. Wer einen 200-GB-Ordner
        mit Videos löscht, bekommt den Platz erst zurück, wenn der letzte Snapshot mit
        diesen Daten abläuft. `zfs list -t snapshot -o name,used` zeigt, wo er steckt.
    """, "article", tr="content/en/posts/zfs-snapshots-explained.md", mustnot=["L001", "E001", "E002", "T001"], notes="German translation. About 340 words.")

    d("de", "posts/stromverbrauch-messen.md", """
        ---
        title: "Was kostet mein Homelab? Stromverbrauch richtig messen"
        description: "Mit einer Messsteckdose und einem Monat Geduld: was drei Server, ein NAS und ein Switch wirklich verbrauchen."
        date: 2024-03-03
        author: Jonas Weber
        tags: [strom, hardware]
        categories: [hardware]
        ---

        Die Frage, die mir Bekannte am häufigsten stellen, ist nicht, was das Homelab
        kann, sondern was es kostet. Die Hardware war gebraucht und billig. Der Strom ist
        es nicht: In Leipzig zahle ich derzeit 32 Cent pro Kilowattstunde. Also habe ich
        einen Monat lang gemessen.

        ## Womit ich gemessen habe

        Zwischen Steckdose und Mehrfachleiste steckt eine Messsteckdose mit Tasmota, die
        alle zehn Sekunden die Leistung an Home Assistant meldet. Einzelne Geräte habe
        ich jeweils eine Woche lang an eine zweite Messsteckdose gehängt. Die
        Herstellerangaben auf den Netzteilen haben mit dem echten Verbrauch wenig zu tun.

        ## Die Ergebnisse

        Im Leerlauf ziehen die drei Mini-PCs zusammen 27 Watt, das selbstgebaute NAS mit
        vier Festplatten 28 Watt, der Switch 11 Watt und die USV noch einmal 8 Watt für
        sich selbst. Zusammen sind das im Mittel 74 Watt, unter Last kurzzeitig bis 160
        Watt. Über den Monat ergab das 55 Kilowattstunden, also knapp 18 Euro oder gut
        210 Euro im Jahr.

        ## Was sich gelohnt hat

        Drei Änderungen haben den Verbrauch um etwa ein Viertel gesenkt. Erstens habe ich
        im BIOS aller Rechner die tiefen C-States aktiviert, die ab Werk abgeschaltet
        waren: minus 9 Watt. Zweitens dürfen die Festplatten des Backup-Pools nachts nach
        zwanzig Minuten schlafen: minus 6 Watt. Drittens ersetzte ein neuer 8-Port-Switch
        einen alten 24-Port-Switch mit Lüfter: minus 5 Watt.

        ## Was sich nicht gelohnt hat

        Die Server nachts ganz abzuschalten, spart zwar Strom, aber die nächtlichen
        Backups und die Snapshots brauchen sie. Nach zwei Wochen mit Zeitschaltung habe
        ich es wieder gelassen, weil die Backups unzuverlässig liefen.

        Wer selbst misst: Mindestens eine Woche pro Gerät, sonst verfälschen einzelne
        Lastspitzen das Bild.
    """, "article", mustnot=["L001", "E001", "E002", "T001"], notes="German-only article (no English original). About 340 words.")

    # ============================================================ fr articles
    d("fr", "posts/backup-strategy-3-2-1.md", """
        ---
        title: "La règle de sauvegarde 3-2-1 appliquée à un homelab"
        description: "Trois copies, deux supports, une hors site : comment j'applique la règle 3-2-1 avec restic, un disque USB et un stockage objet bon marché."
        date: 2024-02-11
        author: Jonas Weber
        translator: Léa Fontaine
        tags: [backups, restic]
        categories: [storage]
        translationKey: backups
        ---

        La règle 3-2-1 vient des photographes : garder trois copies de ses données, sur
        deux types de supports différents, dont une copie ailleurs. Elle reste valable,
        et un homelab permet de la suivre à peu de frais. Voici mon installation après
        cinq ans et un vrai sinistre.

        ## Ce qui compte comme une copie

        L'original sur le NAS est la première copie. Un miroir RAID n'est pas une
        deuxième copie : il reproduit fidèlement, en quelques millisecondes, un dossier
        supprimé ou un fichier chiffré par un rançongiciel. Les instantanés ZFS s'en
        approchent, mais ils vivent dans le même pool : un contrôleur défaillant ou un
        incendie les emporte aussi. Je ne compte une copie que si elle se trouve sur un
        appareil distinct et ne peut pas être modifiée depuis la machine qu'elle protège.

        ## Deuxième copie : un disque USB en rotation

        Chaque nuit à 2 h 30, restic sauvegarde le NAS sur un disque USB de 4 To. Une fois
        par mois, j'échange ce disque contre un second, rangé chez mes parents, à vingt
        minutes d'ici. Grâce à la déduplication, 2,1 To de photos et de documents
        n'occupent que 1,6 To, et une sauvegarde nocturne dure environ six minutes.

        ## Troisième copie : le stockage objet

        La troisième copie part vers un stockage objet compatible S3, avec un verrouillage
        des objets de 30 jours. Même avec mes identifiants, personne ne peut effacer les
        sauvegardes récentes. Cela me coûte environ 6 euros par mois pour 1,6 To.

        ## Sans restauration, pas de sauvegarde

        Une sauvegarde jamais restaurée n'est qu'un espoir. Le premier dimanche de chaque
        mois, un script restaure 50 fichiers au hasard depuis chaque dépôt et compare
        leurs sommes de contrôle avec les originaux. En 2022, quand une mise à jour du
        micrologiciel a rendu le NAS inutilisable, la restauration complète depuis le
        disque USB a pris onze heures, et je n'ai rien perdu.
    """, "article", tr="content/en/posts/backup-strategy-3-2-1.md", mustnot=["E001", "E002", "T001"], notes="French translation. About 360 words.")

    d("fr", "posts/reverse-proxy-with-caddy.md", """
        ---
        title: "Un seul proxy inverse pour tous les services, avec Caddy"
        description: "Comment j'ai placé douze services auto-hébergés derrière une seule instance de Caddy, avec HTTPS automatique, même sur le réseau local."
        date: 2024-04-21
        author: Jonas Weber
        translator: Léa Fontaine
        tags: [caddy, networking]
        categories: [networking]
        translationKey: caddy
        ---

        Pendant des années, chaque service de mon homelab avait son propre port :
        Nextcloud sur 8080, la photothèque sur 2342, Home Assistant sur 8123. J'oubliais
        les numéros, les navigateurs se plaignaient des certificats, et partager un lien
        avec ma compagne demandait d'expliquer ce qu'est un port. Un seul proxy inverse a
        réglé les trois problèmes.

        ## Pourquoi Caddy

        J'utilise nginx au travail depuis dix ans. Pour le homelab, je voulais un outil
        que je puisse configurer en cinq minutes par an. Caddy obtient ses certificats
        tout seul, les renouvelle tout seul, et la configuration d'un service tient en
        trois lignes.

        ## HTTPS automatique

        Caddy demande un certificat à Let's Encrypt pour chaque nom de site de sa
        configuration. Mes services ne sont pas accessibles depuis Internet : le défi
        HTTP habituel ne peut donc pas fonctionner. J'utilise à la place le défi DNS :
        Caddy crée un enregistrement TXT chez mon fournisseur DNS via son API et prouve
        ainsi que le domaine m'appartient. Il faut pour cela une version de Caddy avec le
        module du fournisseur, que `xcaddy` compile en une minute environ.

        ## Un proxy inverse pour plusieurs services

        ```caddy
        photos.home.example.net {
            reverse_proxy 10.0.10.21:2342
        }
        ```

        Le serveur DNS local répond à ces noms avec l'adresse de la machine Caddy : le
        trafic ne quitte jamais la maison. À l'extérieur, ces noms ne mènent nulle part,
        et c'est voulu.

        ## Ce qui a coincé

        Home Assistant refusait les requêtes tant que je n'avais pas ajouté l'adresse du
        proxy à `trusted_proxies`. Nextcloud avait besoin de `overwriteprotocol` réglé sur
        `https`. Les deux figurent dans leur documentation, à condition de savoir où
        chercher. En deux ans, Caddy lui-même n'a demandé que des mises à jour.
    """, "article", tr="content/en/posts/reverse-proxy-with-caddy.md", mustnot=["E001", "E002", "T001"], notes="French translation. About 360 words.")

    # ============================================================ es article
    d("es", "posts/reverse-proxy-with-caddy.md", """
        ---
        title: "Un solo proxy inverso para todos los servicios, con Caddy"
        description: "Cómo puse doce servicios autoalojados detrás de una sola instancia de Caddy, con HTTPS automático incluso en la red local."
        date: 2024-04-21
        author: Jonas Weber
        tags: [caddy, networking]
        categories: [networking]
        translationKey: caddy
        ---

        Durante años, cada servicio de mi homelab tenía su propio puerto: Nextcloud en el
        8080, la fototeca en el 2342, Home Assistant en el 8123. Olvidaba los números, los
        navegadores se quejaban de los certificados y compartir un enlace con mi pareja
        significaba explicar qué es un puerto. Un único proxy inverso resolvió las tres
        cosas.

        ## Por qué Caddy

        Llevo diez años usando nginx en el trabajo. Para el homelab quería algo que
        pudiera configurar en cinco minutos al año. Caddy obtiene los certificados por sí
        solo, los renueva por sí solo y la configuración de un servicio ocupa tres líneas.

        ## HTTPS automático

        Caddy solicita certificados a Let's Encrypt para cada nombre de sitio de su
        configuración. Mis servicios no son accesibles desde Internet, así que el desafío
        HTTP habitual no sirve. En su lugar uso el desafío DNS: Caddy crea un registro TXT
        en mi proveedor de DNS a través de su API y demuestra así que el dominio es mío.
        Para ello hace falta una versión de Caddy con el módulo del proveedor, que
        `xcaddy` compila en un minuto más o menos.

        ## Un proxy inverso para varios servicios

        ```caddy
        photos.home.example.net {
            reverse_proxy 10.0.10.21:2342
        }
        ```

        El servidor DNS local responde a esos nombres con la dirección de la máquina de
        Caddy, de modo que el tráfico nunca sale de casa. Desde fuera, los nombres no
        llevan a ninguna parte, que es lo que quiero.

        ## Lo que falló

        Home Assistant rechazaba las peticiones hasta que añadí la dirección del proxy a
        `trusted_proxies`. Nextcloud necesitaba `overwriteprotocol` con el valor `https`.
        Ambas cosas están en su documentación, si sabes dónde buscar. En dos años, Caddy
        no ha necesitado más atención que las actualizaciones.
    """, "article", tr="content/en/posts/reverse-proxy-with-caddy.md", mustnot=["E001", "E002", "T001"], notes="Spanish translation. About 350 words.")

    # ================================================================== legal
    d("en", "privacy.md", """
        ---
        title: Privacy policy
        description: What Homelab Notes records about visitors (server logs only) and how long it keeps them.
        lastmod: 2024-01-07
        translationKey: privacy
        ---

        Homelab Notes is a static website. It does not use cookies, analytics,
        advertising or embedded content from other sites.

        The web server keeps access logs with IP addresses for seven days to detect
        abuse, and then deletes them. No other personal data is collected.

        The controller under the GDPR is Jonas Weber, Leipzig, Germany
        (jonas@homelab-notes.example.net). You have the right to information, correction
        and deletion, and the right to lodge a complaint with a supervisory authority.
    """, "legal", paired=True, mustnot=["E002"])

    d("de", "datenschutz.md", """
        ---
        title: Datenschutzerklärung
        description: Welche Daten Homelab Notes über Besucher speichert (nur Server-Logs) und wie lange.
        lastmod: 2024-01-07
        translationKey: privacy
        ---

        Homelab Notes ist eine statische Website. Sie verwendet keine Cookies, keine
        Analysewerkzeuge, keine Werbung und keine eingebetteten Inhalte anderer Anbieter.

        Der Webserver speichert Zugriffsprotokolle mit IP-Adressen sieben Tage lang, um
        Missbrauch zu erkennen, und löscht sie danach. Weitere personenbezogene Daten
        werden nicht erhoben.

        Verantwortlicher im Sinne der DSGVO ist Jonas Weber, Leipzig
        (jonas@homelab-notes.example.net). Sie haben das Recht auf Auskunft, Berichtigung
        und Löschung sowie das Recht auf Beschwerde bei einer Aufsichtsbehörde.
    """, "legal", tr="content/en/privacy.md", mustnot=["E002"], notes="German translation of privacy.md under another file name, paired by translationKey.")

    d("de", "impressum.md", """
        ---
        title: Impressum
        description: Angaben gemäß § 5 DDG für die Website Homelab Notes.
        lastmod: 2024-01-07
        ---

        **Angaben gemäß § 5 DDG**

        Jonas Weber
        Musterstraße 12
        04109 Leipzig

        E-Mail: jonas@homelab-notes.example.net

        Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jonas Weber, Anschrift wie
        oben.

        Trotz sorgfältiger Prüfung übernehme ich keine Haftung für die Inhalte externer
        Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber
        verantwortlich.
    """, "legal", mustnot=["E002"], notes="German legal notice; short by design.")

    d("fr", "mentions-legales.md", """
        ---
        title: Mentions légales
        description: Éditeur, hébergeur et responsable de publication du site Homelab Notes.
        lastmod: 2024-01-07
        ---

        **Éditeur du site** : Jonas Weber, Leipzig (Allemagne),
        jonas@homelab-notes.example.net.

        **Traduction française** : Léa Fontaine.

        **Hébergement** : Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen,
        Allemagne.

        Le site ne dépose aucun cookie et ne mesure pas l'audience. Les journaux du
        serveur, qui contiennent les adresses IP, sont conservés sept jours.
    """, "legal", mustnot=["E002"])

    d("es", "aviso-legal.md", """
        ---
        title: Aviso legal y privacidad
        description: Titular del sitio Homelab Notes, alojamiento y datos que se guardan de los visitantes.
        lastmod: 2024-01-07
        ---

        **Titular**: Jonas Weber, Leipzig (Alemania), jonas@homelab-notes.example.net.

        Este sitio es estático: no usa cookies, analítica ni publicidad. El servidor
        guarda registros de acceso con direcciones IP durante siete días para detectar
        abusos y después los borra.

        Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a la
        dirección indicada.
    """, "legal", mustnot=["E002"])
