/** The facts of a procedure as the procedure page lists them (from the catalogue `dvc-schema build` writes). */
import {
  deliveryText,
  feeAmountText,
  feeNotes,
  feesSummaryText,
  levelsText,
  localizedText,
  onlineServiceText,
  processingTimeText,
} from '@dvc-kit/procedure/wording';
import type { Procedure } from '../catalog.js';
import { create, type Localized } from '../layout/dom.js';
import type { Lang } from '../layout/language.js';
import { PAGE_TEXT } from './procedure-text.js';

/** One `<dt>`/`<dd>` pair in a wrapper `<div>`, each value on a line of its own; nothing when there is no value. */
function fact(lang: Lang, label: string, ...values: (Localized | string | HTMLElement)[]): HTMLDivElement[] {
  const dd = create('dd');
  for (const value of values) {
    if (value instanceof HTMLElement) dd.append(value);
    else if ((typeof value === 'string' ? value : value.text) !== '') dd.append(create('span', { className: 'line', text: value, lang }));
  }
  if (!dd.hasChildNodes()) return [];
  const row = create('div');
  row.append(create('dt', { text: label, lang }), dd);
  return [row];
}

function feeList(procedure: Procedure, lang: Lang): HTMLElement | string {
  if (procedure.free || procedure.fees.length === 0) return feesSummaryText(procedure, lang);
  const fees = create('ul');
  for (const fee of procedure.fees) {
    const item = create('li');
    item.append(create('span', { text: localizedText(fee.name, lang), lang }), `: ${feeAmountText(fee, lang)}`);
    const notes = feeNotes(fee, lang);
    if (notes.length > 0) item.append(` (${notes.join('; ')})`);
    fees.append(item);
  }
  return fees;
}

/** The dossier's documents as the prepared schema lists them (`x-dvc.components`), each with whether it is required. */
function componentList(schema: unknown, lang: Lang): HTMLElement | string {
  const components = (schema as { 'x-dvc'?: { components?: unknown } } | undefined)?.['x-dvc']?.components;
  if (!Array.isArray(components) || components.length === 0) return '';
  const text = PAGE_TEXT[lang];
  const list = create('ul');
  for (const component of components as Record<string, unknown>[]) {
    const name = component.name;
    if (typeof name !== 'string' && !(typeof name === 'object' && name !== null && typeof (name as { vi?: unknown }).vi === 'string')) continue;
    const status = component.present === true
      ? text.componentPresent
      : component.required === true
        ? text.componentRequired
        : component.requiredWhen !== undefined
          ? text.componentConditional
          : text.componentOptional;
    const item = create('li');
    item.append(create('span', { text: localizedText(name as Parameters<typeof localizedText>[0], lang), lang }), ` (${status})`);
    list.append(item);
  }
  return list.childElementCount > 0 ? list : '';
}

/** The facts; with the prepared schema once loaded, the documents are listed by name. */
export function procedureFacts(procedure: Procedure, lang: Lang, schema?: unknown): HTMLDivElement[] {
  const text = PAGE_TEXT[lang];
  const time = procedure.processingTime;
  return [
    ...fact(lang, text.sectorLabel, localizedText(procedure.sector, lang)),
    ...fact(lang, text.agencyLabel, localizedText(procedure.agency, lang)),
    ...fact(lang, text.levelLabel, levelsText(procedure.level, lang)),
    ...fact(lang, text.onlineLabel, onlineServiceText(procedure.onlineService, lang)),
    ...fact(lang, text.timeLabel, processingTimeText(time, lang), localizedText(time?.note, lang)),
    ...fact(lang, text.feesLabel, feeList(procedure, lang)),
    ...fact(lang, text.componentsLabel, text.components(procedure.components, procedure.requiredComponents), componentList(schema, lang)),
    ...fact(lang, text.deliveryLabel, deliveryText(procedure.delivery, lang)),
    ...fact(lang, text.postalSubmissionLabel, procedure.delivery?.postalSubmission ? text.yes : text.no),
  ];
}
