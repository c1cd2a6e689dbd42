import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
// HAVEN_WEB_OUT lets a developer build elsewhere (served with HAVEN_WEB_ROOT) without touching dist/web.
const outDir = process.env.HAVEN_WEB_OUT ?? fileURLToPath(new URL('./dist/web', import.meta.url));

// The web app lives in src/web and is served by the Haven server from dist/web. The server's
// Content-Security-Policy allows only same-origin scripts, so nothing may be inlined into index.html.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // The polyfill is only needed for very old browsers and would be the one thing tempting an inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // During `vite` development the API runs separately (npm start, default port 8080).
    proxy: { '/api': `http://localhost:${process.env.HAVEN_API_PORT ?? '8080'}` },
  },
});
