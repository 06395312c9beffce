// "Tra cứu hồ sơ": <dvc-status-tracker> reading the server's dossier API, the code prefilled from `?code=`. The
// tab that filed a dossier kept its receipt token, which opens the dossier without asking for a second factor.
import '@dvc-kit/elements/define/dvc-status-tracker.js';
import type { SecondFactorKind } from '@dvc-kit/dossier/types';
import { create, required, translateStatic } from '../layout/dom.js';
import { storageOf } from '../layout/language.js';
import { mountLayout } from '../layout/layout.js';
import { keptReceiptToken } from '../submission/receipt.js';
import { citizenSource } from './citizen-source.js';
import { lacksResultLink, resultDownloadPath } from './result-link.js';
import { TRACKING_TEXT } from './tracking-text.js';

const layout = mountLayout('tracking');
const session = storageOf('sessionStorage');
const slot = required<HTMLElement>('#tracker-slot');
const download = required<HTMLElement>('#result-download');
const code = new URLSearchParams(location.search).get('code')?.trim() ?? '';
const BOTH: readonly SecondFactorKind[] = ['id-number', 'phone'];

/** The download of the dossier shown, when the page links it; the raw answers' result attachments by code. */
let downloadPath: string | null = null;
const resultPaths = new Map<string, string | null>();

function sourceAsking(secondFactors: readonly SecondFactorKind[]) {
  return citizenSource({
    tokenFor: (asked) => keptReceiptToken(session, asked),
    secondFactors,
    onAnswer: (asked, body) => {
      if (typeof body === 'object' && body !== null && 'delivery' in body) resultPaths.set(asked, resultDownloadPath(body));
    },
  });
}

const tracker = document.createElement('dvc-status-tracker');
// With the receipt token for the code in the URL, no second factor is asked; for any other code it is.
tracker.source = sourceAsking(code && keptReceiptToken(session, code) ? [] : BOTH);
if (code) tracker.dossierCode = code;
slot.replaceChildren(tracker);

/**
 * The electronic result's link when the tracker cannot show it: the contract's `downloadUrl` must be https, so a
 * server on plain http (the demo on 127.0.0.1) leaves the result out of the view and the page links it (api13).
 */
function renderDownload(): void {
  download.hidden = !downloadPath;
  if (!downloadPath) {
    download.replaceChildren();
    return;
  }
  const text = TRACKING_TEXT[layout.lang];
  const link = create('a', { text: text.download });
  link.href = downloadPath;
  link.setAttribute('download', '');
  const line = create('p');
  line.append(link);
  download.replaceChildren(create('p', { text: text.resultReady }), line);
}

tracker.addEventListener('dvc-dossier-loaded', (event) => {
  const dossier = event.detail.dossier;
  downloadPath = lacksResultLink(dossier) ? (resultPaths.get(dossier.code) ?? null) : null;
  renderDownload();
});

tracker.addEventListener('dvc-error', (event) => {
  // Another code than the one whose token the tab holds: ask for a second factor from now on.
  const failure = event.detail as { code?: unknown };
  if (failure.code === 'wrong-second-factor' && tracker.source?.secondFactors.length === 0) tracker.source = sourceAsking(BOTH);
});

layout.onLanguageChange((lang) => {
  const text = TRACKING_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.title);
  renderDownload();
});
