import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type BuildEnvironmentOptions, defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web front ends are built into web/dist and served by the same Fastify
// server (one origin: the session cookie can be SameSite=Strict).
// Two entries: index.html (staff app, wall screen, the older citizen pages) and portal.html, the citizen
// portal under /de and /en with KoliBri controls (decision 0162); neither imports the other.
// The manifest lets e2e/bundle-split.e2e.test.ts prove which chunks a citizen page loads (decision 0066).
const browserBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: true,
  sourcemap: true,
  manifest: true,
  rollupOptions: { input: { main: here('index.html'), portal: here('portal.html') } },
};
const serverBuild: BuildEnvironmentOptions = {
  outDir: 'dist-ssr',
  emptyOutDir: true,
  sourcemap: true,
  rollupOptions: { input: { 'server-entry': here('src/portal/server-entry.tsx') } },
};

// `--ssr` (the second half of `npm run build:web`): the portal's server renderer (server-entry.tsx) for the
// server-rendered service pages (decision 0174), into web/dist-ssr; the packages stay external (node_modules).
export default defineConfig(({ isSsrBuild }) => ({
  root: here('.'),
  plugins: [react()],
  resolve: {
    // KoliBri's documented icon-font import is not in the package's exports map (../shared/design/STACK.md).
    alias: [{ find: /^@public-ui\/components\/assets\//, replacement: `${here('../node_modules/@public-ui/components/assets')}/` }],
  },
  publicDir: isSsrBuild ? false : 'public',
  build: isSsrBuild ? serverBuild : browserBuild,
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));
