"""A Docusaurus site for "Harbor", a job queue for Node.js: docs, fr/ja translations, a blog.

Docusaurus conventions planted here:
- docs are served under /docs/; `slug:` replaces the URL (`slug: /configuration` ->
  /docs/configuration) and `id:` replaces the last path segment (guides/retries.md with
  `id: retry-policies` -> /docs/guides/retry-policies);
- links to `.md` files are resolved relative to the file;
- translations live in i18n/<locale>/docusaurus-plugin-content-docs/current/ and are
  served under /<locale>/docs/...; untranslated docs are served there from the originals;
- explicit heading ids `## Cron expressions {#cron}`; repeated headings get -1;
- blog posts take their date from the file name; authors come from blog/authors.yml.
"""
from common import doc, site_file

S = "docusaurus-site"
I18N = "i18n/{loc}/docusaurus-plugin-content-docs/current"


def en(path, text, kind, **kw):
    doc(path, text, site=S, gen="docusaurus", lang="en", kind=kind, **kw)


def tr(loc, path, text, kind, original, **kw):
    doc(f"{I18N.format(loc=loc)}/{path}", text, site=S, gen="docusaurus", lang=loc, kind=kind, tr=original, **kw)


def build():
    site_file(S, "docusaurus.config.js", """
        // @ts-check
        /** @type {import('@docusaurus/types').Config} */
        const config = {
          title: 'Harbor',
          tagline: 'Durable job queues for Node.js',
          url: 'https://harbor-queue.example.io',
          baseUrl: '/',
          onBrokenLinks: 'throw',
          i18n: {
            defaultLocale: 'en',
            locales: ['en', 'fr', 'ja'],
            localeConfigs: { fr: { label: 'Français' }, ja: { label: '日本語' } },
          },
          presets: [
            [
              'classic',
              {
                docs: { routeBasePath: 'docs', sidebarPath: './sidebars.js' },
                blog: { showReadingTime: true, blogSidebarCount: 10 },
              },
            ],
          ],
        };

        module.exports = config;
    """)
    site_file(S, "sidebars.js", """
        module.exports = {
          docs: [
            'intro',
            'installation',
            { type: 'category', label: 'Guides', items: ['guides/configuration', 'guides/retry-policies', 'guides/scheduling', 'guides/observability'] },
            { type: 'category', label: 'API', items: ['api/queue', 'api/worker', 'api/job'] },
            'deployment/docker',
            'faq',
          ],
        };
    """)
    site_file(S, "blog/authors.yml", """
        mkowalski:
          name: Marta Kowalski
          title: Harbor maintainer
          url: https://github.com/mkowalski
          image_url: https://github.com/mkowalski.png
        tnakamura:
          name: Takeshi Nakamura
          title: Harbor maintainer
          url: https://github.com/tnakamura
    """)

    # ------------------------------------------------------------------ docs
    en("docs/intro.md", """
        ---
        id: intro
        slug: /
        title: Introduction
        sidebar_position: 1
        ---

        # Harbor

        Harbor is a job queue for Node.js backed by PostgreSQL. Jobs survive restarts,
        run at least once, and can be retried, delayed or scheduled with cron
        expressions.

        - [Install Harbor](./installation.md) in an existing project.
        - [Configure](/docs/configuration) the connection pool and concurrency.
        - Read the [Queue API](./api/queue.md) to add your first job.

        Harbor 3 is in beta; the [release announcement](/blog/harbor-3.0-beta) lists what
        changes.
    """, "reference", paired=True, mustnot=["L001", "M004"], notes="slug: / makes this /docs/. Link /docs/configuration is valid through guides/configuration.md's slug. H1 in body and title in front matter: Docusaurus shows the Markdown H1 instead of the title (no double H1).")

    en("docs/installation.md", """
        ---
        id: installation
        title: Installation
        sidebar_position: 2
        ---

        Harbor needs Node.js 20 or later and PostgreSQL 13 or later.

        ```bash
        npm install @harbor-queue/core
        ```

        Create the tables once:

        ```bash
        npx harbor migrate --database-url "$DATABASE_URL"
        ```

        The migration adds two tables, `harbor_jobs` and `harbor_schedules`, in the
        schema named by `HARBOR_SCHEMA` (default `public`).

        ## Docker

        A ready-made image is described in [Running in Docker](./deployment/docker.md).

        ## Next steps

        Go on to [Configuration](./guides/configuration.md#connection).
    """, "reference", paired=True, mustnot=["L001"])

    en("docs/guides/configuration.md", """
        ---
        id: configuration
        slug: /configuration
        title: Configuration
        ---

        Pass options to `createQueue()` or set the matching environment variables.

        ## Connection

        | option | env | default |
        |---|---|---|
        | `databaseUrl` | `DATABASE_URL` | none |
        | `schema` | `HARBOR_SCHEMA` | `public` |
        | `poolSize` | `HARBOR_POOL_SIZE` | `10` |

        ## Concurrency

        `concurrency` is the number of jobs one worker runs at once (default `5`). Jobs
        that do I/O can use 20 or more; CPU-bound jobs should stay at the number of
        cores.

        ## Retries

        Failed jobs are retried with exponential backoff. See
        [Retry policies](./retries.md) for the options.
    """, "reference", paired=True, mustnot=["L001"], notes="URL /docs/configuration (slug). The file link ./retries.md is valid although the page's URL is /docs/guides/retry-policies.")

    en("docs/guides/retries.md", """
        ---
        id: retry-policies
        title: Retry policies
        ---

        A job that throws is retried until it succeeds or runs out of attempts.

        ```js
        await queue.add('send-invoice', { invoiceId: 42 }, {
          attempts: 8,
          backoff: { type: 'exponential', delay: 2_000 },
        });
        ```

        ## Backoff types

        - `fixed`: wait `delay` milliseconds between attempts
        - `exponential`: wait `delay × 2^(attempt − 1)`, capped at `maxDelay`
        - a function `(attempt, error) => ms` for anything else

        ## Giving up

        After the last attempt the job moves to the `failed` state and the `failed`
        event fires. Failed jobs are kept for 14 days (`keepFailedFor`).
    """, "reference", mustnot=["L001"], notes="id: retry-policies -> URL /docs/guides/retry-policies (not /docs/guides/retries).")

    en("docs/guides/scheduling.md", """
        ---
        title: Scheduling jobs
        ---

        Jobs can run later, or repeatedly.

        ## Delayed jobs

        ```js
        await queue.add('reminder', { userId }, { delay: '15m' });
        ```

        ### Example

        A trial that ends in 14 days: `{ runAt: addDays(new Date(), 14) }`.

        ## Cron expressions {#cron}

        ```js
        await queue.schedule('nightly-report', '0 3 * * *', { tz: 'Europe/Warsaw' });
        ```

        Five fields: minute, hour, day of month, month, day of week. Seconds are not
        supported.

        ### Example

        Every weekday at 9:00: `0 9 * * 1-5`.

        ## Missed runs

        If no worker was running at the scheduled time, the run starts as soon as one
        is. Set `catchUp: false` to skip missed runs instead; see the
        [second example](#example-1) above and the [cron syntax](#cron).
    """, "reference", paired=True, mustnot=["L001"], notes="Explicit id {#cron}; the second '### Example' is #example-1 under github-slugger.")

    en("docs/guides/observability.md", """
        ---
        title: Metrics and tracing
        ---

        ## Prometheus metrics

        `harbor.metrics()` returns a Prometheus text exposition with
        `harbor_jobs_total`, `harbor_job_duration_seconds` and `harbor_queue_depth`.

        ```js
        app.get('/metrics', async (_req, res) => res.type('text/plain').send(await queue.metrics()));
        ```

        ## OpenTelemetry

        With `@opentelemetry/api` installed, every job runs in a span named
        `harbor.job <name>`, linked to the span that added it.

        ## Logging

        Harbor logs through `pino` when it is installed, or `console` otherwise. Set
        `logLevel: 'debug'` to see every state change.
    """, "reference", mustnot=["L001"])

    en("docs/api/queue.md", """
        ---
        title: Queue
        ---

        ```ts
        import { createQueue } from '@harbor-queue/core';
        const queue = createQueue({ databaseUrl: process.env.DATABASE_URL });
        ```

        ## queue.add(name, data, options?)

        Adds a job and returns its id. `options` accepts `delay`, `runAt`, `attempts`,
        `backoff` and `priority` (lower runs first).

        ## queue.schedule(name, cron, options?)

        Adds or replaces a repeating job; see [Cron expressions](../guides/scheduling.md#cron).

        ## queue.close()

        Waits for running jobs and closes the pool.
    """, "reference", paired=True, mustnot=["L001"], notes="Headings with parentheses and commas: #queueaddname-data-options etc.")

    en("docs/api/worker.md", """
        ---
        title: Worker
        ---

        ```ts
        queue.process('send-invoice', async (job) => {
          await sendInvoice(job.data.invoiceId);
        });
        ```

        ## Options

        | option | default | meaning |
        |---|---|---|
        | `concurrency` | `5` | jobs at once for this handler |
        | `timeout` | `'5m'` | fail a job that runs longer |
        | `pollInterval` | `'1s'` | how often to look for new jobs when idle |

        ## Events

        `completed`, `failed`, `retrying` and `stalled`, each with the job as argument.
    """, "reference", mustnot=["L001"])

    en("docs/api/job.md", """
        ---
        title: Job
        ---

        A `Job` is passed to every handler.

        | property | type | meaning |
        |---|---|---|
        | `id` | `string` | ULID, sortable by creation time |
        | `name` | `string` | the name given to `queue.add` |
        | `data` | `unknown` | the payload, stored as JSONB |
        | `attempt` | `number` | 1 on the first run |

        ## job.progress(value)

        Stores a number or object that `queue.getJob(id)` returns while the job runs.

        ## job.discard()

        Marks the job so that it is not retried when it throws.
    """, "reference", mustnot=["L001"])

    en("docs/deployment/docker.md", """
        ---
        title: Running in Docker
        ---

        ```dockerfile
        FROM node:20-slim
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY . .
        CMD ["node", "worker.js"]
        ```

        Run the migration as a separate one-off container before starting workers:

        ```bash
        docker run --rm -e DATABASE_URL my-app npx harbor migrate
        ```

        Send `SIGTERM` to stop a worker: it finishes running jobs for up to 30 seconds
        (`shutdownTimeout`) before exiting.
    """, "reference", mustnot=["L001"])

    en("docs/faq.md", """
        ---
        title: FAQ
        ---

        ## Does Harbor need Redis?

        No. Harbor stores everything in PostgreSQL and uses `LISTEN/NOTIFY` to wake idle
        workers.

        ## How many jobs per second can it handle?

        On a 4-core PostgreSQL 16 server, about 2,500 short jobs per second with 8
        workers. Larger payloads and long transactions lower that.

        ## Can a job run twice?

        Yes, if a worker dies after finishing the work but before marking the job done.
        Make handlers idempotent; [Retry policies](/docs/guides/retry-policies) explains
        when Harbor runs a job again.
    """, "reference", mustnot=["L001"], notes="Link uses the id-based URL, valid.")

    # ------------------------------------------------------------- fr docs
    tr("fr", "intro.md", """
        ---
        id: intro
        slug: /
        title: Introduction
        sidebar_position: 1
        ---

        # Harbor

        Harbor est une file de tâches pour Node.js qui s'appuie sur PostgreSQL. Les tâches
        survivent aux redémarrages, s'exécutent au moins une fois et peuvent être
        relancées, différées ou planifiées avec des expressions cron.

        - [Installer Harbor](./installation.md) dans un projet existant.
        - [Configurer](./guides/configuration.md) le pool de connexions et la concurrence.
        - Lire l'[API Queue](./api/queue.md) pour ajouter une première tâche.
    """, "reference", "docs/intro.md", mustnot=["L001", "M004"], notes="Same title 'Introduction' as the English original: a translation, no D004.")

    tr("fr", "installation.md", """
        ---
        id: installation
        title: Installation
        sidebar_position: 2
        ---

        Harbor nécessite Node.js 20 ou plus récent et PostgreSQL 13 ou plus récent.

        ```bash
        npm install @harbor-queue/core
        ```

        Créez les tables une seule fois :

        ```bash
        npx harbor migrate --database-url "$DATABASE_URL"
        ```

        La migration ajoute deux tables, `harbor_jobs` et `harbor_schedules`, dans le
        schéma indiqué par `HARBOR_SCHEMA` (`public` par défaut).

        ## Docker

        Une image prête à l'emploi est décrite dans [Exécuter dans Docker](/fr/docs/deployment/docker).

        ## Étapes suivantes

        Continuez avec la [Configuration](./guides/configuration.md#connexion).
    """, "reference", "docs/installation.md", mustnot=["L001"], notes="/fr/docs/deployment/docker is not translated: the French site serves the English doc there.")

    tr("fr", "guides/configuration.md", """
        ---
        id: configuration
        slug: /configuration
        title: Configuration
        ---

        Passez les options à `createQueue()` ou définissez les variables d'environnement
        correspondantes.

        ## Connexion

        | option | variable | défaut |
        |---|---|---|
        | `databaseUrl` | `DATABASE_URL` | aucun |
        | `schema` | `HARBOR_SCHEMA` | `public` |
        | `poolSize` | `HARBOR_POOL_SIZE` | `10` |

        ## Concurrence

        `concurrency` est le nombre de tâches qu'un worker exécute en même temps (5 par
        défaut). Les tâches d'entrée-sortie supportent 20 ou plus ; les tâches qui
        sollicitent le processeur doivent rester au nombre de cœurs.

        ## Nouvelles tentatives

        Les tâches en échec sont relancées avec un délai exponentiel. Voir
        [Politiques de relance](/fr/docs/guides/retry-policies).
    """, "reference", "docs/guides/configuration.md", mustnot=["L001"], notes="Untranslated retry page served at /fr/docs/guides/retry-policies from the English doc.")

    tr("fr", "guides/scheduling.md", """
        ---
        title: Planifier des tâches
        ---

        ## Tâches différées

        ```js
        await queue.add('rappel', { userId }, { delay: '15m' });
        ```

        ## Expressions cron {#cron}

        ```js
        await queue.schedule('rapport-nocturne', '0 3 * * *', { tz: 'Europe/Paris' });
        ```

        Cinq champs : minute, heure, jour du mois, mois, jour de la semaine. Les
        secondes ne sont pas prises en charge.

        ## Exécutions manquées

        Si aucun worker ne tournait à l'heure prévue, l'exécution démarre dès qu'un
        worker est disponible. Avec `catchUp: false`, elle est sautée (voir la
        [syntaxe cron](#cron)).
    """, "reference", "docs/guides/scheduling.md", mustnot=["L001"])

    tr("fr", "api/queue.md", """
        ---
        title: Queue
        ---

        ```ts
        import { createQueue } from '@harbor-queue/core';
        const queue = createQueue({ databaseUrl: process.env.DATABASE_URL });
        ```

        ## queue.add(name, data, options?)

        Ajoute une tâche et renvoie son identifiant. `options` accepte `delay`, `runAt`,
        `attempts`, `backoff` et `priority` (la plus basse passe en premier).

        ## queue.schedule(name, cron, options?)

        Ajoute ou remplace une tâche récurrente ; voir
        [Expressions cron](../guides/scheduling.md#cron).

        ## queue.close()

        Attend la fin des tâches en cours et ferme le pool.
    """, "reference", "docs/api/queue.md", mustnot=["L001"], notes="Short reference page sharing title and code with its English original.")

    # ------------------------------------------------------------- ja docs
    tr("ja", "intro.md", """
        ---
        id: intro
        slug: /
        title: はじめに
        sidebar_position: 1
        ---

        # Harbor

        Harbor は PostgreSQL を使う Node.js 向けのジョブキューです。ジョブは再起動後も失われず、少なくとも一度は実行され、リトライ・遅延実行・cron 式によるスケジュールができます。

        - 既存のプロジェクトに [Harbor をインストール](./installation.md) する
        - 接続プールと並列数を [設定](./guides/configuration.md) する
        - 最初のジョブを追加するために [Queue API](/ja/docs/api/queue) を読む
    """, "reference", "docs/intro.md", mustnot=["L001", "M004"], notes="/ja/docs/api/queue is untranslated: served from the English doc.")

    tr("ja", "installation.md", """
        ---
        id: installation
        title: インストール
        sidebar_position: 2
        ---

        Harbor には Node.js 20 以降と PostgreSQL 13 以降が必要です。

        ```bash
        npm install @harbor-queue/core
        ```

        テーブルは一度だけ作成します。

        ```bash
        npx harbor migrate --database-url "$DATABASE_URL"
        ```

        マイグレーションは `HARBOR_SCHEMA`(既定は `public`)で指定したスキーマに `harbor_jobs` と `harbor_schedules` の二つのテーブルを追加します。

        ## 次のステップ

        [設定](./guides/configuration.md#接続) に進んでください。
    """, "reference", "docs/installation.md", mustnot=["L001"])

    tr("ja", "guides/configuration.md", """
        ---
        id: configuration
        slug: /configuration
        title: 設定
        ---

        オプションは `createQueue()` に渡すか、対応する環境変数で指定します。

        ## 接続

        | オプション | 環境変数 | 既定値 |
        |---|---|---|
        | `databaseUrl` | `DATABASE_URL` | なし |
        | `schema` | `HARBOR_SCHEMA` | `public` |
        | `poolSize` | `HARBOR_POOL_SIZE` | `10` |

        ## 並列数

        `concurrency` は一つのワーカーが同時に実行するジョブの数です(既定は 5)。I/O 中心のジョブなら 20 以上でも問題ありませんが、CPU を使うジョブはコア数までにしてください。
    """, "reference", "docs/guides/configuration.md", mustnot=["L001"])

    # ------------------------------------------------------------------ blog
    en("blog/2024-02-06-harbor-2.0.md", """
        ---
        slug: harbor-2.0
        title: Harbor 2.0
        authors: [mkowalski]
        tags: [release]
        ---

        Harbor 2.0 is out. It is the first release that needs no Redis at all: queues,
        schedules and locks now live in PostgreSQL.

        <!-- truncate -->

        ## Breaking changes

        - Redis support is removed; run `npx harbor migrate` to create the new tables
        - `queue.every()` is replaced by `queue.schedule()` with cron expressions
        - Node.js 18 is the minimum version

        ## New

        - `LISTEN/NOTIFY` wakes idle workers within milliseconds
        - [Scheduling](/docs/guides/scheduling#cron) with time zones

        Upgrade notes are in the [installation guide](/docs/installation).
    """, "release-note", mustnot=["E001", "E002", "L001", "T006"])

    en("blog/2024-05-14-harbor-2.1.md", """
        ---
        title: Harbor 2.1
        authors: [tnakamura]
        tags: [release]
        ---

        Harbor 2.1 adds custom backoff functions and Prometheus metrics.

        <!-- truncate -->

        - Backoff can be a function `(attempt, error) => ms`; see
          [retry policies](/docs/guides/retries)
        - `queue.metrics()` exposes `harbor_jobs_total` and `harbor_queue_depth`
        - Fixed: a stalled job could be picked up by two workers after a network
          partition (#214)
        - Fixed: `delay: '1d'` was parsed as one second (#220)
    """, "release-note", should=["L001"], mustnot=["E001", "E002", "T006"], notes="PLANTED: /docs/guides/retries does not exist; guides/retries.md has id: retry-policies, so its URL is /docs/guides/retry-policies. URL from file date: /blog/2024/05/14/harbor-2.1.")

    en("blog/2024-09-03-harbor-2.2.md", """
        ---
        slug: harbor-2.2
        title: Harbor 2.2
        authors: [mkowalski]
        tags: [release]
        ---

        Harbor 2.2 brings OpenTelemetry tracing and a faster poller.

        <!-- truncate -->

        ## Highlights

        - Every job runs in a span; see [Metrics and tracing](/docs/guides/observability#opentelemetry)
        - Idle polling uses 80% fewer queries on large queues
        - `job.discard()` stops retries from inside a handler

        ## Fixes

        - `queue.close()` could hang when the pool was exhausted (#251)
        - Cron schedules in `Australia/Lord_Howe` skipped the half-hour DST shift (#259)
    """, "release-note", mustnot=["E001", "E002", "L001", "T006"])

    en("blog/2025-01-21-harbor-3.0-beta.md", """
        ---
        slug: harbor-3.0-beta
        title: Harbor 3.0 beta
        authors: [mkowalski, tnakamura]
        tags: [release, beta]
        ---

        The first beta of Harbor 3.0 is on npm under the `next` tag:
        `npm install @harbor-queue/core@next`. Please try it on a staging system and
        report what breaks.

        <!-- truncate -->

        ## What changes

        - Job ids are ULIDs instead of integers
        - Payloads are stored as JSONB, so you can query them with SQL
        - The `stalled` event replaces the `lost` event

        The final release is planned for March. Until then, 2.2 gets security fixes
        only. The [FAQ](/docs/faq) answers the most common upgrade questions.
    """, "release-note", mustnot=["E001", "E002", "L001"])

    en("blog/2024-07-02-why-we-rewrote-the-scheduler.md", """
        ---
        slug: why-we-rewrote-the-scheduler
        title: Why we rewrote Harbor's scheduler
        description: Polling every second worked until one user had 40,000 schedules. How we moved schedules into a single indexed query, and what we measured.
        authors: [tnakamura]
        tags: [engineering]
        ---

        Until Harbor 2.1, the scheduler was a loop. Every second, each worker loaded all
        repeating jobs, computed their next run time in JavaScript and inserted the ones
        that were due. It was simple and it worked for the first two years, because
        nobody had more than a few hundred schedules.

        <!-- truncate -->

        ## The report that started it

        In April a user opened issue #231: their database CPU sat at 70% with an empty
        queue. They had 40,000 schedules, one per customer, and twelve workers. Every
        second, twelve workers read 40,000 rows and parsed 40,000 cron expressions. The
        queue was idle; the scheduler was not.

        ## What we changed

        We now store the next run time in a `next_run_at` column with an index on it.
        A worker asks one question per tick: which schedules have `next_run_at` in the
        past? It claims those rows with `FOR UPDATE SKIP LOCKED`, adds their jobs, and
        writes the following run time back in the same transaction. Cron parsing happens
        only for schedules that actually fire.

        ```sql
        SELECT id, cron, tz FROM harbor_schedules
        WHERE next_run_at <= now()
        ORDER BY next_run_at
        LIMIT 100
        FOR UPDATE SKIP LOCKED;
        ```

        ## What we measured

        On the reporter's data, copied into a test database with their permission,
        database CPU dropped from 70% to 4% with the same twelve workers. The tick itself
        went from 380 ms to 2 ms at the median. With 1,000 schedules the old and the new
        scheduler were within a millisecond of each other, which is why nobody noticed
        earlier.

        ## What we gave up

        Schedules now need a migration when their cron expression changes, because the
        stored next run time must be recomputed. `queue.schedule()` does this for you,
        but editing the table by hand no longer works. We think that is a fair trade;
        tell us in the [discussions](https://github.com/harbor-queue/harbor/discussions)
        if it hurts you.

        The new scheduler shipped in [Harbor 2.2](/blog/harbor-2.2). The details of
        cron handling are in [Scheduling jobs](/docs/guides/scheduling#cron).
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="Engineering article: authors from authors.yml, date from the file name (E002 must not fire). About 400 words.")

    # ----------------------------------------------------------------- pages
    en("src/pages/index.md", """
        ---
        title: Harbor, durable job queues for Node.js
        description: Harbor runs background jobs from PostgreSQL, with retries, schedules and metrics built in.
        hide_table_of_contents: true
        ---

        # Background jobs without another database

        Harbor keeps your job queue where your data already is: in PostgreSQL. No Redis
        to run, no second backup to forget.

        - **At least once**: jobs survive crashes and deploys
        - **Retries and schedules**: exponential backoff and cron with time zones
        - **Observable**: Prometheus metrics and OpenTelemetry spans

        [Get started](/docs/) · [Read the blog](/blog) · [Privacy](/privacy)
    """, "landing", paired=True, mustnot=["L001"])

    en("src/pages/privacy.md", """
        ---
        title: Privacy policy
        description: What the Harbor website collects (almost nothing) and why.
        ---

        # Privacy policy

        _Last updated: 3 March 2024_

        This website is static. It uses no cookies, no analytics and no third-party
        fonts. The search box sends your query to Algolia DocSearch, which processes it
        to return results and does not link it to you.

        The hosting provider stores access logs, including IP addresses, for up to 30
        days for security purposes.

        For questions, write to privacy@harbor-queue.example.io.
    """, "legal", mustnot=["L001", "E002"], notes="Date given in the text ('Last updated').")

    en("src/pages/terms.md", """
        ---
        title: Terms of use
        description: Terms for using the Harbor website and its documentation.
        ---

        # Terms of use

        _Last updated: 3 March 2024_

        Harbor is open-source software released under the Apache License 2.0. The
        licence, not these terms, governs your use of the software.

        The documentation on this website is provided as is, without warranty of any
        kind. Examples are meant to illustrate; test them before using them in
        production.

        "Harbor" and the anchor logo may be used to refer to the project. Do not use
        them in a way that suggests that the project endorses your product.
    """, "legal", mustnot=["E002"])

    doc("i18n/fr/docusaurus-plugin-content-pages/index.md", """
        ---
        title: Harbor, des files de tâches durables pour Node.js
        description: Harbor exécute vos tâches de fond depuis PostgreSQL, avec relances, planification et métriques intégrées.
        hide_table_of_contents: true
        ---

        # Des tâches de fond sans base de données supplémentaire

        Harbor garde votre file de tâches là où se trouvent déjà vos données : dans
        PostgreSQL. Pas de Redis à faire tourner, pas de deuxième sauvegarde à oublier.

        - **Au moins une fois** : les tâches survivent aux pannes et aux déploiements
        - **Relances et planification** : délai exponentiel et cron avec fuseaux horaires
        - **Observable** : métriques Prometheus et traces OpenTelemetry

        [Commencer](/fr/docs/)
    """, site=S, gen="docusaurus", lang="fr", kind="landing", tr="src/pages/index.md", mustnot=["L001"])
