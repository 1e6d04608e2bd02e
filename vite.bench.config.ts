import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the UI benchmark pages (the app with a generated diagram, and a bare React Flow page) in production mode. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'bench/ui'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        app: resolve(import.meta.dirname, 'bench/ui/app.html'),
        bare: resolve(import.meta.dirname, 'bench/ui/bare.html'),
      },
    },
  },
  preview: { port: 4180, strictPort: true },
});
