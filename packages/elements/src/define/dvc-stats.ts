import { DvcStats } from '../stats/stats.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcStats };

if (!customElements.get('dvc-stats')) customElements.define('dvc-stats', DvcStats);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-stats': DvcStats;
  }
}
