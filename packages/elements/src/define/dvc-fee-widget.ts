import { DvcFeeWidget } from '../fee-widget/fee-widget.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcFeeWidget };

if (!customElements.get('dvc-fee-widget')) customElements.define('dvc-fee-widget', DvcFeeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-fee-widget': DvcFeeWidget;
  }
}
