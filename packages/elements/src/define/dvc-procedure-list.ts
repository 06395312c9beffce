import { DvcProcedureList } from '../procedure-list/procedure-list.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcProcedureList };

if (!customElements.get('dvc-procedure-list')) customElements.define('dvc-procedure-list', DvcProcedureList);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-list': DvcProcedureList;
  }
}
