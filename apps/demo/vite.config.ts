import { defineConfig } from 'vite';

/** `src/generated/<id>/schema.json` → `procedure-<id>-schema`: each procedure's lazy chunks are named after it. */
function procedureChunkName(moduleId: string | null | undefined): string | undefined {
  const match = /[\\/]generated[\\/]([^\\/]+)[\\/](schema|validator)\.js(?:on)?$/.exec(moduleId ?? '');
  return match ? `procedure-${match[1]}-${match[2]}` : undefined;
}

export default defineConfig({
  // Relative URLs: the built page works from any folder (the smoke test loads dist/index.html from its own server).
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => `assets/${procedureChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
      },
    },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
