import '@dvc-kit/elements/define/dvc-dossier-form';
import type {} from '@dvc-kit/elements'; // brings the typed dvc-* events into GlobalEventHandlersEventMap
import schema from '../../../schemas/procedures/1.013792/schema.json';

type Lang = 'vi' | 'en';

/** Text of the page around the form; the form itself translates from the schema's x-ui.en. */
const PAGE_TEXT = {
  vi: {
    brand: 'Cổng Dịch vụ công (bản thử nghiệm dvc-kit)',
    langGroup: 'Ngôn ngữ',
    codeLabel: 'Mã thủ tục',
    agencyLabel: 'Cơ quan thực hiện',
    agency: 'Ủy ban nhân dân cấp xã nơi đặt điểm',
    timeLabel: 'Thời hạn giải quyết',
    time: '15 ngày kể từ khi nhận đủ hồ sơ hợp lệ',
    channelsLabel: 'Cách thức nộp',
    channels: 'Trực tiếp, trực tuyến, qua bưu chính',
    resultHeading: 'Dữ liệu hồ sơ đã gửi',
    resultEmpty: 'Chưa gửi hồ sơ. Sau khi bạn nộp, dữ liệu gửi đi (sự kiện dvc-submit) hiện ở đây.',
    resultSent: 'Hồ sơ hợp lệ đã được gửi. Dữ liệu gửi đi:',
    footer: 'Dữ liệu mẫu, không gửi đến cơ quan nhà nước. Kiểm tra thông tin thủ tục trên dichvucong.gov.vn trước khi sử dụng.',
  },
  en: {
    brand: 'Public Service Portal (dvc-kit demo)',
    langGroup: 'Language',
    codeLabel: 'Procedure code',
    agencyLabel: 'Handled by',
    agency: 'People’s Committee of the commune where the point operates',
    timeLabel: 'Processing time',
    time: '15 days from a complete dossier',
    channelsLabel: 'How to apply',
    channels: 'In person, online, by post',
    resultHeading: 'Submitted dossier data',
    resultEmpty: 'Nothing submitted yet. Once you submit, the data sent (the dvc-submit event) appears here.',
    resultSent: 'The dossier was valid and has been submitted. Data sent:',
    footer: 'Sample data; nothing is sent to any authority. Check the procedure on dichvucong.gov.vn before relying on it.',
  },
} satisfies Record<Lang, Record<string, string>>;
type TextKey = keyof (typeof PAGE_TEXT)['vi'];

const form = document.querySelector('dvc-dossier-form')!;
const result = document.querySelector<HTMLPreElement>('#result')!;
const status = document.querySelector<HTMLElement>('#result-status')!;
const title = document.querySelector<HTMLElement>('#procedure-title')!;
let submitted = false;

form.schema = schema;

form.addEventListener('dvc-submit', (event) => {
  submitted = true;
  result.textContent = JSON.stringify(event.detail.data, null, 2);
  result.hidden = false;
  status.dataset.i18n = 'resultSent';
  setLanguage(currentLang());
});

function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

function setLanguage(lang: Lang): void {
  const text = PAGE_TEXT[lang];
  document.documentElement.lang = lang;
  form.lang = lang;
  title.textContent = lang === 'en' ? schema['x-ui'].en.title : schema.title;
  document.title = `${title.textContent} – dvc-kit`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = text[element.dataset.i18n as TextKey];
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', text[element.dataset.i18nLabel as TextKey]);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  if (!submitted) status.dataset.i18n = 'resultEmpty';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang === 'en' ? 'en' : 'vi'));
}
setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi');
