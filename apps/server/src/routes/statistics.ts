/**
 * `GET /api/statistics?from=YYYY-MM&to=YYYY-MM&agency=<id>`: the public statistics, computed by
 * `@dvc-kit/dossier/statistics` from the stored dossiers' event logs (each dossier counts for the agency that took
 * it up, and in the month of the event a figure is about).
 */
import type { FastifyInstance } from 'fastify';
import { computeStatistics, StatisticsError } from '@dvc-kit/dossier/statistics';
import type { Dossier } from '@dvc-kit/dossier/types';
import { isPlainObject } from '@dvc-kit/form-engine/core';
import type { ServerContext } from '../context.js';
import { invalidRequest } from '../errors.js';

/** The most dossiers one answer reads: far beyond a demo, and a bound on the work of one request. */
const MAX_DOSSIERS = 200_000;
const PAGE = 200;
const AGENCY = /^[!-~]{1,40}$/;

export function registerStatisticsRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/statistics', async (request) => {
    const query = isPlainObject(request.query) ? request.query : {};
    const read = (name: string): string | undefined => {
      const value = Object.hasOwn(query, name) ? query[name] : undefined;
      if (value === undefined || value === '') return undefined;
      if (typeof value !== 'string') throw invalidRequest(`Tham số ${name} chỉ được có một giá trị.`, `"${name}" must be given once.`);
      return value;
    };
    const from = read('from');
    const to = read('to');
    const agencyId = read('agency');
    if (agencyId !== undefined && !AGENCY.test(agencyId)) throw invalidRequest('Mã cơ quan không hợp lệ.', '"agency" must be an electronic agency identifier.');

    const dossiers: Dossier[] = [];
    for (let offset = 0; offset < MAX_DOSSIERS; offset += PAGE) {
      const page = await context.store.listDossiers({ limit: PAGE, offset });
      for (const record of page) dossiers.push(record.dossier);
      if (page.length < PAGE) break;
    }
    try {
      return computeStatistics(dossiers, {
        asOf: new Date(context.now()),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(agencyId !== undefined ? { agencyId } : {}),
      });
    } catch (error) {
      if (error instanceof StatisticsError) {
        throw invalidRequest(
          error.code === 'too-large'
            ? 'Số liệu quá nhiều cho một lần xem: vui lòng chọn ít tháng hơn hoặc một cơ quan.'
            : 'Khoảng thời gian thống kê không hợp lệ (tháng dạng YYYY-MM, từ tháng không sau đến tháng, tối đa 120 tháng).',
          error.message,
        );
      }
      throw error;
    }
  });
}
