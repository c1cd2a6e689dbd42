#!/usr/bin/env tsx
// The boundaries of the house, checked on every `npm run lint` with the TypeScript compiler's own parser
// (no extra dependency):
//   1. src/domain is pure: it imports nothing from server, web or cli, and no module that does I/O.
//   2. src/web never imports src/server or src/cli (it talks to the server over HTTP only).
//   3. SQL lives in repositories: Kysely's query builders (selectFrom, insertInto, updateTable, deleteFrom,
//      …) and its `sql` template appear only in `*.repository.ts`, under src/server/db/ (the engine,
//      migrations, settings) and in tests. A service asks a repository; it never writes a query.
// Exceptions are listed below with the reason; the list is meant to shrink, never to grow quietly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Modules that reach outside the process: a domain rule must not need any of them. */
const IO_MODULES = [
  /^(node:)?(fs|fs\/promises|net|tls|http|https|http2|dgram|dns|child_process|cluster|worker_threads|readline)$/,
  /^(pg|kysely|fastify|@fastify\/.*|@electric-sql\/pglite|pino|nodemailer)$/,
];

/**
 * Production files outside the repositories that still hold queries, each with why. Moving them into a
 * repository is the way to take a line off this list.
 */
const SQL_OUTSIDE_REPOSITORIES: Record<string, string> = {
  // Sign-in, sessions and second factors read users and sessions directly; to move into auth.repository.ts.
  'src/server/auth/authenticate.ts': 'loads the session and its user on every request',
  'src/server/auth/auth.service.ts': 'reads the user by name at sign-in',
  'src/server/auth/step-up.ts': 'reads the last second-factor time',
  'src/server/auth/passkeys.service.ts': 'reads a passkey by credential id',
  'src/server/auth/totp.service.ts': 'reads and writes the TOTP secret',
  'src/server/directory/directory.service.ts':
    'reads an agency for a service; to move into directory.repository.ts',
  'src/server/notifications/notice-visibility.ts':
    'reads the cases behind notices; to move into a repository',
  'src/server/federation/test-messages.ts': 'the ping and sealed-test message types write their own rows',
  'src/server/reference/reference-sync.ts':
    'upserts and retires geography units in batches; to move into reference.repository.ts',
  // Small SQL fragments that are not queries of an area.
  'src/server/http/system.routes.ts': 'the readiness probe runs `select 1`',
  'src/server/crypto/key-rotation.ts': 're-encrypts any table by its key columns (generic, not an area)',
  'src/server/audit/access-kinds.ts': 'a CASE expression classifying audit actions, used by repositories',
  // The demo seeders read back what the services wrote (ids, versions) to chain the next step.
  'src/server/demo/demo-principal.ts': 'demo seeding',
  'src/server/demo/directory-demo.ts': 'demo seeding',
  'src/server/demo/justice-demo.ts': 'demo seeding',
  'src/server/demo/monitoring-demo.ts': 'demo seeding',
  'src/server/demo/plans-demo.ts': 'demo seeding',
  'src/server/demo/referrals-demo.ts': 'demo seeding',
  'src/server/demo/children/seed.ts': 'demo seeding',
};

const QUERY_BUILDERS = new Set([
  'selectFrom',
  'selectNoFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
]);

type Finding = { file: string; line: number; rule: string; detail: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

const posix = (path: string) => path.split(sep).join('/');

export function mayHoldSql(file: string): boolean {
  return (
    file.endsWith('.repository.ts') ||
    file.startsWith('src/server/db/') ||
    /\.test\.tsx?$/.test(file) ||
    !file.startsWith('src/')
  );
}

/** Where an import specifier points, as a repository path ('src/server/…'), or the bare module name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix(relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

/**
 * The web may name the server's zod schemas' types (`import type … from '…/x.schemas.ts'`): the types are
 * the contract, and they vanish at build time, so no server code reaches the browser.
 */
function isTypeOnlyContract(node: ts.Node, to: string): boolean {
  if (!to.endsWith('.schemas.ts')) return false;
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return (
      !clause.name &&
      !!bindings &&
      ts.isNamedImports(bindings) &&
      bindings.elements.every((e) => e.isTypeOnly)
    );
  }
  return ts.isExportDeclaration(node) && node.isTypeOnly;
}

export function check(file: string, text: string, sqlAllowed: boolean): Finding[] {
  const findings: Finding[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const report = (node: ts.Node, rule: string, detail: string) =>
    findings.push({ file, line: at(node), rule, detail });

  const visit = (node: ts.Node) => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) &&
            node.expression.kind === ts.SyntaxKind.ImportKeyword &&
            node.arguments[0] &&
            ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : undefined;
    if (specifier !== undefined) {
      const to = target(file, specifier);
      if (file.startsWith('src/domain/') && !/\.test\.ts$/.test(file)) {
        if (/^src\/(server|web|cli)\//.test(to)) report(node, 'domain-is-pure', `imports ${to}`);
        if (IO_MODULES.some((pattern) => pattern.test(to)))
          report(node, 'domain-is-pure', `imports ${to} (I/O)`);
      }
      if (file.startsWith('src/web/') && /^src\/(server|cli)\//.test(to) && !isTypeOnlyContract(node, to))
        report(node, 'web-talks-http-only', `imports ${to}`);
      if (
        !sqlAllowed &&
        to === 'kysely' &&
        ts.isImportDeclaration(node) &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings) &&
        node.importClause.namedBindings.elements.some(
          (element) => !element.isTypeOnly && element.name.text === 'sql',
        ) &&
        !node.importClause.isTypeOnly
      )
        report(node, 'sql-in-repositories', "imports Kysely's sql template");
    }
    if (
      !sqlAllowed &&
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      QUERY_BUILDERS.has(node.expression.name.text)
    )
      report(node, 'sql-in-repositories', `calls ${node.expression.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Every crossing, and the listed exceptions that no longer hold any SQL (to be taken off the list). */
export function checkBoundaries(root = ROOT): { findings: Finding[]; staleExceptions: string[] } {
  const findings: Finding[] = [];
  const exceptionsInUse = new Set<string>();
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = posix(relative(root, path));
    const text = readFileSync(path, 'utf8');
    const excepted = file in SQL_OUTSIDE_REPOSITORIES;
    if (excepted && check(file, text, false).some((f) => f.rule === 'sql-in-repositories'))
      exceptionsInUse.add(file);
    findings.push(...check(file, text, mayHoldSql(file) || excepted));
  }
  const staleExceptions = Object.keys(SQL_OUTSIDE_REPOSITORIES).filter((file) => !exceptionsInUse.has(file));
  return { findings, staleExceptions };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { findings, staleExceptions } = checkBoundaries();
  for (const finding of findings)
    process.stderr.write(`${finding.file}:${finding.line}  ${finding.rule}: ${finding.detail}\n`);
  for (const file of staleExceptions)
    process.stderr.write(`${file}  holds no SQL any more: take it off SQL_OUTSIDE_REPOSITORIES\n`);
  if (findings.length > 0 || staleExceptions.length > 0) {
    process.stderr.write(
      `\nboundaries: ${findings.length} crossing(s); the rules are in scripts/check-boundaries.ts\n`,
    );
    process.exit(1);
  }
  const excepted = Object.keys(SQL_OUTSIDE_REPOSITORIES).length;
  process.stdout.write(
    `boundaries: domain pure, web over HTTP only, SQL in repositories (${excepted} files excepted, listed with reasons)\n`,
  );
}
