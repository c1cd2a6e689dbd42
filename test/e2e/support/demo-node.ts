// What most browser test files need first: the built web app (refusing to run without it or without the
// machine's Chromium), a demo node serving it, and a browser.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

export type DemoNode = { server: RunningServer; browser: Browser };

export async function startDemoNode(
  demoPassword: string,
  options: { passkeys?: boolean } = {},
): Promise<DemoNode> {
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('/usr/bin/chromium is missing (install Debian package chromium)');
  const webRoot = process.env.HAVEN_WEB_ROOT ?? new URL('../../../dist/web', import.meta.url).pathname;
  if (!existsSync(`${webRoot}/index.html`))
    throw new Error(
      `${webRoot} has no build of the web app: run \`npm run test:browser\`, which builds it first`,
    );
  const server = await startServer(demoPassword, options);
  return { server, browser: await launchChromium() };
}

/** Closes what startDemoNode opened, also when it failed half-way. */
export async function stopDemoNode(node: Partial<DemoNode>): Promise<void> {
  await node.browser?.close();
  await node.server?.stop();
}
