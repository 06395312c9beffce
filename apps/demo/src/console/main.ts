/**
 * can-bo.html: the demo service centre's officer console, in the site's frame (header, navigation, language switch,
 * footer). The page's static text follows the switch (`data-i18n` keys of the console's dictionary); the console
 * draws the rest.
 */
import { required, translateStatic } from '../layout/dom.js';
import { mountLayout } from '../layout/layout.js';
import { createOfficerApi } from './api.js';
import { createOfficerConsole } from './console.js';
import { CONSOLE_TEXT } from './text.js';

const layout = mountLayout('officer');
const root = required<HTMLElement>('#console-root');
const officerConsole = createOfficerConsole({
  api: createOfficerApi(root.dataset.api || '/api'),
  elements: { root, account: required('#console-account'), announcer: required('#console-announcer') },
  lang: layout.lang,
  setTitle: (title) => layout.setTitle(title),
});

layout.onLanguageChange((lang) => {
  translateStatic(document, CONSOLE_TEXT[lang]);
  if (lang !== officerConsole.lang) officerConsole.setLanguage(lang);
});
window.addEventListener('popstate', () => officerConsole.showCurrent());
void officerConsole.start();
