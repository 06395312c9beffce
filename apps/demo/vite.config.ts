import { defineConfig } from 'vite';

export default defineConfig({
  // The procedure schema is imported from ../../schemas; everything else comes from the workspace packages.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
