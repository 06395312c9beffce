/**
 * The officer console's API under `/api/officer`: a demo login with sessions kept in the store (several instances
 * share them), the agency's queue, one dossier in full, its files, and the lifecycle actions. An officer sees only
 * dossiers their agency holds: any other answers 404, as if it did not exist.
 */
import { randomBytes } from 'node:crypto';
import { randomId } from '../random-id.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { DOSSIER_STATE_KINDS } from '@dvc-kit/dossier';
import { isPlainObject } from '@dvc-kit/form-engine/core';
import { sha256Hex } from '../canonical.js';
import type { ServerContext } from '../context.js';
import { ApiError, invalidRequest, notFound } from '../errors.js';
import { MULTIPART_LIMITS } from '../limits.js';
import { performAction, readActionRequest } from '../officer-actions.js';
import { verifyPassword } from '../passwords.js';
import { AGENCIES } from '../province.js';
import type { DossierRecord, OfficerRecord } from '../store/types.js';
import { vnInstant } from '../time.js';
import { officerView, queueRow } from '../views.js';
import { ATTACHMENT_ID, sendFile } from './public.js';
import { DOSSIER_CODE } from '../citizen-access.js';
import { storableFileName } from '../file-names.js';

export const SESSION_COOKIE = 'dvc_session';
const SESSION_HOURS = 8;
const RESULT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

declare module 'fastify' {
  interface FastifyRequest {
    officer?: OfficerRecord;
  }
}

const unauthorized = (): ApiError => new ApiError(401, 'unauthorized', 'Vui lòng đăng nhập.', { messageEn: 'Please sign in.' });
const noSuchDossier = (): ApiError => notFound('Không tìm thấy hồ sơ có mã này.', 'No dossier with this code.');

export function registerOfficerRoutes(app: FastifyInstance, context: ServerContext): void {
  const secureCookie = !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(context.publicUrl);
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, path: '/api/officer', secure: secureCookie };

  app.post('/api/officer/login', async (request, reply) => {
    const body = isPlainObject(request.body) ? request.body : {};
    const given = Object.hasOwn(body, 'username') && typeof body.username === 'string' ? body.username.trim() : '';
    // Only a name that can be one is looked up (and counted); any other is as unknown as a name no officer has.
    const username = /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : '';
    const password = Object.hasOwn(body, 'password') && typeof body.password === 'string' ? body.password.slice(0, 200) : '';
    const now = context.now();
    const wait = Math.max(context.limits.loginByAddress.hit(request.ip, now), username ? context.limits.loginByUser.hit(username, now) : 0);
    if (wait > 0) throw new ApiError(429, 'rate-limited', `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${wait} giây.`, { messageEn: `Too many sign-in attempts; try again in ${wait} s.`, retryAfter: wait });
    const officer = username ? await context.store.getOfficer(username) : undefined;
    const ok = await verifyPassword(password, officer?.passwordHash);
    if (!officer || !ok) throw new ApiError(401, 'unauthorized', 'Tên đăng nhập hoặc mật khẩu không đúng.', { messageEn: 'Wrong user name or password.' });
    context.limits.loginByUser.reset(username);
    const id = randomBytes(32).toString('base64url');
    const expiresAt = vnInstant(now + SESSION_HOURS * 3_600_000);
    await context.store.createSession({ id, username: officer.username, expiresAt });
    reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
    return { username: officer.username, displayName: officer.displayName, agency: officer.agency, expiresAt };
  });

  app.register(async (officerApp) => {
    officerApp.addHook('preHandler', async (request) => {
      request.officer = await officerOf(request);
    });

    officerApp.post('/api/officer/logout', async (request, reply) => {
      const id = request.cookies[SESSION_COOKIE];
      if (id) await context.store.deleteSession(id);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { signedOut: true };
    });

    officerApp.get('/api/officer/me', async (request) => {
      const officer = request.officer as OfficerRecord;
      return { username: officer.username, displayName: officer.displayName, agency: officer.agency };
    });

    // The agencies a dossier can be handed to (liên thông), for the console's hand-off choice.
    officerApp.get('/api/officer/agencies', async (request) => {
      const officer = request.officer as OfficerRecord;
      return { agencies: AGENCIES.filter((agency) => agency.id !== officer.agency.id).map(({ id, name }) => ({ id, name })) };
    });

    officerApp.get<{ Querystring: { state?: string; limit?: string; offset?: string } }>('/api/officer/dossiers', async (request) => {
      const officer = request.officer as OfficerRecord;
      const { state } = request.query;
      const stateKinds = state === undefined || state === '' ? undefined : state.split(',');
      if (stateKinds && !stateKinds.every((kind) => (DOSSIER_STATE_KINDS as readonly string[]).includes(kind))) {
        throw invalidRequest('Trạng thái lọc không hợp lệ.', `"state" must be a comma-separated list of ${DOSSIER_STATE_KINDS.join(', ')}.`);
      }
      const limit = boundedInteger(request.query.limit, 50, 1, 200, 'limit');
      const offset = boundedInteger(request.query.offset, 0, 0, 1_000_000, 'offset');
      const filter = { agencyId: officer.agency.id, ...(stateKinds ? { stateKinds } : {}) };
      const [total, records] = await Promise.all([context.store.countDossiers(filter), context.store.listDossiers({ ...filter, limit, offset })]);
      return { total, limit, offset, items: records.map((record) => queueRow(record, context)) };
    });

    officerApp.get<{ Params: { code: string } }>('/api/officer/dossiers/:code', async (request) => {
      const record = await ownDossier(request.officer as OfficerRecord, request.params.code);
      return officerView(record, await context.store.listAttachments(record.dossier.code), context);
    });

    officerApp.get<{ Params: { id: string } }>('/api/officer/attachments/:id', async (request, reply) => {
      const officer = request.officer as OfficerRecord;
      const attachment = ATTACHMENT_ID.test(request.params.id) ? await context.store.getAttachment(request.params.id) : undefined;
      const record = attachment?.dossierCode === undefined ? undefined : await context.store.getDossier(attachment.dossierCode);
      if (!attachment || !record || record.agencyId !== officer.agency.id) throw notFound('Không tìm thấy tệp này.', 'No such file.');
      return sendFile(reply, context, attachment);
    });

    officerApp.post('/api/officer/results', async (request) => {
      if (!request.isMultipart()) throw invalidRequest('Tải tệp kết quả lên dưới dạng multipart/form-data, phần "file".', 'Upload the result as multipart/form-data with a "file" part.');
      const part = await request.file({ limits: { files: 1, fileSize: MULTIPART_LIMITS.fileBytes } });
      if (!part || part.fieldname !== 'file') throw invalidRequest('Thiếu tệp kết quả (phần "file").', 'The "file" part is missing.');
      const bytes = await part.toBuffer();
      const mediaType = (await fileTypeFromBuffer(bytes))?.mime;
      if (!mediaType || !RESULT_TYPES.includes(mediaType)) {
        throw new ApiError(415, 'unsupported-media-type', 'Tệp kết quả phải là PDF, JPEG hoặc PNG.', { messageEn: 'The result file must be a PDF, JPEG or PNG (read from its content).' });
      }
      const sha256 = sha256Hex(bytes);
      await context.blobs.put(sha256, bytes);
      const id = randomId();
      await context.store.saveAttachment({ id, sha256, fileName: storableFileName(part.filename.normalize('NFC')) ? part.filename.normalize('NFC') : `ket-qua.${mediaType.split('/')[1] ?? 'pdf'}`, mediaType, size: bytes.length, field: 'result', createdAt: vnInstant(context.now()) });
      return { attachmentId: id };
    });

    officerApp.post<{ Params: { code: string } }>('/api/officer/dossiers/:code/actions', async (request) => {
      const officer = request.officer as OfficerRecord;
      const { action, expectedVersion, body } = readActionRequest(request.body);
      const record = await ownDossier(officer, request.params.code);
      if (record.version !== expectedVersion) throw versionConflict(record.version);
      const procedure = context.procedures.get(record.dossier.procedure.code);
      if (!procedure) throw new ApiError(500, 'server', 'Thủ tục của hồ sơ không còn được phục vụ.', { messageEn: "The dossier's procedure is no longer served." });
      const outcome = await performAction(context, record, procedure, officer, action, body);
      const next: DossierRecord = { ...outcome.next, version: record.version + 1 };
      if (!(await context.store.updateDossier(next, expectedVersion, outcome.newEvents, outcome.attachments))) throw versionConflict();
      // The officer who handed it off no longer holds it: they get the record once more, as it left.
      return officerView(next, await context.store.listAttachments(next.dossier.code), context);
    });
  });

  async function officerOf(request: FastifyRequest): Promise<OfficerRecord> {
    const id = request.cookies[SESSION_COOKIE];
    if (!id || !SESSION_ID.test(id)) throw unauthorized();
    const session = await context.store.getSession(id, vnInstant(context.now()));
    const officer = session ? await context.store.getOfficer(session.username) : undefined;
    if (!officer) throw unauthorized();
    return officer;
  }

  async function ownDossier(officer: OfficerRecord, code: string): Promise<DossierRecord> {
    const record = DOSSIER_CODE.test(code) ? await context.store.getDossier(code) : undefined;
    if (!record || record.agencyId !== officer.agency.id) throw noSuchDossier();
    return record;
  }
}

function versionConflict(current?: number): ApiError {
  return new ApiError(409, 'version-conflict', 'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại rồi thao tác lại.', {
    messageEn: current === undefined ? 'The dossier changed meanwhile; reload it.' : `The dossier is at version ${current} now; reload it.`,
  });
}

function boundedInteger(value: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!/^[0-9]{1,7}$/.test(value) || number < min || number > max) throw invalidRequest(`Tham số ${name} không hợp lệ.`, `"${name}" must be a whole number from ${min} to ${max}.`);
  return number;
}

