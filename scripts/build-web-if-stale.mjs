#!/usr/bin/env node
// Builds the web app (dist/web) with `vite build`, but only when it is missing or older than its
// sources: any file under src/web, or vite.config.ts, newer than dist/web/index.html. Keeps
// `npm start` and `npm run test:browser` fast when nothing in the web app changed.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'dist/web/index.html');
const sources = [join(root, 'src/web'), join(root, 'vite.config.ts')];

/** Newest modification time under a file or directory, with the path that has it. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let best = { path, mtimeMs: 0 };
  for (const entry of readdirSync(path)) {
    const candidate = newest(join(path, entry));
    if (candidate.mtimeMs > best.mtimeMs) best = candidate;
  }
  return best;
}

function staleReason() {
  let built;
  try {
    built = statSync(builtIndex).mtimeMs;
  } catch {
    return 'dist/web is missing';
  }
  for (const source of sources) {
    const latest = newest(source);
    if (latest.mtimeMs > built) return `${relative(root, latest.path)} is newer than dist/web/index.html`;
  }
  return null;
}

const reason = staleReason();
if (!reason) {
  console.log('web: dist/web is up to date, not rebuilding');
} else {
  console.log(`web: building dist/web because ${reason}`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('web: vite build failed');
    process.exit(result.status ?? 1);
  }
  console.log('web: dist/web built');
}
