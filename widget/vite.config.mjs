// The widget's build: a small React app served by the API at /widget/ (see api/routes/widget-static.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/widget/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  // The shared write-tool rules live in ../workflows (pure zod, no Node built-ins).
  server: { fs: { allow: ['..'] } },
  logLevel: 'warn',
});
