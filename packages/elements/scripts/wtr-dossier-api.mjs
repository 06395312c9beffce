/**
 * A dossier API (schemas/api/openapi.json) served by web-test-runner's own server, for the browser tests of the
 * widgets that read it: a real HTTP server, answering as a test asks through the path. The base URL of a source is
 * `/__dvc/dossier-api/<behaviour>`, and the API's paths follow (`/dossiers/lookup`, `/dossiers/payment`):
 *
 *   ok                the sample dossier with the code posted (`SAMPLE_DOSSIERS` of @dvc-kit/dossier), 404 when none;
 *                     with a second factor, 403 unless it is the samples' applicant's
 *   needs-factor      as `ok`, and 401 without a second factor
 *   slow-<ms>         as `ok`, after <ms> milliseconds
 *   status-<code>     that HTTP status with an ApiError body (a 429 with Retry-After: 1)
 *   malformed-json    200 with a body that is not JSON
 *   malformed-shape   200 with JSON that breaks the contract
 *   html              200 with an HTML page (a proxy's error page)
 *   flaky-<id>        503 on the first call of that id, then as `ok` (a retry that works)
 *
 * Every call is counted per behaviour: `GET /__dvc/dossier-api/<behaviour>/__calls` answers the count.
 *
 * `GET <base>/statistics?from=&to=&agency=` answers `computeStatistics` of the samples at `SAMPLE_NOW` (400 for a bad
 * range), with the same behaviours (`malformed-shape`: totals that the months do not add up to).
 */
// Loaded on the first call (not with the config): a run that never calls the API does not need the package built.
let samples;
const loadSamples = async () => (samples ??= await import('@dvc-kit/dossier/samples'));
let statistics;
const loadStatistics = async () => (statistics ??= await import('@dvc-kit/dossier/statistics'));

const PREFIX = '/__dvc/dossier-api/';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a request body (at most 64 KiB). */
async function readBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 65_536) throw new Error('body too large');
  }
  return body;
}

function answer(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

const apiError = (code, message) => ({ code, message });

/** The sample dossier (or its payment) a lookup asks for, checked as a server would. */
async function lookup(ctx, request, operation, { needsFactor }) {
  const { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER, SAMPLE_PHONE } = await loadSamples();
  if (!request || typeof request.code !== 'string') return answer(ctx, 400, apiError('invalid-request', 'Not a LookupRequest'));
  const dossier = Object.values(SAMPLE_DOSSIERS).find((d) => d.code === request.code);
  const factor = request.secondFactor;
  if (needsFactor && !factor) return answer(ctx, 401, apiError('wrong-second-factor', 'A second factor is required'));
  if (!dossier) return answer(ctx, 404, apiError('not-found', 'No dossier has this code'));
  if (factor && factor.value !== (factor.kind === 'phone' ? SAMPLE_PHONE : SAMPLE_ID_NUMBER)) {
    return answer(ctx, 403, apiError('wrong-second-factor', 'The second factor does not match'));
  }
  if (operation === 'payment') {
    return dossier.fees ? answer(ctx, 200, dossier.fees.payment) : answer(ctx, 404, apiError('not-found', 'No fees'));
  }
  return answer(ctx, 200, dossier);
}

/** The koa middleware; add it to a web-test-runner config's `middleware`. */
export function dossierApiMiddleware() {
  const calls = new Map();
  const flakySeen = new Set();
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [behaviour = '', ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const path = `/${rest.join('/')}`;
    if (ctx.method === 'GET' && path === '/__calls') return answer(ctx, 200, { calls: calls.get(behaviour) ?? 0 });
    if (ctx.method === 'GET' && path === '/statistics') {
      calls.set(behaviour, (calls.get(behaviour) ?? 0) + 1);
      return statisticsAnswer(ctx, behaviour);
    }
    const operation = { '/dossiers/lookup': 'lookup', '/dossiers/payment': 'payment' }[path];
    if (ctx.method !== 'POST' || !operation) return answer(ctx, 404, apiError('not-found', `No such operation: ${ctx.method} ${path}`));
    calls.set(behaviour, (calls.get(behaviour) ?? 0) + 1);
    let request;
    try {
      request = JSON.parse(await readBody(ctx.req));
    } catch {
      return answer(ctx, 400, apiError('invalid-request', 'The body is not JSON'));
    }

    const status = /^status-(\d{3})$/.exec(behaviour);
    if (status) {
      const code = Number(status[1]);
      if (code === 429) ctx.set('Retry-After', '1');
      const names = { 401: 'wrong-second-factor', 403: 'wrong-second-factor', 404: 'not-found', 429: 'rate-limited' };
      return answer(ctx, code, apiError(names[code] ?? 'server-error', `Status ${code}`));
    }
    const slow = /^slow-(\d+)$/.exec(behaviour);
    if (slow) await sleep(Math.min(Number(slow[1]), 20_000));
    if (behaviour === 'malformed-json') return answer(ctx, 200, '{"code": "000.00.01.H29-2', 'application/json');
    if (behaviour === 'malformed-shape') return answer(ctx, 200, { code: 42, state: 'ĐANG XỬ LÝ', events: 'none' });
    if (behaviour === 'html') return answer(ctx, 200, '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', 'text/html');
    if (behaviour.startsWith('flaky-') && !flakySeen.has(behaviour)) {
      flakySeen.add(behaviour);
      return answer(ctx, 503, apiError('server-error', 'Try again'));
    }
    return lookup(ctx, request, operation, { needsFactor: behaviour === 'needs-factor' });
  };
}

/** `GET /statistics` as a server answers it, or as the behaviour asks. */
async function statisticsAnswer(ctx, behaviour) {
  const status = /^status-(\d{3})$/.exec(behaviour);
  if (status) return answer(ctx, Number(status[1]), apiError(Number(status[1]) === 400 ? 'invalid-request' : 'server-error', `Status ${status[1]}`));
  const slow = /^slow-(\d+)$/.exec(behaviour);
  if (slow) await sleep(Math.min(Number(slow[1]), 20_000));
  if (behaviour === 'malformed-json') return answer(ctx, 200, '{"asOf": "2026-03-04T', 'application/json');
  if (behaviour === 'html') return answer(ctx, 200, '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', 'text/html');
  const [{ SAMPLE_DOSSIERS, SAMPLE_NOW }, { computeStatistics, StatisticsError }] = await Promise.all([loadSamples(), loadStatistics()]);
  const query = (name) => (typeof ctx.query[name] === 'string' && ctx.query[name] !== '' ? ctx.query[name] : undefined);
  let result;
  try {
    const agency = query('agency');
    result = computeStatistics(Object.values(SAMPLE_DOSSIERS), { asOf: SAMPLE_NOW, from: query('from'), to: query('to'), ...(agency && { agencyId: agency }) });
  } catch (error) {
    if (error instanceof StatisticsError) return answer(ctx, 400, apiError('invalid-request', error.message));
    throw error;
  }
  if (behaviour === 'malformed-shape') result.totals.received += 1;
  return answer(ctx, 200, result);
}
