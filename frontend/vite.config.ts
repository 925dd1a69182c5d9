import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

// The Go server to proxy to in `npm run dev` (start it with
// --allowed-origins http://localhost:5173 so websockets are accepted).
const backend = process.env.MAILROOM_URL ?? 'http://127.0.0.1:8080';

// frontend/dist/.gitkeep is committed so `go build` works before the front
// end is built; emptyOutDir deletes it, so put it back after each build.
function keepGitkeep(): Plugin {
  return {
    name: 'mailroom-keep-gitkeep',
    apply: 'build',
    closeBundle() {
      writeFileSync(resolve(import.meta.dirname, 'dist/.gitkeep'), '');
    },
  };
}

export default defineConfig({
  plugins: [react(), keepGitkeep()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/query': { target: backend, ws: true },
      '/auth': backend,
      '/attachments': backend,
      '/emails': backend,
      '/image-proxy': backend,
      '/healthz': backend,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // The machine is shared: a test that takes 4 s alone can take 15 s under load.
    testTimeout: 30_000,
  },
});
