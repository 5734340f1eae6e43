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
