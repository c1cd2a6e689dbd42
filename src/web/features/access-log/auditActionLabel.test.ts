// Every audit action the server can write has a human label (issue 12): the access logs show supervisors
// "Opened the case file", not `case.read`. The server's sources are read as text (the web never imports
// src/server): each `audit(…)` call's `action` is taken from the syntax tree, string literals and both
// arms of a conditional directly, a template or an expression through the expansions below. A new audit
// action without an English label fails here; the catalogue test makes the other four languages follow.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance } from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../../domain/lifecycle/actions.ts';
import { REFERRAL_EVENTS } from '../../../domain/referrals/states.ts';
import { auditActionKey, auditActionLabel } from './auditActionLabel.ts';

type Catalogue = { [key: string]: string | Catalogue };
const root = new URL('../../../../', import.meta.url).pathname;
const serverDir = join(root, 'src/server');
const localesDir = join(root, 'src/web/i18n/locales');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry) && !/\.(test|d)\.ts$/.test(entry) ? [path] : [];
  });
}

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

function find<T extends ts.Node>(node: ts.Node, test: (n: ts.Node) => n is T): T[] {
  const found: T[] = [];
  const visit = (n: ts.Node) => {
    if (test(n)) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** The string members of a union of literal types, e.g. `'disable' | 'enable' | 'reset-mfa'`. */
function literalUnion(type: ts.TypeNode): string[] {
  if (ts.isUnionTypeNode(type)) return type.types.flatMap(literalUnion);
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
  throw new Error(`not a union of string literals: ${type.getText()}`);
}

/** `type AccountChange = 'disable' | …` in src/server/users/users.service.ts. */
function accountChanges(): string[] {
  const source = parse(join(serverDir, 'users/users.service.ts'));
  const alias = find(source, ts.isTypeAliasDeclaration).find((d) => d.name.text === 'AccountChange');
  if (!alias) throw new Error('users.service.ts no longer declares AccountChange');
  return literalUnion(alias.type);
}

/** The `kind`s of the `decision` parameter of the duplicate review (merge, distinct, reopen). */
function duplicateDecisionKinds(): string[] {
  const source = parse(join(serverDir, 'duplicates/duplicates.service.ts'));
  const kinds = find(source, ts.isParameter)
    .filter((p) => p.name.getText() === 'decision' && p.type && ts.isUnionTypeNode(p.type))
    .flatMap((p) => (p.type as ts.UnionTypeNode).types)
    .flatMap((member) => (ts.isTypeLiteralNode(member) ? member.members : []))
    .filter((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText() === 'kind')
    .flatMap((m) => (m.type ? literalUnion(m.type) : []));
  if (kinds.length === 0) throw new Error('duplicates.service.ts: no decision kinds found');
  return [...new Set(kinds)];
}

/**
 * The policy's action names (ACTION_ROLES in src/server/policy/policy.ts): a route a user may not take
 * at all is refused and audited under the route's action name (auth/authenticate.ts `access.action`).
 */
function policyActions(): string[] {
  const source = parse(join(serverDir, 'policy/policy.ts'));
  const declaration = find(source, ts.isVariableDeclaration).find((d) => d.name.getText() === 'ACTION_ROLES');
  let init = declaration?.initializer;
  while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
  if (!init || !ts.isObjectLiteralExpression(init)) throw new Error('policy.ts: ACTION_ROLES not found');
  return init.properties.map((p) => {
    if (!p.name || !ts.isStringLiteral(p.name)) throw new Error(`policy.ts: odd key ${p.getText()}`);
    return p.name.text;
  });
}

/**
 * What each non-literal `action` expression in an audit call can be. An expression missing here fails
 * the test: whoever writes a new one says here what it expands to.
 */
const EXPANSIONS: Record<string, () => string[]> = {
  // cases/case-actions.service.ts: the lifecycle action taken (src/domain/lifecycle ACTION_TYPES).
  'case.${type}': () => ACTION_TYPES.map((type) => `case.${type}`),
  // duplicates/duplicates.service.ts: the review's decision.
  'duplicates.${decision.kind}': () => duplicateDecisionKinds().map((kind) => `duplicates.${kind}`),
  // referrals/referrals.service.ts: a step of the referral; the two override decisions are audited
  // apart (`referral.override.approve|reject`, below), the step function excludes them.
  'referral.${event}': () =>
    REFERRAL_EVENTS.filter((e) => e !== 'approve-override' && e !== 'reject-override').map(
      (event) => `referral.${event}`,
    ),
  "referral.override.${decision === 'approved' ? 'approve' : 'reject'}": () => [
    'referral.override.approve',
    'referral.override.reject',
  ],
  // users/users.service.ts changeAccount.
  'user.${change}': () => accountChanges().map((change) => `user.${change}`),
  // auth/authenticate.ts: a route refused because no grant allows its action at all.
  'access.action': policyActions,
};

type Found = { action: string; where: string };

function actionsOf(expression: ts.Expression, where: string, problems: string[]): Found[] {
  if (ts.isParenthesizedExpression(expression)) return actionsOf(expression.expression, where, problems);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return [{ action: expression.text, where }];
  if (ts.isConditionalExpression(expression))
    return [
      ...actionsOf(expression.whenTrue, where, problems),
      ...actionsOf(expression.whenFalse, where, problems),
    ];
  const text = ts.isTemplateExpression(expression) ? expression.getText().slice(1, -1) : expression.getText();
  const expand = EXPANSIONS[text];
  if (!expand) {
    problems.push(`${where}: cannot tell which actions \`${text}\` writes; add it to EXPANSIONS`);
    return [];
  }
  return expand().map((action) => ({ action, where }));
}

/** Every action an `audit(db, actor, { action, … })` call in src/server can write, with where. */
function serverAuditActions(): { found: Found[]; problems: string[]; templates: Set<string> } {
  const found: Found[] = [];
  const problems: string[] = [];
  const templates = new Set<string>();
  for (const file of sourceFiles(serverDir)) {
    const source = parse(file);
    const calls = find(
      source,
      (n): n is ts.CallExpression =>
        ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'audit',
    );
    for (const call of calls) {
      const { line } = source.getLineAndCharacterOfPosition(call.getStart());
      const where = `${file.slice(root.length)}:${line + 1}`;
      const event = call.arguments[2];
      if (!event || !ts.isObjectLiteralExpression(event)) {
        problems.push(`${where}: the audit event is not an object literal`);
        continue;
      }
      const property = event.properties.find((p) => p.name?.getText() === 'action');
      if (!property || !ts.isPropertyAssignment(property)) {
        problems.push(`${where}: the audit event names no \`action: …\``);
        continue;
      }
      const initializer = property.initializer;
      if (!ts.isStringLiteral(initializer) && !ts.isConditionalExpression(initializer))
        templates.add(
          ts.isTemplateExpression(initializer) ? initializer.getText().slice(1, -1) : initializer.getText(),
        );
      found.push(...actionsOf(initializer, where, problems));
    }
  }
  return { found, problems, templates };
}

function readJson(path: string): Catalogue {
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

/** The core catalogue of a language and its areas, merged (enough for i18next here). */
function catalogue(locale: string): Catalogue {
  const merge = (target: Catalogue, source: Catalogue) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (typeof existing === 'object' && typeof value === 'object') merge(existing, value);
      else target[key] = value;
    }
  };
  const merged = readJson(join(localesDir, `${locale}.json`));
  for (const area of readdirSync(localesDir)) {
    if (statSync(join(localesDir, area)).isDirectory())
      merge(merged, readJson(join(localesDir, area, `${locale}.json`)));
  }
  return merged;
}

async function i18nFor(locale: string) {
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: catalogue('en') }, [locale]: { translation: catalogue(locale) } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('audit action labels', () => {
  const { found, problems, templates } = serverAuditActions();
  const actions = [...new Set(found.map((f) => f.action))].sort();

  it('every audit call in src/server names its action readably', () => {
    expect(problems).toEqual([]);
    // The scan sees the calls: the well-known ones and every expansion are among them.
    expect(actions).toEqual(expect.arrayContaining(['case.read', 'case.break-glass', 'case.status.decide']));
    expect([...templates].sort()).toEqual(Object.keys(EXPANSIONS).sort());
  });

  it('every audit action the server can write has an English label', async () => {
    const i18n = await i18nFor('en');
    const missing = found
      .filter((f) => !i18n.exists(auditActionKey(f.action), { lng: 'en', fallbackLng: false }))
      .map((f) => `${f.action} (${f.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('shows the label, and a generic label naming the raw action when there is none', async () => {
    const en = await i18nFor('en');
    expect(auditActionLabel(en.t, 'case.read')).toBe('Opened the case file');
    expect(auditActionLabel(en.t, 'case.break-glass')).toBe('Emergency access (break-glass)');
    expect(auditActionLabel(en.t, 'case.identity.reveal')).toBe("Revealed the child's identity");
    expect(auditActionLabel(en.t, 'case.no-such-thing')).toBe('Other action (case.no-such-thing)');
    expect(auditActionLabel(en.t, '')).toBe('Other action ()');
    const uk = await i18nFor('uk');
    expect(auditActionLabel(uk.t, 'case.read')).not.toBe('Opened the case file');
    expect(auditActionLabel(uk.t, 'case.no-such-thing')).toContain('(case.no-such-thing)');
    expect(auditActionLabel(uk.t, 'case.no-such-thing')).not.toContain('Other action');
  });

  it('labels are translated, not English copies', async () => {
    const english = (catalogue('en').auditActions as Catalogue).labels as Catalogue;
    for (const locale of ['uk', 'ru', 'ro', 'be']) {
      const labels = (catalogue(locale).auditActions as Catalogue).labels as Catalogue;
      const copies = Object.keys(english).filter((key) => labels[key] === english[key]);
      expect(copies, locale).toEqual([]);
    }
  });
});
