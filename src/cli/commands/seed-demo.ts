import { parseConfig } from '../../server/config.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { openContext } from '../../server/main.ts';
import { endStepProgress, stepProgress } from '../output.ts';

export async function seedDemoCommand(): Promise<number> {
  const ctx = await openContext(parseConfig());
  try {
    const result = await seedDemo(ctx, stepProgress('Seeding the demo'));
    endStepProgress();
    if (!result.seeded) {
      process.stdout.write('The demo is already seeded in this database.\n');
      return 0;
    }
    process.stdout.write(`Seeded the ${ctx.config.country} demo: accounts ${result.usernames.join(', ')}\n`);
    if (result.generated) process.stdout.write(`Demo password (shown once): ${result.password}\n`);
    return 0;
  } finally {
    await ctx.database.close();
  }
}
