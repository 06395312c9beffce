/** Checks a lookup request before it is sent, so that a bad one is refused with its reason, not by the server. */
import type { LookupRequest } from './types.js';
import { DossierSourceError, SECOND_FACTOR_KINDS } from './types.js';

const DOSSIER_CODE = /^[!-~]{1,50}$/;
const ID_NUMBER = /^(?:[0-9]{9}|[0-9]{12})$/;
const PHONE = /^0[0-9]{9}$/;

/**
 * The request as the contract's `LookupRequest` (own properties only), or a `DossierSourceError` `invalid-request`
 * saying what is wrong: a code of 1 to 50 printable characters without spaces; an identity number of 12 digits
 * (9 for an old ID card) or a phone number of 10 digits starting with 0.
 */
export function checkLookupRequest(request: unknown): LookupRequest {
  const invalid = (message: string): never => {
    throw new DossierSourceError('invalid-request', message);
  };
  if (request === null || typeof request !== 'object') invalid('The lookup request must be an object with the dossier code.');
  const json = request as Record<string, unknown>;
  const code = Object.hasOwn(json, 'code') ? json.code : undefined;
  if (typeof code !== 'string' || !DOSSIER_CODE.test(code)) {
    invalid(`The dossier code must be 1 to 50 printable characters without spaces, got ${JSON.stringify(code)?.slice(0, 60)}.`);
  }
  const out: LookupRequest = { code: code as string };
  if (!Object.hasOwn(json, 'secondFactor') || json.secondFactor === undefined) return out;
  const factor = json.secondFactor as Record<string, unknown> | null;
  if (factor === null || typeof factor !== 'object') return invalid('The second factor must be an object with its kind and value.');
  const kind = Object.hasOwn(factor, 'kind') ? factor.kind : undefined;
  const value = Object.hasOwn(factor, 'value') ? factor.value : undefined;
  if (!(SECOND_FACTOR_KINDS as readonly unknown[]).includes(kind)) invalid(`The second factor's kind must be id-number or phone, got ${JSON.stringify(kind)}.`);
  if (typeof value !== 'string' || !(kind === 'phone' ? PHONE : ID_NUMBER).test(value)) {
    invalid(
      kind === 'phone'
        ? 'The phone number must be 10 digits starting with 0, digits only.'
        : 'The identity number must be 12 digits (or 9 for an old ID card), digits only.',
    );
  }
  out.secondFactor = { kind: kind as 'id-number' | 'phone', value: value as string };
  return out;
}
