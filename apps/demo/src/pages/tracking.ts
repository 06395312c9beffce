// "Tra cứu hồ sơ": <dvc-status-tracker> reading the server's dossier API, the code prefilled from `?code=`.
import '@dvc-kit/elements/define/dvc-status-tracker.js';
import type { Dossier } from '@dvc-kit/dossier/types';
import { create, required, translateStatic } from '../layout/dom.js';
import { mountLayout } from '../layout/layout.js';
import { lacksResultLink, resultDownloadPath } from './result-link.js';
import { TRACKING_TEXT } from './tracking-text.js';

const layout = mountLayout('tracking');
const slot = required<HTMLElement>('#tracker-slot');
const download = required<HTMLElement>('#result-download');
/** The download of the dossier shown, when the page links it. */
let downloadPath: string | null = null;
let lookups = 0;

const tracker = document.createElement('dvc-status-tracker');
tracker.setAttribute('source-url', '/api');
const code = new URLSearchParams(location.search).get('code')?.trim();
if (code) tracker.setAttribute('dossier-code', code);
slot.replaceChildren(tracker);

/**
 * The electronic result's link when the tracker cannot show it: the contract's `downloadUrl` must be https, so a
 * server on plain http (the demo on 127.0.0.1) leaves the result out of the view and the page links it (api13).
 */
function renderDownload(): void {
  const path = downloadPath;
  download.hidden = !path;
  if (!path) {
    download.replaceChildren();
    return;
  }
  const text = TRACKING_TEXT[layout.lang];
  const link = create('a', { text: text.download });
  link.href = path;
  link.setAttribute('download', '');
  const line = create('p');
  line.append(link);
  download.replaceChildren(create('p', { text: text.resultReady }), line);
}

async function findDownload(dossier: Dossier): Promise<void> {
  const lookup = ++lookups;
  downloadPath = null;
  renderDownload();
  if (!lacksResultLink(dossier)) return;
  try {
    const response = await fetch('/api/dossiers/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code: dossier.code }),
    });
    const path = response.ok ? resultDownloadPath(await response.json()) : null;
    if (lookup !== lookups) return;
    downloadPath = path;
    renderDownload();
  } catch (error) {
    console.error(error);
  }
}

tracker.addEventListener('dvc-dossier-loaded', (event) => void findDownload(event.detail.dossier));

layout.onLanguageChange((lang) => {
  const text = TRACKING_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.title);
  renderDownload();
});
