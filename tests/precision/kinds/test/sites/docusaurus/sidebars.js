module.exports = {
  docs: [
    'intro',
    'installation',
    'configuration',
    { type: 'category', label: 'Guides', items: ['guides/caching', 'guides/plugins-howto'] },
    { type: 'category', label: 'API', items: ['api/cli', 'api/plugin-api'] },
    'faq',
  ],
};
