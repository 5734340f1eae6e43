// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://lumen.example',
  integrations: [
    starlight({
      title: 'Lumen',
      // Pages missing in a locale are served from the default locale
      // with a "not translated yet" notice.
      defaultLocale: 'en',
      locales: {
        en: { label: 'English' },
        de: { label: 'Deutsch' },
        fr: { label: 'Français' },
        es: { label: 'Español' },
        ja: { label: '日本語' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
        pl: { label: 'Polski' },
      },
      social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/lumen-img/lumen' }],
      sidebar: [
        { label: 'Start here', translations: { de: 'Hier starten', fr: 'Commencer ici' }, items: ['getting-started'] },
        { label: 'Guides', autogenerate: { directory: 'guides' } },
        { label: 'Reference', autogenerate: { directory: 'reference' } },
      ],
      lastUpdated: true,
      editLink: { baseUrl: 'https://github.com/lumen-img/lumen/edit/main/docs/' },
    }),
  ],
});
