"""Closing sections appended to articles (Markdown: at the end; HTML: before </article>),
written so that every article labelled "T001 must not fire" is well above 300 words."""

EXTRA = {
    # ------------------------------------------------------------ hugo-blog
    "sites/hugo-blog/content/en/posts/backup-strategy-3-2-1.md": """
## What it costs in time

After the first setup weekend, the whole scheme takes me about fifteen minutes a
month: swapping the USB disk, reading the restore report and glancing at the object
store bill. The scripts send an email only when something fails, so a quiet inbox
means the backups ran.
""",
    "sites/hugo-blog/content/de/posts/backup-strategy-3-2-1.md": """
## Was es an Zeit kostet

Nach dem ersten Wochenende für die Einrichtung kostet mich das Ganze etwa fünfzehn
Minuten im Monat: USB-Platte tauschen, den Bericht der Testwiederherstellung lesen
und einen Blick auf die Rechnung des Objektspeichers werfen. Die Skripte schicken nur
dann eine E-Mail, wenn etwas schiefgeht. Ein leeres Postfach heißt also, dass die
Backups gelaufen sind.
""",
    "sites/hugo-blog/content/fr/posts/backup-strategy-3-2-1.md": """
## Ce que cela coûte en temps

Après le week-end de mise en place, l'ensemble me prend une quinzaine de minutes par
mois : échanger le disque USB, lire le rapport de restauration et jeter un œil à la
facture du stockage objet. Les scripts n'envoient un courriel qu'en cas d'échec ;
une boîte de réception vide signifie donc que les sauvegardes ont tourné.
""",
    "sites/hugo-blog/content/en/posts/zfs-snapshots-explained.md": """
## Naming and housekeeping

Sanoid names snapshots after their time and type, such as
`autosnap_2023-09-30_00:00:01_daily`, which makes the right one easy to find by date.
It also prunes expired snapshots on its own, so the schedule above stays the same size
month after month. The only manual snapshots I take are before upgrades; I give them a
name like `before-truenas-13.3` and delete them a week later, once the upgrade has
proved itself. Forgetting one is the usual reason a pool slowly fills up.
""",
    "sites/hugo-blog/content/de/posts/zfs-snapshots-explained.md": """
## Namen und Aufräumen

Sanoid benennt Snapshots nach Zeitpunkt und Art, etwa
`autosnap_2023-09-30_00:00:01_daily`, sodass sich der richtige leicht nach Datum
finden lässt. Abgelaufene Snapshots löscht sanoid selbst, der Plan bleibt also Monat
für Monat gleich groß. Von Hand lege ich Snapshots nur vor Updates an, mit Namen wie
`vor-truenas-13.3`, und lösche sie eine Woche später, wenn das Update sich bewährt hat.
Einen davon zu vergessen, ist der häufigste Grund, warum ein Pool langsam volläuft.
Ein kurzer Blick mit `zfs list -t snapshot` einmal im Monat genügt, um solche
Überbleibsel zu finden. Wer mehrere Pools hat, kann die Ausgabe mit `-r` auf
einen Pool beschränken und mit `-s used` nach belegtem Platz sortieren.
""",
    "sites/hugo-blog/content/en/posts/reverse-proxy-with-caddy.md": """
## Keeping it updated

Caddy is a single binary, so an update means replacing one file and restarting the
service. I rebuild it with `xcaddy` once a month, because the DNS plugin has to be
compiled in, and keep the previous binary next to the new one for a quick rollback.
The configuration has not needed a change between versions in two years. The whole
Caddyfile for twelve services is 61 lines long, and I keep it in the same Git
repository as the rest of the homelab's configuration.
""",
    "sites/hugo-blog/content/fr/posts/reverse-proxy-with-caddy.md": """
## Les mises à jour

Caddy est un binaire unique : une mise à jour consiste à remplacer un fichier et à
redémarrer le service. Je le recompile avec `xcaddy` une fois par mois, puisque le
module DNS doit être intégré à la compilation, et je garde le binaire précédent à côté
du nouveau pour revenir en arrière rapidement. En deux ans, la configuration n'a jamais
dû changer d'une version à l'autre. Le Caddyfile complet pour douze services fait 61
lignes, et il est versionné dans le même dépôt Git que le reste de la configuration.
""",
    "sites/hugo-blog/content/es/posts/reverse-proxy-with-caddy.md": """
## Las actualizaciones

Caddy es un único binario, así que actualizarlo consiste en sustituir un archivo y
reiniciar el servicio. Lo recompilo con `xcaddy` una vez al mes, porque el módulo de
DNS tiene que ir compilado dentro, y guardo el binario anterior junto al nuevo para
poder volver atrás enseguida. En dos años la configuración no ha tenido que cambiar
entre versiones. El Caddyfile completo para doce servicios ocupa 61 líneas y está en
el mismo repositorio Git que el resto de la configuración del homelab.
""",
    "sites/hugo-blog/content/en/posts/wireguard-remote-access.md": """
## What I would change

If I set this up again, I would put the hub on a VPS with IPv6 and give every peer an
IPv6 tunnel address as well. Some mobile networks already route IPv6 more directly
than IPv4, and it would spare the VPS from translating addresses at all.
""",
    "sites/hugo-blog/content/en/posts/speed-up-hugo-builds.md": """
## What did not help

Two things I tried first made no measurable difference: upgrading the laptop's SSD and
setting `--gc` on every build. Hugo was not waiting for the disk, and garbage collection
of unused resources only saves space. Neither is worth doing for speed, which is a good
reason to measure before changing anything.
""",
    "sites/hugo-blog/content/en/posts/making-hugo-build-faster.md": """
## A checklist for your own site

Run `hugo --templateMetrics --templateMetricsHints` once and write down the total
time. Cache the three partials with the most calls. Check your CI for a cold
`resources/_gen` folder. Search your templates for `site.Pages` inside `range` loops.
List your output formats and ask who reads each one. Then run the metrics again and
compare: on most sites I have looked at, the first two steps do most of the work.
""",
    "sites/hugo-blog/content/en/posts/home-assistant-energy-dashboard.md": """
The next step is a tariff sensor, so that the dashboard shows cost as well as energy.
Home Assistant can read a fixed price per kilowatt-hour from an input number, which is
enough for a flat tariff like mine.
""",
    "sites/hugo-blog/content/en/posts/choosing-a-nas.md": """
## Disks

Buy NAS-rated disks in the size with the lowest price per terabyte, and buy them from
two different batches or shops, so that a bad batch does not fail in all bays at once.
Avoid SMR disks for ZFS; resilvering on them can take days. My four 8 TB disks came from two shops a month apart,
and after three years all four still report zero reallocated sectors.
""",
    "sites/hugo-blog/content/en/posts/monitoring-with-prometheus.md": """
## What I left out

I do not collect logs with Loki, and I do not trace anything. For a homelab of this
size, `journalctl` on the affected machine answers the few questions that metrics do
not. Every component you add to monitoring is one more thing to monitor, and the point
of this setup is that it needs almost no care: in the past year I touched its
configuration four times, each time to delete an alert that had only ever been noise.
""",
    "sites/hugo-blog/content/de/posts/stromverbrauch-messen.md": """
## Was als Nächstes kommt

Der nächste Schritt ist ein sparsamerer Router. Das aktuelle Gerät braucht allein 14
Watt, ein kleiner Rechner mit OPNsense käme mit der Hälfte aus. Ob sich der Tausch
lohnt, hängt davon ab, wie lange der alte Router noch Sicherheitsupdates bekommt. Bei
7 Watt Ersparnis und 32 Cent pro Kilowattstunde wären das knapp 20 Euro im Jahr, der
neue Rechner hätte sich also erst nach einigen Jahren bezahlt gemacht.
""",
    # ------------------------------------------------------------ jekyll
    "sites/jekyll-blog/_posts/2023-02-14-lazy-loading-images-the-right-way.md": """
The same reasoning applies to iframes: `loading="lazy"` on a video embed far down the
page is a clear win, while a map at the top of a contact page should load at once.
""",
    "sites/jekyll-blog/pt/_posts/2023-02-14-carregamento-lento-de-imagens.md": """
O mesmo vale para iframes: `loading="lazy"` num vídeo incorporado no fim da página é
ganho certo, enquanto um mapa no topo de uma página de contato deve carregar na hora.
""",
    "sites/jekyll-blog/_posts/2023-04-03-what-cdn-cache-hit-ratio-tells-you.md": """
A hit ratio is a good alarm, not a good goal: when it drops suddenly, something changed
in your headers or your URLs, and that is worth a look the same day.
""",
    "sites/jekyll-blog/_posts/2023-06-19-core-web-vitals-field-vs-lab.md": """
## When the two agree

Lab and field numbers move together more often than they disagree. When a lab test
shows a page getting 400 ms slower, the field data usually follows a week or two later.
The disagreement is about absolute values, not about direction, which is why a lab test
in CI is still worth running.
""",
    "sites/jekyll-blog/pt/_posts/2023-06-19-core-web-vitals-campo-e-laboratorio.md": """
## Quando os dois concordam

Os números de laboratório e de campo andam juntos mais vezes do que discordam. Quando
um teste de laboratório mostra uma página 400 ms mais lenta, os dados de campo costumam
acompanhar uma ou duas semanas depois. A divergência está nos valores absolutos, não na
direção, e é por isso que um teste de laboratório na integração contínua continua
valendo a pena.
""",
    "sites/jekyll-blog/_posts/2023-09-11-font-loading-strategies.md": """
None of these steps needs a build tool. They are changes to a few lines of CSS and to
where the font files are stored, which makes them a good first task for anyone new to a
site's performance work.
""",
    "sites/jekyll-blog/pt/_posts/2023-09-11-estrategias-de-carregamento-de-fontes.md": """
Nenhum desses passos exige uma ferramenta de build. São mudanças em poucas linhas de CSS
e no lugar onde os arquivos de fonte ficam guardados, o que faz deles uma boa primeira
tarefa para quem está começando a cuidar do desempenho de um site. Comece medindo quantos
bytes de fonte cada página carrega hoje; o número costuma surpreender.
""",
    "sites/jekyll-blog/_posts/2023-11-27-http-103-early-hints.md": """
## Turning it on

Most sites do not send 103 responses themselves. Cloudflare, Fastly and Akamai can
generate them from the `Link` preload headers of earlier responses for the same URL,
so the first step is usually to add those headers at the origin and switch the feature
on at the CDN. Check the result with `curl -v`, which prints interim responses, before
you look at any metric.
""",
    "sites/jekyll-blog/_posts/2024-01-22-third-party-scripts-budget.md": """
## A note on consent banners

The consent banner is itself a third-party script on most sites, and often one of the
heaviest. Because it must load before anything else, it deserves the strictest budget of
all. Several consent platforms now offer a lighter, self-hosted variant; on one client
site switching to it saved 180 ms of main-thread time on every first visit.
""",
    "sites/jekyll-blog/_posts/2024-03-18-image-formats-in-2024.md": """
## What about JPEG XL?

JPEG XL compressed our photos about as well as AVIF and encoded them much faster, but in
2024 only Safari decodes it. We keep an eye on it; for now it would be a fourth format to
generate, store and test for a small share of visitors, and that is not worth the
complexity on a site of this size.
""",
    "sites/jekyll-blog/_posts/2024-05-06-measuring-inp.md": """
The attribution data also showed what was fine: article pages, which make up most of the
traffic, had an INP under 100 ms throughout. Fixing three components on shared templates
was enough; no one had to rewrite the site.
""",
    "sites/jekyll-blog/_posts/2024-10-14-notes-from-performance-now-2024.md": """
## What we skipped

We missed the workshop day and the talks on server-side rendering frameworks, which
were full by the time we arrived. The recordings are published a few weeks after the
event, and we plan to write up the ones on streaming HTML once we have watched them and
tried the ideas on a real site rather than on slides. If you were there and saw a talk
we should not have missed, write to us.
""",
    # ------------------------------------------------------------ mkdocs
    "sites/mkdocs-site/docs/blog/posts/backfills-without-tears.md": """
## A checklist

- a separate pipeline file that `extends` the production one
- its own `state_dir`, so the production cursor is untouched
- one run per month (or per week for busy sources)
- `upsert_on` set, so that reruns do not duplicate rows
- row counts per day compared with the source before anyone uses the data

It is not glamorous, but the last three backfills each finished within a working day,
and nobody had to explain duplicated rows to the finance team afterwards. The same
approach works for any source with a date filter; for sources without one, we read
everything once into a staging table and split it there.
""",
    "sites/mkdocs-site/docs/blog/posts/moving-to-duckdb.md": """
## Trying it

The sink needs nothing beyond `pip install "sluice-data[duckdb]"` and two lines in the
pipeline file:

```yaml
sink:
  type: duckdb
  path: warehouse.duckdb
  table: trips
```

If you already write Parquet files, you can also point DuckDB at them directly and skip
the sink altogether. The sink is for the cases where you want a single file that other
tools can open, with the table, its types and its history in one place. We would like to
hear how it behaves on your data, especially with wide tables of several hundred
columns, which our benchmark did not cover.
""",
    # ------------------------------------------------------------ docusaurus
    "sites/docusaurus-site/blog/2024-07-02-why-we-rewrote-the-scheduler.md": """
## Lessons for next time

The old loop was not a mistake when we wrote it; it was a mistake to keep it without a
benchmark that used realistic numbers of schedules. The test suite now includes a run
with 50,000 schedules, and it fails if one scheduler tick takes longer than 20 ms.
""",
    # ------------------------------------------------------------ release-blog
    "sites/release-blog/content/grants.md": """
## Why grants, and why now

Most of the libraries that Tern users install every day are maintained by one or two
people in their evenings. In the 2024 survey, 18% of respondents said a dependency they
rely on had gone without a release for more than a year. Paid time will not fix every
case, but it is the most direct help the Foundation can give, and the donations of the
past two years make it possible. If the first year works, we plan to double the number
of grants in 2026 and to add shorter grants for specific pieces of work.
""",
    "sites/release-blog/content/survey-2024.md": """
## About the method

The survey was open to anyone and announced on this blog, the forum and social media,
so it over-represents people who follow Tern closely. We removed 212 responses that were
empty or duplicated. Percentages are of the people who answered each question, not of
all respondents, and questions that allowed several answers add up to more than 100%.
The questions and the anonymised raw data are published with the report, so anyone can
check these numbers or look at the answers in ways we did not.
""",
    # ------------------------------------------------------------ plain-html
    "sites/plain-html/blog/utm-naming-conventions.html": """    <h2>What to do with the old data</h2>
    <p>You cannot rewrite history in most analytics tools, but you can map it. A lookup table that turns <code>fb</code>, <code>Facebook</code> and <code>facebook.com</code> into <code>facebook</code> fixes the reports built on your warehouse, and a custom channel group does the same inside GA4. Do it once, when the new rules start, and note the date in the report.</p>
""",
}
