import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The server serves the built workspace under /app/ (packages/server/src/routes/web-app.ts). */
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  // `npm run dev -w @medbill/web`: everything outside /app/ goes to a running `medbill start`.
  server: { proxy: { '^/(?!app(/|$))': 'http://127.0.0.1:3000' } },
});
