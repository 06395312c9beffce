/**
 * The frame every page of the service centre's site shares: the header with the centre's name, the main navigation
 * (procedures, tracking, statistics, the officers' console) and the language switch, and the footer. A page's HTML
 * holds `<header data-layout="header">`, `<main id="main">` and `<footer data-layout="footer">`; `mountLayout` fills
 * the header and footer, sets `<html lang>` and tells the page when the language changes.
 *
 *   const layout = mountLayout('tracking');
 *   layout.onLanguageChange((lang) => render(lang));
 */
import { create, required } from './dom.js';
import { LANG_STORAGE_KEY, chooseLanguage, readStored, storageOf, writeStored, type Lang } from './language.js';
import { LAYOUT_TEXT } from './text.js';

export type { Lang } from './language.js';

/** The site's pages, as the navigation knows them. */
export const PAGES = {
  home: '/',
  procedure: '/thu-tuc/',
  confirmation: '/xac-nhan',
  tracking: '/tra-cuu',
  statistics: '/thong-ke',
  officer: '/can-bo',
} as const;
export type PageId = keyof typeof PAGES;

/** The navigation's entries; the procedure and confirmation pages belong to "Thủ tục hành chính". */
const NAV = ['home', 'tracking', 'statistics', 'officer'] as const;
const SECTION_OF: Record<PageId, (typeof NAV)[number]> = {
  home: 'home',
  procedure: 'home',
  confirmation: 'home',
  tracking: 'tracking',
  statistics: 'statistics',
  officer: 'officer',
};

export interface Layout {
  /** The page's language now. */
  readonly lang: Lang;
  /** Calls `listener` now and whenever the citizen switches the language. */
  onLanguageChange(listener: (lang: Lang) => void): void;
  /** Sets the document's title: the page's name, then the centre's. */
  setTitle(pageTitle: string): void;
}

export function mountLayout(page: PageId): Layout {
  const local = storageOf('localStorage');
  let lang = chooseLanguage(location.search, readStored(local, LANG_STORAGE_KEY));
  let pageTitle = '';
  const listeners: ((lang: Lang) => void)[] = [];

  const header = required<HTMLElement>('[data-layout="header"]');
  const footer = required<HTMLElement>('[data-layout="footer"]');
  const skip = document.querySelector<HTMLAnchorElement>('.skip-link');

  function render(): void {
    const text = LAYOUT_TEXT[lang];
    document.documentElement.lang = lang;
    if (skip) skip.textContent = text.skip;

    const brandRow = create('div', { className: 'container header-row' });
    const brand = create('a', { className: 'brand' });
    brand.href = PAGES.home;
    brand.append(create('span', { className: 'brand-name', text: text.brand, lang }), create('span', { className: 'brand-tagline', text: text.tagline, lang }));
    const switcher = create('div', { className: 'lang-switch' });
    switcher.setAttribute('role', 'group');
    switcher.setAttribute('aria-label', text.langGroup);
    for (const [code, label] of [['vi', 'Tiếng Việt'], ['en', 'English']] as const) {
      const button = create('button');
      button.type = 'button';
      button.lang = code;
      button.textContent = label;
      button.dataset.lang = code;
      button.setAttribute('aria-pressed', String(code === lang));
      button.addEventListener('click', () => setLanguage(code));
      switcher.append(button);
    }
    brandRow.append(brand, switcher);

    const nav = create('nav', { className: 'site-nav' });
    nav.setAttribute('aria-label', text.navLabel);
    const list = create('ul', { className: 'container site-nav-list' });
    for (const entry of NAV) {
      const item = create('li');
      const link = create('a', { text: text.nav[entry], lang });
      link.href = PAGES[entry];
      if (SECTION_OF[page] === entry) link.setAttribute('aria-current', page === entry ? 'page' : 'true');
      item.append(link);
      list.append(item);
    }
    nav.append(list);

    const notice = create('p', { className: 'container fictional-notice', text: text.fictional, lang });
    header.replaceChildren(brandRow, nav, notice);

    const footerBody = create('div', { className: 'container' });
    footerBody.append(
      create('p', { className: 'footer-brand', text: text.brand, lang }),
      create('p', { text: text.footerAddress, lang }),
      create('p', { text: text.footerHours, lang }),
      create('p', { text: text.footerSource, lang }),
    );
    footer.replaceChildren(footerBody);
    if (pageTitle) document.title = `${pageTitle} – ${text.brandShort}`;
  }

  function setLanguage(next: Lang): void {
    if (next === lang) return;
    lang = next;
    writeStored(local, LANG_STORAGE_KEY, lang);
    const url = new URL(location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(history.state, '', url);
    render();
    // Focus stays on the switch, which was just redrawn.
    header.querySelector<HTMLButtonElement>(`[data-lang="${lang}"]`)?.focus();
    for (const listener of listeners) listener(lang);
  }

  // A language asked for in the URL is remembered for the next pages.
  if (new URLSearchParams(location.search).has('lang')) writeStored(local, LANG_STORAGE_KEY, lang);
  render();

  return {
    get lang() {
      return lang;
    },
    onLanguageChange(listener) {
      listeners.push(listener);
      listener(lang);
    },
    setTitle(title) {
      pageTitle = title;
      document.title = `${title} – ${LAYOUT_TEXT[lang].brandShort}`;
    },
  };
}
