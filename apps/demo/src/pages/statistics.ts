// "Thống kê": the public statistics of the centre (<dvc-stats src="/api/statistics">), with what is counted. A link
// may name the period and the agency (`?from=YYYY-MM&to=YYYY-MM&agency=<id>`).
import '@dvc-kit/elements/define/dvc-stats.js';
import { create, required, translateStatic } from '../layout/dom.js';
import { mountLayout } from '../layout/layout.js';
import { STATISTICS_TEXT } from './statistics-text.js';

const layout = mountLayout('statistics');
const slot = required<HTMLElement>('#stats-slot');
const counted = required<HTMLUListElement>('#counted-list');

const stats = document.createElement('dvc-stats');
stats.setAttribute('src', '/api/statistics');
const params = new URLSearchParams(location.search);
for (const name of ['from', 'to', 'agency'] as const) {
  const value = params.get(name)?.trim();
  if (value) stats.setAttribute(name, value);
}
slot.replaceChildren(stats);

layout.onLanguageChange((lang) => {
  const text = STATISTICS_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.pageTitle);
  counted.replaceChildren(...text.counted.map((line) => create('li', { text: line })));
});
