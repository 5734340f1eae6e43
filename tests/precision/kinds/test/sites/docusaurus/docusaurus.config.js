// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Kestrel',
  tagline: 'A task runner that remembers what it already did',
  url: 'https://kestrel.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'warn',
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr', 'ja'],
    localeConfigs: {
      fr: { label: 'Français', htmlLang: 'fr-FR' },
      ja: { label: '日本語', htmlLang: 'ja-JP' },
    },
  },
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.js', routeBasePath: 'docs', editUrl: 'https://github.com/kestrel-run/kestrel/edit/main/website/' },
        blog: { showReadingTime: true, blogSidebarCount: 'ALL', onUntruncatedBlogPosts: 'warn' },
        theme: { customCss: './src/css/custom.css' },
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Kestrel',
      items: [
        { type: 'doc', docId: 'intro', label: 'Docs', position: 'left' },
        { to: '/blog', label: 'Blog', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      links: [
        { title: 'Legal', items: [{ label: 'Privacy', to: '/privacy' }, { label: 'Imprint', to: '/imprint' }] },
      ],
    },
  },
};
module.exports = config;
