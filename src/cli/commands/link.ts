import { InputError, UsageError } from './link/errors.ts';
import { dedupeCommand, matchCommand } from './link/visible.ts';

const USAGE = `usage:
  haven link dedupe --in records.csv --out pairs.csv [--threshold 0.5] [--allow-contradictions]
  haven link match --left a.csv --right b.csv --out pairs.csv [--threshold 0.5] [--allow-contradictions]
  haven link encode --in a.csv --secret-file key --out a.clk.json
  haven link match-encoded --left a.clk.json --right b.clk.json --out pairs.csv [--threshold 0.8]
Input CSV header: any of id, given_name, family_name, patronymic, sex, birth_date, birth_place,
citizenship (id required); birth_date as YYYY-MM-DD, YYYY-MM or YYYY.
A pair that disagrees outright on a given or family name, patronymic, sex or birth date scores at
most 0.45 (a twin, a sibling or a namesake); --allow-contradictions lifts that for data whose errors
replace whole fields. A pair with no agreement on the names scores at most 0.1.`;

type Subcommand = (args: string[]) => Promise<number>;

async function encodedCommands(): Promise<Record<string, Subcommand>> {
  const { encodeCommand, matchEncodedCommand } = await import('./link/encoded.ts');
  return { encode: encodeCommand, 'match-encoded': matchEncodedCommand };
}

export async function linkCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    const commands: Record<string, Subcommand> = {
      dedupe: dedupeCommand,
      match: matchCommand,
      ...(sub === 'encode' || sub === 'match-encoded' ? await encodedCommands() : {}),
    };
    const command = sub ? commands[sub] : undefined;
    if (!command || rest.includes('--help')) {
      console.error(
        sub && !command && sub !== '--help' ? `haven link: unknown subcommand "${sub}"\n${USAGE}` : USAGE,
      );
      return sub === '--help' || rest.includes('--help') ? 0 : 2;
    }
    return await command(rest);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`\nhaven link: ${error.toString()}`);
      return 1;
    }
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
