/**
 * The English validation messages: `@dvc-kit/form-engine/messages-en`. Registered by the full engine, and
 * loaded on demand by `<dvc-dossier-form>` when a form first turns English.
 */
import { dateMistake } from './date-parts.js';
import type { MessageDictionary } from './messages.js';
import { isChoice, num } from './message-wording.js';

const FORMAT_NAMES_EN: Record<string, string> = {
  date: 'a valid date',
  'date-time': 'a valid date and time',
  time: 'a valid time',
  email: 'a valid email address, like name@example.com',
  uri: 'a valid web address starting with https://',
  url: 'a valid web address starting with https://',
  // The Vietnamese formats (@dvc-kit/vn), for a validator that checks them without their definitions.
  cccd: 'your 12-digit personal ID number',
  'vn-tax-code': 'a valid tax code: 10 digits, 10 digits-3 digits, or a 12-digit personal ID number',
  'vn-phone': 'a 10-digit mobile number, for example 0912 345 678',
  'vn-postal-code': 'a 5-digit postal code, for example 11120',
};

export const en = {
  required: (c) =>
    c.kind === 'checkbox' ? `Tick the box: ${c.label}` : isChoice(c.kind) ? `Select ${c.label}` : `Enter ${c.label}`,
  type: (c) => {
    const expected = String(c.params.type);
    if (expected.includes('integer')) return `${c.label} must be a whole number`;
    if (expected.includes('number')) return `${c.label} must be a number`;
    return `${c.label} has the wrong type of value`;
  },
  minLength: (c) => `${c.label} must be ${num(c, c.params.limit)} characters or more`,
  maxLength: (c) => `${c.label} must be ${num(c, c.params.limit)} characters or fewer`,
  maxDepth: (c) => `${c.label}: the data is nested more than ${num(c, c.params.limit)} levels deep, which the form cannot check`,
  pattern: (c) => `${c.label} is not in the right format`,
  format: (c) => {
    const format = String(c.params.format);
    const known = Object.hasOwn(FORMAT_NAMES_EN, format) ? FORMAT_NAMES_EN[format] : undefined;
    return known ? `Enter ${known}` : `${c.label} is not in the right format`;
  },
  minimum: (c) => `${c.label} must be ${num(c, c.params.limit)} or more`,
  maximum: (c) => `${c.label} must be ${num(c, c.params.limit)} or less`,
  exclusiveMinimum: (c) => `${c.label} must be more than ${num(c, c.params.limit)}`,
  exclusiveMaximum: (c) => `${c.label} must be less than ${num(c, c.params.limit)}`,
  multipleOf: (c) => `${c.label} must be a multiple of ${num(c, c.params.multipleOf)}`,
  enum: (c) => `Select ${c.label} from the list`,
  const: (c) => (c.kind === 'checkbox' ? `Tick the box: ${c.label}` : `${c.label} must be ${JSON.stringify(c.params.allowedValue)}`),
  oneOf: (c) => (c.params.passingSchemas ? `${c.label} matches more than one option` : `Select ${c.label}`),
  anyOf: (c) => `Select ${c.label}`,
  minItems: (c) => `Add at least ${num(c, c.params.limit)} item(s) to ${c.label}`,
  maxItems: (c) => `${c.label} can have at most ${num(c, c.params.limit)} item(s)`,
  uniqueItems: (c) =>
    `${c.label} has duplicate items (item ${num(c, Number(c.params.j) + 1)} and item ${num(c, Number(c.params.i) + 1)})`,
  additionalProperties: (c) => `${c.label} has a field that is not allowed: ${String(c.params.additionalProperty)}`,
  unevaluatedProperties: (c) => `${c.label} has a field that is not allowed: ${String(c.params.unevaluatedProperty)}`,
  propertyNames: (c) => `${c.label} "${String(c.params.key)}" cannot be used`,
  keyNotAllowed: (c) => `${c.label} "${String(c.params.key)}" is not allowed here`,
  duplicateKey: (c) => `${c.label} "${String(c.params.key)}" is already there: choose another ${c.label.toLowerCase()}`,
  keySelectsOtherSchema: (c) =>
    `${c.label} "${String(c.params.key)}" is for another kind of value: remove this row, then add a new one with that ${c.label.toLowerCase()}`,
  minProperties: (c) => `${c.label} needs at least ${num(c, c.params.limit)} entries`,
  maxProperties: (c) => `${c.label} has too many entries (at most ${num(c, c.params.limit)})`,
  contains: (c) => `${c.label} has no matching item`,
  not: (c) => `${c.label} is not valid`,
  notANumber: (c) => `${c.label} must be a number, like 1250 or 12.5`,
  unreadableDate: (c) => {
    const mistake = c.kind === 'date' ? dateMistake(c.params.value) : null;
    if (mistake?.reason === 'notReal') return `${c.label} must be a real date, like 27 3 2007`;
    if (mistake?.reason === 'shortYear') return `${c.label}: the year must have 4 digits`;
    if (mistake) return `${c.label} must include a ${mistake.parts.join(' and ')}`;
    return `${c.label}: "${String(c.params.value)}" is not a valid ${c.kind === 'time' ? 'time' : c.kind === 'datetime' ? 'date and time' : 'date'}, please enter it again`;
  },
  fallback: (c) => `${c.label} is not valid`,
} satisfies MessageDictionary;

