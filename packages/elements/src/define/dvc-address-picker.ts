import { DvcAddressPicker } from '../address-picker/address-picker.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcAddressPicker };

if (!customElements.get('dvc-address-picker')) customElements.define('dvc-address-picker', DvcAddressPicker);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-picker': DvcAddressPicker;
  }
}
