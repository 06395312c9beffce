import type { Locale } from '@dvc-kit/form-engine/core';
import { inSentence } from '@dvc-kit/form-engine/message-wording';
import type { Dictionary } from '../shared/dictionary.js';

/** UI text of `<dvc-file-upload>`, in Vietnamese (the source) and English. Loaded with the element, never by pages without it. */
const vi = {
  /** `<dvc-file-upload>`: legend of the group, when no `label` is given. */
  fileLegend: 'Tệp đính kèm',
  /** The button (a label of the native file input) that opens the file picker. */
  fileChoose: (_multiple: boolean) => 'Chọn tệp',
  fileDropHint: 'hoặc kéo và thả tệp vào đây',
  /** `types` is a list such as "PDF, JPG, PNG" (empty when every type is accepted); `max` e.g. "10 MB". */
  fileConstraints: (types: string, max: string) =>
    types ? `Định dạng ${types}, tối đa ${max} mỗi tệp.` : `Tối đa ${max} mỗi tệp.`,
  fileListLabel: 'Tệp đã đính kèm',
  /** Accessible name of the button that removes one file. */
  fileRemove: (name: string) => `Xóa ${name}`,
  fileTemplate: 'Tải mẫu đơn',
  fileWrongType: (name: string, types: string) => `Tệp “${name}” không đúng loại: chỉ nhận ${types}`,
  fileTooLarge: (name: string, max: string) => `Tệp “${name}” lớn hơn ${max}`,
  fileEmpty: (name: string) => `Tệp “${name}” không có nội dung`,
  fileOnlyOne: (name: string) => `Chỉ đính kèm được một tệp: tệp “${name}” không được thêm`,
  /** Announced (live region) after files were attached; `names` joined with commas. */
  fileAdded: (names: string) => `Đã đính kèm ${names}.`,
  fileRemoved: (name: string) => `Đã xóa ${name}.`,
  /** Required and empty; `label` is the field's label, named as the form names it (`required` in the engine's dictionary). */
  fileMissing: (label: string) => `Vui lòng đính kèm ${inSentence(label, 'vi')}`,
  fileMissingAny: 'Vui lòng đính kèm tệp',
  errorPrefix: 'Lỗi:',
  remove: 'Xóa',
};

const en = {
  fileLegend: 'Attachment',
  fileChoose: (multiple: boolean) => (multiple ? 'Choose files' : 'Choose a file'),
  fileDropHint: 'or drag and drop files here',
  fileConstraints: (types: string, max: string) =>
    types ? `${types}, up to ${max} each.` : `Up to ${max} each.`,
  fileListLabel: 'Attached files',
  fileRemove: (name: string) => `Remove ${name}`,
  fileTemplate: 'Download the form',
  fileWrongType: (name: string, types: string) => `The file “${name}” is not an accepted type: only ${types}`,
  fileTooLarge: (name: string, max: string) => `The file “${name}” is larger than ${max}`,
  fileEmpty: (name: string) => `The file “${name}” is empty`,
  fileOnlyOne: (name: string) => `Only one file can be attached: “${name}” was not added`,
  fileAdded: (names: string) => `Attached ${names}.`,
  fileRemoved: (name: string) => `Removed ${name}.`,
  fileMissing: (label: string) => `Attach ${inSentence(label, 'en')}`,
  fileMissingAny: 'Attach a file',
  errorPrefix: 'Error:',
  remove: 'Remove',
} satisfies Dictionary<typeof vi>;

export type FileMessages = Dictionary<typeof vi>;

export const FILE_MESSAGES: Readonly<Record<Locale, FileMessages>> = { vi, en };
