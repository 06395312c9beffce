import { describe, expect, it } from 'vitest';
import { ApologyError, apologize, applyEvent, openDossier } from '../src/index.js';
import type { Dossier } from '../src/index.js';
import { INIT, STATE_OF } from './helpers.js';

const DUE = '2026-02-27T17:00:00+07:00';
const open: Dossier = {
  ...openDossier({ ...INIT, channel: 'DIRECT' }, { state: STATE_OF.RECEIVED, at: '2026-02-13T09:30:00+07:00' }),
  dueAt: DUE,
};
const LETTER = { at: '2026-02-26T10:00:00+07:00', reason: 'Chờ kết quả xác minh của cơ quan liên quan', revisedDueAt: '2026-03-06T17:00:00+07:00' };

describe('apologize', () => {
  it('keeps the revised date beside the original', () => {
    const next = apologize(open, { ...LETTER, agency: { name: 'UBND phường Ba Đình' } });
    expect(next).toMatchObject({ dueAt: DUE, revisedDueAt: '2026-03-06T17:00:00+07:00' });
    expect(next.apology).toEqual({ at: LETTER.at, reason: LETTER.reason, agency: { name: 'UBND phường Ba Đình' } });
    expect(open.apology).toBeUndefined();
  });

  it.each<[string, Dossier, typeof LETTER, string]>([
    ['before receipt (no due date)', openDossier(INIT, { state: STATE_OF.SUBMITTED, at: '2026-02-12T08:00:00+07:00' }), LETTER, 'no-due-date'],
    ['once the result is ready', applyEvent(applyEvent(open, { state: STATE_OF.IN_PROCESS, at: LETTER.at }), { state: STATE_OF.RESULT_READY, at: LETTER.at }), LETTER, 'finished'],
    ['after the dossier was withdrawn', applyEvent(open, { state: STATE_OF.WITHDRAWN, at: LETTER.at }), LETTER, 'finished'],
    ['on the due day itself', open, { ...LETTER, at: '2026-02-27T08:00:00+07:00' }, 'too-late'],
    // 17:30 UTC on 26 Feb is already 27 Feb in Hà Nội.
    ['on the due day, written in UTC', open, { ...LETTER, at: '2026-02-26T17:30:00Z' }, 'too-late'],
    ['after the due day', open, { ...LETTER, at: '2026-03-02T08:00:00+07:00' }, 'too-late'],
    ['with a new date not after the original', open, { ...LETTER, revisedDueAt: DUE }, 'not-later'],
    ['with a date without its zone', open, { ...LETTER, revisedDueAt: '2026-03-06T17:00:00' }, 'invalid-time'],
    ['without a reason', open, { ...LETTER, reason: '  ' }, 'no-reason'],
  ])('refuses an apology %s', (_what, dossier, letter, code) => {
    expect(() => apologize(dossier, letter)).toThrow(ApologyError);
    expect(() => apologize(dossier, letter)).toThrow(expect.objectContaining({ code }));
  });

  it('allows one apology only, unless the portal relaxes the rule', () => {
    const once = apologize(open, LETTER);
    const again = { at: '2026-03-05T10:00:00+07:00', reason: 'Còn chờ', revisedDueAt: '2026-03-13T17:00:00+07:00' };
    // The second letter comes after the original due date too: both rules must be relaxed for it.
    expect(() => apologize(once, again)).toThrow(expect.objectContaining({ code: 'already-apologized' }));
    expect(() => apologize(once, again, { once: false })).toThrow(expect.objectContaining({ code: 'too-late' }));
    const twice = apologize(once, again, { once: false, beforeDueDate: false });
    expect(twice).toMatchObject({ dueAt: DUE, revisedDueAt: '2026-03-13T17:00:00+07:00', apology: { at: again.at } });
  });

  it('lets the portal accept a letter on the due day', () => {
    expect(apologize(open, { ...LETTER, at: '2026-02-27T08:00:00+07:00' }, { beforeDueDate: false }).revisedDueAt).toBe(LETTER.revisedDueAt);
  });
});
