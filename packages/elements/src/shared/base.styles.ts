import { css } from 'lit';

/**
 * What every dvc element shares: inherited text properties set on the host (so the page's text styles
 * do not leak in), and the public `--dvc-*` tokens read once on the inner `.base` wrapper and copied to
 * private `--_dvc-*` ones, so inner rules depend on the page only through these tokens; and the
 * visually hidden text every element uses.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
    color: var(--dvc-color-text, #0b0c0c);
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  .base {
    --_dvc-text: var(--dvc-color-text, #0b0c0c);
    --_dvc-muted: var(--dvc-color-muted, #505a5f);
    --_dvc-bg: var(--dvc-color-background, #fff);
    --_dvc-border: var(--dvc-color-border, #6f777b);
    --_dvc-accent: var(--dvc-color-accent, #0b5cab);
    --_dvc-accent-contrast: var(--dvc-color-accent-contrast, #fff);
    --_dvc-error: var(--dvc-color-error, #b3261e);
    --_dvc-focus: var(--dvc-color-focus, #fd0);
    --_dvc-gap: var(--dvc-field-gap, 1.5rem);
    --_dvc-radius: var(--dvc-radius, 0.25rem);
  }

  /* Read by screen readers, not shown (e.g. the "Lỗi:" before an inline error). */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
