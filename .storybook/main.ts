import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.ts'],
  // Procedure schemas, so that stories can load one by URL (`schema-src="/schemas/…"`), as web-test-runner can.
  staticDirs: [{ from: '../schemas', to: '/schemas' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
