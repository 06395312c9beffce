/**
 * `dvc-schema new <code>`: a procedure folder whose schema, x-dvc placeholders and examples already
 * pass `dvc-schema lint`, so an author starts from a clean state and edits one thing at a time.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROCEDURE_CODE = /^\d\.\d{6}(\.[0-9A-Za-z.]+)?$/;

export interface ScaffoldResult {
  dir: string;
  files: string[];
}

/** Writes `<dir>/<code>/schema.json` and two examples; refuses to touch an existing folder. */
export function scaffoldProcedure(code: string, dir = 'schemas/procedures', cwd = process.cwd()): ScaffoldResult {
  if (!PROCEDURE_CODE.test(code)) throw new Error(`"${code}" is not a procedure code: expected a national code such as 1.013792 (mã thủ tục), optionally with a provincial suffix.`);
  const target = resolve(cwd, dir, code);
  if (existsSync(target)) throw new Error(`${join(dir, code)} already exists; not overwriting it.`);
  mkdirSync(join(target, 'examples'), { recursive: true });
  const files = {
    'schema.json': procedureSchema(code),
    'examples/valid-example.json': validExample,
    'examples/invalid-example.json': invalidExample,
  };
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(target, name), `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx' });
  }
  return { dir: target, files: Object.keys(files).map((f) => join(target, f)) };
}

const TODO = 'TODO';

function procedureSchema(code: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://dvc-kit.dev/schemas/procedures/${code}/schema.json`,
    title: `${TODO}: tên thủ tục ${code}`,
    description: `${TODO}: đơn, tờ khai của thủ tục ${code}.`,
    type: 'object',
    'x-ui': {
      en: { title: `${TODO}: procedure ${code}` },
      sections: [
        { id: 'applicant', title: { vi: 'Người nộp hồ sơ', en: 'Applicant' }, fields: ['applicant'] },
        { id: 'delivery', title: { vi: 'Nhận kết quả', en: 'Receiving the result' }, fields: ['delivery'] },
      ],
    },
    'x-dvc': {
      code,
      version: `${TODO}: văn bản công bố thủ tục`,
      name: { vi: `${TODO}: tên thủ tục`, en: `${TODO}: procedure name` },
      sector: { vi: `${TODO}: lĩnh vực`, en: `${TODO}: sector` },
      agency: { vi: `${TODO}: cơ quan thực hiện`, en: `${TODO}: implementing agency` },
      level: ['COMMUNE'],
      onlineService: 'PARTIAL',
      processingTime: { value: 5, unit: 'WORKING_DAY' },
      legalBasis: [{ code: `${TODO}/2025/NĐ-CP`, title: `${TODO}: căn cứ pháp lý` }],
      result: { vi: `${TODO}: kết quả thực hiện`, en: `${TODO}: result` },
      fees: [{ key: 'fee', kind: 'LE_PHI', name: { vi: `${TODO}: lệ phí`, en: `${TODO}: fee` }, amount: { fixed: 0 } }],
      components: [
        {
          key: 'application',
          name: { vi: `${TODO}: đơn đề nghị (mẫu số …)`, en: `${TODO}: application (form …)` },
          originals: 1,
          copies: 0,
          required: true,
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxSizeMB: 10,
        },
      ],
      delivery: { result: ['ONLINE', 'IN_PERSON'], channelField: '/delivery/returnChannel' },
    },
    required: ['applicant', 'delivery'],
    properties: {
      applicant: { $ref: '#/$defs/person', title: 'Người nộp hồ sơ', 'x-ui': { en: { title: 'Applicant' } } },
      delivery: {
        type: 'object',
        title: 'Nhận kết quả',
        required: ['returnChannel'],
        properties: {
          returnChannel: {
            title: 'Hình thức nhận kết quả',
            oneOf: [
              { const: 'ONLINE', title: 'Trực tuyến' },
              { const: 'IN_PERSON', title: 'Trực tiếp' },
            ],
            'x-ui': { widget: 'radio', en: { title: 'How to receive the result', options: { ONLINE: 'Online', IN_PERSON: 'In person' } } },
          },
        },
        'x-ui': { en: { title: 'Receiving the result' } },
      },
    },
    $defs: {
      person: {
        type: 'object',
        required: ['fullName', 'personalId'],
        properties: {
          fullName: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 100, 'x-ui': { autocomplete: 'name', en: { title: 'Full name' } } },
          personalId: {
            type: 'string',
            title: 'Số định danh cá nhân',
            pattern: '^\\d{12}$',
            'x-ui': { inputMode: 'numeric', placeholder: '001090012345', en: { title: 'Personal identification number' } },
          },
          phone: { type: 'string', title: 'Số điện thoại', pattern: '^0\\d{9}$', 'x-ui': { widget: 'tel', autocomplete: 'tel', en: { title: 'Phone number' } } },
        },
      },
    },
  };
}

const validExample = {
  applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
  delivery: { returnChannel: 'ONLINE' },
  attachments: { application: [{ name: 'don-de-nghi.pdf', size: 120000, type: 'application/pdf' }] },
};

const invalidExample = {
  applicant: { fullName: 'A', personalId: '12345' },
  delivery: { returnChannel: 'BY_PIGEON' },
  attachments: { application: [] },
};
