export { DvcChangeEvent, type DvcChangeDetail } from './dvc-change.js';
export { DvcSubmitEvent, type DvcSubmitDetail } from './dvc-submit.js';
export { DvcErrorEvent, type DvcErrorDetail } from './dvc-error.js';
