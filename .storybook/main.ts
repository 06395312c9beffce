import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.ts'],
  // Stories load a procedure schema by URL (`schema-src="/schemas/…"`), as under web-test-runner, which serves the
  // repository root. The dev server already serves the repository root (Vite's root), so the mount is for the static
  // build only: in dev it would also answer the stories' own JSON imports (`/schemas/…json?import`) with raw JSON,
  // and every story importing a schema would fail with "Failed to fetch dynamically imported module".
  staticDirs: (dirs, { configType }) =>
    configType === 'PRODUCTION' ? [...(dirs ?? []), { from: '../schemas', to: '/schemas' }] : (dirs ?? []),
  // Docs pages (autodocs) with the API from the Custom Elements Manifest; no other addon is used.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
