import { describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '@dvc-kit/dossier/samples';
import type { Dossier } from '@dvc-kit/dossier/types';
import { allowedActions, parseAmount, readActionForm, type ConsoleAction, type FormValue } from '../src/console/actions.js';
import { CONSOLE_TEXT } from '../src/console/text.js';

const now = new Date(SAMPLE_NOW);
const text = CONSOLE_TEXT.vi;

function values(entries: Record<string, FormValue>): Map<string, FormValue> {
  return new Map(Object.entries(entries));
}

function draft(action: ConsoleAction, entries: Record<string, FormValue>, dossier: Dossier = SAMPLE_DOSSIERS.inProcess, at = now) {
  return readActionForm(action, values(entries), { dossier, expectedVersion: 7, agencyId: '000.31.01.H99', now: at, text });
}

describe('allowedActions', () => {
  it('offers what the lifecycle allows from each sample state', () => {
    expect(allowedActions(SAMPLE_DOSSIERS.submitted, now)).toEqual(['accept', 'request-supplement', 'refuse']);
    expect(allowedActions(SAMPLE_DOSSIERS.supplementAtIntake, now)).toEqual(['supplement-received', 'stop']);
    expect(allowedActions(SAMPLE_DOSSIERS.supplementInProcessing, now)).toContain('supplement-received');
    expect(allowedActions(SAMPLE_DOSSIERS.paymentRequired, now)).toEqual(expect.arrayContaining(['record-result', 'stop']));
    expect(allowedActions(SAMPLE_DOSSIERS.paymentRequired, now)).not.toContain('request-supplement');
    expect(allowedActions(SAMPLE_DOSSIERS.resultReady, now)).toEqual(['return']);
    for (const ended of [SAMPLE_DOSSIERS.refused, SAMPLE_DOSSIERS.returned, SAMPLE_DOSSIERS.withdrawn, SAMPLE_DOSSIERS.stopped]) {
      expect(allowedActions(ended, now), ended.code).toEqual([]);
    }
  });

  it('offers processing actions, a hand-off and the apology while the due date is ahead', () => {
    const fresh = { ...SAMPLE_DOSSIERS.inProcess, dueAt: '2026-03-20T17:00:00+07:00' };
    delete (fresh as Partial<Dossier>).revisedDueAt;
    delete (fresh as Partial<Dossier>).apology;
    expect(allowedActions(fresh, now)).toEqual(['request-supplement', 'hand-off', 'request-payment', 'record-result', 'stop', 'apologize']);
  });

  it("follows the apology rules of @dvc-kit/dossier on the officer's clock: once, before the due day, never after the result", () => {
    expect(allowedActions(SAMPLE_DOSSIERS.submitted, now)).not.toContain('apologize'); // no due date yet
    expect(allowedActions(SAMPLE_DOSSIERS.apology, now)).not.toContain('apologize'); // had its apology
    const dueTomorrow = { ...SAMPLE_DOSSIERS.inProcess, dueAt: '2026-03-05T17:00:00+07:00' };
    delete (dueTomorrow as Partial<Dossier>).revisedDueAt;
    delete (dueTomorrow as Partial<Dossier>).apology;
    expect(allowedActions(dueTomorrow, now)).toContain('apologize');
    expect(allowedActions(dueTomorrow, new Date('2026-03-05T08:00:00+07:00'))).not.toContain('apologize');
  });
});

describe('parseAmount', () => {
  it('reads whole VND as officers type it', () => {
    expect(parseAmount('1234000')).toBe(1_234_000);
    expect(parseAmount('1.234.000')).toBe(1_234_000);
    expect(parseAmount(' 1 234 000 ₫ ')).toBe(1_234_000);
    expect(parseAmount('50.000đ')).toBe(50_000);
  });
  it('refuses decimals, bad grouping, zero, negatives and sums past 2^53', () => {
    for (const bad of ['', '0', '-5', '1,5', '12.34', '1.2345.000', 'abc', '99999999999999999999']) expect(parseAmount(bad), bad).toBeUndefined();
  });
});

describe('readActionForm', () => {
  it('sends the version read with every action', () => {
    expect(draft('accept', {}, SAMPLE_DOSSIERS.submitted)).toEqual({ ok: true, request: { action: 'accept', expectedVersion: 7 } });
    expect(draft('return', {}, SAMPLE_DOSSIERS.resultReady)).toEqual({ ok: true, request: { action: 'return', expectedVersion: 7 } });
  });

  it('requires a reason to refuse or stop, trimmed', () => {
    expect(draft('refuse', { '/reason': '   ' })).toEqual({ ok: false, errors: [{ pointer: '/reason', message: 'Nhập lý do từ chối' }] });
    expect(draft('stop', { '/reason': ' Quá hạn bổ sung ' })).toEqual({ ok: true, request: { action: 'stop', expectedVersion: 7, reason: 'Quá hạn bổ sung' } });
  });

  it('builds a supplement request from its items, skipping empty rows, with the deadline at the end of that Vietnam day', () => {
    const result = draft('request-supplement', {
      '/reason': 'Thiếu giấy tờ',
      '/items/0/name': 'Bản sao CCCD',
      '/items/0/note': '',
      '/items/1/name': '',
      '/items/1/note': '',
      '/items/2/name': 'Biên bản họp',
      '/items/2/note': 'Đủ chữ ký',
      '/deadline': '13/03/2026',
    });
    expect(result).toEqual({
      ok: true,
      request: {
        action: 'request-supplement',
        expectedVersion: 7,
        reason: 'Thiếu giấy tờ',
        items: [{ name: 'Bản sao CCCD' }, { name: 'Biên bản họp', note: 'Đủ chữ ký' }],
        deadline: '2026-03-13T23:59:59+07:00',
      },
    });
  });

  it('says which supplement fields to fix: no item, a note without its name, a bad or past deadline', () => {
    const noItem = draft('request-supplement', { '/reason': 'x', '/items/0/name': '', '/items/0/note': '' });
    expect(noItem).toEqual({ ok: false, errors: [{ pointer: '/items/0/name', message: 'Nhập tên giấy tờ 1' }] });
    const noName = draft('request-supplement', { '/reason': 'x', '/items/0/name': 'a', '/items/1/name': '', '/items/1/note': 'chỉ ghi chú' });
    expect(noName.ok === false && noName.errors).toEqual([{ pointer: '/items/1/name', message: 'Nhập tên giấy tờ 2' }]);
    const badDate = draft('request-supplement', { '/reason': 'x', '/items/0/name': 'a', '/deadline': '31/02/2026' });
    expect(badDate.ok === false && badDate.errors[0]!.pointer).toBe('/deadline');
    const past = draft('request-supplement', { '/reason': 'x', '/items/0/name': 'a', '/deadline': '03/03/2026' });
    expect(past.ok === false && past.errors).toEqual([{ pointer: '/deadline', message: text.dateInPast }]);
    const today = draft('request-supplement', { '/reason': 'x', '/items/0/name': 'a', '/deadline': '2026-03-04' });
    expect(today.ok).toBe(true);
  });

  it('hands off only to another agency of the province, with an optional step', () => {
    expect(draft('hand-off', { '/agencyId': '000.00.12.H99', '/step': ' Thẩm định ' })).toEqual({
      ok: true,
      request: { action: 'hand-off', expectedVersion: 7, agencyId: '000.00.12.H99', step: 'Thẩm định' },
    });
    expect(draft('hand-off', { '/agencyId': '000.31.01.H99' }).ok).toBe(false); // its own agency
    expect(draft('hand-off', { '/agencyId': '' })).toEqual({ ok: false, errors: [{ pointer: '/agencyId', message: 'Chọn chuyển đến cơ quan' }] });
  });

  it('requests a payment of whole VND with its reason', () => {
    expect(draft('request-payment', { '/amount': '1.234.000', '/reason': 'Lệ phí trước bạ' })).toEqual({
      ok: true,
      request: { action: 'request-payment', expectedVersion: 7, amount: 1_234_000, reason: 'Lệ phí trước bạ' },
    });
    const bad = draft('request-payment', { '/amount': '1,5', '/reason': '' });
    expect(bad.ok === false && bad.errors.map((error) => error.pointer)).toEqual(['/amount', '/reason']);
  });

  it('records a result: the outcome, a reason when rejected, and the file an online result needs', () => {
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const online = SAMPLE_DOSSIERS.inProcess.delivery.method === 'ONLINE' ? SAMPLE_DOSSIERS.inProcess : { ...SAMPLE_DOSSIERS.inProcess, delivery: { method: 'ONLINE' as const } };
    const granted = draft('record-result', { '/outcome': 'GRANTED', '/documentNumber': '12/GCN', '/resultAttachmentId': file }, online);
    expect(granted).toEqual({ ok: true, request: { action: 'record-result', expectedVersion: 7, outcome: 'GRANTED', documentNumber: '12/GCN' }, resultFile: file });
    const noFile = draft('record-result', { '/outcome': 'GRANTED', '/resultAttachmentId': new Blob([]) }, online);
    expect(noFile).toEqual({ ok: false, errors: [{ pointer: '/resultAttachmentId', message: text.fileMissing }] });
    const inPerson = { ...online, delivery: { method: 'IN_PERSON' as const, place: { name: 'Bộ phận một cửa' } } };
    expect(draft('record-result', { '/outcome': 'GRANTED' }, inPerson).ok).toBe(true);
    expect(draft('record-result', { '/outcome': 'REJECTED', '/reason': 'Không đủ điều kiện' }, online).ok, 'a rejection online needs no file').toBe(true);
    const rejected = draft('record-result', { '/outcome': 'REJECTED', '/reason': '' }, inPerson);
    expect(rejected).toEqual({ ok: false, errors: [{ pointer: '/reason', message: 'Nhập lý do không đồng ý' }] });
    const noOutcome = draft('record-result', {}, inPerson);
    expect(noOutcome.ok === false && noOutcome.errors[0]!.pointer).toBe('/outcome');
  });

  it('apologises with a new date after the original, keeping the original hour', () => {
    const dossier = { ...SAMPLE_DOSSIERS.inProcess, dueAt: '2026-03-09T17:00:00+07:00' };
    expect(draft('apologize', { '/reason': 'Chờ xác minh', '/revisedDueAt': '12/03/2026' }, dossier)).toEqual({
      ok: true,
      request: { action: 'apologize', expectedVersion: 7, reason: 'Chờ xác minh', revisedDueAt: '2026-03-12T17:00:00+07:00' },
    });
    const same = draft('apologize', { '/reason': 'x', '/revisedDueAt': '09/03/2026' }, dossier);
    expect(same).toEqual({ ok: false, errors: [{ pointer: '/revisedDueAt', message: text.dateNotLater('09/03/2026') }] });
    const missing = draft('apologize', { '/reason': '', '/revisedDueAt': '' }, dossier);
    expect(missing.ok === false && missing.errors.map((error) => error.pointer)).toEqual(['/reason', '/revisedDueAt']);
  });

  it('words its errors in English on the English page', () => {
    const result = readActionForm('refuse', values({}), { dossier: SAMPLE_DOSSIERS.submitted, expectedVersion: 1, now, text: CONSOLE_TEXT.en });
    expect(result).toEqual({ ok: false, errors: [{ pointer: '/reason', message: 'Enter the reason for refusing' }] });
  });
});
