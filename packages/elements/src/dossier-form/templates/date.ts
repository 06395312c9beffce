import { html, type TemplateResult } from 'lit';
import { wrongDateParts, type DatePart, type FieldNode } from '@dvc-kit/form-engine/core';
import { attrs } from '../internal/attrs.js';
import { inputValue } from '../internal/input-value.js';
import { controlAttrs, fieldAttrs, invalid, renderGroup, type FieldContext } from './scaffold.js';

/**
 * A date as three text inputs, day, month and year, in the order Vietnamese writes it (GOV.UK's date input):
 * the same on every browser whatever its locale, and quick for a date of birth decades ago.
 */
export function renderDate(ctx: FieldContext, node: FieldNode): TemplateResult {
  const m = ctx.messages;
  const shown = invalid(node);
  const birthday = node.autocomplete === 'bday';
  // Only the parts to correct are marked (all three when the value has another shape).
  const wrong = shown ? wrongDateParts(node.value) : [];
  const part = (name: DatePart, label: string, id: string) =>
    html`<div class="date-part">
      <label class="date-part-label" for=${id}>${label}</label>
      <input
        class="input input--${name}"
        part="input"
        type="text"
        inputmode="numeric"
        data-part=${name}
        ${attrs(
          controlAttrs(node, {
            id,
            autocomplete: birthday ? `bday-${name}` : 'off',
            maxlength: name === 'year' ? '4' : '2',
            readonly: node.readOnly,
            'aria-invalid': shown && (wrong.length === 0 || wrong.includes(name)) ? 'true' : undefined,
            'aria-describedby': undefined,
            '.value': inputValue(node, name),
          }),
        )}
      />
    </div>`;
  return renderGroup(
    ctx,
    node,
    { ...fieldAttrs(node, ' group', true), 'data-date-of': node.pointer },
    html`<div class="date-parts">
      ${part('day', m.dateDay, node.id)}${part('month', m.dateMonth, `${node.id}-month`)}${part('year', m.dateYear, `${node.id}-year`)}
    </div>`,
    undefined,
    node.help ? `${node.help} ${m.dateExample}` : m.dateExample,
  );
}
