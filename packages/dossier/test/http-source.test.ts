import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DossierSourceError, createHttpDossierSource } from '../src/index.js';
import type { HttpDossierSourceOptions } from '../src/index.js';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER } from '../src/samples.js';

// A real HTTP server on 127.0.0.1; each test queues how it answers the next requests.
type Answer = (req: IncomingMessage, res: ServerResponse, body: string) => void;
type Seen = { method?: string; url?: string; headers: IncomingMessage['headers']; body: string };

let server: Server;
let baseUrl: string;
let answers: Answer[] = [];
let seen: Seen[] = [];
const sockets = new Set<import('node:net').Socket>();

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const slow = (ms: number, then: Answer): Answer => (req, res, body) => {
  const timer = setTimeout(() => then(req, res, body), ms);
  res.on('close', () => clearTimeout(timer));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      const next = answers.shift() ?? json(500, { code: 'server', message: 'No answer queued.' });
      next(req, res, body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/dvc/`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  answers = [];
  seen = [];
});

const DOSSIER = SAMPLE_DOSSIERS.resultReady;
const REQUEST = { code: DOSSIER.code, secondFactor: { kind: 'id-number' as const, value: SAMPLE_ID_NUMBER } };
const source = (options: Partial<HttpDossierSourceOptions> = {}) =>
  createHttpDossierSource({ baseUrl, timeoutMs: 2_000, retries: 2, backoff: { baseMs: 20, maxMs: 40 }, random: () => 0.5, ...options });

async function failure(promise: Promise<unknown>): Promise<DossierSourceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DossierSourceError);
    return error as DossierSourceError;
  }
  throw new Error('expected the call to fail');
}

describe('createHttpDossierSource', () => {
  it('posts the lookup as JSON and reads the dossier against the contract', async () => {
    answers.push(json(200, DOSSIER));
    expect(await source({ headers: { 'x-portal-key': 'k1' } }).lookup(REQUEST)).toEqual(DOSSIER);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/dvc/dossiers/lookup', headers: { 'content-type': 'application/json', accept: 'application/json', 'x-portal-key': 'k1' } });
    // The second factor travels in the body, never in the URL.
    expect(JSON.parse(seen[0].body)).toEqual(REQUEST);
    expect(seen[0].url).not.toContain(SAMPLE_ID_NUMBER);
  });

  it('uses the fetch it is given (typed as the host’s own fetch)', async () => {
    answers.push(json(200, DOSSIER));
    const urls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    expect(await source({ fetch: counting }).lookup(REQUEST)).toEqual(DOSSIER);
    expect(urls).toEqual([`${baseUrl}dossiers/lookup`]);
  });

  it('reads the payment', async () => {
    answers.push(json(200, DOSSIER.fees?.payment));
    expect(await source().payment(REQUEST)).toEqual(DOSSIER.fees?.payment);
    expect(seen[0].url).toBe('/api/dvc/dossiers/payment');
  });

  it('says which second factors it accepts', () => {
    expect(source().secondFactors).toEqual(['id-number', 'phone']);
    expect(source({ secondFactors: ['phone'] }).secondFactors).toEqual(['phone']);
  });

  it.each<[number, string]>([
    [400, 'invalid-request'],
    [401, 'wrong-second-factor'],
    [403, 'wrong-second-factor'],
    [404, 'not-found'],
    [418, 'server'],
  ])('answers %i with %s, without retrying', async (status, code) => {
    answers.push(json(status, { code: 'x', message: 'Thông điệp của máy chủ' }));
    const error = await failure(source().lookup(REQUEST));
    expect(error).toMatchObject({ code, status });
    expect(error.message).toContain('Thông điệp của máy chủ');
    expect(seen).toHaveLength(1);
  });

  it('retries 5xx with backoff and succeeds', async () => {
    answers.push(json(500, { code: 'server', message: 'x' }), json(502, '<html>Bad gateway</html>'), json(200, DOSSIER));
    const started = Date.now();
    expect(await source().lookup(REQUEST)).toEqual(DOSSIER);
    expect(seen).toHaveLength(3);
    // random 0.5: waits 15 ms (of 20) then 30 ms (of 40).
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('gives up on 5xx after its retries, with the last status', async () => {
    answers.push(json(503, {}), json(503, {}), json(504, {}));
    expect(await failure(source().lookup(REQUEST))).toMatchObject({ code: 'server', status: 504, retryable: true });
    expect(seen).toHaveLength(3);
  });

  it('honours Retry-After in seconds on 429, then succeeds', async () => {
    answers.push(json(429, { code: 'rate-limited', message: 'Thử lại sau' }, { 'retry-after': '1' }), json(200, DOSSIER));
    const started = Date.now();
    expect(await source().lookup(REQUEST)).toEqual(DOSSIER);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(2);
  });

  it('reports 429 with its wait when it may not retry, reading Retry-After as an HTTP date too', async () => {
    answers.push(json(429, { code: 'rate-limited', message: 'x' }, { 'retry-after': '7' }));
    expect(await failure(source({ retries: 0 }).lookup(REQUEST))).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: 7_000 });
    answers.push(json(429, { code: 'rate-limited', message: 'x' }, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }));
    const error = await failure(source({ retries: 0 }).lookup(REQUEST));
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('does not wait longer than maxRetryAfterMs: a long Retry-After fails at once', async () => {
    answers.push(json(429, { code: 'rate-limited', message: 'x', retryAfter: 120 }));
    const started = Date.now();
    expect(await failure(source({ maxRetryAfterMs: 5_000 }).lookup(REQUEST))).toMatchObject({ code: 'rate-limited', retryAfterMs: 120_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen).toHaveLength(1);
  });

  it('times out a slow answer, retries, and reports timeout', async () => {
    answers.push(slow(1_000, json(200, DOSSIER)), slow(1_000, json(200, DOSSIER)));
    const started = Date.now();
    expect(await failure(source({ timeoutMs: 150, retries: 1 }).lookup(REQUEST))).toMatchObject({ code: 'timeout', retryable: true });
    expect(seen).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('waits for a slow answer within the timeout', async () => {
    answers.push(slow(200, json(200, DOSSIER)));
    expect(await source({ timeoutMs: 1_000 }).lookup(REQUEST)).toEqual(DOSSIER);
  });

  it.each<[string, Answer, string]>([
    ['not JSON', json(200, '<html>Đang bảo trì</html>'), 'not JSON'],
    ['empty', json(200, ''), 'not JSON'],
    ['cut short', json(200, JSON.stringify(DOSSIER).slice(0, 100)), 'not JSON'],
    ['a full identity number', json(200, { ...DOSSIER, applicant: { ...DOSSIER.applicant, idNumber: SAMPLE_ID_NUMBER } }), '/applicant/idNumber'],
    ['a body of the wrong shape', json(200, { dossier: DOSSIER }), 'is required'],
  ])('refuses a 200 that is %s as malformed, without retrying', async (_what, answerWith, message) => {
    answers.push(answerWith);
    const error = await failure(source().lookup(REQUEST));
    expect(error).toMatchObject({ code: 'malformed', status: 200 });
    expect(error.message).toContain(message);
    expect(seen).toHaveLength(1);
  });

  it('refuses a 200 announcing a body larger than a dossier can be, without reading it', async () => {
    answers.push((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10_000_000) });
      res.write('{');
    });
    const error = await failure(source().lookup(REQUEST));
    expect(error).toMatchObject({ code: 'malformed', status: 200 });
    expect(error.message).toContain('larger than a dossier can be');
  });

  it('reports a dropped connection as a network error after retrying', async () => {
    const drop: Answer = (req) => req.socket.destroy();
    answers.push(drop, drop);
    expect(await failure(source({ retries: 1 }).lookup(REQUEST))).toMatchObject({ code: 'network', retryable: true });
    expect(seen).toHaveLength(2);
  });

  it('reports a server that is not there as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await failure(source({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 }).lookup(REQUEST))).toMatchObject({ code: 'network' });
  });

  it('aborts a request in flight when the caller aborts', async () => {
    answers.push(slow(1_500, json(200, DOSSIER)));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    expect(await failure(source().lookup(REQUEST, { signal: controller.signal }))).toMatchObject({ code: 'aborted', retryable: false });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('aborts the wait between retries too', async () => {
    answers.push(json(429, { code: 'rate-limited', message: 'x' }, { 'retry-after': '20' }), json(200, DOSSIER));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 150);
    expect(await failure(source().lookup(REQUEST, { signal: controller.signal }))).toMatchObject({ code: 'aborted' });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(seen).toHaveLength(1);
  });

  it('does not send anything for an aborted signal', async () => {
    expect(await failure(source().lookup(REQUEST, { signal: AbortSignal.abort() }))).toMatchObject({ code: 'aborted' });
    expect(seen).toHaveLength(0);
  });

  it.each([
    [{ code: '' }, 'dossier code'],
    [{ code: 'HS 01' }, 'dossier code'],
    [{ code: 'A'.repeat(51) }, 'dossier code'],
    [{ code: 'X', secondFactor: { kind: 'id-number', value: '0010 9900 0123' } }, '12 digits'],
    [{ code: 'X', secondFactor: { kind: 'phone', value: '+84912345689' } }, '10 digits'],
    [{ code: 'X', secondFactor: { kind: 'email', value: 'a@b.vn' } }, 'id-number or phone'],
  ])('refuses %j before sending it', async (request, message) => {
    const error = await failure(source().lookup(request as never));
    expect(error).toMatchObject({ code: 'invalid-request', retryable: false });
    expect(error.message).toContain(message);
    expect(seen).toHaveLength(0);
  });

  it.each<[string, Partial<HttpDossierSourceOptions>]>([
    ['a baseUrl that is not http(s)', { baseUrl: 'ftp://example.gov.vn' }],
    ['a baseUrl with a query', { baseUrl: 'https://example.gov.vn/api?x=1' }],
    ['a negative timeout', { timeoutMs: -1 }],
    ['a hundred retries', { retries: 100 }],
  ])('refuses %s when it is made', (_what, options) => {
    expect(() => source(options)).toThrow(TypeError);
  });
});
