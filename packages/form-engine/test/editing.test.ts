import { describe, expect, it } from 'vitest';
import { createForm, getIn, inputValueOf, setIn } from '../src/index.js';
import type { JsonSchemaObject } from '../src/index.js';
import { firstDifference, node } from './helpers.js';

const clocks: JsonSchemaObject = {
  type: 'object',
  properties: {
    at: { type: 'string', format: 'date-time', title: 'Thời điểm' },
    opens: { type: 'string', format: 'time', title: 'Giờ mở cửa' },
    note: { type: 'string' },
  },
};

describe('date-times and times keep their instant', () => {
  it('shows a UTC date-time in Vietnam time, and an edit stores the new local time with +07:00', () => {
    const form = createForm(clocks, { at: '2026-03-05T10:30:00Z' });
    const at = node(form.state.root, '/at');
    expect(at.rawText).toBeUndefined();
    expect(at.constraints.step).toBeUndefined();
    expect(inputValueOf(at)).toBe('2026-03-05T17:30');
    const state = form.setInput('/at', '2026-03-05T17:31');
    expect(state.data).toEqual({ at: '2026-03-05T17:31:00+07:00' });
    expect(inputValueOf(node(state.root, '/at'))).toBe('2026-03-05T17:31');
    expect(state.valid).toBe(true);
  });

  it('keeps the seconds and fraction the control did not show, and shows seconds when the value has them', () => {
    const form = createForm(clocks, { at: '2026-03-05T10:30:00.125Z', opens: '01:00:30Z' });
    const at = node(form.state.root, '/at');
    expect(at.constraints.step).toBe(1);
    expect(inputValueOf(at)).toBe('2026-03-05T17:30:00');
    expect(form.setInput('/at', '2026-03-05T17:31:00').data).toMatchObject({ at: '2026-03-05T17:31:00.125+07:00' });
    // The control still shows seconds after they became 0 (Chrome then drops ":00").
    expect(node(form.state.root, '/at').constraints.step).toBe(1);
    expect(form.setInput('/at', '2026-03-05T17:32').data).toMatchObject({ at: '2026-03-05T17:32:00.125+07:00' });

    const opens = node(form.state.root, '/opens');
    expect([inputValueOf(opens), opens.constraints.step]).toEqual(['08:00:30', 1]);
    expect(form.setInput('/opens', '08:15:30').data).toMatchObject({ opens: '08:15:30+07:00' });
  });

  it('shows a time with an offset in Vietnam time', () => {
    const form = createForm(clocks, { opens: '10:30:00Z' });
    expect(inputValueOf(node(form.state.root, '/opens'))).toBe('17:30');
    expect(form.setInput('/opens', '17:31').data).toEqual({ opens: '17:31:00+07:00' });
  });

  it('never rewrites a date-time it was not asked to change', () => {
    const prefill = { at: '2026-03-05t10:30:00.5z', opens: '10:30:00+0530', note: 'x' };
    const form = createForm(clocks, prefill);
    form.setInput('/note', 'y');
    form.setLocale('en');
    form.submit();
    form.touch('/at');
    expect(form.state.data).toEqual({ ...prefill, note: 'y' });
    expect(form.state.submitData).toEqual({ ...prefill, note: 'y' });
  });

  it('shows what no control can show as its text, with an error, never shifted', () => {
    for (const [pointer, value] of [
      ['/at', '2026-02-30T10:00:00Z'],
      ['/at', '2026-03-05T24:00:00Z'],
      ['/at', '2026-03-05T10:30'],
      ['/opens', '24:00:00Z'],
      ['/opens', '10:30'],
    ] as const) {
      const form = createForm(clocks, { [pointer.slice(1)]: value });
      const field = node(form.state.root, pointer);
      expect(field.rawText, value).toBe(true);
      expect(inputValueOf(field), value).toBe(value);
      expect(field.errors.length, value).toBe(1);
      expect(field.showErrors, value).toBe(true);
      // Typed text is stored as typed, even once it is valid, and the control stays text while the citizen types.
      const typed = pointer === '/at' ? '2026-02-28T10:00:00Z' : '10:00:00Z';
      const state = form.setInput(pointer, typed);
      expect(getIn(state.data, [pointer.slice(1)])).toBe(typed);
      expect(node(state.root, pointer).rawText).toBe(true);
      expect(state.valid).toBe(true);
    }
  });

  it('shows a leap second as its text, valid and unchanged', () => {
    const form = createForm(clocks, { at: '2016-12-31T23:59:60Z', opens: '23:59:60Z' });
    expect(node(form.state.root, '/at').rawText).toBe(true);
    expect(node(form.state.root, '/opens').rawText).toBe(true);
    expect(inputValueOf(node(form.state.root, '/at'))).toBe('2016-12-31T23:59:60Z');
    expect(form.state.valid).toBe(true);
    form.setInput('/note', 'x');
    expect(form.state.data).toEqual({ at: '2016-12-31T23:59:60Z', opens: '23:59:60Z', note: 'x' });
  });

  it('decides the control again for new data', () => {
    const form = createForm(clocks, { at: 'sai' });
    expect(node(form.state.root, '/at').rawText).toBe(true);
    form.setData({ at: '2026-03-05T10:30:00Z' });
    expect(node(form.state.root, '/at').rawText).toBeUndefined();
    expect(node(createForm(clocks, {}).state.root, '/at').rawText).toBeUndefined();
  });
});

describe('multi-line text', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      address: { type: 'string', title: 'Địa chỉ' },
      email: { type: 'string', format: 'email' },
      story: { type: 'string', 'x-ui': { rows: 3 } },
      one: { type: 'string', 'x-ui': { rows: 1 } },
    },
  };

  it('a string with a line break gets a textarea, and keeps it while the citizen types', () => {
    const form = createForm(schema, { address: 'Số 1 Lê Lợi\r\nPhường Bến Nghé', email: 'a@b.c\n' });
    expect(node(form.state.root, '/address').kind).toBe('textarea');
    expect(node(form.state.root, '/email').kind).toBe('textarea');
    expect(inputValueOf(node(form.state.root, '/address'))).toBe('Số 1 Lê Lợi\r\nPhường Bến Nghé');
    // Deleting the line break does not turn it back into a single-line input under the citizen's fingers.
    expect(form.setInput('/address', 'Số 1 Lê Lợi').data).toMatchObject({ address: 'Số 1 Lê Lợi' });
    expect(node(form.state.root, '/address').kind).toBe('textarea');
    expect(form.setInput('/address', '').data).not.toHaveProperty('address');
    expect(node(form.state.root, '/address').kind).toBe('textarea');
    // New data decides again.
    form.setData({ address: 'một dòng' });
    expect(node(form.state.root, '/address').kind).toBe('text');
  });

  it('a line break set into a single-line field turns it into a textarea, so it is never flattened', () => {
    const form = createForm(schema, {});
    expect(node(form.state.root, '/address').kind).toBe('text');
    form.setInput('/address', 'a\nb');
    expect(node(form.state.root, '/address').kind).toBe('textarea');
    form.setValue('/email', 'x\ny');
    expect(node(form.state.root, '/email').kind).toBe('textarea');
  });

  it('x-ui asking for several rows gets a textarea', () => {
    const form = createForm(schema, {});
    expect(node(form.state.root, '/story').kind).toBe('textarea');
    expect(node(form.state.root, '/one').kind).toBe('text');
  });
});

describe('own properties only', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      kind: { enum: ['a', 'b'] },
    },
    if: { properties: { kind: { const: 'a' } }, required: ['kind'] },
    then: { properties: { extra: { type: 'string' } } },
    else: { properties: { other: { type: 'string' } } },
  };

  const prefill = () =>
    JSON.parse('{"name":"An","kind":"b","extra":"hidden when kind is b","__proto__":{"polluted":true},"constructor":"c","toString":"t"}') as Record<string, unknown>;

  it('an own "__proto__" key round-trips in data and submitData, through edits and pruning', () => {
    const data = prefill();
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    const form = createForm(schema, data);
    expect(firstDifference(form.state.data, prefill())).toBe(null);
    // `extra` is hidden (kind is b): submitData is a copy without it, keeping every other own key.
    const expected = prefill();
    delete expected.extra;
    expect(firstDifference(form.state.submitData, expected)).toBe(null);
    expect((form.state.submitData as { polluted?: unknown }).polluted).toBeUndefined();

    form.setInput('/name', 'Bình');
    expect(firstDifference(form.state.data, { ...prefill(), name: 'Bình' })).toBe(null);
    expect(firstDifference(form.state.submitData, { ...expected, name: 'Bình' })).toBe(null);
    expect(JSON.stringify(form.state.submitData)).toContain('"__proto__":{"polluted":true}');
  });

  it('editing a "__proto__", "constructor" or "toString" field edits that key, nothing else', () => {
    const keys = '{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"string"},"toString":{"type":"string"}}}';
    const form = createForm(JSON.parse(keys), {});
    // Nothing inherited is a value.
    for (const key of ['__proto__', 'constructor', 'toString']) expect(node(form.state.root, `/${key}`).value, key).toBeUndefined();
    form.setInput('/__proto__', 'p');
    form.setInput('/toString', 't');
    const data = form.state.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'toString']);
    expect(data.toString).toBe('t');
    expect(JSON.stringify(data)).toBe('{"__proto__":"p","toString":"t"}');
    form.setInput('/__proto__', '');
    expect(JSON.stringify(form.state.data)).toBe('{"toString":"t"}');
  });

  it('a required key is missing when only Object.prototype has it', () => {
    const form = createForm({ type: 'object', required: ['toString'], properties: { toString: { type: 'string' } } }, {});
    const field = node(form.state.root, '/toString');
    expect(field.required).toBe(true);
    expect(field.value).toBeUndefined();
  });

  it('getIn and setIn read and write own properties only', () => {
    expect(getIn({}, ['toString'])).toBeUndefined();
    expect(getIn({}, ['__proto__'])).toBeUndefined();
    expect(getIn({}, ['constructor', 'name'])).toBeUndefined();
    const written = setIn({}, ['__proto__', 'x'], 1) as Record<string, unknown>;
    expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
    expect(JSON.stringify(written)).toBe('{"__proto__":{"x":1}}');
    // Removing an inherited key changes nothing.
    const data = { a: 1 };
    expect(setIn(data, ['toString'], undefined)).toBe(data);
  });
});
