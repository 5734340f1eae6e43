// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://vista-images.example.dev',
  integrations: [
    starlight({
      title: 'Vista',
      social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/vista-images/vista' }],
      defaultLocale: 'en',
      locales: {
        en: { label: 'English' },
        de: { label: 'Deutsch' },
        fr: { label: 'Français' },
        es: { label: 'Español' },
        ja: { label: '日本語' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
        'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
      },
      sidebar: [
        { label: 'Start here', items: ['getting-started'] },
        { label: 'Guides', autogenerate: { directory: 'guides' } },
        { label: 'Reference', autogenerate: { directory: 'reference' } },
        { label: 'Resources', autogenerate: { directory: 'resources' } },
      ],
    }),
  ],
});
