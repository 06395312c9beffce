/**
 * The demo service centre's HTTP server: `buildApp` returns a Fastify instance (tests call `app.inject`), with every
 * route of `schemas/api/openapi.json`, the strict security headers on every answer, errors in one shape, and the
 * demo site's pages when `staticDir` is given.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { ServerContext } from './context.js';
import { ApiError, fromFrameworkError } from './errors.js';
import { JSON_BODY_LIMIT, MULTIPART_LIMITS } from './limits.js';
import { loadProcedures } from './procedures.js';
import type { ProcedureRegistry } from './procedures.js';
import { createRateLimiter } from './rate-limit.js';
import { registerPublicRoutes } from './routes/public.js';
import { registerSubmitRoute } from './routes/submit.js';
import { registerPaymentRoutes, settleDuePayments } from './routes/payments.js';
import { registerOfficerRoutes } from './routes/officer.js';
import { registerStatisticsRoute } from './routes/statistics.js';
import { registerStaticSite } from './static-site.js';
import type { BlobStore, DossierStore } from './store/types.js';

export interface AppOptions {
  store: DossierStore;
  blobs: BlobStore;
  /** Where `dvc-schema build` wrote the catalogue, schemas and validators. */
  generatedDir: string;
  /** The demo site (`apps/demo/dist`), served at `/`; none when left out. */
  staticDir?: string;
  /** The clock, in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** How long the demo gateway takes to settle a payment; default 4000 ms. */
  gatewayDelayMs?: number;
  /** How often the gateway looks for payments to settle; 0 stops the timer (tests call `settlePayments`). Default 500 ms. */
  gatewayIntervalMs?: number;
  /** Where citizens reach the server; default `http://127.0.0.1:8080`. */
  publicUrl?: string;
  /** Signs receipt tokens; several instances must share it. Default: random per process. */
  secret?: string;
  /** Serves `/api/demo-gateway/*`; default true unless NODE_ENV is production. */
  demoControls?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Procedures already loaded (saves reading them again, e.g. in a benchmark). */
  procedures?: ProcedureRegistry;
}

export type DvcApp = FastifyInstance & {
  /** Settles the payments due at `nowMs` (default the app's clock); returns how many. */
  settlePayments(nowMs?: number): Promise<number>;
  readonly context: ServerContext;
};

/** The Content-Security-Policy of every answer: nothing inline, nothing evaluated, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export async function buildApp(options: AppOptions): Promise<DvcApp> {
  const procedures = options.procedures ?? (await loadProcedures(options.generatedDir));
  const context: ServerContext = {
    store: options.store,
    blobs: options.blobs,
    procedures,
    now: options.now ?? Date.now,
    publicUrl: (options.publicUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, ''),
    secret: options.secret ?? randomBytes(32).toString('base64url'),
    gatewayDelayMs: options.gatewayDelayMs ?? 4000,
    demoControls: options.demoControls ?? process.env.NODE_ENV !== 'production',
    gateway: { failNext: false },
    limits: {
      // Generous per address (a fee widget polls every 5 s while a payment is pending; many citizens share one NAT):
      // guessing is bounded per code below.
      lookup: createRateLimiter({ max: 120, windowMs: 60_000 }),
      wrongFactorByCode: createRateLimiter({ max: 10, windowMs: 15 * 60_000 }),
      loginByAddress: createRateLimiter({ max: 20, windowMs: 5 * 60_000 }),
      loginByUser: createRateLimiter({ max: 8, windowMs: 5 * 60_000 }),
    },
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    // Fastify parses JSON with secure-json-parse: "__proto__" and "constructor.prototype" keys are refused.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const failure = error instanceof ApiError ? error : fromFrameworkError(error);
    if (failure.status >= 500) request.log.error({ err: error }, 'request failed');
    if (failure.retryAfter !== undefined) reply.header('retry-after', String(failure.retryAfter));
    return reply.status(failure.status).type('application/json; charset=utf-8').send(failure.body());
  });

  await app.register(cookie);
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: MULTIPART_LIMITS.fileBytes, files: MULTIPART_LIMITS.files, fields: 5, fieldSize: MULTIPART_LIMITS.submissionBytes, parts: MULTIPART_LIMITS.files + 5, headerPairs: 100 },
  });

  registerPublicRoutes(app, context);
  registerSubmitRoute(app, context);
  registerPaymentRoutes(app, context);
  registerOfficerRoutes(app, context);
  registerStatisticsRoute(app, context);

  if (options.staticDir !== undefined && existsSync(resolve(options.staticDir))) {
    await app.register(fastifyStatic, { root: resolve(options.staticDir), index: ['index.html'], wildcard: true, serveDotFiles: false });
    registerStaticSite(app, resolve(options.staticDir));
  } else {
    app.setNotFoundHandler(async () => {
      throw new ApiError(404, 'not-found', 'Không có địa chỉ này.', { messageEn: 'No such address.' });
    });
  }

  const settlePayments = (nowMs?: number): Promise<number> => settleDuePayments(context, nowMs ?? context.now());
  app.decorate('settlePayments', settlePayments);
  app.decorate('context', { getter: () => context });

  const intervalMs = options.gatewayIntervalMs ?? 500;
  if (intervalMs > 0) {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      settlePayments()
        .catch((error: unknown) => app.log.error({ err: error }, 'the demo gateway failed to settle payments'))
        .finally(() => {
          running = false;
        });
    }, intervalMs);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  return app as unknown as DvcApp;
}
