import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web front ends are built into web/dist and served by the same Fastify
// server (one origin: the session cookie can be SameSite=Strict).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // The manifest lets e2e/bundle-split.e2e.test.ts prove which chunks a citizen page loads (decision 0066).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
