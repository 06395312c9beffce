/**
 * The one behaviour both stores must have. `describeStoreContract` runs it against a factory that opens a fresh,
 * migrated, empty store per test (a temp SQLite file, or a fresh PostgreSQL schema).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierStore } from '../../src/store/types.js';
import { advanced, AN_HOA, attachmentRecord, dossierRecord, JUSTICE, newKey, paymentRecord, PROVINCE_CENTRE, submission } from './fixtures.js';

export interface StoreHarness {
  store: DossierStore;
  /** The applied migrations, read straight from `schema_migrations`. */
  migrationVersions(): Promise<number[]>;
  /** Sets a prefix's last sequence directly, to test codes past 9999 without filing 9,999 dossiers. */
  setCodeSequence(prefix: string, last: number): Promise<void>;
  /** The session table's keys as stored. */
  storedSessionKeys(): Promise<string[]>;
  /** A second store on the same database (another process or server instance). */
  openAnother(): Promise<DossierStore>;
  /** Closes the store and opens the same database again (a restart). */
  reopen(): Promise<DossierStore>;
  dispose(): Promise<void>;
}

const PREFIX = `${AN_HOA.id}-260302`;

export function describeStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`${name} store (contract)`, () => {
    let harness: StoreHarness;
    let store: DossierStore;

    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(async () => {
      await harness.dispose();
    });

    describe('migrations', () => {
      it('records each migration once and running them again changes nothing', async () => {
        const before = await harness.migrationVersions();
        expect(before.length).toBeGreaterThan(0);
        expect(before).toEqual([...new Set(before)].sort((a, b) => a - b));
        await store.insertDossier(submission(PREFIX));
        await store.migrate();
        await store.migrate();
        expect(await harness.migrationVersions()).toEqual(before);
        expect(await store.countDossiers({})).toBe(1);
      });
    });

    describe('filing a dossier', () => {
      it('stores the record and gives it back as filed, with the next code of its prefix', async () => {
        const data = {
          child: { fullName: 'Nguyễn Thị Bình', note: 'NUL \u0000 and a lone surrogate \ud800 and <b>markup</b>' },
          zebra: 1,
          apple: [3, 1.5, null, true],
        };
        const outcome = await store.insertDossier(submission(PREFIX, { data }));
        expect(outcome.kind).toBe('created');
        if (outcome.kind !== 'created') return;
        expect(outcome.value.dossier.code).toBe(`${PREFIX}-0001`);
        expect(outcome.response).toEqual({ status: 201, body: { code: `${PREFIX}-0001`, receipt: expect.any(Object) } });
        const stored = await store.getDossier(`${PREFIX}-0001`);
        expect(stored).toEqual(dossierRecord(`${PREFIX}-0001`, { data }));
        // Key order too: the citizen's data comes back exactly as filed.
        expect(JSON.stringify(stored?.data)).toBe(JSON.stringify(data));
        expect(await store.getDossier(`${PREFIX}-0002`)).toBeUndefined();
      });

      it('numbers codes in sequence per prefix, and past 9999 the sequence grows', async () => {
        const codes: string[] = [];
        for (const prefix of [PREFIX, PREFIX, `${PROVINCE_CENTRE.id}-260302`, PREFIX, `${AN_HOA.id}-260303`]) {
          const outcome = await store.insertDossier(submission(prefix));
          if (outcome.kind === 'created') codes.push(outcome.value.dossier.code);
        }
        expect(codes).toEqual([
          `${PREFIX}-0001`,
          `${PREFIX}-0002`,
          `${PROVINCE_CENTRE.id}-260302-0001`,
          `${PREFIX}-0003`,
          `${AN_HOA.id}-260303-0001`,
        ]);
        await harness.setCodeSequence(PREFIX, 9998);
        const after = [];
        for (let i = 0; i < 2; i++) after.push(await store.insertDossier(submission(PREFIX)));
        expect(after.map((outcome) => (outcome.kind === 'created' ? outcome.value.dossier.code : outcome.kind))).toEqual([
          `${PREFIX}-9999`,
          `${PREFIX}-10000`,
        ]);
      });

      it('replays the first response for a repeated key with the same request, and writes nothing', async () => {
        const key = newKey();
        const first = await store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) }));
        let built = 0;
        const again = await store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64), onBuild: () => built++ }));
        expect(first.kind).toBe('created');
        expect(again).toEqual({ kind: 'replayed', response: first.kind === 'created' ? first.response : undefined });
        expect(built).toBe(0);
        expect(await store.countDossiers({})).toBe(1);
        // The replay took no code: the next dossier is the second.
        const next = await store.insertDossier(submission(PREFIX));
        expect(next.kind === 'created' && next.value.dossier.code).toBe(`${PREFIX}-0002`);
      });

      it('reports a conflict for a repeated key with a different request, and writes nothing', async () => {
        const key = newKey();
        await store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) }));
        const conflict = await store.insertDossier(submission(PREFIX, { key, requestHash: 'b'.repeat(64) }));
        expect(conflict).toEqual({ kind: 'conflict' });
        expect(await store.countDossiers({})).toBe(1);
      });

      it('keeps submit and payment keys apart', async () => {
        const key = newKey();
        const filed = await store.insertDossier(submission(PREFIX, { key }));
        const code = filed.kind === 'created' ? filed.value.dossier.code : '';
        const payment = await store.insertPayment({
          idempotencyKey: key,
          requestHash: 'c'.repeat(64),
          build: () => ({ record: paymentRecord('pay-1', code), response: { status: 202, body: { id: 'pay-1' } } }),
        });
        expect(payment.kind).toBe('created');
      });

      it('writes nothing when building the record fails, and the key and the code stay free', async () => {
        const key = newKey();
        const failing = submission(PREFIX, { key });
        await expect(
          store.insertDossier({
            ...failing,
            build: () => {
              throw new Error('the route could not build the receipt');
            },
          }),
        ).rejects.toThrow('could not build the receipt');
        // A record under a code other than the allocated one is refused too.
        await expect(
          store.insertDossier({ ...failing, build: (code) => ({ ...submission(PREFIX).build(code), record: dossierRecord('other') }) }),
        ).rejects.toThrow(/allocated code/);
        expect(await store.countDossiers({})).toBe(0);
        const retried = await store.insertDossier(submission(PREFIX, { key }));
        expect(retried.kind === 'created' && retried.value.dossier.code).toBe(`${PREFIX}-0001`);
      });

      it('refuses a malformed key or prefix before writing', async () => {
        await expect(store.insertDossier(submission(PREFIX, { key: 'short' }))).rejects.toThrow(/idempotency key/);
        await expect(store.insertDossier(submission('000.31.01.H99-2603', {}))).rejects.toThrow(/code prefix/);
        expect(await store.countDossiers({})).toBe(0);
      });

      it('gives 50 concurrent submissions 50 different codes in one sequence', async () => {
        const outcomes = await Promise.all(Array.from({ length: 50 }, () => store.insertDossier(submission(PREFIX))));
        const codes = outcomes.map((outcome) => (outcome.kind === 'created' ? outcome.value.dossier.code : outcome.kind));
        const expected = Array.from({ length: 50 }, (_, index) => `${PREFIX}-${String(index + 1).padStart(4, '0')}`);
        expect([...codes].sort()).toEqual(expected);
        expect(await store.countDossiers({})).toBe(50);
      });

      it('files one dossier when two store instances race on codes and on the same key', async () => {
        const other = await harness.openAnother();
        try {
          const outcomes = await Promise.all(
            Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? store : other).insertDossier(submission(PREFIX))),
          );
          const codes = outcomes.map((outcome) => (outcome.kind === 'created' ? outcome.value.dossier.code : outcome.kind));
          expect(new Set(codes).size).toBe(40);
          expect(codes.every((code) => code.startsWith(`${PREFIX}-00`))).toBe(true);

          const key = newKey();
          const hash = 'd'.repeat(64);
          const race = await Promise.all([
            store.insertDossier(submission(PREFIX, { key, requestHash: hash })),
            other.insertDossier(submission(PREFIX, { key, requestHash: hash })),
          ]);
          expect(race.map((outcome) => outcome.kind).sort()).toEqual(['created', 'replayed']);
          const created = race.find((outcome) => outcome.kind === 'created');
          const replayed = race.find((outcome) => outcome.kind === 'replayed');
          expect(replayed?.response).toEqual(created?.response);
          expect(await store.countDossiers({})).toBe(41);
        } finally {
          await other.close();
        }
      });
    });

    describe('updating a dossier', () => {
      it('writes over the version it read, appends the events, and refuses a stale version', async () => {
        const filed = await store.insertDossier(submission(PREFIX));
        if (filed.kind !== 'created') throw new Error('not filed');
        const { next, event } = advanced(filed.value, { kind: 'RECEIVED' }, '2026-03-02T10:00:00+07:00');
        expect(await store.updateDossier(next, 1, [event])).toBe(true);
        expect(await store.getDossier(next.dossier.code)).toEqual(next);

        const { next: stale, event: staleEvent } = advanced(filed.value, { kind: 'REFUSED', reason: 'Thiếu giấy tờ' }, '2026-03-02T10:01:00+07:00');
        expect(await store.updateDossier(stale, 1, [staleEvent])).toBe(false);
        expect(await store.getDossier(next.dossier.code)).toEqual(next);

        const events = await store.listEvents({});
        expect(events.map((each) => [each.sequence, each.event.state.kind])).toEqual([
          [0, 'SUBMITTED'],
          [1, 'RECEIVED'],
        ]);
      });

      it('moves the dossier to the agency it is handed to, and its new events with it', async () => {
        const filed = await store.insertDossier(submission(PREFIX));
        if (filed.kind !== 'created') throw new Error('not filed');
        const { next, event } = advanced(
          filed.value,
          { kind: 'IN_PROCESS', agency: JUSTICE, step: 'Thẩm định' },
          '2026-03-03T09:00:00+07:00',
          JUSTICE.id,
        );
        expect(await store.updateDossier(next, 1, [event])).toBe(true);
        expect(await store.countDossiers({ agencyId: AN_HOA.id })).toBe(0);
        expect((await store.listDossiers({ agencyId: JUSTICE.id })).map((each) => each.dossier.code)).toEqual([next.dossier.code]);
        expect((await store.listEvents({ agencyId: JUSTICE.id })).map((each) => each.sequence)).toEqual([1]);
        expect((await store.listEvents({ agencyId: AN_HOA.id })).map((each) => each.sequence)).toEqual([0]);
      });

      it('refuses a next version that is not the read version + 1, and an unknown dossier is not written', async () => {
        const filed = await store.insertDossier(submission(PREFIX));
        if (filed.kind !== 'created') throw new Error('not filed');
        const { next, event } = advanced(filed.value, { kind: 'RECEIVED' }, '2026-03-02T10:00:00+07:00');
        await expect(store.updateDossier({ ...next, version: 1 }, 1, [event])).rejects.toThrow(/read version \+ 1/);
        const unknown = { ...next, dossier: { ...next.dossier, code: `${PREFIX}-0099` } };
        expect(await store.updateDossier(unknown, 1, [event])).toBe(false);
        expect(await store.listEvents({})).toHaveLength(1);
      });

      it('lets one of two concurrent writers over the same version win', async () => {
        const filed = await store.insertDossier(submission(PREFIX));
        if (filed.kind !== 'created') throw new Error('not filed');
        const a = advanced(filed.value, { kind: 'RECEIVED' }, '2026-03-02T10:00:00+07:00');
        const b = advanced(filed.value, { kind: 'REFUSED', reason: 'Không thuộc thẩm quyền' }, '2026-03-02T10:00:01+07:00');
        const results = await Promise.all([store.updateDossier(a.next, 1, [a.event]), store.updateDossier(b.next, 1, [b.event])]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.listEvents({})).toHaveLength(2);
        expect((await store.getDossier(a.next.dossier.code))?.version).toBe(2);
      });
    });

    describe('listing', () => {
      async function fileSome(): Promise<void> {
        const plan: [string, string][] = [
          [AN_HOA.id, '2026-03-02T08:00:00+07:00'],
          [AN_HOA.id, '2026-03-02T10:00:00+07:00'],
          [PROVINCE_CENTRE.id, '2026-03-02T09:00:00+07:00'],
          // Written in another zone: ordered by the instant, not by the text.
          [AN_HOA.id, '2026-03-02T02:30:00Z'],
        ];
        for (const [agencyId, submittedAt] of plan) {
          await store.insertDossier(submission(`${agencyId}-260302`, { agencyId, submittedAt }));
        }
      }

      it('lists an agency’s dossiers newest first, with a state filter, a page and a count', async () => {
        await fileSome();
        const anHoa = await store.listDossiers({ agencyId: AN_HOA.id });
        expect(anHoa.map((each) => each.dossier.submittedAt)).toEqual([
          '2026-03-02T10:00:00+07:00',
          '2026-03-02T02:30:00Z',
          '2026-03-02T08:00:00+07:00',
        ]);
        expect(await store.countDossiers({ agencyId: AN_HOA.id })).toBe(3);
        expect((await store.listDossiers({ agencyId: AN_HOA.id, limit: 1, offset: 1 })).map((each) => each.dossier.submittedAt)).toEqual([
          '2026-03-02T02:30:00Z',
        ]);
        expect(await store.listDossiers({ limit: 10 })).toHaveLength(4);

        const newest = anHoa[0]!;
        const { next, event } = advanced(newest, { kind: 'RECEIVED' }, '2026-03-02T11:00:00+07:00');
        await store.updateDossier(next, newest.version, [event]);
        expect((await store.listDossiers({ stateKinds: ['RECEIVED'] })).map((each) => each.dossier.code)).toEqual([newest.dossier.code]);
        expect(await store.countDossiers({ agencyId: AN_HOA.id, stateKinds: ['SUBMITTED', 'RECEIVED'] })).toBe(3);
        expect(await store.countDossiers({ agencyId: PROVINCE_CENTRE.id, stateKinds: ['RECEIVED'] })).toBe(0);
        expect(await store.listDossiers({ stateKinds: [] })).toEqual([]);
        expect(await store.countDossiers({ stateKinds: [] })).toBe(0);
      });

      it('bounds the page: at most 200, at least 1, no negative offset', async () => {
        await expect(store.listDossiers({ limit: 201 })).rejects.toThrow(/1 to 200/);
        await expect(store.listDossiers({ limit: 0 })).rejects.toThrow(/1 to 200/);
        await expect(store.listDossiers({ offset: -1 })).rejects.toThrow(/offset/);
        expect(await store.listDossiers({ limit: 200 })).toEqual([]);
      });

      it('lists the event log oldest first within a time range [from, to)', async () => {
        await fileSome();
        const all = await store.listEvents({});
        expect(all.map((each) => each.event.at)).toEqual([
          '2026-03-02T08:00:00+07:00',
          '2026-03-02T09:00:00+07:00',
          '2026-03-02T02:30:00Z',
          '2026-03-02T10:00:00+07:00',
        ]);
        const range = await store.listEvents({ from: '2026-03-02T09:00:00+07:00', to: '2026-03-02T03:00:00Z' });
        expect(range.map((each) => each.event.at)).toEqual(['2026-03-02T09:00:00+07:00', '2026-03-02T02:30:00Z']);
        const anHoa = await store.listEvents({ from: '2026-03-02T08:30:00+07:00', agencyId: AN_HOA.id });
        expect(anHoa.map((each) => [each.agencyId, each.event.at])).toEqual([
          [AN_HOA.id, '2026-03-02T02:30:00Z'],
          [AN_HOA.id, '2026-03-02T10:00:00+07:00'],
        ]);
        await expect(store.listEvents({ from: 'yesterday' })).rejects.toThrow(/ISO 8601/);
      });
    });

    describe('attachments', () => {
      it('files attachments with their dossier, and a result file uploaded first joins it later', async () => {
        const filed = await store.insertDossier(submission(PREFIX, { attachmentIds: ['att-a', 'att-b'] }));
        if (filed.kind !== 'created') throw new Error('not filed');
        const code = filed.value.dossier.code;
        expect((await store.listAttachments(code)).map((each) => each.id)).toEqual(['att-a', 'att-b']);
        expect(await store.getAttachment('att-a')).toEqual(attachmentRecord('att-a', code));

        const result = attachmentRecord('att-result');
        await store.saveAttachment(result);
        expect(await store.getAttachment('att-result')).toEqual(result);
        await expect(store.saveAttachment(result)).rejects.toThrow();

        const { next, event } = advanced(filed.value, { kind: 'RESULT_READY', outcome: 'GRANTED' }, '2026-03-05T09:00:00+07:00');
        expect(await store.updateDossier(next, 1, [event], [{ ...result, dossierCode: code }])).toBe(true);
        expect(await store.getAttachment('att-result')).toEqual({ ...result, dossierCode: code });
        expect((await store.listAttachments(code)).map((each) => each.id)).toEqual(['att-a', 'att-b', 'att-result']);
        expect(await store.getAttachment('nothing')).toBeUndefined();
        await expect(store.saveAttachment({ ...attachmentRecord('att-nul'), fileName: 'to-khai\u0000.pdf' })).rejects.toThrow(/NUL/);
        await expect(store.saveAttachment({ ...attachmentRecord('att-half'), fileName: 'to-khai-\ud800.pdf' })).rejects.toThrow(/surrogate/);
        expect(await store.getAttachment('att-nul')).toBeUndefined();
        expect(await store.listAttachments(`${PREFIX}-0099`)).toEqual([]);
      });

      it('refuses to move an attachment to another dossier, and writes none of that update', async () => {
        const first = await store.insertDossier(submission(PREFIX, { attachmentIds: ['att-a'] }));
        const second = await store.insertDossier(submission(PREFIX));
        if (first.kind !== 'created' || second.kind !== 'created') throw new Error('not filed');
        const code = second.value.dossier.code;
        const { next, event } = advanced(second.value, { kind: 'RECEIVED' }, '2026-03-02T10:00:00+07:00');
        const stolen = { ...attachmentRecord('att-a', code) };
        await expect(store.updateDossier(next, 1, [event], [stolen])).rejects.toThrow(/already belongs/);
        expect((await store.getDossier(code))?.version).toBe(1);
        expect(await store.listEvents({})).toHaveLength(2);
      });
    });

    describe('payments', () => {
      it('starts a payment once per key, finds the latest, the due ones, and settles them optimistically', async () => {
        const filed = await store.insertDossier(submission(PREFIX));
        if (filed.kind !== 'created') throw new Error('not filed');
        const code = filed.value.dossier.code;
        const key = newKey();
        const start = (id: string, settleAt: string, hash = 'e'.repeat(64), idempotencyKey = key) =>
          store.insertPayment({
            idempotencyKey,
            requestHash: hash,
            build: () => ({ record: paymentRecord(id, code, settleAt), response: { status: 202, body: { id } } }),
          });

        const first = await start('pay-1', '2026-03-02T09:05:04+07:00');
        expect(first.kind).toBe('created');
        expect(await start('pay-x', '2026-03-02T09:05:04+07:00')).toEqual({ kind: 'replayed', response: { status: 202, body: { id: 'pay-1' } } });
        expect(await start('pay-x', '2026-03-02T09:05:04+07:00', 'f'.repeat(64))).toEqual({ kind: 'conflict' });
        expect(await store.latestPayment(code)).toEqual(paymentRecord('pay-1', code, '2026-03-02T09:05:04+07:00'));

        expect(await store.duePayments('2026-03-02T09:05:03+07:00', 10)).toEqual([]);
        const due = await store.duePayments('2026-03-02T02:05:04Z', 10);
        expect(due.map((each) => each.id)).toEqual(['pay-1']);

        const failed = { ...due[0]!, payment: { ...due[0]!.payment, status: 'failed' as const, failureReason: 'Demo' }, version: 2 };
        delete failed.settleAt;
        expect(await store.updatePayment(failed, 1)).toBe(true);
        expect(await store.updatePayment({ ...failed, version: 2 }, 1)).toBe(false);
        expect(await store.duePayments('2026-03-03T00:00:00+07:00', 10)).toEqual([]);
        expect(await store.latestPayment(code)).toEqual(failed);

        // After a failure, a new key starts a new attempt, which is then the latest.
        await start('pay-2', '2026-03-02T09:10:00+07:00', 'e'.repeat(64), newKey());
        expect((await store.latestPayment(code))?.id).toBe('pay-2');
        expect(await store.latestPayment(`${PREFIX}-0099`)).toBeUndefined();
        await expect(store.duePayments('2026-03-03T00:00:00+07:00', 0)).rejects.toThrow(/batch limit/);
      });
    });

    describe('officers and sessions', () => {
      const officer = {
        username: 'mot-cua.anhoa',
        displayName: 'Trần Thị Hoa',
        agency: AN_HOA,
        passwordHash: 'scrypt$00$11',
      };

      it('upserts officers', async () => {
        await store.upsertOfficer(officer);
        expect(await store.getOfficer('mot-cua.anhoa')).toEqual(officer);
        await store.upsertOfficer({ ...officer, displayName: 'Trần Thị Hoà' });
        expect((await store.getOfficer('mot-cua.anhoa'))?.displayName).toBe('Trần Thị Hoà');
        expect(await store.getOfficer('nobody')).toBeUndefined();
      });

      it('keeps a session until it expires or is deleted, and stores only a hash of its id', async () => {
        await store.upsertOfficer(officer);
        const id = 'x'.repeat(43);
        await store.createSession({ id, username: officer.username, expiresAt: '2026-03-02T17:00:00+07:00' });
        expect(await store.getSession(id, '2026-03-02T16:59:59+07:00')).toEqual({
          id,
          username: officer.username,
          expiresAt: '2026-03-02T10:00:00.000Z',
        });
        expect(await harness.storedSessionKeys()).not.toContain(id);
        expect(await store.getSession(id, '2026-03-02T17:00:00+07:00')).toBeUndefined();
        expect(await store.getSession('y'.repeat(43), '2026-03-02T09:00:00+07:00')).toBeUndefined();

        const other = 'z'.repeat(43);
        await store.createSession({ id: other, username: officer.username, expiresAt: '2026-03-02T17:00:00+07:00' });
        await store.deleteSession(other);
        expect(await store.getSession(other, '2026-03-02T09:00:00+07:00')).toBeUndefined();
        await expect(store.createSession({ id: 'w'.repeat(43), username: 'nobody', expiresAt: '2026-03-02T17:00:00+07:00' })).rejects.toThrow();
      });
    });

    it('keeps everything across a restart', async () => {
      const filed = await store.insertDossier(submission(PREFIX, { attachmentIds: ['att-a'] }));
      if (filed.kind !== 'created') throw new Error('not filed');
      const key = newKey();
      await store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) }));
      store = await harness.reopen();
      expect(await store.getDossier(filed.value.dossier.code)).toEqual(filed.value);
      expect((await store.listAttachments(filed.value.dossier.code)).map((each) => each.id)).toEqual(['att-a']);
      expect((await store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) }))).kind).toBe('replayed');
      const next = await store.insertDossier(submission(PREFIX));
      expect(next.kind === 'created' && next.value.dossier.code).toBe(`${PREFIX}-0003`);
    });
  });
}
