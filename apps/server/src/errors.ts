/**
 * Every 4xx and 5xx answer has one shape (`schemas/api/error.schema.json`): `{ code, message, messageEn?, errors? }`,
 * the message in Vietnamese, with per-field errors as JSON Pointers into the request's data.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'wrong-second-factor',
  'rate-limited',
  'server',
  'unauthorized',
  'unsupported-media-type',
  'payload-too-large',
  'idempotency-conflict',
  'invalid-transition',
  'version-conflict',
  'not-implemented',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldProblem {
  /** JSON Pointer into the submitted data (or the request body). */
  pointer: string;
  message: string;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  messageEn?: string;
  errors?: FieldProblem[];
  retryAfter?: number;
}

/** A refusal the client is told about as is (status, code, words). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly messageEn?: string;
  readonly errors?: FieldProblem[];
  readonly retryAfter?: number;

  constructor(status: number, code: ApiErrorCode, message: string, details: { messageEn?: string; errors?: FieldProblem[]; retryAfter?: number } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    if (details.messageEn !== undefined) this.messageEn = details.messageEn;
    if (details.errors !== undefined) this.errors = details.errors;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }

  body(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.messageEn !== undefined) body.messageEn = this.messageEn;
    if (this.errors !== undefined) body.errors = this.errors;
    if (this.retryAfter !== undefined) body.retryAfter = this.retryAfter;
    return body;
  }
}

export const invalidRequest = (message: string, messageEn: string, errors?: FieldProblem[]): ApiError =>
  new ApiError(400, 'invalid-request', message, errors ? { messageEn, errors } : { messageEn });

export const notFound = (message = 'Không tìm thấy.', messageEn = 'Not found.'): ApiError => new ApiError(404, 'not-found', message, { messageEn });

/** The error of a Fastify or plugin failure (body too large, bad JSON, wrong content type), in the API's shape. */
export function fromFrameworkError(error: { statusCode?: number; code?: string; message?: string }): ApiError {
  const status = error.statusCode ?? 500;
  const code = error.code ?? '';
  if (status === 413 || code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new ApiError(413, 'payload-too-large', 'Yêu cầu quá lớn: tệp hoặc số tệp vượt giới hạn cho phép.', { messageEn: 'The request is too large: a file or the number of files is over the limit.' });
  }
  if (status === 415 || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ApiError(415, 'unsupported-media-type', 'Kiểu nội dung của yêu cầu không được hỗ trợ.', { messageEn: 'The request content type is not supported.' });
  }
  if (status === 404) return notFound('Không có địa chỉ này.', 'No such address.');
  if (status >= 400 && status < 500) {
    return new ApiError(400, 'invalid-request', 'Yêu cầu không hợp lệ: nội dung không đọc được.', { messageEn: `The request cannot be read (${code || status}).` });
  }
  return new ApiError(500, 'server', 'Máy chủ gặp lỗi, vui lòng thử lại sau.', { messageEn: 'The server failed; please try again later.' });
}
