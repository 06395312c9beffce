/**
 * How a citizen proves a dossier is theirs without an account: the code plus a second factor (their ID number or
 * phone, as filed), or the receipt token the submission answered with. Compared in constant time; a missing
 * dossier costs the same comparisons as a present one, so timing does not tell them apart.
 */
import { isPlainObject } from '@dvc-kit/form-engine/core';
import { checkLookupRequest, DossierSourceError } from '@dvc-kit/dossier';
import type { LookupRequest } from '@dvc-kit/dossier/types';
import { capability, secretsEqual } from './canonical.js';
import type { ServerContext } from './context.js';
import { ApiError, invalidRequest } from './errors.js';
import type { DossierRecord } from './store/types.js';

export interface CitizenProof {
  secondFactor?: LookupRequest['secondFactor'];
  receiptToken?: string;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** A dossier code as the contract has it: 1 to 50 printable ASCII characters without spaces. */
export const DOSSIER_CODE = /^[!-~]{1,50}$/;

/** The receipt token of a dossier: an HMAC of its code under the server's secret. */
export function receiptTokenOf(context: ServerContext, code: string): string {
  return capability(context.secret, 'receipt', code);
}

/** The proof in a request body (`secondFactor`, `receiptToken`), checked for form; own properties only. */
export function readProof(body: unknown): CitizenProof {
  const json = isPlainObject(body) ? body : {};
  const proof: CitizenProof = {};
  if (Object.hasOwn(json, 'secondFactor') && json.secondFactor !== undefined) {
    try {
      const checked = checkLookupRequest({ code: 'x', secondFactor: json.secondFactor });
      if (checked.secondFactor) proof.secondFactor = checked.secondFactor;
    } catch (error) {
      if (error instanceof DossierSourceError) throw invalidRequest('Thông tin xác minh chưa đúng dạng: số định danh 12 chữ số hoặc số điện thoại 10 chữ số.', error.message);
      throw error;
    }
  }
  if (Object.hasOwn(json, 'receiptToken') && json.receiptToken !== undefined) {
    if (typeof json.receiptToken !== 'string' || !TOKEN.test(json.receiptToken)) throw invalidRequest('Mã biên nhận không đúng dạng.', 'The receipt token is malformed.');
    proof.receiptToken = json.receiptToken;
  }
  return proof;
}

/** Whether the proof opens this dossier (false for no dossier, after the same work). */
export function proofMatches(context: ServerContext, record: DossierRecord | undefined, proof: CitizenProof): boolean {
  const code = record?.dossier.code ?? 'no-such-dossier';
  let matches = false;
  if (proof.receiptToken !== undefined) matches = secretsEqual(proof.receiptToken, receiptTokenOf(context, code)) || matches;
  if (proof.secondFactor !== undefined) {
    const expected = proof.secondFactor.kind === 'phone' ? record?.applicant.phone : record?.applicant.idNumber;
    // An absent number compares against a value no input can equal, in the same time.
    matches = secretsEqual(proof.secondFactor.value, expected ?? '\u0000') || matches;
  }
  return record !== undefined && matches;
}

/** The dossier `code` when the proof opens it; 404 when there is none, 401 when the proof is missing or wrong. */
export async function openAsCitizen(context: ServerContext, code: string, proof: CitizenProof): Promise<DossierRecord> {
  // After 10 wrong second factors for one code in 15 minutes, the code answers 429 to everyone for the rest of the window.
  if (!DOSSIER_CODE.test(code)) throw new ApiError(404, 'not-found', 'Không tìm thấy hồ sơ có mã này.', { messageEn: 'No dossier with this code.' });
  const locked = context.limits.wrongFactorByCode.wait(code, context.now());
  if (locked > 0) throw tooManyTries(locked);
  const record = await context.store.getDossier(code);
  const matches = proofMatches(context, record, proof);
  if (!record) throw new ApiError(404, 'not-found', 'Không tìm thấy hồ sơ có mã này.', { messageEn: 'No dossier with this code.' });
  if (!matches) {
    context.limits.wrongFactorByCode.hit(code, context.now());
    throw new ApiError(401, 'wrong-second-factor', 'Thông tin xác minh không khớp với người nộp hồ sơ.', {
      messageEn: 'The second factor is missing or does not match the applicant.',
    });
  }
  return record;
}

/** Counts a try of the client; 429 with Retry-After when there were too many. */
export function limitTries(context: ServerContext, clientAddress: string): void {
  const wait = context.limits.lookup.hit(clientAddress, context.now());
  if (wait > 0) throw tooManyTries(wait);
}

function tooManyTries(wait: number): ApiError {
  return new ApiError(429, 'rate-limited', `Bạn đã tra cứu quá nhiều lần, vui lòng thử lại sau ${wait} giây.`, { messageEn: `Too many tries; try again in ${wait} s.`, retryAfter: wait });
}
