// "Thống kê": the public statistics of the centre (<dvc-stats src="/api/statistics">), with what is counted.
import { create, required, translateStatic } from '../layout/dom.js';
import { mountLayout } from '../layout/layout.js';
import { STATISTICS_TEXT } from './statistics-text.js';

const layout = mountLayout('statistics');
const slot = required<HTMLElement>('#stats-slot');
const counted = required<HTMLUListElement>('#counted-list');

layout.onLanguageChange((lang) => {
  const text = STATISTICS_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.pageTitle);
  counted.replaceChildren(...text.counted.map((line) => create('li', { text: line })));
  // Interim until <dvc-stats> lands (helper "stats").
  slot.replaceChildren(create('p', { className: 'placeholder', text: text.placeholder }));
});
