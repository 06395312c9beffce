// The start page: the centre, its procedures (<dvc-procedure-list> over the catalogue the server serves) and links
// to tracking and statistics. The search and filters live in the URL, so a search can be shared and back works.
import '@dvc-kit/elements/define/dvc-procedure-list.js';
import { required, translateStatic } from '../layout/dom.js';
import { mountLayout } from '../layout/layout.js';
import { START_TEXT } from './start-text.js';

const layout = mountLayout('home');
const slot = required<HTMLElement>('#procedure-list-slot');

/** The list's search and filters, as attributes and as URL parameters. */
const FILTERS = [
  ['query', 'q'],
  ['sector', 'sector'],
  ['level', 'level'],
  ['online-service', 'online'],
] as const;

const list = document.createElement('dvc-procedure-list');
list.setAttribute('src', '/api/catalog');
list.setAttribute('item-href', '/thu-tuc/{id}');
list.setAttribute('heading-level', '3');
const params = new URLSearchParams(location.search);
for (const [attribute, param] of FILTERS) {
  const value = params.get(param);
  if (value) list.setAttribute(attribute, value);
}
list.addEventListener('dvc-procedure-filter', (event) => {
  const url = new URL(location.href);
  const { query, sector, level, onlineService } = event.detail;
  const values: Record<string, string> = { q: query, sector, level, online: onlineService };
  for (const [, param] of FILTERS) {
    if (values[param]) url.searchParams.set(param, values[param]);
    else url.searchParams.delete(param);
  }
  history.replaceState(history.state, '', url);
});
slot.replaceChildren(list);

layout.onLanguageChange((lang) => {
  const text = START_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.pageTitle);
});
