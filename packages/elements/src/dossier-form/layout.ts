/** The frame around the fields: the form with its error summary and submit button, the loading and broken boxes. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError, FieldNode, SchemaProblem } from '@dvc-kit/form-engine/core';
import type { Messages } from '../messages/index.js';
import { renderChildren } from './templates/field.js';
import { renderError, renderHint, type FieldContext } from './templates/scaffold.js';

/** The text of one error summary link, as the engine words it (the message, led by the field's name when it does not say it). */
export function summaryText(error: FieldError): string {
  return error.summary;
}

/** While the schema (or what it needs) loads: a status, empty until there is something to wait for. */
export function renderLoading(m: Messages, loading: boolean): TemplateResult {
  return html`<div class="base" part="base">
    <p class="loading" role="status">${loading ? m.loading : nothing}</p>
  </div>`;
}

/** The box listing the problems of a broken schema. */
export function renderProblems(m: Messages, problems: readonly SchemaProblem[]): TemplateResult {
  return html`<div class="base schema-error" part="base schema-error" role="alert">
    <h2>${m.schemaErrorTitle}</h2>
    <p>${m.schemaErrorIntro}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.pointer || '#'}</code> ${p.message}</li>`)}
    </ul>
  </div>`;
}

export function renderSummary(m: Messages, errors: readonly FieldError[]): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2>${m.errorSummaryTitle}</h2>
      <ul>
        ${errors.map((e) => html`<li><a href="#${e.id}" data-target=${e.id}>${summaryText(e)}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** What the form's frame shows around the fields. */
export interface FrameOptions {
  /** The errors listed in the summary (shown after a failed submit). */
  readonly summary: readonly FieldError[] | null;
  readonly disabled: boolean;
  /** The submit button's text; null leaves the button out. */
  readonly submitLabel: string | null;
}

/**
 * The fields of the root node in their frame, led by the error summary and followed by the submit button. The
 * `<form>` around it, with the listeners, is the element's.
 */
export function renderFrame(ctx: FieldContext, root: FieldNode, { summary, disabled, submitLabel }: FrameOptions): TemplateResult {
  return html`${summary && summary.length ? renderSummary(ctx.messages, summary) : nothing}
    <fieldset class="frame" ?disabled=${disabled}>
      ${root.kind === 'object' && !root.section
        ? html`${renderHint(root)}${renderError(ctx, root)}
            <div class="fields">${renderChildren(ctx, root.children)}</div>`
        : html`<div class="fields">${renderChildren(ctx, [root])}</div>`}
      ${submitLabel === null
        ? nothing
        : html`<div class="actions">
            <button type="submit" class="button button--primary" part="button submit">${submitLabel}</button>
          </div>`}
    </fieldset>`;
}
