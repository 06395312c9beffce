import { describe, expect, it } from 'vitest';
import { createForm, inputValueOf, needsClock, registerClock } from '../src/core.js';
import { prepareSchema } from '../src/prepare.js';

const schema = prepareSchema({ type: 'object', properties: { at: { type: 'string', format: 'date-time' }, opens: { type: 'string', format: 'time' } } });

describe('the clock, loaded on demand', () => {
  it('is needed by a schema with a date-time or time field only', () => {
    expect(needsClock(schema)).toBe(true);
    expect(needsClock({ type: 'object', properties: { born: { type: 'string', format: 'date' } } })).toBe(false);
  });

  it('until it is registered, a date-time is edited as the text it holds, never converted', async () => {
    const form = createForm(schema, { at: '2026-03-05T10:30:00Z' });
    for (const pointer of ['/at', '/opens']) expect(form.getNode(pointer)!.rawText, pointer).toBe(true);
    expect(inputValueOf(form.getNode('/at')!)).toBe('2026-03-05T10:30:00Z');
    expect(form.setInput('/at', '2026-03-05T10:31:00Z').data).toEqual({ at: '2026-03-05T10:31:00Z' });

    registerClock(await import('../src/date-time.js'));
    const withClock = createForm(schema, { at: '2026-03-05T10:30:00Z' });
    expect(withClock.getNode('/at')!.rawText).toBeUndefined();
    expect(inputValueOf(withClock.getNode('/at')!)).toBe('2026-03-05T17:30');
  });
});
