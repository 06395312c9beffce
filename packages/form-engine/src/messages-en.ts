/**
 * The English messages and interface words: `@dvc-kit/form-engine/messages-en`. Registered by the full engine, and
 * loaded on demand by `<dvc-dossier-form>` when a form first turns English. Same rules as `messages-vi.ts`: "Enter"
 * for what is typed, "Select" for a choice, "Attach" for files, "Add" for a list; a label inside a sentence keeps no
 * capital from its title ("Enter date of birth"), and no article is added in front of it. A label may be plural
 * ("Phone numbers"), so no message puts a verb that agrees with it right after it: "must", "can" or a colon.
 */
import { dateMistake } from './date-parts.js';
import type { MessageContext, MessageDictionary } from './messages.js';
import { isChoice, isFiles, isList, isNumbered, isOpenTitle, midSentence, num, object, subject, summaryLine } from './message-wording.js';

/** What a valid value of a format looks like, after "Enter <field> in the correct format". */
const FORMAT_NAMES_EN: Record<string, string> = {
  date: ': a real date, like 27/03/2007',
  'date-time': ': a date and time, like 27/03/2007 14:30',
  time: ': hours and minutes, like 14:30',
  email: ', like name@example.com',
  uri: ': a web address starting with https://',
  url: ': a web address starting with https://',
  // The Vietnamese formats (@dvc-kit/vn), for a validator that checks them without their definitions.
  cccd: ': 12 digits',
  'vn-tax-code': ': 10 digits, 10 digits-3 digits, or a 12-digit personal ID number',
  'vn-phone': ': a 10-digit mobile number, like 0912 345 678',
  'vn-postal-code': ': 5 digits, like 11120',
};

const choiceOf = (c: MessageContext) => (isOpenTitle(c.label) ? `an option for “${c.label}”` : object(c));
const plural = (c: MessageContext, n: unknown, one: string, many: string) => `${num(c, n)} ${n === 1 ? one : many}`;

/**
 * A group as the owner of a field, with "the" unless it has a determiner or is a numbered item:
 * "The mother" → "the mother", "Person filing the dossier" → "the person filing the dossier", "Manager 2" → "manager 2".
 */
const groupNoun = (group: string) => {
  const noun = midSentence(group, 'en');
  if (isNumbered(noun) || /^(?:the|a|an|this|your|his|her|their|its|our)\s/u.test(noun)) return noun;
  // A proper noun or an acronym keeps its capital and takes no article ("of Hà Nội").
  if (/^\p{Lu}/u.test(noun)) return noun;
  return `the ${noun}`;
};

export const en = {
  required: (c) => {
    if (c.kind === 'checkbox') return `Tick the box “${c.label}”`;
    if (isChoice(c.kind)) return `Select ${choiceOf(c)}`;
    if (isFiles(c.kind)) return `Attach ${object(c)}`;
    if (isList(c.kind)) return `Add ${object(c)}`;
    return isOpenTitle(c.label) ? `Fill in “${c.label}”` : `Enter ${object(c)}`;
  },
  type: (c) => {
    const expected = String(c.params.type);
    if (expected.includes('integer')) return `${subject(c)} must be a whole number`;
    if (expected.includes('number')) return `${subject(c)} must be a number`;
    return `${subject(c)}: the value is of the wrong type`;
  },
  minLength: (c) => `${subject(c)} must be ${plural(c, c.params.limit, 'character', 'characters')} or more`,
  maxLength: (c) => `${subject(c)} must be ${plural(c, c.params.limit, 'character', 'characters')} or fewer`,
  maxDepth: (c) => `${subject(c)}: the data is nested more than ${num(c, c.params.limit)} levels deep, which the form cannot check`,
  pattern: (c) => `Enter ${object(c)} in the correct format`,
  format: (c) => {
    const format = String(c.params.format);
    const known = Object.hasOwn(FORMAT_NAMES_EN, format) ? FORMAT_NAMES_EN[format] : undefined;
    return known ? `Enter ${object(c)} in the correct format${known}` : `Enter ${object(c)} in the correct format`;
  },
  minimum: (c) => `${subject(c)} must be ${num(c, c.params.limit)} or more`,
  maximum: (c) => `${subject(c)} must be ${num(c, c.params.limit)} or less`,
  exclusiveMinimum: (c) => `${subject(c)} must be more than ${num(c, c.params.limit)}`,
  exclusiveMaximum: (c) => `${subject(c)} must be less than ${num(c, c.params.limit)}`,
  multipleOf: (c) => `${subject(c)} must be a multiple of ${num(c, c.params.multipleOf)}`,
  enum: (c) => `Select ${choiceOf(c)} from the list`,
  const: (c) => (c.kind === 'checkbox' ? `Tick the box “${c.label}”` : `${subject(c)} must be ${JSON.stringify(c.params.allowedValue)}`),
  oneOf: (c) => (c.params.passingSchemas ? `${subject(c)} must match only one option` : `Select ${choiceOf(c)}`),
  anyOf: (c) => `Select ${choiceOf(c)}`,
  minItems: (c) =>
    isFiles(c.kind)
      ? `Attach at least ${plural(c, c.params.limit, 'file', 'files')} for ${object(c)}`
      : `Add at least ${plural(c, c.params.limit, 'item', 'items')} to ${object(c)}`,
  maxItems: (c) => `${subject(c)} can have at most ${isFiles(c.kind) ? plural(c, c.params.limit, 'file', 'files') : plural(c, c.params.limit, 'item', 'items')}`,
  uniqueItems: (c) =>
    `${subject(c)}: items ${num(c, Number(c.params.j) + 1)} and ${num(c, Number(c.params.i) + 1)} are the same`,
  additionalProperties: (c) => `${subject(c)}: the field ${String(c.params.additionalProperty)} is not allowed`,
  unevaluatedProperties: (c) => `${subject(c)}: the field ${String(c.params.unevaluatedProperty)} is not allowed`,
  propertyNames: (c) => `${subject(c)} "${String(c.params.key)}" cannot be used`,
  keyNotAllowed: (c) => `${subject(c)} "${String(c.params.key)}" is not allowed here`,
  duplicateKey: (c) => `${subject(c)} "${String(c.params.key)}" is already there: choose another ${object(c)}`,
  keySelectsOtherSchema: (c) =>
    `${subject(c)} "${String(c.params.key)}" is for another kind of value: remove this row, then add a new one with that ${object(c)}`,
  minProperties: (c) => `${subject(c)} must have at least ${plural(c, c.params.limit, 'entry', 'entries')}`,
  maxProperties: (c) => `${subject(c)} can have at most ${plural(c, c.params.limit, 'entry', 'entries')}`,
  contains: (c) => `${subject(c)} must include a matching item`,
  not: (c) => `${subject(c)}: the value is not valid`,
  notANumber: (c) => `${subject(c)} must be a number, like 1250 or 12.5`,
  unreadableDate: (c) => {
    const mistake = c.kind === 'date' ? dateMistake(c.params.value) : null;
    if (mistake?.reason === 'notReal') return `${subject(c)} must be a real date, like 27 3 2007`;
    if (mistake?.reason === 'shortYear') return `${subject(c)}: the year must have 4 digits`;
    if (mistake) return `${subject(c)} must include a ${mistake.parts.join(' and ')}`;
    return `${subject(c)}: "${String(c.params.value)}" is not a valid ${c.kind === 'time' ? 'time' : c.kind === 'datetime' ? 'date and time' : 'date'}, please enter it again`;
  },
  fallback: (c) => `${subject(c)}: the value is not valid`,

  fieldOfGroup: (c) => `${c.label} of ${groupNoun(String(c.params.group))}`,
  summary: (c) => summaryLine(c.label, String(c.params.message), 'en'),

  item: () => 'Item',
  option: (c) => `Option ${num(c, c.params.n)}`,
  yes: () => 'Yes',
  no: () => 'No',
  none: () => 'None',
  example: (c) => `For example: ${String(c.params.value)}`,
  dossier: () => 'Dossier',
  entryKey: () => 'Name',
} satisfies MessageDictionary;
