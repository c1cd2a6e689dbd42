import { ConfigError } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { NodeMismatchError } from '../server/main.ts';

const HELP = `haven — the Haven national node

usage: haven <command> [arguments]

  serve                     start the node (API and web app); npm start runs this
  migrate                   apply database migrations
  seed-demo                 seed the synthetic demo (agencies and one account per role)
  create-admin <username>   create an administrator (password from a prompt or stdin)
  audit verify              walk the hash-chained audit log; non-zero exit at the first broken entry
  keys rotate               add a new encryption key and re-encrypt every encrypted field
  retention <subcommand>    periods | set <type> <years|never|default> | run [--dry-run]: anonymise
                            closed cases past their retention period (legal holds and open proceedings refused)
  backup <file>             write a portable backup (restores onto PGlite or PostgreSQL)
  restore <file>            restore a backup into an empty database
  federation <subcommand>   fingerprint | identity | rotate-keys | add-peer: the node's keys and peers
                            (haven federation --help); HAVEN_ROLE=hub or serve --hub runs the regional hub
  link <subcommand>         record linkage: dedupe, match, encode, match-encoded (haven link --help)
  geo import <file.csv>     load an updated list of units: Ukraine's P-code table, or Haven's own list for any country (cases untouched)

Configuration comes from the environment: see the README.`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  migrate: async () => (await import('./commands/migrate.ts')).migrateCommand,
  'seed-demo': async () => (await import('./commands/seed-demo.ts')).seedDemoCommand,
  'create-admin': async () => (await import('./commands/create-admin.ts')).createAdminCommand,
  audit: async () => (await import('./commands/audit.ts')).auditCommand,
  keys: async () => (await import('./commands/keys.ts')).keysCommand,
  retention: async () => (await import('./commands/retention.ts')).retentionCommand,
  backup: async () => (await import('./commands/backup.ts')).backupCommand,
  restore: async () => (await import('./commands/backup.ts')).restoreCommand,
  link: async () => (await import('./commands/link.ts')).linkCommand,
  federation: async () => (await import('./commands/federation.ts')).federationCommand,
  geo: async () => (await import('./commands/geo.ts')).geoCommand,
};

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(`${HELP}\n`);
    return verb ? 0 : 2;
  }
  const load = COMMANDS[verb];
  if (!load) {
    process.stderr.write(`haven: unknown command "${verb}"\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    // Expected operator mistakes get their message only; anything else is a bug worth a stack.
    if (
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof NodeMismatchError
    ) {
      process.stderr.write(`haven: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
