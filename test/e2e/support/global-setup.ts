// Seeds the demo once per browser-test run into a template data folder that every test file copies (a
// copy takes a fraction of a second; seeding takes about half a minute per file on a 2-core machine).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_DEMO_PASSWORD, startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplateDir: string;
  }
}

export default async function setup(project: TestProject) {
  const template = mkdtempSync(join(tmpdir(), 'haven-e2e-template-'));
  const server = await startServer(E2E_DEMO_PASSWORD, { dataDir: template });
  await server.stop();
  // The template's own log and lock are not part of the seeded node.
  rmSync(join(template, 'server.log'), { force: true });
  if (existsSync(join(template, 'haven.lock'))) throw new Error('the template server left its lock behind');
  project.provide('e2eTemplateDir', template);
  return () => rmSync(template, { recursive: true, force: true });
}
