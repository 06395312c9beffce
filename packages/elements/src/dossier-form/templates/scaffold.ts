/**
 * What every field template shares: the context it renders in, and a field's label, hint, error and wrapper, drawn
 * by the scaffold all dvc elements share (`shared/field.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierForm, FieldNode, FormState, Locale } from '@dvc-kit/form-engine/core';
import type { DvcChangeEvent } from '../../events/dvc-change.js';
import type { Messages } from '../../messages/index.js';
import { attrs, type AttrMap } from '../internal/attrs.js';
import {
  describedBy as describedByIds,
  renderError as renderErrorText,
  renderHint as renderHintText,
  renderLabel,
  renderRequiredMark,
} from '../../shared/field.js';

/**
 * What the field templates take from the form that renders them. Listeners are the element's own methods: Lit
 * calls them with the element as `this`, and the same function on every render adds no listener again.
 */
export interface FieldContext {
  /** The form's UI text. */
  readonly messages: Messages;
  /** The language of the form's engine (its labels and errors are in it). */
  readonly locale: Locale | undefined;
  /** Listener for the `dvc-change` of an address picker or an upload field. */
  readonly onPickerChange: (event: DvcChangeEvent) => void;
  /** Apply a change the citizen made (fires `dvc-change`); used by the templates of maps and tuples. */
  readonly apply: (change: (form: DossierForm) => FormState) => void;
  /** The element's shadow root, once it has rendered the last change. */
  readonly rendered: () => Promise<ShadowRoot>;
  /** Render again (once code loaded on demand has come). */
  readonly requestUpdate: () => void;
}

/** Whether a field's error shows. */
export function invalid(node: FieldNode): boolean {
  return node.showErrors && node.errors.length > 0;
}

/** The ids of the hint (when there is one) and of the error (when it shows). */
export function describedBy(node: FieldNode, hint = node.help): string | undefined {
  return describedByIds(node.id, !!hint, invalid(node));
}

export function renderHint(node: FieldNode, text = node.help): unknown {
  return renderHintText(node.id, text);
}

/** A checkbox or radio button (`control`, its attributes) and its label. */
export function renderChoice(control: AttrMap, label: unknown, labelPart?: string): TemplateResult {
  return html`<div class="choice">
    <input class="choice-input" part="input" ${attrs(control)} />
    <label class="choice-label" for=${control.id as string} part=${labelPart ?? nothing}>${label}</label>
  </div>`;
}

export function renderRequired(node: FieldNode): unknown {
  return renderRequiredMark(node.required);
}

/** The parts of a field's wrapper: `field`, `field-invalid` while its error shows, `fieldset` for a group. */
export function fieldParts(node: FieldNode, group = false): string {
  return `field${invalid(node) ? ' field-invalid' : ''}${group ? ' fieldset' : ''}`;
}

/** Class and parts of a field's wrapper; a single control's wrapper is marked while its error shows. */
export function fieldAttrs(node: FieldNode, extraClass = '', group = false): AttrMap {
  return {
    class: `field${extraClass}${invalid(node) && !group ? ' field--error' : ''}`,
    part: fieldParts(node, group),
  };
}

/** The attributes of a field's control (`more` adds to them or leaves some out with `undefined`). */
export function controlAttrs(node: FieldNode, more: AttrMap): AttrMap {
  return {
    id: node.id,
    'data-pointer': node.pointer,
    'data-kind': node.kind,
    required: node.required,
    'aria-invalid': invalid(node) ? 'true' : undefined,
    'aria-describedby': describedBy(node),
    ...more,
  };
}

export function renderError(ctx: FieldContext, node: FieldNode): unknown {
  return invalid(node) ? renderErrorText(node.id, node.errors.join(' '), ctx.messages.errorPrefix) : nothing;
}

/**
 * The scaffold of a field with one control (text, textarea, select): the label with its required mark, the
 * hint and the error, then the control.
 */
export function renderLabelled(ctx: FieldContext, node: FieldNode, control: TemplateResult): TemplateResult {
  return html`<div ${attrs(fieldAttrs(node))}>
    ${renderLabel(node.id, node.label, node.required)} ${renderHint(node)}${renderError(ctx, node)}${control}
  </div>`;
}

/**
 * The scaffold of a field made of several controls (choices, a date's parts) or of a list: a fieldset
 * described by its hint and error, led by its legend with the required mark, the hint and the error.
 */
export function renderGroup(
  ctx: FieldContext,
  node: FieldNode,
  wrapper: AttrMap,
  body: unknown,
  legendPart = 'legend field-label',
  hint = node.help,
): TemplateResult {
  return html`<fieldset ${attrs({ ...wrapper, 'aria-describedby': describedBy(node, hint) })}>
    <legend class="legend" part=${legendPart}>${node.label}${renderRequired(node)}</legend>
    ${renderHint(node, hint)}${renderError(ctx, node)}${body}
  </fieldset>`;
}
