import { DvcStatusTracker } from '../status-tracker/status-tracker.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcStatusTracker };

if (!customElements.get('dvc-status-tracker')) customElements.define('dvc-status-tracker', DvcStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-status-tracker': DvcStatusTracker;
  }
}
