import { describe, expect, it } from 'vitest';
import { createForm } from '../src/index.js';
import type { JsonSchemaObject } from '../src/index.js';
import { node, pointers } from './helpers.js';

const kinds = (schema: JsonSchemaObject, data?: unknown) => {
  const form = createForm(schema, data);
  return Object.fromEntries(form.state.root.children!.map((c) => [c.pointer, c.kind]));
};

describe('widget kinds', () => {
  it('maps types, formats and options to widgets', () => {
    expect(
      kinds({
        type: 'object',
        properties: {
          s: { type: 'string' },
          long: { type: 'string', maxLength: 1000 },
          d: { type: 'string', format: 'date' },
          dt: { type: 'string', format: 'date-time' },
          t: { type: 'string', format: 'time' },
          e: { type: 'string', format: 'email' },
          u: { type: 'string', format: 'uri' },
          n: { type: 'number' },
          i: { type: 'integer' },
          b: { type: 'boolean' },
          few: { enum: ['a', 'b', 'c'] },
          many: { type: 'string', enum: ['1', '2', '3', '4', '5', '6'] },
          titled: { oneOf: [{ const: 'x', title: 'Ex' }, { const: 'y', title: 'Why' }] },
          c: { const: 'fixed' },
          tags: { type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true },
          list: { type: 'array', items: { type: 'string' } },
          obj: { type: 'object', properties: { a: { type: 'string' } } },
        },
      }),
    ).toEqual({
      '/s': 'text',
      '/long': 'textarea',
      '/d': 'date',
      '/dt': 'datetime',
      '/t': 'time',
      '/e': 'email',
      '/u': 'url',
      '/n': 'number',
      '/i': 'integer',
      '/b': 'checkbox',
      '/few': 'radio',
      '/many': 'select',
      '/titled': 'radio',
      '/c': 'const',
      '/tags': 'checkboxes',
      '/list': 'array',
      '/obj': 'object',
    });
  });

  it('lets x-ui choose the widget', () => {
    expect(
      kinds({
        type: 'object',
        properties: {
          note: { type: 'string', 'x-ui': { widget: 'textarea', rows: 3 } },
          pick: { enum: ['a', 'b'], 'x-ui': { widget: 'select' } },
          secret: { type: 'string', 'x-ui': { widget: 'password' } },
        },
      }),
    ).toEqual({ '/note': 'textarea', '/pick': 'select', '/secret': 'password' });
  });

  it('renders a nullable field as its non-null branch', () => {
    const form = createForm({ type: 'object', properties: { n: { anyOf: [{ type: 'integer', minimum: 3 }, { type: 'null' }] } } });
    const n = node(form.state.root, '/n');
    expect(n.kind).toBe('integer');
    expect(n.constraints.minimum).toBe(3);
  });

  it('renders a tuple position by position (no longer unsupported) and keeps its value', () => {
    const form = createForm({ type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false } } }, { pair: [1, 2] });
    expect(node(form.state.root, '/pair').kind).toBe('tuple');
    expect(node(form.state.root, '/pair/1')).toMatchObject({ kind: 'number', value: 2 });
    expect(form.state.data).toEqual({ pair: [1, 2] });
  });
});

describe('labels, help and the UI vocabulary', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    title: 'Tờ khai',
    'x-ui': { order: ['phone', '*'] },
    required: ['fullName'],
    properties: {
      fullName: { type: 'string', title: 'Họ và tên', description: 'Ghi đầy đủ', 'x-ui': { autocomplete: 'name', en: { title: 'Full name', description: 'As on your ID' } } },
      birthPlace: { type: 'string' },
      phone: { type: 'string', title: 'Số điện thoại', examples: ['0912345678'], 'x-ui': { inputMode: 'tel' } },
      count: { type: 'integer', minimum: 1, maximum: 9 },
      sex: { enum: ['M', 'F'], title: 'Giới tính', 'x-ui': { en: { title: 'Sex', options: { M: 'Male', F: 'Female' } } } },
    },
  };

  it('reads title, description, examples and x-ui', () => {
    const root = createForm(schema).state.root;
    expect(root.label).toBe('Tờ khai');
    expect(pointers(root)).toEqual(['', '/phone', '/fullName', '/birthPlace', '/count', '/sex']);
    const name = node(root, '/fullName');
    expect(name).toMatchObject({ label: 'Họ và tên', help: 'Ghi đầy đủ', required: true, autocomplete: 'name', id: 'dvc-field.fullName' });
    expect(node(root, '/birthPlace').label).toBe('Birth place');
    expect(node(root, '/phone')).toMatchObject({ placeholder: 'Ví dụ: 0912345678', inputMode: 'tel', required: false });
    expect(node(root, '/count')).toMatchObject({ inputMode: 'numeric', constraints: { minimum: 1, maximum: 9, step: 1 } });
    expect(node(root, '/sex').options).toEqual([
      { value: 'M', label: 'M' },
      { value: 'F', label: 'F' },
    ]);
  });

  it('switches to English text from x-ui.en', () => {
    const form = createForm(schema, undefined, { locale: 'en' });
    const root = form.state.root;
    expect(node(root, '/fullName')).toMatchObject({ label: 'Full name', help: 'As on your ID' });
    expect(node(root, '/phone').placeholder).toBe('For example: 0912345678');
    expect(node(root, '/sex').options!.map((o) => o.label)).toEqual(['Male', 'Female']);
    const vi = createForm(schema).setLocale('en');
    expect(node(vi.root, '/fullName').label).toBe('Full name');
  });

  it('groups fields into sections', () => {
    const form = createForm({
      type: 'object',
      'x-ui': { sections: [{ id: 'who', title: { vi: 'Người nộp', en: 'Applicant' }, fields: ['name'] }] },
      properties: { name: { type: 'string' }, other: { type: 'string' } },
    });
    const [section, other] = form.state.root.children!;
    expect(section).toMatchObject({ kind: 'object', section: 'who', label: 'Người nộp', pointer: '#who' });
    expect(section!.children!.map((c) => c.pointer)).toEqual(['/name']);
    expect(other!.pointer).toBe('/other');
    expect(form.setLocale('en').root.children![0]!.label).toBe('Applicant');
  });
});

describe('references and drafts', () => {
  it('follows $defs references with sibling overrides', () => {
    const form = createForm({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { home: { $ref: '#/$defs/address', title: 'Nơi ở' } },
      $defs: { address: { type: 'object', title: 'Địa chỉ', required: ['street'], properties: { street: { type: 'string', title: 'Đường' } } } },
    });
    const home = node(form.state.root, '/home');
    expect(home).toMatchObject({ kind: 'object', label: 'Nơi ở' });
    expect(node(form.state.root, '/home/street')).toMatchObject({ label: 'Đường', required: true });
  });

  it('follows references to anchors: $anchor, and a draft-07 $id fragment', () => {
    const modern = createForm({
      type: 'object',
      properties: { phone: { $ref: '#phone' } },
      $defs: { phone: { $anchor: 'phone', type: 'string', title: 'Số điện thoại', format: 'email' } },
    });
    expect(node(modern.state.root, '/phone')).toMatchObject({ kind: 'email', label: 'Số điện thoại' });
    const draft07 = createForm({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { born: { $ref: '#born' } },
      definitions: { born: { $id: '#born', type: 'string', format: 'date', title: 'Ngày sinh' } },
    });
    expect(node(draft07.state.root, '/born')).toMatchObject({ kind: 'date', label: 'Ngày sinh' });
  });

  it('reads draft-07 definitions and dependencies', () => {
    const form = createForm({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { card: { $ref: '#/definitions/card' }, billing: { type: 'string' } },
      dependencies: { card: ['billing'] },
      definitions: { card: { type: 'string', minLength: 4 } },
    });
    expect(node(form.state.root, '/billing').required).toBe(false);
    const state = form.setInput('/card', '1234');
    expect(node(state.root, '/billing').required).toBe(true);
    expect(state.valid).toBe(false);
    expect(state.errors.map((e) => e.pointer)).toEqual(['/billing']);
  });

  it('merges allOf members, including several conditions', () => {
    const form = createForm({
      type: 'object',
      properties: { a: { type: 'boolean' }, b: { type: 'boolean' } },
      allOf: [
        { if: { properties: { a: { const: true } }, required: ['a'] }, then: { properties: { x: { type: 'string' } } } },
        { if: { properties: { b: { const: true } }, required: ['b'] }, then: { properties: { y: { type: 'string' } } } },
      ],
    });
    expect(pointers(form.state.root)).toEqual(['', '/a', '/b']);
    expect(pointers(form.setValue('/a', true).root)).toEqual(['', '/a', '/b', '/x']);
    expect(pointers(form.setValue('/b', true).root)).toEqual(['', '/a', '/b', '/x', '/y']);
  });
});

describe('conditional fields', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    required: ['channel'],
    properties: { channel: { enum: ['IN_PERSON', 'POST'] }, note: { type: 'string' } },
    if: { properties: { channel: { const: 'POST' } }, required: ['channel'] },
    then: { required: ['address'], properties: { address: { type: 'string', title: 'Địa chỉ nhận' } } },
    else: { properties: { office: { type: 'string' } } },
    dependentSchemas: { note: { properties: { noteLang: { enum: ['vi', 'en'] } } } },
    dependentRequired: { note: ['noteAuthor'] },
  };

  it('shows the branch that holds and keeps hidden values for later', () => {
    const form = createForm(schema);
    expect(pointers(form.state.root)).toEqual(['', '/channel', '/note', '/office']);
    let state = form.setValue('/office', 'Phường 1');
    state = form.setValue('/channel', 'POST');
    expect(pointers(state.root)).toEqual(['', '/channel', '/note', '/address']);
    expect(node(state.root, '/address').required).toBe(true);
    expect(state.data).toEqual({ channel: 'POST', office: 'Phường 1' });
    expect(state.submitData).toEqual({ channel: 'POST' });
    state = form.setValue('/channel', 'IN_PERSON');
    expect(node(state.root, '/office').value).toBe('Phường 1');
    expect(state.submitData).toEqual({ channel: 'IN_PERSON', office: 'Phường 1' });
  });

  it('applies dependentSchemas and dependentRequired when the property is present', () => {
    const form = createForm(schema, { channel: 'IN_PERSON' });
    let state = form.setValue('/noteLang', 'vi');
    expect(state.submitData).toEqual({ channel: 'IN_PERSON' });
    state = form.setValue('/note', 'Gọi trước');
    expect(pointers(state.root)).toContain('/noteLang');
    expect(state.submitData).toEqual({ channel: 'IN_PERSON', note: 'Gọi trước', noteLang: 'vi' });
    expect(state.errors.map((e) => e.pointer)).toEqual(['/noteAuthor']);
  });
});

describe('alternatives (oneOf discriminated by a const property)', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      owner: {
        title: 'Chủ sở hữu',
        type: 'object',
        oneOf: [
          { title: 'Cá nhân', required: ['kind', 'fullName'], properties: { kind: { const: 'person' }, fullName: { type: 'string' }, shared: { type: 'string' } } },
          { title: 'Tổ chức', required: ['kind', 'orgName'], properties: { kind: { const: 'org' }, orgName: { type: 'string' }, shared: { type: 'string' } } },
        ],
      },
    },
  };

  it('lists the branches and shows the chosen one without its discriminator', () => {
    const form = createForm(schema);
    const owner = node(form.state.root, '/owner');
    expect(owner).toMatchObject({ kind: 'alternatives', selectedOption: -1 });
    expect(owner.options!.map((o) => o.label)).toEqual(['Cá nhân', 'Tổ chức']);
    let state = form.selectAlternative('/owner', 1);
    expect(node(state.root, '/owner').selectedOption).toBe(1);
    expect(pointers(state.root)).toEqual(['', '/owner', '/owner/orgName', '/owner/shared']);
    state = form.setValue('/owner/shared', 'x');
    state = form.selectAlternative('/owner', 0);
    expect(state.data).toEqual({ owner: { kind: 'person', shared: 'x' } });
    expect(state.errors.map((e) => `${e.pointer} ${e.message}`)).toEqual(['/owner/fullName Vui lòng nhập full name']);
  });

  it('asks to choose when no branch is chosen', () => {
    const form = createForm(schema, { owner: {} });
    expect(form.state.errors.map((e) => e.pointer)).toEqual(['/owner']);
    expect(form.state.errors[0]!.message).toBe('Vui lòng chọn chủ sở hữu');
  });
});

describe('arrays', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      staff: {
        type: 'array',
        title: 'Nhân viên',
        minItems: 1,
        maxItems: 3,
        'x-ui': { itemLabel: { vi: 'Nhân viên', en: 'Staff member' } },
        items: { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Tên' } } },
      },
    },
  };

  it('adds, moves and removes items within min/maxItems', () => {
    const form = createForm(schema, { staff: [] });
    let state = form.state;
    expect(node(state.root, '/staff')).toMatchObject({ canAdd: true, canRemove: false, itemLabel: 'Nhân viên' });
    state = form.addItem('/staff');
    state = form.setValue('/staff/0/name', 'An');
    state = form.addItem('/staff');
    state = form.setValue('/staff/1/name', 'Bình');
    state = form.addItem('/staff');
    expect(node(state.root, '/staff')).toMatchObject({ canAdd: false, canRemove: true });
    expect(node(state.root, '/staff/2').label).toBe('Nhân viên 3');
    state = form.moveItem('/staff', 1, 0);
    expect(state.data).toEqual({ staff: [{ name: 'Bình' }, { name: 'An' }, {}] });
    state = form.removeItem('/staff', 2);
    expect(state.data).toEqual({ staff: [{ name: 'Bình' }, { name: 'An' }] });
    expect(state.valid).toBe(true);
  });

  it('stores checkbox choices in option order', () => {
    const form = createForm({ type: 'object', properties: { days: { type: 'array', uniqueItems: true, items: { enum: ['mon', 'tue', 'wed'] } } } });
    const state = form.setInput('/days', [2, 0]);
    expect(state.data).toEqual({ days: ['mon', 'wed'] });
  });
});

describe('incremental updates', () => {
  it('keeps the identity of every node a keystroke did not touch', () => {
    const properties: Record<string, JsonSchemaObject> = {};
    for (let i = 0; i < 300; i++) properties[`f${i}`] = { type: 'string', minLength: 2 };
    const form = createForm({ type: 'object', properties, required: ['f150'] });
    const before = form.state.root.children!;
    const after = form.setInput('/f150', 'a').root.children!;
    const changed = after.filter((child, i) => child !== before[i]).map((c) => c.pointer);
    expect(changed).toEqual(['/f150']);
  });

  it('parses what native controls hold without losing text', () => {
    const form = createForm({ type: 'object', properties: { n: { type: 'number', title: 'Diện tích' }, t: { type: 'string', format: 'time' }, at: { type: 'string', format: 'date-time' }, ok: { type: 'boolean', const: true } } });
    expect(form.setInput('/n', '12,5').data).toEqual({ n: 12.5 });
    const state = form.setInput('/n', '12a');
    expect(state.data).toEqual({ n: '12a' });
    expect(state.errors[0]!.message).toBe('Diện tích phải là một số, ví dụ 1.250 hoặc 12,5');
    expect(form.setInput('/t', '08:30').data).toMatchObject({ t: '08:30:00+07:00' });
    expect(form.setInput('/at', '2026-02-17T08:30').data).toMatchObject({ at: '2026-02-17T08:30:00+07:00' });
    expect(form.setInput('/ok', true).data).toMatchObject({ ok: true });
    expect(form.setInput('/ok', false).data).not.toHaveProperty('ok');
    expect(form.setInput('/n', '').data).not.toHaveProperty('n');
  });

  it('applies defaults to a new form only', () => {
    const schema = { type: 'object', properties: { country: { type: 'string', default: 'Việt Nam' }, inner: { type: 'object', properties: { x: { type: 'integer', default: 1 } } } } };
    expect(createForm(schema).state.data).toEqual({ country: 'Việt Nam', inner: { x: 1 } });
    expect(createForm(schema, {}).state.data).toEqual({});
  });

  it('makes every field read-only on request and honours readOnly', () => {
    const form = createForm({ type: 'object', properties: { a: { type: 'string', readOnly: true }, b: { type: 'string' } } });
    expect(node(form.state.root, '/a').readOnly).toBe(true);
    expect(node(form.state.root, '/b').readOnly).toBe(false);
    expect(node(form.setReadOnly(true).root, '/b').readOnly).toBe(true);
  });
});

describe('the address widget', () => {
  it('keeps an address object as one field, with its problems on it', () => {
    const form = createForm({
      type: 'object',
      properties: {
        home: {
          type: 'object',
          title: 'Địa chỉ',
          'x-ui': { widget: 'address' },
          required: ['provinceCode', 'communeCode'],
          properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, street: { type: 'string' } },
        },
      },
    }, { home: { provinceCode: '42' } });
    const home = node(form.state.root, '/home');
    expect(home).toMatchObject({ kind: 'address', value: { provinceCode: '42' } });
    expect(home.children).toBeUndefined();
    expect(form.state.errors.map((e) => e.pointer)).toEqual(['/home']);
  });
});

describe('unusual schemas', () => {
  it('unfolds a recursive schema only as deep as the data goes', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { node: { type: 'object', title: 'Nút', properties: { name: { type: 'string' }, child: { $ref: '#/definitions/node' } } } },
      $ref: '#/definitions/node',
    };
    const data = { name: 'a', child: { name: 'b' } };
    const form = createForm(schema, data);
    expect(form.state.data).toEqual(data);
    expect(node(form.state.root, '/child/name').value).toBe('b');
    expect(node(form.state.root, '/child/child').kind).toBe('deferred');
    expect(createForm(schema).state.data).toEqual({});
  });

  it('judges a value that is not an object as it is', () => {
    const form = createForm({ type: ['object', 'null'], properties: { a: { type: 'string' } } }, null);
    expect(form.state).toMatchObject({ valid: true, data: null, submitData: null });
    expect(createForm({ type: 'object', properties: { a: { type: 'string' } } }, 'text').state.valid).toBe(false);
  });

  it('keeps maps and nested lists it shows in part', () => {
    const data = { tags: { a: 'x' }, grid: [[1, 2], [3]] };
    const form = createForm({ type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } }, grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } } } }, data);
    expect(form.state.data).toEqual(data);
    expect(form.state.valid).toBe(true);
    expect(node(form.state.root, '/grid/1/0').kind).toBe('integer');
  });
});

describe('draft-04 schemas', () => {
  it('are read as draft-07: id, and boolean exclusive limits', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'http://example.com/age.json',
      type: 'object',
      properties: { age: { type: 'integer', minimum: 18, exclusiveMinimum: true, title: 'Tuổi' }, note: { type: 'string' } },
    };
    const form = createForm(schema, { age: 18 });
    expect(form.state.errors.map((e) => e.message)).toEqual(['Tuổi phải lớn hơn 18']);
    expect(form.setValue('/age', 19).valid).toBe(true);
  });
});

describe('recursive schemas', () => {
  const person = {
    type: 'object',
    properties: {
      ten: { type: 'string' },
      cha: { $ref: '#/$defs/person', title: 'Cha' },
      me: { $ref: '#/$defs/person', title: 'Mẹ' },
      giamHo: { $ref: '#/$defs/person', title: 'Giám hộ' },
    },
  };
  const schema = { $defs: { person }, type: 'object', properties: { ds: { type: 'array', items: { $ref: '#/$defs/person' } }, nguoi: { $ref: '#/$defs/person' } } };

  it('knows every reference to a definition by the definition, whatever siblings it adds', () => {
    const form = createForm(schema, { nguoi: { cha: {} } });
    // Each reference resolves to an object of its own (its own title), yet recursion is caught at the first empty one.
    expect(node(form.state.root, '/nguoi/cha').kind).toBe('object');
    expect(node(form.state.root, '/nguoi/me').kind).toBe('deferred');
    expect(node(form.state.root, '/nguoi/cha/cha').kind).toBe('deferred');
    expect(node(form.state.root, '/nguoi/cha/cha').label).toBe('Cha');
  });

  it('starts and adds items without unfolding the recursion (three self-references)', () => {
    const form = createForm(schema);
    expect(form.state.data).toEqual({});
    const state = form.addItem('/ds');
    expect(state.data).toEqual({ ds: [{}] });
    expect(node(state.root, '/ds/0/giamHo').kind).toBe('deferred');
  });

  it('opens a deferred group one level when it gets a value', () => {
    const form = createForm(schema, { nguoi: {} });
    const state = form.setValue('/nguoi/me', {});
    expect(node(state.root, '/nguoi/me').kind).toBe('object');
    expect(node(state.root, '/nguoi/me/ten').kind).toBe('text');
    expect(node(state.root, '/nguoi/me/me').kind).toBe('deferred');
  });

  it('keeps defaults of a recursive schema finite', () => {
    const withDefault = { $defs: { node: { type: 'object', properties: { name: { type: 'string', default: 'x' }, child: { $ref: '#/$defs/node' }, other: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' };
    expect(createForm(withDefault).state.data).toEqual({ name: 'x' });
  });

  it('bounds a chain of distinct definitions, each referenced twice, that would unfold 2^n groups', () => {
    const $defs: Record<string, unknown> = { l40: { type: 'string' } };
    for (let level = 39; level >= 0; level--) {
      $defs[`l${level}`] = { type: 'object', properties: { a: { $ref: `#/$defs/l${level + 1}` }, b: { $ref: `#/$defs/l${level + 1}` } } };
    }
    const form = createForm({ $defs, $ref: '#/$defs/l0' });
    let groups = 0;
    const count = (n: { children?: readonly unknown[]; kind: string }): void => {
      groups++;
      for (const child of (n.children ?? []) as { kind: string }[]) count(child);
    };
    count(form.state.root);
    expect(groups).toBeLessThan(2 ** 14);
    expect(form.state.data).toEqual({});
  });
});

describe('property names that are also Object.prototype names', () => {
  it('merges a "__proto__" property declared in an allOf member as a property', () => {
    const schema = JSON.parse('{"type":"object","properties":{"a":{"type":"string"}},"allOf":[{"properties":{"__proto__":{"type":"string","maxLength":3}}}]}');
    const data = JSON.parse('{"__proto__":"abcd"}');
    const form = createForm(schema, data);
    expect(node(form.state.root, '/__proto__').kind).toBe('text');
    const state = form.submit();
    expect(state.errors.map((e) => e.pointer)).toEqual(['/__proto__']);
    expect(Object.hasOwn(state.data as object, '__proto__')).toBe(true);
  });
});
