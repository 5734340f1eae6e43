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
