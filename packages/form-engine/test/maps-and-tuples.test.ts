import { describe, expect, it } from 'vitest';
import { createForm } from '../src/index.js';
import type { FieldNode, JsonSchemaObject } from '../src/index.js';
import { createAjvValidator } from '../src/ajv/index.js';
import { node, pointers } from './helpers.js';

/** Phone numbers by who answers them; extensions ("x-…") are numbers; names are lowercase words. */
const contacts: JsonSchemaObject = {
  type: 'object',
  properties: {
    owner: { type: 'string', title: 'Chủ hộ' },
    phones: {
      type: 'object',
      title: 'Số điện thoại liên hệ',
      propertyNames: { title: 'Người nghe', pattern: '^[a-z0-9-]+$', maxLength: 12 },
      patternProperties: { '^x-': { type: 'integer', title: 'Số máy lẻ', minimum: 1 } },
      additionalProperties: { type: 'string', title: 'Số điện thoại', pattern: '^0\\d{9}$' },
      maxProperties: 3,
    },
  },
};

const entryKeysOf = (map: FieldNode) => map.entries!.map((e) => e.entryKey);

describe('maps: additionalProperties / patternProperties as key–value rows', () => {
  it('renders each undeclared key as a row, with the schema its key selects', () => {
    const form = createForm(contacts, { phones: { me: '0912345678', 'x-1': 12 } });
    const phones = node(form.state.root, '/phones');
    expect(phones).toMatchObject({ kind: 'map', keyLabel: 'Người nghe', canAdd: true, canRemove: true });
    expect(entryKeysOf(phones)).toEqual(['me', 'x-1']);
    expect(node(form.state.root, '/phones/me')).toMatchObject({ kind: 'text', label: 'me', entryKey: 'me', value: '0912345678' });
    expect(node(form.state.root, '/phones/x-1')).toMatchObject({ kind: 'integer', entryKey: 'x-1', value: 12 });
    expect(form.state.valid).toBe(true);
  });

  it('keeps declared properties as fields (not rows) next to the rows', () => {
    const form = createForm({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'number' } }, { a: 'x', b: 2 });
    const root = form.state.root;
    expect(root.kind).toBe('map');
    expect(root.children!.map((c) => c.pointer)).toEqual(['/a']);
    expect(entryKeysOf(root)).toEqual(['b']);
    expect(node(root, '/b').kind).toBe('number');
  });

  it('adds a key with the default of the schema it selects, and edits its value', () => {
    const form = createForm(contacts, {});
    let state = form.addEntry('/phones', 'x-2');
    expect(state.data).toEqual({ phones: { 'x-2': null } });
    expect(node(state.root, '/phones/x-2').kind).toBe('integer');
    state = form.addEntry('/phones', 'chi');
    expect(state.data).toEqual({ phones: { 'x-2': null, chi: '' } });
    state = form.setInput('/phones/chi', '0987654321');
    state = form.setInput('/phones/x-2', '5');
    expect(state.data).toEqual({ phones: { 'x-2': 5, chi: '0987654321' } });
    expect(state.valid).toBe(true);
  });

  it('checks each value with the schema its key selects, with the error at that row', () => {
    const form = createForm(contacts, { phones: { me: '123', 'x-1': 0 } });
    const errors = form.submit().errors.map((e) => [e.pointer, e.message]);
    expect(errors).toEqual([
      ['/phones/me', 'me chưa đúng định dạng'],
      ['/phones/x-1', 'x-1 phải lớn hơn hoặc bằng 1'],
    ]);
  });

  it('renames a key, keeping its value and its place', () => {
    const form = createForm(contacts, { phones: { me: '0912345678', bo: '0987654321', 'x-1': 1 } });
    const state = form.renameEntry('/phones', 'bo', 'cha');
    expect(Object.entries(state.data as object)).toEqual([['phones', { me: '0912345678', cha: '0987654321', 'x-1': 1 }]]);
    expect(Object.keys((state.data as { phones: object }).phones)).toEqual(['me', 'cha', 'x-1']);
    expect(entryKeysOf(node(state.root, '/phones'))).toEqual(['me', 'cha', 'x-1']);
  });

  it('refuses a duplicate, a declared field, an empty key, or a key that selects another schema, and says why', () => {
    const form = createForm({ ...contacts, properties: { ...(contacts.properties as object) }, required: [] }, { phones: { me: '0912345678', bo: '0987654321' } });
    const before = form.state.data;
    const refused = (to: string) => {
      const state = form.renameEntry('/phones', 'bo', to);
      expect(state.data).toBe(before);
      return node(state.root, '/phones/bo').keyEdit;
    };
    expect(refused('me')).toEqual({ text: 'me', message: 'Người nghe "me" đã có, vui lòng chọn người nghe khác' });
    expect(refused('')).toEqual({ text: '', message: 'Vui lòng nhập người nghe' });
    expect(refused('x-9')!.message).toBe('Người nghe "x-9" dùng cho loại thông tin khác: hãy xóa dòng này rồi thêm dòng mới với người nghe đó');
    // Back to the key it has: nothing refused any more.
    expect(node(form.renameEntry('/phones', 'bo', 'bo').root, '/phones/bo').keyEdit).toBeUndefined();

    const adding = form.addEntry('/phones', 'me');
    expect(adding.data).toBe(before);
    expect(node(adding.root, '/phones').keyEdit).toEqual({ text: 'me', message: 'Người nghe "me" đã có, vui lòng chọn người nghe khác' });
    // A declared field's name is taken too (at the root, which declares "owner").
    const root = createForm({ type: 'object', properties: { owner: { type: 'string' } }, additionalProperties: { type: 'string' } });
    expect(root.addEntry('', 'owner').root.keyEdit!.message).toBe('Tên "owner" đã có, vui lòng chọn tên khác');
    // Words the refusal in English too.
    expect(node(form.setLocale('en').root, '/phones').keyEdit!.message).toBe('Người nghe "me" is already there: choose another người nghe');
  });

  it('lets a row with nothing typed yet take a key that selects another schema (its value starts again)', () => {
    const form = createForm(contacts, {});
    form.addEntry('/phones', 'an');
    const state = form.renameEntry('/phones', 'an', 'x-3');
    expect(state.data).toEqual({ phones: { 'x-3': null } });
    expect(node(state.root, '/phones/x-3').kind).toBe('integer');
    expect(node(state.root, '/phones/x-3').keyEdit).toBeUndefined();
  });

  it('removes a row', () => {
    const form = createForm(contacts, { phones: { me: '0912345678', 'x-1': 1 } });
    const state = form.removeEntry('/phones', 'me');
    expect(state.data).toEqual({ phones: { 'x-1': 1 } });
    expect(pointers(state.root)).not.toContain('/phones/me');
    // Never a declared field through this door.
    expect(createForm({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true }, { a: 'x' }).removeEntry('', 'a').data).toEqual({ a: 'x' });
  });

  it('checks keys with propertyNames, at the key of the row, and lists them in the summary', () => {
    const form = createForm(contacts, { phones: { 'Bố Mẹ': '0912345678' } });
    const state = form.submit();
    const entry = node(state.root, '/phones/Bố Mẹ');
    expect(entry.keyErrors).toEqual(['Người nghe chưa đúng định dạng']);
    expect(entry.errors).toEqual([]);
    expect(state.errors).toEqual([
      { pointer: '/phones/Bố Mẹ', id: `${entry.id}-key`, label: 'Bố Mẹ', message: 'Người nghe chưa đúng định dạng', summary: 'Bố Mẹ: người nghe chưa đúng định dạng' },
    ]);
    const renamed = form.renameEntry('/phones', 'Bố Mẹ', 'bome');
    expect(node(renamed.root, '/phones/bome').keyErrors).toBeUndefined();
    expect(renamed.valid).toBe(true);
  });

  it('says when a key is not allowed at all (patternProperties with additionalProperties: false)', () => {
    const form = createForm(
      { type: 'object', title: 'Mã', patternProperties: { '^[A-Z]{2}$': { type: 'string' } }, additionalProperties: false },
      { VN: 'Việt Nam', abc: 'x' },
    );
    const state = form.submit();
    expect(node(state.root, '/abc').keyErrors).toEqual(['Tên "abc" không được phép ở đây']);
    expect(node(state.root, '/VN').keyErrors).toBeUndefined();
  });

  it('applies maxProperties and minProperties to adding and removing', () => {
    const form = createForm(contacts, { phones: { a: '0912345678', b: '0912345678' } });
    expect(node(form.addEntry('/phones', 'c').root, '/phones').canAdd).toBe(false);
    const min = createForm({ type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 }, { a: '' });
    expect(min.state.root.canRemove).toBe(false);
    expect(min.addEntry('', 'b').root.canRemove).toBe(true);
  });

  it('agrees with ajv on where key problems go (ajv names the key in propertyName)', () => {
    const form = createForm(contacts, { phones: { 'Bố Mẹ': '0912345678', me: '1' } }, { validator: createAjvValidator(contacts) });
    const state = form.submit();
    expect(node(state.root, '/phones/Bố Mẹ').keyErrors).toEqual(['Người nghe chưa đúng định dạng']);
    expect(node(state.root, '/phones/me').errors).toEqual(['me chưa đúng định dạng']);
  });

  it('keeps an object without a schema for its other keys as it was (no rows)', () => {
    const form = createForm({ type: 'object', properties: { a: { type: 'string' } } }, { a: 'x', extra: 1 });
    expect(form.state.root.kind).toBe('object');
    expect(form.state.root.entries).toBeUndefined();
    expect(form.state.data).toEqual({ a: 'x', extra: 1 });
  });
});

const point: JsonSchemaObject = {
  type: 'object',
  properties: {
    point: {
      type: 'array',
      title: 'Tọa độ',
      prefixItems: [
        { type: 'number', title: 'Vĩ độ', minimum: -90, maximum: 90 },
        { type: 'number', title: 'Kinh độ', minimum: -180, maximum: 180 },
      ],
      items: { type: 'string', title: 'Ghi chú' },
      minItems: 2,
      maxItems: 4,
      'x-ui': { itemLabel: 'Ghi chú' },
    },
  },
};

describe('tuples: prefixItems position by position', () => {
  it('shows every position with its own schema and title, filled in or not', () => {
    const form = createForm(point);
    const tuple = node(form.state.root, '/point');
    expect(tuple).toMatchObject({ kind: 'tuple', fixedItems: 2, canAdd: false, canRemove: false });
    expect(tuple.items!.map((i) => [i.pointer, i.kind, i.label, i.required])).toEqual([
      ['/point/0', 'number', 'Vĩ độ', true],
      ['/point/1', 'number', 'Kinh độ', true],
    ]);
  });

  it('fills earlier positions when a later one is set first, so JSON gets no holes', () => {
    const form = createForm(point);
    const state = form.setInput('/point/1', '105,85');
    expect(state.data).toEqual({ point: [null, 105.85] });
    expect(form.setInput('/point/0', '21,03').data).toEqual({ point: [21.03, 105.85] });
  });

  it('adds and removes in the tail only, within minItems/maxItems', () => {
    const form = createForm(point, { point: [21.03, 105.85] });
    expect(node(form.state.root, '/point')).toMatchObject({ canAdd: true, canRemove: false });
    let state = form.addItem('/point');
    expect(state.data).toEqual({ point: [21.03, 105.85, ''] });
    expect(node(state.root, '/point/2')).toMatchObject({ kind: 'text', label: 'Ghi chú 3' });
    expect(node(state.root, '/point')).toMatchObject({ canAdd: true, canRemove: true });
    state = form.addItem('/point');
    expect(node(state.root, '/point').canAdd).toBe(false);
    state = form.removeItem('/point', 2);
    expect(state.data).toEqual({ point: [21.03, 105.85, ''] });
  });

  it('closes the tuple with items: false, and validates each position with its schema', () => {
    const form = createForm({ type: 'array', prefixItems: [{ type: 'string', title: 'Mã', minLength: 2 }, { type: 'integer', title: 'Số' }], items: false }, ['A', 1]);
    expect(form.state.root).toMatchObject({ kind: 'tuple', canAdd: false });
    const state = form.submit();
    expect(state.errors.map((e) => [e.pointer, e.message])).toEqual([['/0', 'Mã phải có ít nhất 2 ký tự']]);
  });

  it('reads a draft-07 tuple (items array, additionalItems)', () => {
    const form = createForm(
      { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items: [{ type: 'string', title: 'Họ' }], additionalItems: { type: 'string', title: 'Tên đệm' } },
      ['Nguyễn'],
    );
    expect(form.state.root).toMatchObject({ kind: 'tuple', fixedItems: 1, canAdd: true });
    expect(form.addItem('').data).toEqual(['Nguyễn', '']);
  });

  it('keeps a tuple longer than the schema allows and reports it', () => {
    const form = createForm({ type: 'array', prefixItems: [{ type: 'string' }], items: false }, ['a', 'b']);
    expect(form.state.data).toEqual(['a', 'b']);
    expect(form.state.root.items!.length).toBe(2);
    expect(form.state.valid).toBe(false);
  });
});
