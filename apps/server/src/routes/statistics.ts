/** `GET /api/statistics`: computed from the stored event log (until `@dvc-kit/dossier/statistics` lands: 501). */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';

export function registerStatisticsRoute(app: FastifyInstance, _context: ServerContext): void {
  app.get('/api/statistics', async () => {
    throw new ApiError(501, 'not-implemented', 'Thống kê chưa sẵn sàng.', { messageEn: 'Statistics are not available yet.' });
  });
}
