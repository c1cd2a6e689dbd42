import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/precompress-web.ts';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
// HAVEN_WEB_OUT lets a developer build elsewhere (served with HAVEN_WEB_ROOT) without touching dist/web.
const outDir = process.env.HAVEN_WEB_OUT ?? fileURLToPath(new URL('./dist/web', import.meta.url));

// The web app lives in src/web and is served by the Haven server from dist/web. The server's
// Content-Security-Policy allows only same-origin scripts, so nothing may be inlined into index.html.
export default defineConfig({
  root: webRoot,
  plugins: [react(), precompressPlugin()],
  build: {
    outDir,
    emptyOutDir: true,
    // The polyfill is only needed for very old browsers and would be the one thing tempting an inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The first load must stay small: pages are split by route (routes/lazy-pages.ts), catalogues by language.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // React, the router, the query cache and i18next, which every page needs, in one chunk: it changes
              // only when a dependency does, so a release of Haven leaves it in the browser's cache. The
              // component library stays with the automatic split: it is large, and most pages use a part.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // During `vite` development the API runs separately (npm start, default port 8080).
    proxy: { '/api': `http://localhost:${process.env.HAVEN_API_PORT ?? '8080'}` },
  },
});
