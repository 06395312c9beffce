/**
 * The demo province's officers, and, when the database holds no dossier yet, a few dossiers in different states
 * spread over the last months, so the console, the tracker and the statistics have something to show. Every
 * dossier is made through the HTTP routes (submit, pay, the officer's actions) of an app on a clock the seed
 * moves, never written as rows by hand.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApp } from './app.js';
import type { AppOptions } from './app.js';
import { DEMO_OFFICERS, DEMO_PASSWORD, JUSTICE_DEPARTMENT } from './province.js';
import { hashPassword } from './passwords.js';
import type { DossierStore } from './store/types.js';

const DAY_MS = 86_400_000;

/** Creates or updates the demo officers (password `demo-minhson`). */
export async function seedOfficers(store: DossierStore): Promise<void> {
  for (const officer of DEMO_OFFICERS) {
    const existing = await store.getOfficer(officer.username);
    await store.upsertOfficer({
      username: officer.username,
      displayName: officer.displayName,
      agency: { id: officer.agency.id, name: officer.agency.name },
      passwordHash: existing?.passwordHash ?? (await hashPassword(DEMO_PASSWORD)),
    });
  }
}

export interface SeedOptions extends Omit<AppOptions, 'now' | 'staticDir' | 'gatewayIntervalMs'> {
  /** `schemas/procedures`: the examples' data are the seed's. */
  proceduresDir: string;
  /** "Now" for the seed; default the real time. */
  now?: number;
}

/** Seeds officers, then the demo dossiers when there are none; returns the codes made. */
export async function seedDemo(options: SeedOptions): Promise<string[]> {
  await seedOfficers(options.store);
  if ((await options.store.countDossiers({})) > 0) return [];
  const end = options.now ?? Date.now();
  let clock = end;
  const app = await buildApp({ ...options, now: () => clock, gatewayIntervalMs: 0, gatewayDelayMs: 60_000, demoControls: true, logger: false });
  const codes: string[] = [];
  try {
    /** 09:00 in Vietnam, `daysAgo` days before now, plus `hours`. */
    const at = (daysAgo: number, hours = 0): number => Math.floor((end - daysAgo * DAY_MS + 7 * 3_600_000) / DAY_MS) * DAY_MS - 7 * 3_600_000 + (9 + hours) * 3_600_000;
    const sessions = new Map<string, string>();
    let keyCount = 0;

    const file = async (procedure: string, example: string, when: number): Promise<string> => {
      clock = when;
      const data = JSON.parse(await readFile(join(options.proceduresDir, procedure, 'examples', `${example}.json`), 'utf8')) as Record<string, unknown>;
      const body = multipartOf(procedure, data);
      const response = await app.inject({ method: 'POST', url: '/api/dossiers', headers: { ...body.headers, 'idempotency-key': `seed-${procedure.replaceAll('.', '_')}-${++keyCount}` }, payload: body.payload });
      if (response.statusCode !== 201) throw new Error(`Seeding ${procedure} (${example}) failed: ${response.statusCode} ${response.body}`);
      const code = (response.json() as { code: string }).code;
      codes.push(code);
      return code;
    };
    const act = async (username: string, code: string, when: number, action: Record<string, unknown>): Promise<void> => {
      clock = when;
      // Sessions last 8 hours of the seed's clock: sign in again as it moves on.
      const sessionKey = `${username}@${Math.floor(when / (4 * 3_600_000))}`;
      let cookie = sessions.get(sessionKey);
      if (!cookie) {
        const login = await app.inject({ method: 'POST', url: '/api/officer/login', payload: { username, password: DEMO_PASSWORD } });
        if (login.statusCode !== 200) throw new Error(`Seeding: ${username} cannot sign in (${login.statusCode}).`);
        cookie = String(login.headers['set-cookie']).split(';')[0] as string;
        sessions.set(sessionKey, cookie);
      }
      const current = await app.inject({ method: 'GET', url: `/api/officer/dossiers/${encodeURIComponent(code)}`, headers: { cookie } });
      const version = (current.json() as { version: number }).version;
      const response = await app.inject({ method: 'POST', url: `/api/officer/dossiers/${encodeURIComponent(code)}/actions`, headers: { cookie }, payload: { ...action, expectedVersion: version } });
      if (response.statusCode !== 200) throw new Error(`Seeding ${code}: ${String(action.action)} failed: ${response.statusCode} ${response.body}`);
    };
    const ward = 'mot-cua.anhoa';
    const province = 'mot-cua.tinh';

    // Returned on time: a birth registration, three months ago.
    const birth = await file('1.001193', 'valid-in-person', at(95));
    await act(ward, birth, at(95, 1), { action: 'accept' });
    await act(ward, birth, at(95, 4), { action: 'record-result', outcome: 'GRANTED' });
    await act(ward, birth, at(94, 1), { action: 'return' });

    // Late, with an apology: a land certificate exchange, two months ago (5 working days; finished after 9).
    const land = await file('1.012783', 'valid-worn-couple', at(70));
    await act(province, land, at(70, 1), { action: 'accept' });
    await act(province, land, at(67, 2), { action: 'apologize', reason: 'Cần đo đạc, xác minh lại ranh giới thửa đất với hộ liền kề.', revisedDueAt: new Date(at(58, 8)).toISOString() });
    await act(province, land, at(59, 3), { action: 'record-result', outcome: 'GRANTED' });
    await act(province, land, at(58, 2), { action: 'return' });

    // Result ready: a game-service certificate, paid online, last month.
    const games = await file('1.013792', 'valid-individual', at(40));
    await act(ward, games, at(40, 2), { action: 'accept' });
    await act(ward, games, at(30, 3), { action: 'record-result', outcome: 'GRANTED' });

    // In process at another agency (liên thông): a judicial record certificate, paid online.
    const judicial = await file('3.000333', 'valid-self-online', at(12));
    clock = at(12, 0.5);
    const paying = await app.inject({ method: 'POST', url: `/api/dossiers/${encodeURIComponent(judicial)}/payments`, headers: { 'idempotency-key': `seed-payment-${judicial.replace(/[^A-Za-z0-9]/g, '_')}` }, payload: { secondFactor: { kind: 'id-number', value: '042196002718' } } });
    if (paying.statusCode !== 201) throw new Error(`Seeding the payment of ${judicial} failed: ${paying.statusCode} ${paying.body}`);
    await app.settlePayments(at(12, 1));
    await act(province, judicial, at(12, 2), { action: 'accept' });
    await act(province, judicial, at(11, 1), { action: 'hand-off', agencyId: JUSTICE_DEPARTMENT.id, step: 'Tra cứu, xác minh thông tin lý lịch tư pháp' });

    // Supplement required: a household business, during processing.
    const business = await file('2.000720', 'valid-individual-online', at(6));
    await act(ward, business, at(6, 1), { action: 'accept' });
    await act(ward, business, at(5, 2), {
      action: 'request-supplement',
      reason: 'Ngành, nghề kinh doanh chưa ghi đúng mã ngành kinh tế cấp 4 (Quyết định 36/2025/QĐ-TTg).',
      items: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh (bản sửa đổi)', note: 'Ghi lại mã ngành 5610 và 4722' }],
    });

    // Just submitted, waiting at the desk.
    await file('1.001193', 'valid-no-father-post', at(0, -1));
  } finally {
    await app.close();
  }
  return codes;
}

/** The submission of an example as a browser sends it: one PDF per file the data lists. */
function multipartOf(procedure: string, data: Record<string, unknown>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dvc-seed-${procedure}`;
  const files: { field: string; name: string; bytes: Buffer }[] = [];
  const attachments = (data.attachments ?? {}) as Record<string, { name: string }[]>;
  const listed: Record<string, unknown[]> = {};
  for (const [key, metadata] of Object.entries(attachments)) {
    listed[key] = metadata.map((meta) => {
      const bytes = Buffer.from(`%PDF-1.4\n%${meta.name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
      files.push({ field: `/attachments/${key}`, name: meta.name, bytes });
      return { ...meta, size: bytes.length, type: 'application/pdf' };
    });
  }
  const submission = { procedure, data: { ...data, attachments: listed }, channel: 'ONLINE' };
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="submission"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(submission)}\r\n`)];
  for (const file of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
