// The browser every web-test-runner config here launches: Debian's Chromium (CHROME_PATH overrides the path),
// headless, with the flags these machines need (no sandbox, no GPU, no background traffic). Test tools' own
// browser downloads do not work here.
import { chromeLauncher } from '@web/test-runner-chrome';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function debianChromium() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  return chromeLauncher({ launchOptions: { executablePath, headless: true, args: ARGS } });
}
