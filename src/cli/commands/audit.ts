import { findFirstChainBreak } from '../../server/audit/audit.repository.ts';
import { parseConfig } from '../../server/config.ts';
import { openContext } from '../../server/main.ts';
import { fail, progressBar } from '../output.ts';

export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') return fail('usage: haven audit verify', 2);
  const ctx = await openContext(parseConfig());
  try {
    let bar: ReturnType<typeof progressBar> | undefined;
    const result = await findFirstChainBreak(ctx.database.db, (checked, total) => {
      bar ??= progressBar('Verifying audit chain', total);
      bar.update(checked);
    });
    bar?.finish();
    if (result.break) {
      return fail(
        `audit chain broken at entry ${result.break.seq}: ${result.break.reason} (${result.checked} entries before it verified)`,
      );
    }
    process.stdout.write(`Audit chain intact: ${result.checked} entries verified.\n`);
    return 0;
  } finally {
    await ctx.database.close();
  }
}
