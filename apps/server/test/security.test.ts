import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/app.js';
import type { TestApp } from './helpers/app.js';
import { example, testApp } from './helpers/app.js';

let t: TestApp;
let site: string;
afterEach(async () => {
  await t?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

function demoSite(): string {
  site = mkdtempSync(join(tmpdir(), 'dvc-site-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Trang chủ</title>');
  writeFileSync(join(site, 'tra-cuu.html'), '<!doctype html><title>Tra cứu</title>');
  writeFileSync(join(site, 'thu-tuc.html'), '<!doctype html><title>Thủ tục</title>');
  writeFileSync(join(site, 'app.js'), 'export {};');
  mkdirSync(join(site, 'can-bo'));
  writeFileSync(join(site, 'can-bo', 'index.html'), '<!doctype html><title>Cán bộ</title>');
  return site;
}

const expectHeaders = (headers: Record<string, unknown>): void => {
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
};

describe('security headers and errors', () => {
  it('sends the strict CSP on answers, errors and static files alike', async () => {
    t = await testApp({ staticDir: demoSite() });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/catalog' }),
      t.app.inject({ method: 'GET', url: '/api/nothing-here' }),
      t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', headers: { 'content-type': 'application/json' }, payload: '{oops' }),
      t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', headers: { 'content-type': 'application/xml' }, payload: '<code/>' }),
      t.app.inject({ method: 'GET', url: '/' }),
      t.app.inject({ method: 'GET', url: '/app.js' }),
      t.app.inject({ method: 'GET', url: '/no-such-page' }),
    ]);
    for (const answer of answers) expectHeaders(answer.headers);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 404, 400, 415, 200, 200, 404]);
    for (const error of [answers[1], answers[2], answers[3], answers[6]]) {
      expect(Object.keys(error!.json()).sort()).toEqual(['code', 'message', 'messageEn']);
      expect(error!.body).not.toMatch(/node_modules|\n\s+at /);
    }
  });

  it('maps clean URLs to the site pages', async () => {
    t = await testApp({ staticDir: demoSite() });
    expect((await t.app.inject({ method: 'GET', url: '/tra-cuu' })).body).toContain('Tra cứu');
    expect((await t.app.inject({ method: 'GET', url: '/thu-tuc/1.001193' })).body).toContain('Thủ tục');
    expect((await t.app.inject({ method: 'GET', url: '/thu-tuc/1.001193?lang=en' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/can-bo' })).body).toContain('Cán bộ');
    expect((await t.app.inject({ method: 'GET', url: '/can-bo/' })).body).toContain('Cán bộ');
    const unknownApi = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(unknownApi.statusCode).toBe(404);
    expect(unknownApi.json().code).toBe('not-found');
    expect((await t.app.inject({ method: 'GET', url: '/../package.json' })).statusCode).toBe(404);
  });

  it('refuses prototype pollution in JSON and bodies over 1 MB', async () => {
    t = await testApp();
    const polluted = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'content-type': 'application/json', 'idempotency-key': 'proto-key-01' }, payload: '{"procedure":"1.001193","data":{"__proto__":{"admin":true}}}' });
    expect(polluted.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const huge = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'content-type': 'application/json', 'idempotency-key': 'huge-key-01' }, payload: JSON.stringify({ procedure: '1.001193', data: { x: 'a'.repeat(1024 * 1024) } }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload-too-large');
  });

  it('answers deeply nested data with a 400, not a crash', async () => {
    t = await testApp();
    const depth = 200_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    // In a field the validator reads, and in an extra member the schemas allow (hashing and storing would recurse).
    const data = example('2.000720', 'valid-individual-online');
    for (const [index, text] of [`{"businessName":${nested}}`, `${JSON.stringify(data).slice(0, -1)},"extra":${nested}}`].entries()) {
      const payload = `{"procedure":"2.000720","data":${text}}`;
      const response = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'content-type': 'application/json', 'idempotency-key': `deep-key-000${index}` }, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid-request', errors: [{ pointer: '', message: 'Dữ liệu hồ sơ lồng nhau quá sâu.' }] });
    }
    expect(await t.store.countDossiers({})).toBe(0);
  });
});
