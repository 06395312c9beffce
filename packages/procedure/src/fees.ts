/**
 * What a dossier costs: every fee of a procedure's `x-dvc` that applies to the data, itemised, with the
 * exemptions and reductions that apply and their reasons, postage when the result comes back by post, and the
 * total. Integer VND only (đồng has no minor unit, domain brief §5).
 */
import { isPlainObject, parsePointer } from '@dvc-kit/form-engine/core';
import type { Validator } from '@dvc-kit/form-engine/core';
import { createSchemaValidator } from '@dvc-kit/form-engine/validator';
import type { FeeBasis } from './catalog.js';
import type { Condition, DvcProcedure, Fee, Text } from './vocabulary-types.js';

export const SUBMISSION_CHANNELS = ['ONLINE', 'DIRECT', 'POSTAL'] as const;
/** How the dossier was filed: online, at the one-stop desk, or by public post. */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

export const RETURN_CHANNELS = ['ONLINE', 'IN_PERSON', 'POST'] as const;
/** How the result comes back: online, in person, or by public post (bưu chính công ích). */
export type ReturnChannel = (typeof RETURN_CHANNELS)[number];

export const FEE_ERROR_CODES = ['no-procedure', 'not-integer', 'unsafe-integer', 'negative', 'invalid-quantity', 'invalid-condition'] as const;
export type FeeErrorCode = (typeof FEE_ERROR_CODES)[number];

/** A fee that cannot be computed; `pointer` says where (into the schema's `x-dvc`, or into the data). */
export class FeeError extends Error {
  readonly code: FeeErrorCode;
  readonly pointer: string;
  constructor(code: FeeErrorCode, pointer: string, message: string) {
    super(message);
    this.name = 'FeeError';
    this.code = code;
    this.pointer = pointer;
  }
}

/** Decides whether the dossier data matches a condition (a JSON Schema). */
export type ConditionTest = (condition: Condition, data: unknown) => boolean;

export interface FeeOptions {
  /** How the dossier is filed; fees limited to other `channels` do not apply. Default `ONLINE`. */
  channel?: SubmissionChannel;
  /** How the result comes back; default: the data's value at `x-dvc.delivery.channelField`. */
  returnChannel?: ReturnChannel;
  /** Postage for returning the result by post, in VND (the postal operator's rate); default `x-dvc.delivery.postage`. */
  postage?: number;
  /** Decides the conditions (`when`); default: the engine's eval-free interpreter, or `createValidator`. */
  test?: ConditionTest;
  /** Builds the validator of a condition (e.g. with ajv); used when `test` is not given. */
  createValidator?: (condition: Condition) => Validator;
}

/** A reduction (giảm) or exemption (miễn, 100 %) that applies to one fee. */
export interface AppliedExemption {
  /** The fee it applies to. */
  fee: string;
  reason: Text;
  /** Percent taken off; 100 exempts. */
  percent: number;
  /** VND taken off. */
  amount: number;
}

/** Units priced alike: `units` × `price` = `amount`. */
export interface TierLine {
  units: number;
  price: number;
  amount: number;
}

export const FEE_LINE_KINDS = ['PHI', 'LE_PHI', 'SERVICE_PRICE', 'POSTAGE'] as const;
/** Phí, lệ phí, a service price, or postage (cước bưu chính). */
export type FeeLineKind = (typeof FEE_LINE_KINDS)[number];

/** One line of the bill. */
export interface FeeLine {
  /** The fee's `key`, or `postage`. */
  key: string;
  kind: FeeLineKind;
  name: Text;
  basis: FeeBasis;
  /** Per copy or page: how many. */
  quantity?: number;
  /** Per copy or page: the units of each price tier that were used. */
  tiers?: TierLine[];
  /** A percentage: the rate and the value it is taken of. */
  percent?: number;
  base?: number;
  /** Before exemptions, after the fee's own floor and cap. */
  gross: number;
  exemption?: AppliedExemption;
  /** What is payable. */
  amount: number;
  legalBasis?: string;
  /** The data field this line needs is still empty: the line counts it as 0 until it is filled. */
  missing?: string;
}

export interface FeeResult {
  lines: FeeLine[];
  /** Every exemption and reduction that applies, with its reason. */
  exemptions: AppliedExemption[];
  /** Payable, in VND. */
  total: number;
  /** Data fields still empty that a line needs (see `FeeLine.missing`); the total is final when there are none. */
  missing: string[];
}

/** Postage, when the procedure states it: a line of its own, kind POSTAGE. */
const POSTAGE_NAME: Text = { vi: 'Cước dịch vụ bưu chính công ích (trả kết quả)', en: 'Postage for returning the result' };

/**
 * The fees of a dossier: `procedure` is a procedure schema (with `x-dvc` at its root) or its `x-dvc` object, `data`
 * the dossier data. A fee applies when its `when` matches the data and the channel is one of its `channels`; the
 * first exemption whose `when` matches takes its percent off (rounded to the nearest đồng). Per-copy and per-page
 * fees count the units at `quantityField` through the tiers; a percentage is taken of the integer VND at
 * `baseField` (rounded to the nearest đồng); `min` and `max` bound the fee before exemptions.
 *
 * @throws {FeeError} when an amount, quantity or value is not a non-negative safe integer, a condition is not a
 * schema, or there is no `x-dvc`.
 */
export function computeFees(procedure: unknown, data: unknown, options: FeeOptions = {}): FeeResult {
  const dvc = dvcOf(procedure);
  const test = options.test ?? validatorTest(options.createValidator ?? defaultValidator);
  const channel = options.channel ?? 'ONLINE';
  const lines: FeeLine[] = [];
  const fees = Array.isArray(dvc.fees) ? dvc.fees : [];
  fees.forEach((fee, index) => {
    const at = `/x-dvc/fees/${index}`;
    if (fee.channels !== undefined && !fee.channels.includes(channel)) return;
    if (fee.when !== undefined && !decide(test, fee.when, data, `${at}/when`)) return;
    lines.push(feeLine(fee, at, data, test));
  });
  const postage = postageLine(dvc, data, options);
  if (postage) lines.push(postage);
  let total = 0;
  for (const line of lines) total = safeSum(total, line.amount, '/x-dvc/fees');
  return {
    lines,
    exemptions: lines.flatMap((line) => (line.exemption ? [line.exemption] : [])),
    total,
    missing: lines.flatMap((line) => (line.missing ? [line.missing] : [])),
  };
}

function dvcOf(procedure: unknown): Partial<DvcProcedure> {
  if (isPlainObject(procedure) && Object.hasOwn(procedure, 'x-dvc') && isPlainObject(procedure['x-dvc'])) return procedure['x-dvc'] as Partial<DvcProcedure>;
  // The x-dvc object itself: it has a code, or at least fees.
  if (isPlainObject(procedure) && (Object.hasOwn(procedure, 'fees') || Object.hasOwn(procedure, 'code'))) return procedure as Partial<DvcProcedure>;
  throw new FeeError('no-procedure', '', 'Not a procedure: expected a schema with "x-dvc" at its root, or its x-dvc object.');
}

function feeLine(fee: Fee, at: string, data: unknown, test: ConditionTest): FeeLine {
  const amount = fee.amount as unknown as Record<string, unknown>;
  const line: FeeLine = { key: fee.key, kind: fee.kind, name: fee.name, basis: 'FIXED', gross: 0, amount: 0 };
  if (fee.legalBasis !== undefined) line.legalBasis = fee.legalBasis;
  if (Object.hasOwn(amount, 'fixed')) {
    line.gross = money(amount.fixed, `${at}/amount/fixed`);
  } else if (Object.hasOwn(amount, 'percent')) {
    line.basis = 'PERCENT';
    const percent = amount.percent;
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new FeeError('invalid-quantity', `${at}/amount/percent`, `The rate must be a number from 0 to 100, got ${String(percent)}.`);
    }
    line.percent = percent;
    const base = dataValue(data, amount.baseField, `${at}/amount/baseField`, 'value');
    if (base === undefined) line.missing = String(amount.baseField);
    line.base = base ?? 0;
    line.gross = bounded(percentOf(line.base, percent, String(amount.baseField)), amount, at);
  } else {
    line.basis = amount.unit === 'PAGE' ? 'PER_PAGE' : 'PER_COPY';
    const quantity = dataValue(data, amount.quantityField, `${at}/amount/quantityField`, 'quantity');
    if (quantity === undefined) line.missing = String(amount.quantityField);
    line.quantity = quantity ?? 0;
    line.tiers = tierLines(line.quantity, amount.tiers, `${at}/amount/tiers`);
    line.gross = bounded(line.tiers.reduce((sum, tier) => safeSum(sum, tier.amount, `${at}/amount/tiers`), 0), amount, at);
  }
  line.amount = line.gross;
  const exemptions = Array.isArray(fee.exemptions) ? fee.exemptions : [];
  for (const [i, exemption] of exemptions.entries()) {
    if (!decide(test, exemption.when, data, `${at}/exemptions/${i}/when`)) continue;
    const percent = exemption.percent ?? 100;
    if (typeof percent !== 'number' || !(percent > 0 && percent <= 100)) {
      throw new FeeError('invalid-quantity', `${at}/exemptions/${i}/percent`, `A reduction must be more than 0 and at most 100 percent, got ${String(percent)}.`);
    }
    // A reduction rounds to the nearest đồng; 100 % takes everything off.
    const off = percent === 100 ? line.gross : Math.round((line.gross * percent) / 100);
    line.exemption = { fee: fee.key, reason: exemption.reason, percent, amount: off };
    line.amount = line.gross - off;
    break; // the first that matches wins
  }
  return line;
}

/** Units through the tiers: each tier prices the units up to its `upTo`, the last one every unit after. */
function tierLines(quantity: number, tiers: unknown, at: string): TierLine[] {
  if (!Array.isArray(tiers) || tiers.length === 0) throw new FeeError('invalid-quantity', at, 'A fee per copy or page needs at least one price tier.');
  const lines: TierLine[] = [];
  let counted = 0;
  for (const [i, tier] of tiers.entries()) {
    if (counted >= quantity) break;
    const record = isPlainObject(tier) ? tier : {};
    const price = money(record.price, `${at}/${i}/price`);
    const last = i === tiers.length - 1;
    const upTo = last ? quantity : record.upTo;
    if (typeof upTo !== 'number' || !Number.isSafeInteger(upTo) || upTo <= counted) {
      throw new FeeError('invalid-quantity', `${at}/${i}/upTo`, `Every tier but the last needs "upTo", a whole number past the tier before (${counted}).`);
    }
    const units = Math.min(upTo, quantity) - counted;
    lines.push({ units, price, amount: safeProduct(units, price, `${at}/${i}/price`) });
    counted += units;
  }
  return lines;
}

/** The amount within the fee's own floor (`min`) and cap (`max`). */
function bounded(value: number, amount: Record<string, unknown>, at: string): number {
  let result = value;
  if (amount.min !== undefined) result = Math.max(result, money(amount.min, `${at}/amount/min`));
  if (amount.max !== undefined) result = Math.min(result, money(amount.max, `${at}/amount/max`));
  return result;
}

/** `percent` % of `base` VND, to the nearest đồng (half up), computed in integers where it can be. */
function percentOf(base: number, percent: number, pointer: string): number {
  const exact = (base * percent) / 100;
  if (!Number.isSafeInteger(Math.round(exact))) throw new FeeError('unsafe-integer', pointer, `${percent}% of ${base} is too large to count exactly.`);
  return Math.round(exact);
}

function postageLine(dvc: Partial<DvcProcedure>, data: unknown, options: FeeOptions): FeeLine | undefined {
  const delivery = isPlainObject(dvc.delivery) ? dvc.delivery : undefined;
  let returnChannel: unknown = options.returnChannel;
  if (returnChannel === undefined && typeof delivery?.channelField === 'string') returnChannel = valueAt(data, delivery.channelField);
  if (returnChannel !== 'POST') return undefined;
  const stated = options.postage ?? (delivery as Record<string, unknown> | undefined)?.postage;
  if (stated === undefined) return undefined;
  const amount = money(stated, options.postage !== undefined ? '' : '/x-dvc/delivery/postage');
  return { key: 'postage', kind: 'POSTAGE', name: POSTAGE_NAME, basis: 'FIXED', gross: amount, amount };
}

/** A non-negative safe integer VND from the procedure, or a FeeError saying what is wrong with it. */
function money(value: unknown, pointer: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new FeeError('not-integer', pointer, `An amount must be a whole number of đồng, got ${JSON.stringify(value)}.`);
  if (!Number.isInteger(value)) throw new FeeError('not-integer', pointer, `An amount must be a whole number of đồng (VND has no minor unit), got ${value}.`);
  if (!Number.isSafeInteger(value)) throw new FeeError('unsafe-integer', pointer, `${value} is too large to count exactly.`);
  if (value < 0) throw new FeeError('negative', pointer, `An amount cannot be negative, got ${value}.`);
  return value;
}

/**
 * The non-negative integer at a data pointer (a quantity, or a value in VND), undefined when the field is empty.
 * @throws {FeeError} when it holds anything else: the fee would silently be wrong.
 */
function dataValue(data: unknown, pointer: unknown, at: string, what: 'quantity' | 'value'): number | undefined {
  if (typeof pointer !== 'string') throw new FeeError('invalid-quantity', at, 'Expected a JSON Pointer into the dossier data.');
  const value = valueAt(data, pointer);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new FeeError(what === 'value' ? 'not-integer' : 'invalid-quantity', pointer, `The ${what} at ${pointer} must be a whole number, got ${JSON.stringify(value)}.`);
  }
  if (!Number.isSafeInteger(value)) throw new FeeError('unsafe-integer', pointer, `The ${what} at ${pointer} is too large to count exactly.`);
  if (value < 0) throw new FeeError('negative', pointer, `The ${what} at ${pointer} cannot be negative, got ${value}.`);
  return value;
}

/** The data's own value at a pointer (inherited members are not data). */
function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(token)) current = current[Number(token)];
    else if (isPlainObject(current) && Object.hasOwn(current, token)) current = current[token];
    else return undefined;
  }
  return current;
}

function safeSum(a: number, b: number, pointer: string): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new FeeError('unsafe-integer', pointer, 'The total is too large to count exactly.');
  return sum;
}

function safeProduct(units: number, price: number, pointer: string): number {
  const product = units * price;
  if (!Number.isSafeInteger(product)) throw new FeeError('unsafe-integer', pointer, `${units} × ${price} is too large to count exactly.`);
  return product;
}

function decide(test: ConditionTest, condition: unknown, data: unknown, pointer: string): boolean {
  if (typeof condition !== 'boolean' && !isPlainObject(condition)) {
    throw new FeeError('invalid-condition', pointer, 'A condition must be a JSON Schema (an object or a boolean).');
  }
  try {
    return test(condition as Condition, data);
  } catch (error) {
    if (error instanceof FeeError) throw error;
    throw new FeeError('invalid-condition', pointer, `The condition cannot be decided: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Conditions decided by validators, each built once per condition object. */
function validatorTest(create: (condition: Condition) => Validator): ConditionTest {
  const validators = new WeakMap<object, Validator>();
  return (condition, data) => {
    if (typeof condition === 'boolean') return condition;
    let validator = validators.get(condition);
    if (!validator) validators.set(condition, (validator = create(condition)));
    return validator.validate(data).length === 0;
  };
}

const defaultValidator = (condition: Condition): Validator => createSchemaValidator(condition);
