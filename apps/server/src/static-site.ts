/**
 * The demo site's clean URLs: `/tra-cuu` serves `tra-cuu.html` (or `tra-cuu/index.html`), `/thu-tuc/1.001193` serves `thu-tuc.html` (the page
 * reads the id from its URL). Anything under `/api/` that no route answers is a JSON 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

const SEGMENT = /^[a-z0-9-]{1,40}$/;

export function registerStaticSite(app: FastifyInstance, root: string): void {
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (!path.startsWith('/api/') && (request.method === 'GET' || request.method === 'HEAD')) {
      const first = path.split('/')[1] ?? '';
      for (const page of SEGMENT.test(first) ? [`${first}.html`, `${first}/index.html`] : []) {
        if (existsSync(join(root, page))) return reply.type('text/html; charset=utf-8').sendFile(page);
      }
      if (existsSync(join(root, '404.html'))) return reply.status(404).type('text/html; charset=utf-8').sendFile('404.html');
    }
    throw new ApiError(404, 'not-found', 'Không có địa chỉ này.', { messageEn: 'No such address.' });
  });
}
