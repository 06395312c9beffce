import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { FeeError, computeFees } from '../src/index.js';
import type { Condition, DvcProcedure, Fee, FeeOptions } from '../src/index.js';
import { readJson } from './helpers.js';

/** A procedure's x-dvc with these fees (and the facts the meta-schema requires). */
function procedureWith(fees: Fee[], delivery: Partial<DvcProcedure['delivery']> = {}): { 'x-dvc': DvcProcedure } {
  return {
    'x-dvc': {
      code: '1.000001',
      name: 'Thủ tục thử',
      sector: 'Thử',
      agency: 'UBND cấp xã',
      level: ['COMMUNE'],
      onlineService: 'FULL',
      processingTime: { value: 1, unit: 'WORKING_DAY' },
      legalBasis: [{ code: '1/2025/NĐ-CP' }],
      fees,
      delivery: { result: ['ONLINE', 'POST'], channelField: '/returnChannel', ...delivery },
    },
  };
}

const fee = (amount: Fee['amount'], rest: Partial<Fee> = {}): Fee => ({ key: 'f', kind: 'LE_PHI', name: 'Lệ phí', amount, ...rest });
const total = (fees: Fee[], data: unknown, options?: FeeOptions) => computeFees(procedureWith(fees), data, options).total;

describe('computeFees, one table per fee rule', () => {
  it.each([
    ['a fixed amount per dossier', { fixed: 200_000 }, {}, 200_000],
    ['nothing to pay', { fixed: 0 }, {}, 0],
  ] as const)('fixed: %s', (_what, amount, data, expected) => {
    expect(total([fee(amount)], data)).toBe(expected);
  });

  const perCopy: Fee['amount'] = { unit: 'COPY', quantityField: '/copies', tiers: [{ price: 8_000 }] };
  it.each([
    [0, 0],
    [1, 8_000],
    [3, 24_000],
  ])('per copy, one price: %i copies cost %i', (copies, expected) => {
    const result = computeFees(procedureWith([fee(perCopy)]), { copies });
    expect(result.total).toBe(expected);
    expect(result.lines[0]).toMatchObject({ basis: 'PER_COPY', quantity: copies, gross: expected, amount: expected });
  });

  // 8.000 the first copy, 5.000 the 2nd to 5th, 3.000 every one after.
  const tiered: Fee['amount'] = { unit: 'COPY', quantityField: '/copies', tiers: [{ price: 8_000, upTo: 1 }, { price: 5_000, upTo: 5 }, { price: 3_000 }] };
  it.each([
    [1, 8_000, [{ units: 1, price: 8_000, amount: 8_000 }]],
    [2, 13_000, [{ units: 1, price: 8_000, amount: 8_000 }, { units: 1, price: 5_000, amount: 5_000 }]],
    [5, 28_000, [{ units: 1, price: 8_000, amount: 8_000 }, { units: 4, price: 5_000, amount: 20_000 }]],
    [7, 34_000, [{ units: 1, price: 8_000, amount: 8_000 }, { units: 4, price: 5_000, amount: 20_000 }, { units: 2, price: 3_000, amount: 6_000 }]],
  ])('per copy in tiers: %i copies cost %i', (copies, expected, tiers) => {
    const [line] = computeFees(procedureWith([fee(tiered)]), { copies }).lines;
    expect(line).toMatchObject({ amount: expected, tiers });
  });

  // A certified copy: 2.000 a page for pages 1-2, 1.000 from page 3, at most 200.000 (domain brief §5).
  const perPage: Fee['amount'] = { unit: 'PAGE', quantityField: '/pages', tiers: [{ price: 2_000, upTo: 2 }, { price: 1_000 }], max: 200_000 };
  it.each([
    [1, 2_000],
    [2, 4_000],
    [10, 12_000],
    [196, 198_000],
    [500, 200_000],
  ])('per page with a cap: %i pages cost %i', (pages, expected) => {
    const [line] = computeFees(procedureWith([fee(perPage)]), { pages }).lines;
    expect(line).toMatchObject({ basis: 'PER_PAGE', quantity: pages, amount: expected });
  });

  const percent: Fee['amount'] = { percent: 0.5, baseField: '/value', min: 10_000, max: 500_000 };
  it.each([
    ['0.5 % of 10.000.000', 10_000_000, 50_000],
    ['the floor', 1_000_000, 10_000],
    ['the cap', 500_000_000, 500_000],
    ['rounded to the nearest đồng, half up (0.5 % of 2.100.100 = 10.500,5)', 2_100_100, 10_501],
    ['rounded down below the half (0.5 % of 2.100.099 = 10.500,495)', 2_100_099, 10_500],
  ])('a percentage of a declared value: %s', (_what, value, expected) => {
    const [line] = computeFees(procedureWith([fee(percent)]), { value }).lines;
    expect(line).toMatchObject({ basis: 'PERCENT', percent: 0.5, base: value, amount: expected });
  });

  it.each([
    ['applies when the data matches', { late: true }, 1],
    ['is left out when it does not', { late: false }, 0],
    ['is left out when the field is empty', {}, 0],
  ])('a fee with a condition (when) %s', (_what, data, lines) => {
    const when: Condition = { properties: { late: { const: true } }, required: ['late'] };
    expect(computeFees(procedureWith([fee({ fixed: 5_000 }, { when })]), data).lines).toHaveLength(lines);
  });

  it.each([
    ['ONLINE', 10_000],
    ['DIRECT', 20_000],
    ['POSTAL', 20_000],
  ] as const)('channel-dependent fees: filed %s, %i', (channel, expected) => {
    const fees = [fee({ fixed: 10_000 }, { key: 'online', channels: ['ONLINE'] }), fee({ fixed: 20_000 }, { key: 'paper', channels: ['DIRECT', 'POSTAL'] })];
    expect(total(fees, {}, { channel })).toBe(expected);
  });

  it('channel-dependent fees: online unless told otherwise', () => {
    expect(total([fee({ fixed: 10_000 }, { channels: ['ONLINE'] }), fee({ fixed: 20_000 }, { key: 'g', channels: ['DIRECT'] })], {})).toBe(10_000);
  });

  // The judicial-record fee of 3.000333: free for some groups, half for others; the first exemption that matches wins.
  const exemptions: Fee['exemptions'] = [
    { when: { properties: { category: { enum: ['CHILD', 'ELDERLY'] } }, required: ['category'] }, reason: { vi: 'Miễn phí: trẻ em, người cao tuổi' } },
    { when: { properties: { category: { enum: ['STUDENT'] } }, required: ['category'] }, reason: 'Giảm 50%: học sinh, sinh viên', percent: 50 },
    { when: { properties: { category: { enum: ['STUDENT', 'MERIT'] } }, required: ['category'] }, reason: 'Giảm 30%', percent: 30 },
  ];
  it.each([
    ['no group: the full fee', {}, 200_000, undefined],
    ['exempt', { category: 'CHILD' }, 0, { percent: 100, amount: 200_000, reason: { vi: 'Miễn phí: trẻ em, người cao tuổi' } }],
    ['reduced by half; the first match wins over the later 30 %', { category: 'STUDENT' }, 100_000, { percent: 50, amount: 100_000, reason: 'Giảm 50%: học sinh, sinh viên' }],
    ['reduced by 30 %', { category: 'MERIT' }, 140_000, { percent: 30, amount: 60_000, reason: 'Giảm 30%' }],
  ])('exemptions and reductions: %s', (_what, data, expected, exemption) => {
    const result = computeFees(procedureWith([fee({ fixed: 200_000 }, { key: 'judicialRecord', exemptions })]), data);
    expect(result.total).toBe(expected);
    expect(result.lines[0]!.gross).toBe(200_000);
    expect(result.lines[0]!.exemption).toEqual(exemption && { fee: 'judicialRecord', ...exemption });
    expect(result.exemptions).toEqual(exemption ? [{ fee: 'judicialRecord', ...exemption }] : []);
  });

  it('a reduction rounds to the nearest đồng: 1/3 off 10.001 is 3.334 (3.333,67)', () => {
    const reduction = [{ when: true, reason: 'Giảm một phần ba', percent: 100 / 3 }];
    const [line] = computeFees(procedureWith([fee({ fixed: 10_001 }, { exemptions: reduction })]), {}).lines;
    expect([line!.exemption!.amount, line!.amount]).toEqual([3_334, 6_667]);
  });

  it.each([
    ['returned by post (the data says so): postage added', { returnChannel: 'POST' }, {}, 25_000],
    ['returned online: no postage', { returnChannel: 'ONLINE' }, {}, 0],
    ['the return channel given as an option wins over the data', { returnChannel: 'ONLINE' }, { returnChannel: 'POST' }, 25_000],
    ["the postal operator's own rate, given as an option", { returnChannel: 'POST' }, { postage: 31_500 }, 31_500],
  ] as const)('postage: %s', (_what, data, options, postage) => {
    const result = computeFees(procedureWith([fee({ fixed: 50_000 })], { postage: 25_000 }), data, options);
    expect(result.total).toBe(50_000 + postage);
    const line = result.lines.find((l) => l.kind === 'POSTAGE');
    expect(line?.amount ?? 0).toBe(postage);
  });

  it('postage: none when the procedure states no rate and none is given', () => {
    expect(computeFees(procedureWith([fee({ fixed: 50_000 })]), { returnChannel: 'POST' }).lines.map((l) => l.key)).toEqual(['f']);
  });
});

describe('computeFees: bad input gets a clear, typed error', () => {
  const expectFeeError = (run: () => unknown, code: string, pointer: string) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FeeError);
      expect({ code: (error as FeeError).code, pointer: (error as FeeError).pointer }).toEqual({ code, pointer });
      expect((error as FeeError).message.length).toBeGreaterThan(10);
    }
  };
  const perCopy = fee({ unit: 'COPY', quantityField: '/copies', tiers: [{ price: 8_000 }] });
  it.each([
    ['a price with đồng fractions', () => computeFees(procedureWith([fee({ fixed: 8_000.5 })]), {}), 'not-integer', '/x-dvc/fees/0/amount/fixed'],
    ['a price beyond safe integers', () => computeFees(procedureWith([fee({ fixed: 2 ** 53 })]), {}), 'unsafe-integer', '/x-dvc/fees/0/amount/fixed'],
    ['a negative price', () => computeFees(procedureWith([fee({ fixed: -1 })]), {}), 'negative', '/x-dvc/fees/0/amount/fixed'],
    ['a price that is text', () => computeFees(procedureWith([fee({ fixed: '8000' as unknown as number })]), {}), 'not-integer', '/x-dvc/fees/0/amount/fixed'],
    ['a fractional number of copies', () => computeFees(procedureWith([perCopy]), { copies: 1.5 }), 'invalid-quantity', '/copies'],
    ['copies given as text', () => computeFees(procedureWith([perCopy]), { copies: '2' }), 'invalid-quantity', '/copies'],
    ['a negative number of copies', () => computeFees(procedureWith([perCopy]), { copies: -2 }), 'negative', '/copies'],
    ['a declared value with fractions', () => computeFees(procedureWith([fee({ percent: 1, baseField: '/value' })]), { value: 10.5 }), 'not-integer', '/value'],
    ['a total beyond safe integers', () => computeFees(procedureWith([perCopy]), { copies: 2 ** 52 }), 'unsafe-integer', '/x-dvc/fees/0/amount/tiers/0/price'],
    ['a condition that is not a schema', () => computeFees(procedureWith([fee({ fixed: 1 }, { when: 'yes' as unknown as Condition })]), {}), 'invalid-condition', '/x-dvc/fees/0/when'],
    ['no x-dvc', () => computeFees({ type: 'object' }, {}), 'no-procedure', ''],
  ])('%s', (_what, run, code, pointer) => expectFeeError(run, code, pointer));

  it('an empty quantity or value counts as 0 until it is filled, and says which field it waits for', () => {
    const result = computeFees(procedureWith([perCopy, fee({ percent: 1, baseField: '/value' }, { key: 'g' })]), {});
    expect(result.total).toBe(0);
    expect(result.missing).toEqual(['/copies', '/value']);
    expect(result.lines.map((l) => l.missing)).toEqual(['/copies', '/value']);
  });

  it('reads only the data’s own members: an inherited value is not data', () => {
    const data = Object.create({ copies: 5 }) as Record<string, unknown>;
    expect(computeFees(procedureWith([perCopy]), data).missing).toEqual(['/copies']);
  });

  it('leaves the data as it was', () => {
    const data = { copies: 2, category: 'STUDENT' };
    const copy = structuredClone(data);
    computeFees(procedureWith([perCopy]), data);
    expect(data).toEqual(copy);
  });
});

describe('computeFees: conditions are decided by a validator', () => {
  const when: Condition = { properties: { age: { type: 'integer', maximum: 15 } }, required: ['age'] };
  const fees = [fee({ fixed: 200_000 }, { exemptions: [{ when, reason: 'Trẻ em' }] })];

  it('by the engine’s interpreter by default', () => {
    expect([total(fees, { age: 10 }), total(fees, { age: 16 }), total(fees, {})]).toEqual([0, 200_000, 200_000]);
  });

  it('by any validator given (here ajv), or by a test function', () => {
    const createValidator = (condition: Condition) => createAjvValidator(condition);
    expect([total(fees, { age: 10 }, { createValidator }), total(fees, { age: 16 }, { createValidator })]).toEqual([0, 200_000]);
    const asked: unknown[] = [];
    const test = (condition: Condition, data: unknown) => (asked.push(condition), (data as { age: number }).age < 18);
    expect(total(fees, { age: 16 }, { test })).toBe(0);
    expect(asked).toEqual([when]);
  });

  it('a condition the validator cannot read is a FeeError at its place', () => {
    const broken = [fee({ fixed: 1 }, { when: { $ref: '#/$defs/child' } })];
    expect(() => total(broken, {})).toThrow(/\/x-dvc\/fees\/0\/when|cannot be decided/);
    expect(() => total(broken, {})).toThrow(FeeError);
  });
});

describe('computeFees on the shipped procedures', () => {
  it.each([
    ['1.001193', { onTime: true, extractCopies: 2 }, 16_000, 'registration'],
    ['1.001193', { onTime: false, extractCopies: 0 }, 8_000, undefined],
    ['3.000333', { applicantCategory: 'STUDENT' }, 100_000, 'judicialRecord'],
    ['3.000333', { applicantCategory: 'CHILD' }, 0, 'judicialRecord'],
    ['3.000333', {}, 200_000, undefined],
    ['1.013792', {}, 0, undefined],
  ])('%s with %j: %i', (code, data, expected, exempted) => {
    const result = computeFees(readJson(`schemas/procedures/${code}/schema.json`), data);
    expect(result.total).toBe(expected);
    expect(result.exemptions.map((e) => e.fee)[0]).toBe(exempted);
  });
});
