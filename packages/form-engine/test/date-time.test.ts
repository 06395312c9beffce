import { describe, expect, it } from 'vitest';
import { readClock, writeClock } from '../src/date-time.js';

describe('a stored date-time in the native control: Vietnam time', () => {
  it('shows the instant on Vietnam’s clock, whatever offset it was stored with', () => {
    expect(readClock('datetime', '2026-03-05T10:30:00Z')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05T17:30:00+07:00')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05T05:30:00-05:00')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05T16:15:00+05:45')?.text).toBe('2026-03-05T17:30');
    // As ajv accepts them: lower case, a space, an offset without colon or minutes.
    expect(readClock('datetime', '2026-03-05t10:30:00z')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05 10:30:00Z')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05T17:30:00+0700')?.text).toBe('2026-03-05T17:30');
    expect(readClock('datetime', '2026-03-05T17:30:00+07')?.text).toBe('2026-03-05T17:30');
  });

  it('crosses midnight, month, year and a leap day correctly', () => {
    expect(readClock('datetime', '2026-12-31T20:00:00Z')?.text).toBe('2027-01-01T03:00');
    expect(readClock('datetime', '2024-02-28T17:00:00Z')?.text).toBe('2024-02-29T00:00');
    expect(readClock('datetime', '2026-03-01T02:00:00+10:00')?.text).toBe('2026-02-28T23:00');
    expect(readClock('datetime', '0050-06-01T00:00:00Z')?.text).toBe('0050-06-01T07:00'); // no 1900s for years below 100
  });

  it('shows seconds only when the value has them, and reports the fraction it cannot show', () => {
    expect(readClock('datetime', '2026-03-05T10:30:00Z')).toEqual({ text: '2026-03-05T17:30', showsSeconds: false, seconds: '00', fraction: '' });
    expect(readClock('datetime', '2026-03-05T10:30:45Z')).toEqual({ text: '2026-03-05T17:30:45', showsSeconds: true, seconds: '45', fraction: '' });
    expect(readClock('datetime', '2026-03-05T10:30:00.250Z')).toEqual({ text: '2026-03-05T17:30:00', showsSeconds: true, seconds: '00', fraction: '.250' });
    expect(readClock('datetime', '2026-03-05T10:30:00.000Z')?.showsSeconds).toBe(false);
  });

  it('cannot show what is not a valid date-time, a leap second, or a year out of the control’s range', () => {
    for (const value of [
      '2026-02-30T10:00:00Z', // no such day
      '2026-13-01T10:00:00Z',
      '2026-03-05T24:00:00Z', // 24:00 is not RFC 3339
      '2026-03-05T10:60:00Z',
      '2026-03-05T10:30Z', // no seconds
      '2026-03-05T10:30:00', // no offset: a time in which zone?
      '2026-03-05T10:30:00+24:00',
      '2016-12-31T23:59:60Z', // a leap second: valid, but no control has second 60
      '9999-12-31T20:00:00Z', // year 10000 in Vietnam
      '0000-01-01T00:00:00Z', // year 0
      ' 2026-03-05T10:30:00Z',
      '2026-03-05T10:30:00Z\n',
      '',
      20260305,
      null,
      undefined,
    ]) {
      expect(readClock('datetime', value), String(value)).toBe(null);
    }
  });
});

describe('a stored time in the native control', () => {
  it('shows Vietnam time, wrapping around midnight', () => {
    expect(readClock('time', '10:30:00Z')?.text).toBe('17:30');
    expect(readClock('time', '17:30:00+07:00')?.text).toBe('17:30');
    expect(readClock('time', '20:00:00Z')?.text).toBe('03:00');
    expect(readClock('time', '03:00:00+10:00')?.text).toBe('00:00');
    expect(readClock('time', '10:30:15.5Z')).toEqual({ text: '17:30:15', showsSeconds: true, seconds: '15', fraction: '.5' });
  });

  it('cannot show an invalid time or a leap second', () => {
    for (const value of ['24:00:00Z', '25:99', '10:30', '10:30:00', '23:59:60Z', '10:30:00+25:00', '10:30:00Zx']) {
      expect(readClock('time', value), value).toBe(null);
    }
  });
});

describe('an edit in the native control', () => {
  it('stores Vietnam time with its offset', () => {
    expect(writeClock('datetime', '2026-03-05T17:31', '2026-03-05T10:30:00Z', false)).toBe('2026-03-05T17:31:00+07:00');
    expect(writeClock('datetime', '2026-03-05T17:31', undefined, false)).toBe('2026-03-05T17:31:00+07:00');
    expect(writeClock('time', '08:30', undefined, false)).toBe('08:30:00+07:00');
    expect(writeClock('time', '17:31', '10:30:00Z', false)).toBe('17:31:00+07:00');
  });

  it('keeps the seconds and the fraction the control did not show', () => {
    // The control showed no seconds: the stored ones stay.
    expect(writeClock('datetime', '2026-03-05T17:31', '2026-03-05T10:30:45Z', false)).toBe('2026-03-05T17:31:45+07:00');
    // It showed them: what it holds counts, and Chrome drops ":00".
    expect(writeClock('datetime', '2026-03-05T17:31:12', '2026-03-05T10:30:45Z', true)).toBe('2026-03-05T17:31:12+07:00');
    expect(writeClock('datetime', '2026-03-05T17:31', '2026-03-05T10:30:45Z', true)).toBe('2026-03-05T17:31:00+07:00');
    // No control shows the fraction: it stays.
    expect(writeClock('datetime', '2026-03-05T17:31:00', '2026-03-05T10:30:00.125Z', true)).toBe('2026-03-05T17:31:00.125+07:00');
    expect(writeClock('time', '17:45', '10:30:15.5Z', false)).toBe('17:45:15.5+07:00');
    // From a value the control could not show, nothing is carried over.
    expect(writeClock('datetime', '2026-03-05T17:31', '2016-12-31T23:59:60Z', false)).toBe('2026-03-05T17:31:00+07:00');
  });

  it('leaves what is not a control value to the caller, to keep as typed', () => {
    for (const text of ['', '2026-03-05', '12026-03-05T10:00', '2026-03-05T10:00Z', 'sáng mai', '25:99x']) {
      expect(writeClock('datetime', text, undefined, false), text).toBe(null);
    }
    expect(writeClock('time', '8:30', undefined, false)).toBe(null);
    for (const text of ['2026-02-31T10:00', '2026-03-05T24:00', '2026-03-05T10:60', '0000-01-01T08:00']) {
      expect(writeClock('datetime', text, undefined, false), text).toBe(null);
    }
    expect(writeClock('time', '24:00', undefined, false)).toBe(null);
  });

  it('round-trips: what is stored reads back as the control’s text', () => {
    for (const text of ['2026-03-05T17:31', '2026-03-05T00:00', '0001-01-01T07:00', '9999-12-31T23:59', '2026-03-05T17:31:59']) {
      const stored = writeClock('datetime', text, undefined, text.length > 16)!;
      expect(readClock('datetime', stored)?.text, text).toBe(text);
    }
  });
});
