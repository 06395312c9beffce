/** The citizen's reads: the catalogue, a procedure's schema, a dossier's lookup and payment, the receipt, a result. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isPlainObject } from '@dvc-kit/form-engine/core';
import { checkLookupRequest, DossierSourceError } from '@dvc-kit/dossier';
import type { ServerContext } from '../context.js';
import { limitTries, openAsCitizen, readProof } from '../citizen-access.js';
import { ApiError, invalidRequest, notFound } from '../errors.js';
import { publicView, receiptOf, resultAttachmentId } from '../views.js';
import { secretsEqual } from '../canonical.js';
import { DOSSIER_CODE, receiptTokenOf } from '../citizen-access.js';

/** Attachment ids: random, URL-safe. */
export const ATTACHMENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function registerPublicRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/catalog', async (_request, reply) => reply.type('application/json; charset=utf-8').send(context.procedures.catalogText));

  app.get<{ Params: { id: string } }>('/api/procedures/:id/schema', async (request, reply) => {
    const procedure = context.procedures.get(request.params.id);
    if (!procedure) throw notFound('Không có thủ tục này.', 'No such procedure.');
    return reply.type('application/json; charset=utf-8').send(procedure.schemaText);
  });

  app.post('/api/dossiers/lookup', async (request) => {
    limitTries(context, request.ip);
    const lookup = readLookup(request.body);
    const record = await openAsCitizen(context, lookup.code, { ...readProof(request.body), ...(lookup.secondFactor ? { secondFactor: lookup.secondFactor } : {}) });
    return publicView(record, context);
  });

  app.post('/api/dossiers/payment', async (request) => {
    limitTries(context, request.ip);
    const lookup = readLookup(request.body);
    const record = await openAsCitizen(context, lookup.code, { ...readProof(request.body), ...(lookup.secondFactor ? { secondFactor: lookup.secondFactor } : {}) });
    if (!record.dossier.fees) throw notFound('Hồ sơ này không có phí, lệ phí phải nộp.', 'This dossier has no fees to pay.');
    return { ...record.dossier.fees.payment };
  });

  // The electronic result of a dossier, with a same-origin download path: what a page shows when the lookup leaves the
  // result out (a server on plain http cannot give the https URL the contract asks for).
  app.post('/api/dossiers/result', async (request) => {
    limitTries(context, request.ip);
    const lookup = readLookup(request.body);
    const record = await openAsCitizen(context, lookup.code, { ...readProof(request.body), ...(lookup.secondFactor ? { secondFactor: lookup.secondFactor } : {}) });
    const delivery = record.dossier.delivery;
    const id = delivery.method === 'ONLINE' && delivery.result ? resultAttachmentId(delivery.result.downloadUrl) : undefined;
    if (delivery.method !== 'ONLINE' || !delivery.result || !id) throw notFound('Hồ sơ chưa có kết quả điện tử.', 'The dossier has no electronic result (yet).');
    const { downloadUrl: _stored, ...result } = delivery.result;
    return { ...result, downloadPath: `/api/results/${id}` };
  });

  app.get<{ Params: { code: string }; Querystring: { token?: string } }>('/api/dossiers/:code/receipt', async (request) => {
    limitTries(context, request.ip);
    const { code } = request.params;
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    if (!DOSSIER_CODE.test(code)) throw notFound('Không tìm thấy hồ sơ có mã này.', 'No dossier with this code.');
    const record = await context.store.getDossier(code);
    const matches = secretsEqual(token, receiptTokenOf(context, code));
    if (!record) throw notFound('Không tìm thấy hồ sơ có mã này.', 'No dossier with this code.');
    if (!matches) throw new ApiError(401, 'wrong-second-factor', 'Mã biên nhận không đúng.', { messageEn: 'The receipt token does not match.' });
    const procedure = context.procedures.get(record.dossier.procedure.code);
    if (!procedure) throw new ApiError(500, 'server', 'Thủ tục của hồ sơ không còn được phục vụ.', { messageEn: "The dossier's procedure is no longer served." });
    return receiptOf(record, await context.store.listAttachments(code), procedure);
  });

  // The electronic result, for the citizen: its id is the capability (random, unguessable), given only in the lookup.
  app.get<{ Params: { attachmentId: string } }>('/api/results/:attachmentId', async (request, reply) => {
    const { attachmentId } = request.params;
    const missing = notFound('Không tìm thấy kết quả này.', 'No such result.');
    if (!ATTACHMENT_ID.test(attachmentId)) throw missing;
    const attachment = await context.store.getAttachment(attachmentId);
    if (!attachment || attachment.field !== 'result' || attachment.dossierCode === undefined) throw missing;
    const record = await context.store.getDossier(attachment.dossierCode);
    const delivery = record?.dossier.delivery;
    const published = delivery?.method === 'ONLINE' && delivery.result !== undefined && resultAttachmentId(delivery.result.downloadUrl) === attachmentId;
    if (!published) throw missing;
    return sendFile(reply, context, attachment);
  });
}

/** The lookup body as the contract's `LookupRequest` (400 when it is not one). */
function readLookup(body: unknown): ReturnType<typeof checkLookupRequest> {
  if (!isPlainObject(body)) throw invalidRequest('Yêu cầu tra cứu cần mã hồ sơ.', 'The lookup request must be an object with the dossier code.');
  try {
    return checkLookupRequest(body);
  } catch (error) {
    if (error instanceof DossierSourceError) throw invalidRequest('Mã hồ sơ hoặc thông tin xác minh chưa đúng dạng.', error.message);
    throw error;
  }
}

/** Sends a stored file as a download: its type as read from its bytes, never rendered by the browser. */
export async function sendFile(
  reply: FastifyReply,
  context: ServerContext,
  attachment: { sha256: string; fileName: string; mediaType: string },
): Promise<FastifyReply> {
  const bytes = await context.blobs.get(attachment.sha256);
  if (!bytes) throw new ApiError(500, 'server', 'Không đọc được tệp đã lưu.', { messageEn: 'The stored file cannot be read.' });
  const ascii = attachment.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'tep';
  return reply
    .header('content-type', attachment.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(bytes));
}
