import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

// The web build (vite) names every file under assets/ after a hash of its content, so a browser may keep
// them for a year without asking again: a new release has new names. index.html and the few unhashed
// files (favicon) must be revalidated on every load, or a browser would keep running an old release.
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

const ASSETS_DIR = `assets${sep}`;

/**
 * Serves the built web app from `webRoot`. The build writes .br and .gz twins of each compressible
 * file beside it (see scripts/precompress-web.ts), and `preCompressed` picks the best one the browser
 * accepts, so nothing is compressed while answering.
 */
export async function registerWebAssets(app: FastifyInstance, webRoot: string): Promise<void> {
  const root = resolve(webRoot);
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    // `send` would add "public, max-age=0"; setHeaders decides instead, per file.
    cacheControl: false,
    setHeaders(reply, path) {
      const hashed = relative(root, path).startsWith(ASSETS_DIR);
      reply.header('Cache-Control', hashed ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
}
