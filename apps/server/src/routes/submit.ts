/**
 * `POST /api/dossiers`: filing a dossier. Checks, in this order, and stores nothing unless all pass: the procedure
 * exists; the data passes the procedure's compiled validator (the one the browser runs); every file in the data's
 * metadata has exactly one uploaded part and the other way round; each file's type, read from its bytes, is one its
 * field accepts and the one the metadata says; each file is within its field's size. Then the blobs are stored
 * (content-addressed) and one store transaction files the dossier under its idempotency key.
 */
import { randomId } from '../random-id.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { getIn, isPlainObject, parsePointer } from '@dvc-kit/form-engine/core';
import { openDossier } from '@dvc-kit/dossier';
import type { Dossier, DossierFees } from '@dvc-kit/dossier/types';
import { FeeError } from '@dvc-kit/procedure';
import secureJson from 'secure-json-parse';
import { MULTIPART_LIMITS } from '../limits.js';
import { applicantOf, maskedApplicant } from '../applicant.js';
import { canonicalJson, sha256Hex } from '../canonical.js';
import { receiptTokenOf } from '../citizen-access.js';
import type { ServerContext } from '../context.js';
import { ApiError, invalidRequest, notFound } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { feesOf, returnChannelOf, validateData } from '../procedures.js';
import type { FileField, Procedure } from '../procedures.js';
import type { AttachmentRecord, DossierRecord } from '../store/types.js';
import { vnDayCode, vnInstant } from '../time.js';
import { deliveryOf, feeLinesOf, payeeFor, receiptOf } from '../views.js';
import { storableFileName } from '../file-names.js';

/** `Idempotency-Key`: 8 to 100 characters of `[A-Za-z0-9_-]` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

interface UploadedPart {
  /** The part's name: the JSON Pointer of its field. */
  pointer: string;
  fileName: string;
  bytes: Buffer;
}

interface Submission {
  procedure: unknown;
  data: unknown;
  channel: unknown;
  files: UploadedPart[];
}

interface CheckedFile {
  field: FileField;
  fileName: string;
  bytes: Buffer;
  sha256: string;
  mediaType: string;
}

export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw invalidRequest(
      'Thiếu khóa chống gửi trùng (Idempotency-Key: 8 đến 100 ký tự chữ, số, "-" hoặc "_").',
      'The Idempotency-Key header is required: 8 to 100 characters of letters, digits, "-" and "_".',
    );
  }
  return key;
}

export function registerSubmitRoute(app: FastifyInstance, context: ServerContext): void {
  app.post('/api/dossiers', async (request, reply) => {
    const key = idempotencyKeyOf(request);
    const submission = request.isMultipart() ? await readMultipart(request) : readJson(request.body);

    if (typeof submission.procedure !== 'string') throw invalidRequest('Thiếu mã thủ tục.', 'The procedure is missing.', [{ pointer: '/procedure', message: 'Thiếu mã thủ tục.' }]);
    const procedure = context.procedures.get(submission.procedure);
    if (!procedure) throw notFound('Không có thủ tục này.', `No procedure ${JSON.stringify(submission.procedure).slice(0, 80)}.`);
    if (submission.channel !== undefined && submission.channel !== 'ONLINE') {
      throw invalidRequest('Hồ sơ nộp trực tuyến có kênh ONLINE.', 'A dossier filed here has the channel ONLINE.', [{ pointer: '/channel', message: 'Kênh nộp phải là ONLINE.' }]);
    }
    const shape = shapeProblem(submission.data);
    if (shape) throw invalidRequest(shape, 'The data is nested deeper than 32 levels or has more than 100,000 values.', [{ pointer: '', message: shape }]);
    const problems = validateData(procedure, submission.data);
    if (problems.length > 0) {
      throw invalidRequest('Hồ sơ chưa hợp lệ, vui lòng kiểm tra các thông tin được nêu.', 'The dossier data is not valid: see errors.', problems);
    }
    const files = await checkFiles(procedure, submission.data, submission.files);

    const requestHash = sha256Hex(
      canonicalJson({ procedure: procedure.id, channel: 'ONLINE', data: submission.data, files: files.map((file) => [file.field.pointer, file.fileName, file.sha256]) }),
    );
    let fees;
    try {
      fees = feesOf(procedure, submission.data, 'ONLINE');
    } catch (error) {
      if (error instanceof FeeError) throw invalidRequest('Không tính được phí, lệ phí của hồ sơ.', error.message, [{ pointer: error.pointer, message: 'Không tính được phí, lệ phí từ thông tin này.' }]);
      throw error;
    }
    // Blobs first, outside the transaction: content-addressed, so a retry or a failed transaction only rewrites them.
    await Promise.all(files.map((file) => context.blobs.put(file.sha256, file.bytes)));

    const nowMs = context.now();
    const submittedAt = vnInstant(nowMs);
    const applicant = applicantOf(procedure.id, submission.data);
    const outcome = await context.store.insertDossier({
      idempotencyKey: key,
      requestHash,
      codePrefix: `${procedure.agency.id}-${vnDayCode(nowMs)}`,
      build(code) {
        let dossierFees: DossierFees | undefined;
        if (fees.total > 0) dossierFees = { lines: feeLinesOf(fees), total: fees.total, payment: { status: 'unpaid', amount: fees.total, payee: payeeFor(code), updatedAt: submittedAt } };
        const dossier: Dossier = openDossier(
          {
            code,
            procedure: { code: procedure.entry.code, name: procedure.name },
            applicant: maskedApplicant(applicant),
            channel: 'ONLINE',
            submittedAt,
            delivery: deliveryOf(returnChannelOf(procedure, submission.data), procedure.agency),
            ...(dossierFees ? { fees: dossierFees } : {}),
          },
          { state: { kind: 'SUBMITTED' }, at: submittedAt, agency: { id: procedure.agency.id, name: procedure.agency.name }, actor: 'Công dân (nộp trực tuyến)' },
        );
        const attachments: AttachmentRecord[] = files.map((file) => ({
          id: randomId(),
          sha256: file.sha256,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.bytes.length,
          dossierCode: code,
          field: file.field.pointer,
          createdAt: submittedAt,
        }));
        const record: DossierRecord = { dossier, agencyId: procedure.agency.id, applicant, data: submission.data, version: 1 };
        return { record, attachments, response: { status: 201, body: { code, receipt: receiptOf(record, attachments, procedure) } } };
      },
    });
    if (outcome.kind === 'conflict') {
      throw new ApiError(409, 'idempotency-conflict', 'Khóa chống gửi trùng này đã dùng cho một hồ sơ khác.', {
        messageEn: 'This Idempotency-Key was used with a different request.',
      });
    }
    if (outcome.kind === 'replayed') reply.header('idempotent-replayed', 'true');
    const body = outcome.response.body as { code: string };
    return reply.status(outcome.response.status).send({ ...body, receiptToken: receiptTokenOf(context, body.code) });
  });
}

function readJson(body: unknown): Submission {
  if (!isPlainObject(body)) throw invalidRequest('Nội dung hồ sơ phải là một đối tượng JSON { procedure, data }.', 'The body must be a JSON object { procedure, data }.');
  return {
    procedure: Object.hasOwn(body, 'procedure') ? body.procedure : undefined,
    data: Object.hasOwn(body, 'data') ? body.data : undefined,
    channel: Object.hasOwn(body, 'channel') ? body.channel : undefined,
    files: [],
  };
}

async function readMultipart(request: FastifyRequest): Promise<Submission> {
  let submission: Submission | undefined;
  const files: UploadedPart[] = [];
  let total = 0;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.fieldname !== 'submission' || submission !== undefined) {
        throw invalidRequest(`Phần "${part.fieldname.slice(0, 60)}" không thuộc hồ sơ.`, 'Only one field part, "submission", is read.');
      }
      if (part.valueTruncated) throw tooLarge('Nội dung hồ sơ vượt quá 1 MB.', 'The submission part is larger than 1 MB.');
      // A part sent as application/json arrives parsed (by secure-json-parse, as below); a plain text part is parsed here.
      let parsed: unknown = part.value;
      if (typeof part.value === 'string') {
        try {
          parsed = secureJson.parse(part.value, undefined, { protoAction: 'error', constructorAction: 'error' });
        } catch {
          throw invalidRequest('Phần "submission" không phải JSON hợp lệ.', 'The submission part is not valid JSON.');
        }
      }
      submission = readJson(parsed);
      continue;
    }
    const bytes = await part.toBuffer();
    total += bytes.length;
    if (total > MULTIPART_LIMITS.totalBytes) throw tooLarge('Tổng dung lượng các tệp vượt quá 50 MB.', 'The files add up to more than 50 MB.');
    files.push({ pointer: part.fieldname, fileName: part.filename.normalize('NFC'), bytes });
  }
  if (!submission) throw invalidRequest('Thiếu phần "submission" (JSON của hồ sơ).', 'The multipart body lacks its "submission" part.');
  return { ...submission, files };
}

const tooLarge = (message: string, messageEn: string, errors?: FieldProblem[]): ApiError =>
  new ApiError(413, 'payload-too-large', message, errors ? { messageEn, errors } : { messageEn });

/** Pairs each file in the data's metadata with its uploaded part and checks the bytes. */
async function checkFiles(procedure: Procedure, data: unknown, parts: UploadedPart[]): Promise<CheckedFile[]> {
  const byPointer = new Map<string, UploadedPart[]>();
  for (const part of parts) byPointer.set(part.pointer, [...(byPointer.get(part.pointer) ?? []), part]);
  const known = new Set(procedure.fileFields.map((field) => field.pointer));
  const strays = [...byPointer.keys()].filter((pointer) => !known.has(pointer));
  if (strays.length > 0) {
    throw invalidRequest('Có tệp gửi kèm không thuộc thành phần hồ sơ nào.', 'Some file parts name no upload field.', strays.map((pointer) => ({ pointer: pointer.slice(0, 200), message: 'Không có thành phần hồ sơ này.' })));
  }
  const mismatches: FieldProblem[] = [];
  const checked: CheckedFile[] = [];
  const pairs: { field: FileField; meta: Record<string, unknown>; part: UploadedPart; index: number }[] = [];
  for (const field of procedure.fileFields) {
    let listed: unknown;
    try {
      listed = getIn(data, parsePointer(field.pointer));
    } catch {
      listed = undefined;
    }
    const metadata = Array.isArray(listed) ? listed.filter(isPlainObject) : [];
    const uploaded = byPointer.get(field.pointer) ?? [];
    if (metadata.length !== uploaded.length) {
      mismatches.push({
        pointer: field.pointer,
        message: `${field.title}: hồ sơ kê khai ${metadata.length} tệp nhưng gửi kèm ${uploaded.length} tệp.`,
      });
      continue;
    }
    metadata.forEach((meta, index) => pairs.push({ field, meta, part: uploaded[index] as UploadedPart, index }));
  }
  if (mismatches.length > 0) throw invalidRequest('Số tệp gửi kèm không khớp với thông tin hồ sơ.', 'The files sent do not match the files listed in the data.', mismatches);

  for (const { field, meta, part, index } of pairs) {
    const pointer = `${field.pointer}/${index}`;
    if (!storableFileName(part.fileName)) {
      throw invalidRequest('Tên tệp không hợp lệ (1 đến 255 ký tự, không có ký tự điều khiển).', `The name of the file at ${pointer} is empty, too long or has control characters.`, [
        { pointer, message: 'Tên tệp không hợp lệ.' },
      ]);
    }
    if (part.bytes.length > field.maxBytes) {
      throw tooLarge(`${field.title}: tệp "${part.fileName}" vượt quá dung lượng cho phép.`, `The file at ${pointer} is larger than its field allows.`, [
        { pointer, message: `Tệp vượt quá ${Math.round(field.maxBytes / 1024 / 1024)} MB.` },
      ]);
    }
    const detected = await fileTypeFromBuffer(part.bytes);
    const mediaType = detected?.mime;
    if (mediaType === undefined || !field.accept.includes(mediaType) || mediaType !== meta.type) {
      throw new ApiError(415, 'unsupported-media-type', `${field.title}: nội dung tệp "${part.fileName}" không phải loại tệp được chấp nhận hoặc không khớp với loại đã kê khai.`, {
        messageEn: `The content of the file at ${pointer} is ${mediaType ?? 'of an unknown type'}; the field accepts ${field.accept.join(', ')} and the data says ${String(meta.type)}.`,
        errors: [{ pointer, message: 'Nội dung tệp không đúng loại tệp được chấp nhận.' }],
      });
    }
    if (typeof meta.name !== 'string' || meta.name.normalize('NFC') !== part.fileName || meta.size !== part.bytes.length) {
      throw invalidRequest('Tệp gửi kèm không khớp với thông tin hồ sơ (tên hoặc dung lượng).', `The file at ${pointer} differs from its metadata (name or size).`, [
        { pointer, message: 'Tên hoặc dung lượng tệp không khớp với tệp gửi kèm.' },
      ]);
    }
    checked.push({ field, fileName: part.fileName, bytes: part.bytes, sha256: sha256Hex(part.bytes), mediaType });
  }
  return checked;
}

const MAX_DEPTH = 32;
const MAX_VALUES = 100_000;

/**
 * Why the data is too deep or too large to handle (a form's data is a few levels deep and a few hundred values), or
 * undefined. Walked without recursion, so no input can exhaust the stack here or later (hashing, storing).
 */
function shapeProblem(data: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++values > MAX_VALUES) return 'Dữ liệu hồ sơ có quá nhiều thông tin.';
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return 'Dữ liệu hồ sơ lồng nhau quá sâu.';
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
