// Writes a Brotli (.br) and a gzip (.gz) twin beside every compressible file of the web build, once, at
// build time, at the highest settings (the server then sends them as they are: @fastify/static's
// `preCompressed`). Compressing at build time costs nothing per request and needs no runtime dependency.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map']);
// Below this a compressed answer saves less than its headers cost.
const MIN_BYTES = 1024;

export type PrecompressedFile = { path: string; bytes: number; brotli: number; gzip: number };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function precompressDirectory(dir: string): PrecompressedFile[] {
  const written: PrecompressedFile[] = [];
  for (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gzip = gzipSync(content, { level: 9 });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzip);
    written.push({ path, bytes: content.length, brotli: brotli.length, gzip: gzip.length });
  }
  return written;
}

/** What a browser fetches before the first render: the files index.html names (script, preloads, styles). */
export function firstLoad(dir: string): { files: number; bytes: number; brotli: number; gzip: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
  const size = (path: string) => statSync(path).size;
  const twin = (path: string, extension: string) =>
    existsSync(`${path}${extension}`) ? size(`${path}${extension}`) : size(path);
  return names.reduce(
    (sum, name) => {
      const path = join(dir, name);
      return {
        files: sum.files + 1,
        bytes: sum.bytes + size(path),
        brotli: sum.brotli + twin(path, '.br'),
        gzip: sum.gzip + twin(path, '.gz'),
      };
    },
    { files: 0, bytes: 0, brotli: 0, gzip: 0 },
  );
}

/** Vite plugin: precompress the output directory after the bundle is written. */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'haven-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = precompressDirectory(outDir);
      const total = (key: 'bytes' | 'brotli' | 'gzip') => files.reduce((sum, file) => sum + file[key], 0);
      const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
      this.info(
        `precompressed ${files.length} files: ${kB(total('bytes'))} → ${kB(total('brotli'))} br, ${kB(total('gzip'))} gzip`,
      );
      const first = firstLoad(outDir);
      this.info(
        `first load (before the language catalogue): ${first.files} files, ${kB(first.bytes)}, ${kB(first.brotli)} br, ${kB(first.gzip)} gzip`,
      );
    },
  };
}
