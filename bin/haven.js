#!/usr/bin/env node
// The `haven` command. TypeScript sources run through tsx's loader so that `npx haven` works from a clone
// without a separate compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
