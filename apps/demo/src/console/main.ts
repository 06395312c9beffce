/**
 * can-bo.html: the demo service centre's officer console. The page's static text follows the language switch
 * (`data-i18n` keys of the console's dictionary); the console draws the rest.
 */
import { createOfficerApi } from './api.js';
import { createOfficerConsole } from './console.js';
import { CONSOLE_TEXT, type ConsoleLang, type ConsoleText } from './text.js';

function required<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`can-bo.html lacks ${selector}`);
  return found;
}

type StaticKey = { [K in keyof ConsoleText]: ConsoleText[K] extends string ? K : never }[keyof ConsoleText];

function renderStaticText(lang: ConsoleLang): void {
  const text = CONSOLE_TEXT[lang];
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = text[element.dataset.i18n as StaticKey];
    if (typeof value === 'string') element.textContent = value;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

const root = required<HTMLElement>('#console-root');
const initialLang: ConsoleLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
const officerConsole = createOfficerConsole({
  api: createOfficerApi(root.dataset.api || '/api'),
  elements: { root, account: required('#console-account'), announcer: required('#console-announcer') },
  lang: initialLang,
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang: ConsoleLang = button.dataset.lang === 'en' ? 'en' : 'vi';
    renderStaticText(lang);
    officerConsole.setLanguage(lang);
  });
}
window.addEventListener('popstate', () => officerConsole.showCurrent());

renderStaticText(initialLang);
void officerConsole.start();
