// The tricky parts of the wording: names inside sentences, shared titles, missing groups, and the five real procedures.
import { readdirSync } from 'node:fs';
import { vnFormats } from '@dvc-kit/vn';
import { describe, expect, it } from 'vitest';
import { createForm } from '../src/index.js';
import type { FieldError, JsonSchemaObject, Locale } from '../src/index.js';
import { isOpenTitle, midSentence, summaryLine } from '../src/message-wording.js';
import { readJson, repoRoot } from './helpers.js';

const PROCEDURES = readdirSync(`${repoRoot}schemas/procedures`).sort();
const procedure = (code: string) => readJson(`schemas/procedures/${code}/schema.json`) as JsonSchemaObject;
const emptySubmit = (code: string, locale: Locale) => createForm(procedure(code), {}, { formats: vnFormats, locale }).submit().errors;
const byPointer = (errors: readonly FieldError[]) => Object.fromEntries(errors.map((e) => [e.pointer, e.message]));

describe('a label inside a sentence', () => {
  it('loses the capital of an ordinary first word only', () => {
    expect(midSentence('Họ và tên', 'vi')).toBe('họ và tên');
    expect(midSentence('Số CCCD', 'vi')).toBe('số CCCD');
    expect(midSentence('Thành phố Hà Nội', 'vi')).toBe('thành phố Hà Nội');
    expect(midSentence('Email', 'en')).toBe('email');
    expect(midSentence('Recipient’s full name', 'en')).toBe('recipient’s full name');
    expect(midSentence('Ủy ban nhân dân', 'vi')).toBe('ủy ban nhân dân');
  });

  it('keeps acronyms, words with inner capitals, proper nouns and the pronoun I', () => {
    for (const label of ['CCCD của người nộp', 'UBND xã', 'VNeID', 'Hà Nội', 'Việt Nam', 'I request a re-measurement', 'Hồ Chí Minh']) {
      expect(midSentence(label, 'vi')).toBe(label);
    }
  });

  it('tells an unfinished title or a question, which messages quote', () => {
    for (const title of ['Hộ kinh doanh do', 'Chủ điểm là', 'Bạn nộp hồ sơ với tư cách', 'Nhận kết quả bằng cách', 'You are filing as', 'The owner is', 'How do you want to receive the result?']) {
      expect(isOpenTitle(title), title).toBe(true);
    }
    for (const title of ['Họ và tên', 'Ngày sinh', 'Quốc tịch', 'Full name', 'Business lines']) expect(isOpenTitle(title), title).toBe(false);
  });

  it('the summary line continues the sentence after the name, without a second capital', () => {
    expect(summaryLine('Ngày sinh của người mẹ', 'Vui lòng nhập ngày sinh hợp lệ', 'vi')).toBe('Ngày sinh của người mẹ: vui lòng nhập ngày sinh hợp lệ');
    expect(summaryLine('Ngày sinh của người mẹ', 'Vui lòng nhập ngày sinh của người mẹ', 'vi')).toBe('Vui lòng nhập ngày sinh của người mẹ');
    expect(summaryLine('Số định danh cá nhân', 'CCCD gồm 12 chữ số', 'vi')).toBe('Số định danh cá nhân: CCCD gồm 12 chữ số');
  });
});

describe('birth registration (1.001193), everything empty', () => {
  it('names each field, with its group where two share a title (Vietnamese)', () => {
    const messages = byPointer(emptySubmit('1.001193', 'vi'));
    expect(messages).toMatchObject({
      '/child/givenName': 'Vui lòng nhập tên',
      '/child/birthDate': 'Vui lòng nhập ngày sinh của người được khai sinh',
      '/mother/birthDate': 'Vui lòng nhập ngày sinh của người mẹ',
      '/mother/fullName': 'Vui lòng nhập họ và tên của người mẹ',
      '/child/sex': 'Vui lòng chọn giới tính',
      // An address names its first missing part, with the group of the address.
      '/mother/residence': 'Vui lòng chọn tỉnh, thành phố của nơi cư trú của người mẹ',
      '/requester/personalId': 'Vui lòng nhập số định danh cá nhân (CCCD) của người đi đăng ký khai sinh',
      '/fatherDetermined': 'Vui lòng đánh dấu ô “Đã xác định được người cha”',
      '/delivery/returnChannel': 'Vui lòng chọn một phương án cho “Nhận kết quả bằng cách”',
    });
    // A missing section gets no message of its own: its fields say what is missing.
    for (const group of ['/child', '/mother', '/requester', '/delivery']) expect(messages[group], group).toBeUndefined();
  });

  it('the same in English, without capitals or articles from the titles', () => {
    const messages = byPointer(emptySubmit('1.001193', 'en'));
    expect(messages).toMatchObject({
      '/child/givenName': 'Enter given name',
      '/child/birthDate': 'Enter date of birth of the child',
      '/mother/birthDate': 'Enter date of birth of the mother',
      '/child/sex': 'Select sex',
      '/mother/residence': 'Select province or city of the place of residence of the mother',
      '/requester/fullName': 'Enter full name of the person registering the birth',
      '/fatherDetermined': 'Tick the box “The father is determined”',
      '/delivery/returnChannel': 'Select an option for “How do you want to receive the result?”',
    });
  });

  it('the father, once shown, is told apart from the mother', () => {
    const form = createForm(procedure('1.001193'), { fatherDetermined: true, father: {} }, { formats: vnFormats });
    const messages = byPointer(form.submit().errors);
    expect(messages['/father/birthDate']).toBe('Vui lòng nhập ngày sinh của người cha');
    expect(messages['/mother/birthDate']).toBe('Vui lòng nhập ngày sinh của người mẹ');
  });

  it('a schema’s own message keeps its words; the summary adds whose field it is', () => {
    const form = createForm(procedure('1.001193'), { child: { birthDate: '2024-02-30' }, mother: { birthDate: 'x' } }, { formats: vnFormats });
    const summaries = form.submit().errors.filter((e) => e.pointer.endsWith('/birthDate')).map((e) => e.summary);
    expect(summaries).toContain('Ngày sinh của người mẹ: vui lòng nhập ngày sinh hợp lệ');
  });
});

describe('household business registration (2.000720), everything empty', () => {
  it('quotes an unfinished title instead of weaving it in ("Vui lòng chọn hộ kinh doanh do")', () => {
    const vi = byPointer(emptySubmit('2.000720', 'vi'));
    expect(vi['/registeredBy']).toBe('Vui lòng chọn một phương án cho “Hộ kinh doanh do”');
    expect(vi['/actingAs']).toBe('Vui lòng chọn một phương án cho “Bạn nộp hồ sơ với tư cách”');
    expect(vi['/businessLines']).toBe('Vui lòng thêm ngành, nghề kinh doanh');
    expect(vi['/owner/fullName']).toBe('Vui lòng nhập họ và tên');
    const en = byPointer(emptySubmit('2.000720', 'en'));
    expect(en['/registeredBy']).toBe('Select an option for “The household business is registered by”');
    expect(en['/businessLines']).toBe('Add business lines');
  });
});

describe('the other procedures, everything empty', () => {
  it('land certificate exchange (1.012783)', () => {
    const vi = byPointer(emptySubmit('1.012783', 'vi'));
    expect(vi['/parcel/address']).toBe('Vui lòng chọn tỉnh, thành phố của địa chỉ thửa đất');
    expect(vi['/certificate/registryNo']).toBe('Vui lòng nhập số vào sổ cấp Giấy chứng nhận');
    expect(vi['/holders']).toBe('Vui lòng thêm người sử dụng đất, chủ sở hữu tài sản');
  });

  it('internet service point (1.013792)', () => {
    const vi = byPointer(emptySubmit('1.013792', 'vi'));
    expect(vi['/ownerType']).toBe('Vui lòng chọn một phương án cho “Chủ điểm là”');
    expect(vi['/totalRoomAreaM2']).toBe('Vui lòng nhập tổng diện tích các phòng máy (m²)');
    const en = byPointer(emptySubmit('1.013792', 'en'));
    expect(en['/computerCount']).toBe('Enter number of computers');
  });

  it('criminal record certificate (3.000333)', () => {
    const vi = byPointer(emptySubmit('3.000333', 'vi'));
    expect(vi['/subject/fullName']).toBe('Vui lòng nhập họ và tên');
    expect(vi['/subject/citizenship']).toBe('Vui lòng chọn một phương án cho “Người được cấp phiếu là”');
    expect(vi['/residenceHistory']).toBe('Vui lòng thêm quá trình cư trú');
  });
});

describe('every procedure, both languages, empty and with the invalid examples', () => {
  const cases = PROCEDURES.flatMap((code) => {
    const examples = readdirSync(`${repoRoot}schemas/procedures/${code}/examples`).filter((f) => f.startsWith('invalid-'));
    return [{ code, name: 'empty', data: {} as unknown }, ...examples.map((name) => ({ code, name, data: readJson(`schemas/procedures/${code}/examples/${name}`) }))];
  });
  for (const { code, name, data } of cases) {
    for (const locale of ['vi', 'en'] as const) {
      it(`${code} ${name} (${locale})`, () => {
        const errors = createForm(procedure(code), structuredClone(data), { formats: vnFormats, locale }).submit().errors;
        expect(errors.length).toBeGreaterThan(0);
        // No two summary lines read the same: each says which field it is about.
        const summaries = errors.map((e) => e.summary);
        expect(new Set(summaries).size, summaries.join('\n')).toBe(summaries.length);
        for (const { message } of errors) {
          // No capital of a title mid-sentence, no article taken from a title, no whole-section message.
          expect(message).not.toMatch(/^(?:Vui lòng (?:nhập|chọn|thêm|đính kèm)|Enter|Select|Add|Attach) (?:The|A|An)? ?\p{Lu}\p{Ll}/u);
          expect(message).not.toMatch(/^(?:Enter|Select|Add|Attach) (?:The|A|An) /u);
          expect(message).not.toMatch(/thông tin người|Vui lòng nhập hình thức|Enter (?:the )?(?:child|mother|owner)\b/iu);
        }
      });
    }
  }
});
