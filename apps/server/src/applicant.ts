/**
 * Who filed a dossier, read from its data: the name, the 12-digit ID number and the mobile number of the person
 * (or organisation) the agency deals with, for the second factor of a lookup, the receipt and the officer's view.
 *
 * The procedure vocabulary (`x-dvc`) has no marker for "the applicant" yet, so each of the five procedures of
 * `schemas/procedures/` has its rule here, written from its schema (who files it depends on a choice in the form:
 * filing for oneself or as an authorised person, as an individual or an organisation). A procedure not listed
 * falls back to the common shapes (`/applicant`, `/requester`, `/filer`, `/owner`, `/subject`).
 */
import { getIn, isPlainObject, parsePointer } from '@dvc-kit/form-engine/core';
import { parsePhoneVN } from '@dvc-kit/vn/identifiers';
import type { MaskedApplicant } from '@dvc-kit/dossier/types';
import type { ApplicantRecord } from './store/types.js';

/** Where the applicant's details are: the pointer of a person object (`fullName`, `personalId`, `phone`, `email`). */
type ApplicantRule = (data: unknown) => { person: string; name?: string; phone?: string };

const at = (data: unknown, pointer: string): unknown => {
  try {
    return getIn(data, parsePointer(pointer));
  } catch {
    return undefined;
  }
};

export const APPLICANT_RULES: Readonly<Record<string, ApplicantRule>> = {
  // Đăng ký khai sinh: the person who registers the birth (a parent, a relative or an authorised person).
  '1.001193': () => ({ person: '/requester' }),
  // Cấp đổi GCN: the first holder when the filer is on the certificate, else the filer.
  '1.012783': (data) => ({ person: at(data, '/applicantIsHolder') === false ? '/applicant' : '/holders/0' }),
  // Điểm trò chơi điện tử: the owner; for an organisation its name, its phone and its legal representative's ID.
  '1.013792': (data) =>
    at(data, '/ownerType') === 'ORGANISATION'
      ? { person: '/organisation/legalRepresentative', name: '/organisation/name', phone: '/organisation/phone' }
      : { person: '/owner' },
  // Đăng ký hộ kinh doanh: the owner, or the authorised filer.
  '2.000720': (data) => ({ person: at(data, '/actingAs') === 'AUTHORISED' ? '/filer' : '/owner' }),
  // Lý lịch tư pháp: the subject when filing for oneself, else the filer (a parent of a minor, an authorised person).
  '3.000333': (data) => ({ person: at(data, '/actingAs') === 'SELF' ? '/subject' : '/filer' }),
};

const FALLBACK_PEOPLE = ['/applicant', '/requester', '/filer', '/owner', '/subject'];

/** The applicant of valid data of `procedureId`. */
export function applicantOf(procedureId: string, data: unknown): ApplicantRecord {
  const rule = Object.hasOwn(APPLICANT_RULES, procedureId) ? APPLICANT_RULES[procedureId] : undefined;
  const where = rule?.(data) ?? { person: FALLBACK_PEOPLE.find((pointer) => isPlainObject(at(data, pointer))) ?? '/applicant' };
  const person = at(data, where.person);
  const field = (key: string): unknown => (isPlainObject(person) && Object.hasOwn(person, key) ? person[key] : undefined);
  const name = where.name ? at(data, where.name) : field('fullName');
  const idNumber = field('personalId');
  const phone = where.phone ? at(data, where.phone) : field('phone');
  const email = field('email');
  const record: ApplicantRecord = { name: typeof name === 'string' && name.trim() ? name.trim() : 'Người nộp hồ sơ' };
  if (typeof idNumber === 'string' && /^[0-9]{12}$/.test(idNumber)) record.idNumber = idNumber;
  const parsed = typeof phone === 'string' ? parsePhoneVN(phone) : undefined;
  if (parsed?.valid) record.phone = parsed.national;
  if (typeof email === 'string' && email) record.email = email;
  return record;
}

/** `*********123`: the last three digits of an ID number, the rest hidden. */
export function maskIdNumber(idNumber: string): string {
  return '*'.repeat(Math.max(0, idNumber.length - 3)) + idNumber.slice(-3);
}

/** `09******89`: the first two and the last two digits of a phone number. */
export function maskPhone(phone: string): string {
  return phone.slice(0, 2) + '*'.repeat(Math.max(0, phone.length - 4)) + phone.slice(-2);
}

/** `Nguyễn V. An`: the family name and the given name, the middle names as initials. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length <= 2) return words.join(' ');
  return [words[0], ...words.slice(1, -1).map((word) => `${[...word][0]}.`), words.at(-1)].join(' ');
}

/** The applicant as a lookup shows them (at most 4 digits of any number). */
export function maskedApplicant(applicant: ApplicantRecord): MaskedApplicant {
  const masked: MaskedApplicant = { name: maskName(applicant.name) };
  if (applicant.idNumber) masked.idNumber = maskIdNumber(applicant.idNumber);
  if (applicant.phone) masked.phone = maskPhone(applicant.phone);
  return masked;
}
