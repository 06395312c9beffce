#!/usr/bin/env node
// Writes docs/messages.md: every message and interface word a citizen can see, in Vietnamese and English, each
// with its template and a worked example, read from the dictionaries themselves (no build needed: esbuild bundles
// the TypeScript sources).
//
//   npm run messages:doc             # write docs/messages.md
//   npm run messages:doc -- --check  # exit 1 when docs/messages.md is not what the dictionaries give
//
// A key without an example here fails the script, so a new message cannot go undocumented.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'docs/messages.md');

/** The dictionaries, straight from the sources. */
async function loadDictionaries() {
  const entry = `
    export { vi as engineVi } from './packages/form-engine/src/messages-vi.ts';
    export { midSentence, num } from './packages/form-engine/src/message-wording.ts';
    export { en as engineEn } from './packages/form-engine/src/messages-en.ts';
    export { vi as formVi } from './packages/elements/src/messages/vi.ts';
    export { en as formEn } from './packages/elements/src/messages/en.ts';
    export { ADDRESS_MESSAGES } from './packages/elements/src/address-picker/messages.ts';
    export { FILE_MESSAGES } from './packages/elements/src/file-upload/messages.ts';
    export { TRACKER_MESSAGES } from './packages/elements/src/status-tracker/messages.ts';
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    alias: { '@dvc-kit/form-engine/message-wording': './packages/form-engine/src/message-wording.ts' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'dvc-messages-doc-'));
  try {
    const file = join(dir, 'dictionaries.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- worked examples ------------------------------------------------------------------------------------------

/** A field label in both languages. */
const L = (vi, en) => ({ vi, en });
const FULL_NAME = L('Họ và tên', 'Full name');
const AGE = L('Tuổi', 'Age');

/**
 * The engine's messages: for each key, one row per case worth showing. `label`, `kind` and `params` make the
 * example; the template is the same call with `{label}` and `{param}` placeholders.
 */
const ENGINE_EXAMPLES = {
  required: [
    { case: 'typed field', label: FULL_NAME, kind: 'text' },
    { case: 'choice', label: L('Giới tính', 'Sex'), kind: 'radio' },
    { case: 'choice with an unfinished title', label: L('Hộ kinh doanh do', 'The household business is registered by'), kind: 'radio' },
    { case: 'typed field with an unfinished title', label: L('Người ký tờ khai là', 'The declaration is signed by'), kind: 'text' },
    { case: 'checkbox', label: L('Đã xác định được người cha', 'The father is determined'), kind: 'checkbox' },
    { case: 'upload field', label: L('Bản sao CCCD', 'Copy of the CCCD'), kind: 'file' },
    { case: 'list', label: L('Ngành, nghề kinh doanh', 'Business lines'), kind: 'array' },
    { case: 'field whose title another shares (see fieldOfGroup)', label: L('Ngày sinh của người mẹ', 'Date of birth of the mother'), kind: 'date' },
    { case: 'missing part of an address', label: L('Tỉnh, thành phố của nơi cư trú', 'Province or city of the place of residence'), kind: 'select' },
  ],
  type: [
    { case: 'integer', label: L('Số máy tính', 'Number of computers'), params: { type: 'integer' } },
    { case: 'number', label: L('Diện tích (m²)', 'Area (m²)'), params: { type: 'number' } },
    { case: 'other', label: FULL_NAME, params: { type: 'string' } },
  ],
  minLength: [{ label: FULL_NAME, params: { limit: 2 } }],
  maxLength: [{ label: FULL_NAME, params: { limit: 100 } }],
  maxDepth: [{ label: L('Cha', 'Father'), params: { limit: 128 } }],
  pattern: [{ label: L('Số phát hành', 'Serial number') }],
  format: [
    { case: 'email', label: L('Thư điện tử', 'Email'), params: { format: 'email' } },
    { case: 'date', label: L('Ngày cấp', 'Date of issue'), params: { format: 'date' } },
    { case: 'date-time', label: L('Thời điểm nộp', 'Time of filing'), params: { format: 'date-time' } },
    { case: 'time', label: L('Giờ hẹn', 'Appointment time'), params: { format: 'time' } },
    { case: 'uri', label: L('Trang web', 'Website'), params: { format: 'uri' } },
    { case: 'cccd (without its definition)', label: L('Số định danh cá nhân (CCCD)', 'Personal identification number (CCCD)'), params: { format: 'cccd' } },
    { case: 'vn-tax-code', label: L('Mã số thuế', 'Tax code'), params: { format: 'vn-tax-code' } },
    { case: 'vn-phone', label: L('Số điện thoại', 'Phone number'), params: { format: 'vn-phone' } },
    { case: 'vn-postal-code', label: L('Mã bưu chính', 'Postal code'), params: { format: 'vn-postal-code' } },
    { case: 'any other format', label: L('Mã hồ sơ', 'Dossier code'), params: { format: 'dossier-code' } },
  ],
  minimum: [{ label: AGE, params: { limit: 18 } }],
  maximum: [{ label: L('Số bản sao', 'Number of copies'), params: { limit: 1250 } }],
  exclusiveMinimum: [{ label: L('Diện tích (m²)', 'Area (m²)'), params: { limit: 0 } }],
  exclusiveMaximum: [{ label: L('Tỷ lệ', 'Share'), params: { limit: 100 } }],
  multipleOf: [{ label: L('Diện tích (m²)', 'Area (m²)'), params: { multipleOf: 0.5 } }],
  enum: [
    { case: 'choice', label: L('Dân tộc', 'Ethnic group'), kind: 'select' },
    { case: 'unfinished title', label: L('Chủ điểm là', 'The owner is'), kind: 'select' },
  ],
  const: [
    { case: 'checkbox', label: L('Tôi cam kết thông tin là đúng', 'I confirm the information is true'), kind: 'checkbox', params: { allowedValue: true } },
    { case: 'other', label: L('Phiên bản', 'Version'), kind: 'text', params: { allowedValue: '2' } },
  ],
  oneOf: [
    { case: 'none chosen', label: L('Loại giấy tờ', 'Document type'), kind: 'select', params: { passingSchemas: null } },
    { case: 'several match', label: L('Loại giấy tờ', 'Document type'), kind: 'alternatives', params: { passingSchemas: [0, 1] } },
  ],
  anyOf: [{ label: L('Loại giấy tờ', 'Document type'), kind: 'select' }],
  minItems: [
    { case: 'list', label: L('Người quản lý', 'Managers'), kind: 'array', params: { limit: 1 } },
    { case: 'list, more than one', label: L('Người quản lý', 'Managers'), kind: 'array', params: { limit: 2 } },
    { case: 'upload field', label: L('Ảnh chụp', 'Photos'), kind: 'file', params: { limit: 2 } },
  ],
  maxItems: [
    { case: 'list', label: L('Người quản lý', 'Managers'), kind: 'array', params: { limit: 5 } },
    { case: 'upload field, one file', label: L('Bản sao CCCD', 'Copy of the CCCD'), kind: 'file', params: { limit: 1 } },
  ],
  uniqueItems: [{ label: L('Số điện thoại', 'Phone numbers'), params: { i: 0, j: 1 } }],
  additionalProperties: [{ label: L('Hồ sơ', 'Dossier'), params: { additionalProperty: 'extra' } }],
  unevaluatedProperties: [{ label: L('Hồ sơ', 'Dossier'), params: { unevaluatedProperty: 'extra' } }],
  propertyNames: [{ case: 'label: the keys’ title', label: L('Người nghe', 'Listener'), params: { key: 'x-1' } }],
  keyNotAllowed: [{ label: L('Người nghe', 'Listener'), params: { key: 'x-1' } }],
  duplicateKey: [{ label: L('Tên', 'Name'), params: { key: 'Mẹ' } }],
  keySelectsOtherSchema: [{ label: L('Tên', 'Name'), params: { key: 'fax' } }],
  minProperties: [{ label: L('Danh bạ', 'Contacts'), params: { limit: 2 } }],
  maxProperties: [{ label: L('Danh bạ', 'Contacts'), params: { limit: 10 } }],
  contains: [{ label: L('Thành viên', 'Members') }],
  not: [{ label: L('Mã hồ sơ', 'Dossier code') }],
  notANumber: [{ label: L('Vốn kinh doanh (đồng)', 'Business capital (VND)'), kind: 'number' }],
  unreadableDate: [
    { case: 'a date that does not exist', label: L('Ngày sinh', 'Date of birth'), kind: 'date', params: { value: '2023-02-30' } },
    { case: 'a two-digit year', label: L('Ngày sinh', 'Date of birth'), kind: 'date', params: { value: '23-02-01' } },
    { case: 'a part missing', label: L('Ngày sinh', 'Date of birth'), kind: 'date', params: { value: '2023--01' } },
    { case: 'a time no control can show', label: L('Giờ hẹn', 'Appointment time'), kind: 'time', params: { value: '25:61' } },
  ],
  fallback: [{ case: 'a problem with no message of its own', label: L('Mã hồ sơ', 'Dossier code') }],
  fieldOfGroup: [
    { case: 'label: the field’s title; params.group: its group’s (a leading “Thông tin” dropped; “the” added in English)', placeholders: true, label: L('Ngày sinh', 'Date of birth'), params: { group: L('Thông tin người mẹ', 'The mother') } },
    { case: 'group without "Thông tin" / "The"', label: FULL_NAME, params: { group: L('Người đi đăng ký khai sinh', 'Person registering the birth') } },
    { case: 'an item of a list', label: FULL_NAME, params: { group: L('Người quản lý 2', 'Manager 2') } },
  ],
  summary: [
    { case: 'label: the field’s name; params.message: a message that does not name it', placeholders: true, label: L('Ngày sinh của người mẹ', 'Date of birth of the mother'), params: { message: L('Vui lòng nhập ngày sinh hợp lệ', 'Enter a valid date of birth') } },
    { case: 'a message that names the field', label: L('Ngày sinh của người mẹ', 'Date of birth of the mother'), params: { message: L('Vui lòng nhập ngày sinh của người mẹ', 'Enter date of birth of the mother') } },
  ],
  item: [{ case: 'a list’s item without a title (+ its number)' }],
  option: [{ case: 'an alternative without a title', params: { n: 2 } }],
  yes: [{ case: 'a boolean choice' }],
  no: [{ case: 'a boolean choice' }],
  none: [{ case: 'null as a choice' }],
  example: [{ case: 'placeholder from the schema’s first example', params: { value: L('0912 345 678', '0912 345 678') } }],
  dossier: [{ case: 'the root, when the schema has no title' }],
  entryKey: [{ case: 'the keys of a key–value list, when propertyNames has no title' }],
};

/** Sample arguments of the elements' message functions, by key (Vietnamese, English). */
const ELEMENT_ARGS = {
  addItem: [['người quản lý'], ['manager']],
  itemName: [['Người quản lý', 2], ['Manager', 2]],
  openGroup: [['Cha'], ['Father']],
  fetchFailed: [['/schemas/1.001193.json', '404'], ['/schemas/1.001193.json', '404']],
  addressResults: [[3], [1]],
  fileChoose: [[true], [false]],
  fileConstraints: [['PDF, JPG', '10 MB'], ['PDF, JPG', '10 MB']],
  fileRemove: [['don.pdf'], ['form.pdf']],
  fileWrongType: [['anh.heic', 'PDF, JPG'], ['photo.heic', 'PDF, JPG']],
  fileTooLarge: [['ban-scan.pdf', '10 MB'], ['scan.pdf', '10 MB']],
  fileEmpty: [['don.pdf'], ['form.pdf']],
  fileOnlyOne: [['anh-2.jpg'], ['photo-2.jpg']],
  fileAdded: [['don.pdf, anh.jpg'], ['form.pdf, photo.jpg']],
  fileRemoved: [['don.pdf'], ['form.pdf']],
  fileMissing: [['Bản sao CCCD'], ['Copy of the CCCD']],
  dossierTitle: [['000.00.01.H29-260213-0001'], ['000.00.01.H29-260213-0001']],
  workingDaysLeft: [[3], [1]],
  workingDaysOver: [[2], [2]],
  workingDaysEarly: [[1], [1]],
  download: [['Giấy khai sinh'], ['Birth certificate']],
  refreshedAt: [['04/03/2026 10:15'], ['04/03/2026 10:15']],
  stateChanged: [['Đã có kết quả'], ['Result ready']],
  lastUpdated: [['04/03/2026 09:00'], ['04/03/2026 09:00']],
};

// ---- rendering --------------------------------------------------------------------------------------------------

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pick = (value, locale) => (value && typeof value === 'object' && 'vi' in value ? value[locale] : value);

/** Parameters a template shows as `{name}`; the others (a format, a type, a value to read) choose the wording. */
const TEMPLATE_PARAMS = ['limit', 'multipleOf', 'additionalProperty', 'unevaluatedProperty', 'key', 'n', 'value', 'group', 'message'];

function engineRows(dictionaries) {
  const { engineVi, engineEn, midSentence, num } = dictionaries;
  const keys = Object.keys(engineVi);
  const missing = keys.filter((k) => !ENGINE_EXAMPLES[k]);
  if (missing.length > 0) throw new Error(`scripts/messages-doc.mjs: no example for ${missing.join(', ')}`);
  const unknown = Object.keys(ENGINE_EXAMPLES).filter((k) => !keys.includes(k));
  if (unknown.length > 0) throw new Error(`scripts/messages-doc.mjs: examples for keys the dictionary lacks: ${unknown.join(', ')}`);
  const rows = [];
  for (const key of keys) {
    for (const example of ENGINE_EXAMPLES[key]) {
      const say = (dictionary, locale) => {
        const params = Object.fromEntries(Object.entries(example.params ?? {}).map(([k, v]) => [k, pick(v, locale)]));
        const label = example.label?.[locale] ?? '';
        const context = { label, kind: example.kind ?? 'text', params, locale };
        const text = dictionary[key](context);
        const shown = Object.keys(params).filter((k) => TEMPLATE_PARAMS.includes(k) && key !== 'unreadableDate');
        // Words with no label, and fieldOfGroup (whose group is reworded): the call with placeholders is the template.
        if (!label || example.placeholders) {
          const placeholders = Object.fromEntries(shown.map((k) => [k, `{${k}}`]));
          return [dictionary[key]({ ...context, label: label && '{label}', params: { ...params, ...placeholders } }), text];
        }
        // Else the example with the field's name and the parameters put back as placeholders.
        let template = text;
        for (const name of [label, midSentence(label, locale)]) template = template.split(name).join('{label}');
        for (const k of shown) template = template.replace(new RegExp(`(?<![\\p{L}\\d.,])${escape(num(context, params[k]))}(?![\\p{L}\\d])`, 'u'), `{${k}}`);
        return [template, text];
      };
      rows.push([key, example.case ?? '', ...say(engineVi, 'vi'), ...say(engineEn, 'en')]);
    }
  }
  return rows;
}

const escape = (text) => String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function paramNames(fn) {
  const match = /^\s*(?:function\b[^(]*)?\(?([^)=]*)\)?\s*=>/.exec(fn.toString()) ?? /^[^(]*\(([^)]*)\)/.exec(fn.toString());
  return (match?.[1] ?? '').split(',').map((p) => p.trim().replace(/^_/, '')).filter(Boolean);
}

function elementRows(vi, en) {
  const rows = [];
  for (const key of Object.keys(vi)) {
    const [viValue, enValue] = [vi[key], en[key]];
    if (typeof viValue !== 'function') {
      rows.push([key, cell(viValue), '', cell(enValue), '']);
      continue;
    }
    const args = ELEMENT_ARGS[key];
    if (!args) throw new Error(`scripts/messages-doc.mjs: no sample arguments for ${key}`);
    const names = paramNames(viValue).map((n) => `{${n}}`);
    // A boolean or number argument chooses the wording: the template shows the sample's.
    const template = (fn, sample) => fn(...sample.map((value, i) => (typeof value === 'string' ? names[i] : value)));
    rows.push([key, template(viValue, args[0]), viValue(...args[0]), template(enValue, args[1]), enValue(...args[1])]);
  }
  return rows;
}

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export async function renderMessagesDoc() {
  const d = await loadDictionaries();
  return `# Messages a citizen reads

<!-- Generated by \`npm run messages:doc\` (scripts/messages-doc.mjs) from the dictionaries; do not edit by hand. -->

Every message and interface word of the engine and the elements, in Vietnamese and English. A template shows the
wording with \`{label}\` (the field's name) and \`{parameter}\` placeholders; the example next to it is the same
message for a real field of the five procedures in \`schemas/procedures\`.

## Wording rules

- **One verb per thing, in the form and in the pickers:** "Vui lòng nhập" / "Enter" for what is typed,
  "Vui lòng chọn" / "Select" for a choice (the address picker's province and commune too), "Vui lòng đính kèm" /
  "Attach" for files, "Vui lòng thêm" / "Add" for a list, "Vui lòng đánh dấu ô" / "Tick the box" for a checkbox.
- **The field is named by its label as shown.** Inside a sentence the first letter is lower-cased only when the
  first word is an ordinary word: acronyms (CCCD, UBND, VNeID), proper nouns of several capitalised words (Hà Nội,
  Việt Nam) and "I" are kept. English adds no article in front of a label ("Enter full name").
- **A title two fields share is named with its group** (\`fieldOfGroup\`): "Ngày sinh của người mẹ" / "Date of birth
  of the mother". A leading "Thông tin" is dropped from the group; English puts "the" in front of a group unless it
  has a determiner, is a numbered item ("Manager 2") or a proper noun. At most two groups are added.
- **A missing group has no message of its own:** each required field inside it says it is missing; an address names
  its first missing part ("Vui lòng chọn tỉnh, thành phố của nơi cư trú"). A schema that words the group's
  \`required\` message itself (\`x-ui.messages\`) keeps it.
- **An unfinished title or a question is quoted**, not woven into the sentence: "Vui lòng chọn một phương án cho
  “Hộ kinh doanh do”". So is a checkbox's statement.
- **The error summary** shows the message when it names the field, else the field's name, a colon, and the message
  continuing in lower case ("Ngày sinh của người mẹ: vui lòng nhập ngày sinh hợp lệ").
- A schema's own messages (\`x-ui.messages\`) and a format's (\`@dvc-kit/vn\`) are used as written.

## Engine: validation messages and interface words

\`@dvc-kit/form-engine/messages-vi\` and \`/messages-en\` (also bundled into each validator \`dvc-schema build\`
writes). The last rows are interface words of the field tree.

${table(['Key', 'Case', 'Tiếng Việt (template)', 'Ví dụ', 'English (template)', 'Example'], engineRows(d))}

## \`<dvc-dossier-form>\`

\`packages/elements/src/messages/vi.ts\`, \`en.ts\`.

${table(['Key', 'Tiếng Việt', 'Ví dụ', 'English', 'Example'], elementRows(d.formVi, d.formEn))}

## \`<dvc-address-picker>\`

\`packages/elements/src/address-picker/messages.ts\`.

${table(['Key', 'Tiếng Việt', 'Ví dụ', 'English', 'Example'], elementRows(d.ADDRESS_MESSAGES.vi, d.ADDRESS_MESSAGES.en))}

## \`<dvc-file-upload>\`

\`packages/elements/src/file-upload/messages.ts\`.

${table(['Key', 'Tiếng Việt', 'Ví dụ', 'English', 'Example'], elementRows(d.FILE_MESSAGES.vi, d.FILE_MESSAGES.en))}

## \`<dvc-status-tracker>\`

\`packages/elements/src/status-tracker/messages.ts\`.

${table(['Key', 'Tiếng Việt', 'Ví dụ', 'English', 'Example'], elementRows(d.TRACKER_MESSAGES.vi, d.TRACKER_MESSAGES.en))}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await renderMessagesDoc();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // A missing file is out of date too.
    }
    if (current !== text) {
      console.error('docs/messages.md is out of date: run `npm run messages:doc` and review the diff.');
      process.exit(1);
    }
    console.log('docs/messages.md is up to date.');
  } else {
    writeFileSync(OUT, text);
    console.log(`Wrote ${OUT}`);
  }
}
