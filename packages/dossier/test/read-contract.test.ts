import { describe, expect, it } from 'vitest';
import { ContractError, readDossier, readPayment } from '../src/contract.js';
import { SAMPLE_DOSSIERS } from '../src/samples.js';
import type { Dossier } from '../src/index.js';
import { contractAjv, validatorOf } from './contract-helpers.js';

const ajv = contractAjv();
const schemaErrors = validatorOf(ajv, 'dossier.schema.json');
const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('readDossier, the hand check a browser runs instead of ajv', () => {
  it.each(Object.entries(SAMPLE_DOSSIERS))('reads the sample %s back unchanged', (_name, dossier) => {
    expect(readDossier(json(dossier))).toEqual(dossier);
  });

  // Each mutation breaks the contract: both the JSON Schema (ajv) and the hand check refuse it, the hand check
  // naming the place.
  const base = () => json(SAMPLE_DOSSIERS.resultReady) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, (d: Record<string, any>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['not an object', (d) => Object.keys(d).forEach((k) => delete d[k]), '/'],
    ['no code', (d) => delete d.code, '/'],
    ['a code with a space', (d) => (d.code = 'HS 1'), '/code'],
    ['a full identity number', (d) => (d.applicant.idNumber = '001099000123'), '/applicant/idNumber'],
    ['an identity number with 5 digits visible', (d) => (d.applicant.idNumber = '*******00123'), '/applicant/idNumber'],
    ['a full phone number', (d) => (d.applicant.phone = '0912345689'), '/applicant/phone'],
    ['a procedure code of the wrong form', (d) => (d.procedure.code = '1001193'), '/procedure/code'],
    ['an unknown channel', (d) => (d.channel = 'FAX'), '/channel'],
    ['a time without its zone', (d) => (d.submittedAt = '2026-03-02T08:00:00'), '/submittedAt'],
    ['an impossible date', (d) => (d.receivedAt = '2026-02-30T08:00:00+07:00'), '/receivedAt'],
    ['no events', (d) => (d.events = []), '/events'],
    ['an event of an unknown state', (d) => (d.events[0].state = { kind: 'ARCHIVED' }), '/events/0/state/kind'],
    ['a supplement without items', (d) => (d.events[1].state = { kind: 'SUPPLEMENT_REQUIRED', stage: 'intake', reason: 'x', items: [] }), '/events/1/state/items'],
    ['a hand-off without an agency', (d) => (d.events[2].state = { kind: 'IN_PROCESS' }), '/events/2/state'],
    ['a rejection without a reason', (d) => ((d.state = { kind: 'RESULT_READY', outcome: 'REJECTED' }), (d.events[3].state = d.state)), '/events/3/state'],
    ['a download over http', (d) => (d.delivery.result.downloadUrl = 'http://example.gov.vn/a.pdf'), '/delivery/result/downloadUrl'],
    ['a javascript: download link', (d) => (d.delivery.result.downloadUrl = 'javascript:alert(1)'), '/delivery/result/downloadUrl'],
    ['an unsigned flag that is text', (d) => (d.delivery.result.signed = 'yes'), '/delivery/result/signed'],
    ['in-person delivery without its place', (d) => (d.delivery = { method: 'IN_PERSON' }), '/delivery'],
    ['a fee in fractions of a đồng', (d) => (d.fees.lines[1].amount = 16_000.5), '/fees/lines/1/amount'],
    ['a negative total', (d) => (d.fees.total = -1), '/fees/total'],
    ['an unknown payment status', (d) => (d.fees.payment.status = 'refunded'), '/fees/payment/status'],
    ['a VietQR purpose over 25 characters', (d) => (d.fees.payment.payee.purpose = 'A'.repeat(26)), '/fees/payment/payee/purpose'],
    ['a bank BIN of 5 digits', (d) => (d.fees.payment.payee.bankBin = '97043'), '/fees/payment/payee/bankBin'],
    ['a revised date without its apology', (d) => (d.revisedDueAt = '2026-03-10T17:00:00+07:00'), '/revisedDueAt'],
    ['a due date before receipt', (d) => delete d.receivedAt, '/dueAt'],
    ['a name of 10,000 characters', (d) => (d.applicant.name = 'A'.repeat(10_000)), '/applicant/name'],
  ])('refuses %s', (_what, mutate, pointer) => {
    const body = base();
    mutate(body);
    expect(schemaErrors(body), 'the JSON Schema accepts it').not.toEqual([]);
    let error: unknown;
    try {
      readDossier(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).pointer || '/').toBe(pointer);
  });

  it.each<[string, (d: Record<string, any>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a state that is not the last event’s', (d) => (d.state = { kind: 'IN_PROCESS', agency: { name: 'X' } }), '/state'],
    ['a total that is not the sum of the lines', (d) => (d.fees.total = 15_000), '/fees/total'],
  ])('refuses %s, which JSON Schema cannot say', (_what, mutate, pointer) => {
    const body = base();
    mutate(body);
    expect(() => readDossier(body)).toThrow(expect.objectContaining({ pointer }));
  });

  it('drops properties the contract does not name (the schema refuses them; a newer server must not break a widget)', () => {
    const body = base();
    body.rating = 5;
    body.applicant.fullIdNumber = '001099000123';
    body.__proto__polluted = true;
    expect(schemaErrors(body)).not.toEqual([]);
    const read = readDossier(body) as Dossier & Record<string, unknown>;
    expect(read).toEqual(SAMPLE_DOSSIERS.resultReady);
    expect(Object.hasOwn(read.applicant, 'fullIdNumber')).toBe(false);
  });

  it('reads own properties only: an inherited field does not count', () => {
    const body = Object.create({ code: '000.00.12.H29-260302-0001' }) as Record<string, unknown>;
    Object.assign(body, base());
    delete body.code;
    expect(() => readDossier(body)).toThrow('"code" is required');
  });
});

describe('readPayment', () => {
  it('reads each sample payment back unchanged', () => {
    for (const dossier of Object.values(SAMPLE_DOSSIERS)) if (dossier.fees) expect(readPayment(json(dossier.fees.payment))).toEqual(dossier.fees.payment);
  });

  it.each([
    [{ status: 'paid' }, '/'],
    [{ status: 'paid', amount: '100000' }, '/amount'],
    [{ status: 'ok', amount: 1 }, '/status'],
    [[], '/'],
  ])('refuses %j', (body, pointer) => {
    expect(() => readPayment(body)).toThrow(expect.objectContaining({ pointer: pointer === '/' ? '' : pointer }));
  });
});

/** Every place in a JSON value, as [pointer, parent, key]. */
function places(value: unknown, pointer = ''): [string, Record<string, unknown> | unknown[], string | number][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    [`${pointer}/${key}`, value as Record<string, unknown>, key] as [string, Record<string, unknown>, string | number],
    ...places(child, `${pointer}/${key}`),
  ]);
}

const accepts = (body: unknown): boolean => {
  try {
    readDossier(body);
    return true;
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    return false;
  }
};

describe('the hand check agrees with the JSON Schema, place by place', () => {
  // Where the hand check is stricter on purpose: the state must be the last event's, the total the sum of the lines.
  const stricter = (pointer: string, dossier: Dossier) =>
    pointer.startsWith('/state/') || pointer.startsWith(`/events/${dossier.events.length - 1}/state/`) || /^\/fees\/lines\/\d+\/amount$/.test(pointer);

  it.each(Object.entries(SAMPLE_DOSSIERS))('%s: removing any property or nulling any value gets the same verdict', (_name, dossier) => {
    const disagreements: string[] = [];
    const original = json(dossier);
    for (const [pointer] of places(original)) {
      for (const change of ['remove', 'null'] as const) {
        const body = json(dossier);
        const [, parent, key] = places(body).find(([p]) => p === pointer)!;
        if (change === 'remove') {
          if (Array.isArray(parent)) continue;
          delete parent[key as string];
        } else if (Array.isArray(parent)) {
          parent[key as number] = null;
        } else {
          parent[key as string] = null;
        }
        const bySchema = schemaErrors(body).length === 0;
        const byHand = accepts(body);
        if (byHand && !bySchema) disagreements.push(`${change} ${pointer}: the hand check is laxer`);
        if (bySchema && !byHand && !stricter(pointer, dossier)) disagreements.push(`${change} ${pointer}: the hand check is stricter`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
