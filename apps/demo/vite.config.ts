import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every page of the site: each `*.html` at the package's root (the officers' console included) is an entry. */
const pages = Object.fromEntries(
  readdirSync(root)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), fileURLToPath(new URL(name, import.meta.url))]),
);

/** `src/generated/<id>/schema.json` → `procedure-<id>-schema`: each procedure's lazy chunks are named after it. */
function procedureChunkName(moduleId: string | null | undefined): string | undefined {
  const match = /[\\/]generated[\\/]([^\\/]+)[\\/](schema|validator)\.js(?:on)?$/.exec(moduleId ?? '');
  return match ? `procedure-${match[1]}-${match[2]}` : undefined;
}

/**
 * Clean URLs, as the server maps them (`/tra-cuu` → tra-cuu.html, `/thu-tuc/<id>` → thu-tuc.html), for `vite` and
 * `vite preview` too.
 */
export function cleanUrl(url: string, names: readonly string[]): string | undefined {
  const [path, query = ''] = url.split(/\?(.*)/s, 2);
  const suffix = query ? `?${query}` : '';
  if (/^\/thu-tuc\/[^/]+\/?$/.test(path ?? '')) return `/thu-tuc.html${suffix}`;
  const name = (path ?? '').replace(/^\/|\/$/g, '');
  return names.includes(name) ? `/${name}.html${suffix}` : undefined;
}

function cleanUrls(): Plugin {
  const names = Object.keys(pages);
  const rewrite: Connect.NextHandleFunction = (request, _response, next) => {
    const mapped = request.url ? cleanUrl(request.url, names) : undefined;
    if (mapped) request.url = mapped;
    next();
  };
  return {
    name: 'dvc-clean-urls',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

// `vite` and `vite preview` forward /api to the service centre's server (apps/server), which also serves dist/ itself.
const api = { '/api': { target: process.env.DVC_API_URL ?? 'http://127.0.0.1:8080', changeOrigin: false } };

export default defineConfig({
  // Absolute URLs: the pages live at clean, nested URLs (/thu-tuc/<id>), served from the site's root.
  base: '/',
  plugins: [cleanUrls()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Which files each page loads (scripts/size.mjs reports the pages from it).
    manifest: true,
    rolldownOptions: {
      input: pages,
      output: {
        chunkFileNames: (chunk) => `assets/${procedureChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
      },
    },
  },
  server: { proxy: api },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: api },
});
