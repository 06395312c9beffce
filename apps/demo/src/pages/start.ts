// The start page: the centre, its procedures (the catalogue the server serves) and links to tracking and statistics.
import type { Catalog, CatalogEntry } from '@dvc-kit/procedure';
import { localize } from '../catalog.js';
import { create, required, translateStatic } from '../layout/dom.js';
import { mountLayout, type Lang } from '../layout/layout.js';
import { START_TEXT } from './start-text.js';

const layout = mountLayout('home');
const slot = required<HTMLElement>('#procedure-list-slot');
let procedures: CatalogEntry[] | 'loading' | 'failed' = 'loading';

// Interim list until <dvc-procedure-list> lands (helper "list"): links to each procedure's page.
function renderList(lang: Lang): void {
  const text = START_TEXT[lang];
  if (procedures === 'loading' || procedures === 'failed') {
    const line = create('p', { className: procedures === 'failed' ? 'form-message form-message--failed' : 'form-message', text: text[procedures === 'failed' ? 'loadFailed' : 'loading'] });
    line.setAttribute('role', procedures === 'failed' ? 'alert' : 'status');
    slot.replaceChildren(line);
    return;
  }
  if (procedures.length === 0) {
    slot.replaceChildren(create('p', { text: text.empty }));
    return;
  }
  const list = create('ul', { className: 'quick-links' });
  list.setAttribute('aria-labelledby', 'procedures-heading');
  for (const procedure of procedures) {
    const item = create('li');
    const link = create('a', { text: localize(procedure.name, lang), lang });
    link.href = `/thu-tuc/${encodeURIComponent(procedure.id)}`;
    item.append(link, create('p', { text: `${text.codeLabel}: ${procedure.code}`, lang }), create('p', { text: localize(procedure.agency, lang), lang }));
    list.append(item);
  }
  slot.replaceChildren(list);
}

async function loadCatalog(): Promise<void> {
  try {
    const response = await fetch('/api/catalog', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const catalog = (await response.json()) as Catalog;
    procedures = Array.isArray(catalog?.procedures) ? catalog.procedures : [];
  } catch (error) {
    console.error(error);
    procedures = 'failed';
  }
  renderList(layout.lang);
}

layout.onLanguageChange((lang) => {
  const text = START_TEXT[lang];
  translateStatic(document.querySelector('main')!, text);
  layout.setTitle(text.pageTitle);
  renderList(lang);
});
void loadCatalog();
