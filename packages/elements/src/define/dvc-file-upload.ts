import { DvcFileUpload } from '../file-upload/file-upload.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcFileUpload };

if (!customElements.get('dvc-file-upload')) customElements.define('dvc-file-upload', DvcFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-file-upload': DvcFileUpload;
  }
}
