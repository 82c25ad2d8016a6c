// The browser app. `vite build web` writes web/dist, which `casefile serve` serves;
// `npm run dev:web` proxies /api to a running `casefile serve`.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // no inline polyfill script: the page runs under a CSP with script-src 'self'
    modulePreload: { polyfill: false },
    // the map, its boundaries and the graph library load only on their views
    chunkSizeWarningLimit: 1200,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:4317' },
  },
});
