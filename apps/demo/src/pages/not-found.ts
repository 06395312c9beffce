// The page the server answers 404 with for an address the site does not have.
import { translateStatic } from '../layout/dom.js';
import type { Lang } from '../layout/language.js';
import { mountLayout } from '../layout/layout.js';

const TEXT: Record<Lang, Record<string, string>> = {
  vi: { title: 'Không tìm thấy trang', intro: 'Địa chỉ này không có trên cổng dịch vụ công của tỉnh Minh Sơn.', home: 'Thủ tục hành chính', tracking: 'Tra cứu hồ sơ' },
  en: { title: 'Page not found', intro: 'This address is not on the Minh Sơn public service portal.', home: 'Procedures', tracking: 'Track a dossier' },
};

const layout = mountLayout('home');
layout.onLanguageChange((lang) => {
  translateStatic(document.querySelector('main')!, TEXT[lang]);
  layout.setTitle(TEXT[lang].title);
});
