/** What every route reads: storage, the procedures, the clock and the configuration. */
import type { ProcedureRegistry } from './procedures.js';
import type { RateLimiter } from './rate-limit.js';
import type { BlobStore, DossierStore } from './store/types.js';

export interface ServerContext {
  store: DossierStore;
  blobs: BlobStore;
  procedures: ProcedureRegistry;
  /** Milliseconds since the epoch (tests pass their own clock). */
  now(): number;
  /** Where citizens reach the server, without a trailing slash (e.g. `https://dichvucong.minhson.example`). */
  publicUrl: string;
  /** Signs receipt tokens. */
  secret: string;
  gatewayDelayMs: number;
  /** The demo gateway's controls (`/api/demo-gateway/*`) are served. */
  demoControls: boolean;
  /** The next payment started fails (set by `POST /api/demo-gateway/fail-next`). */
  gateway: { failNext: boolean };
  limits: {
    lookup: RateLimiter;
    /** Wrong second factors per dossier code: a code is closed for a while after too many. */
    wrongFactorByCode: RateLimiter;
    loginByAddress: RateLimiter;
    loginByUser: RateLimiter;
  };
}
