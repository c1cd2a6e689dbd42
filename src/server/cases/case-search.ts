import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { forbidden, validationFailed } from '../errors.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import { reachFor } from '../policy/policy.ts';
import { openSealedIdentity, type SensitiveIdentity } from './case-identity.ts';
import * as repo from './cases.repository.ts';
import type { CaseListItem } from './cases.schemas.ts';
import { caseFilter, fieldGroupsOnCase, type ListQuery, toSummary } from './cases.service.ts';
import { caseCodeQuery, type MatchReason, rankNames } from './name-ranking.ts';
import { queryKeys } from './name-search.ts';

// Finding a child by name or case code. The blind index finds the candidates inside the caller's
// reach; the server then opens their sealed names to rank them by how well they match and to say why,
// and shows who each result is only where the caller's grants on that case see identities. Showing
// names is a reveal: the one audit entry of the search lists the cases whose identity it showed.

/** One search ranks at most this many candidates (the most recently changed); the total counts all. */
export const SEARCH_CANDIDATE_LIMIT = 500;

type Candidate = Awaited<ReturnType<typeof repo.searchCandidates>>['rows'][number];

function displayName(name: SensitiveIdentity['names'][number]): string {
  return [name.given, name.patronymic, name.family].filter((part) => part && part.length > 0).join(' ');
}

function whoOf(identity: SensitiveIdentity, row: Candidate): NonNullable<CaseListItem['who']> {
  const [first, ...others] = identity.names.map(displayName).filter((name) => name.length > 0);
  return {
    name: first ?? '',
    otherNames: others,
    birthYears:
      row.birth_year_from !== null && row.birth_year_to !== null
        ? { from: row.birth_year_from, to: row.birth_year_to }
        : null,
  };
}

export async function searchCases(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: ListQuery & { q: string },
): Promise<{ items: CaseListItem[]; total: number }> {
  const db = ctx.database.db;
  const code = caseCodeQuery(query.q);
  // A case code is no identity: it searches wherever the caller reads cases. A name searches only
  // where a grant that sees identities reaches.
  const reach = reachFor(principal, 'cases.read', code ? undefined : 'identity');
  if (reach.kind === 'none') throw forbidden();
  const filter = caseFilter(principal, query, reach);
  if (code) filter.code = code;
  else {
    const words = queryKeys(query.q);
    if (words.length === 0)
      throw validationFailed([
        {
          path: 'querystring.q',
          code: 'search_too_short',
          message: 'Type at least two letters of a name, or a case code.',
        },
      ]);
    filter.nameKeyGroups = words.map((w) =>
      [...w.exact, ...w.loose].map((k) => ctx.cipher.blindIndex(k, 'case-name')),
    );
  }
  const found = await repo.searchCandidates(db, filter, SEARCH_CANDIDATE_LIMIT);
  const merged = code
    ? []
    : await repo.mergedIdentities(
        db,
        found.rows.map((row) => row.id),
      );

  const open = (sealed: string) => openSealedIdentity(ctx.cipher, sealed);
  const scored = found.rows.flatMap((row) => {
    const groups = fieldGroupsOnCase(ctx, principal, row);
    const seesIdentity = groups.includes('identity');
    // Defence in depth: the reach above already keeps name searches where identities are seen.
    if (!code && !seesIdentity) return [];
    const identity = seesIdentity || !code ? open(row.sensitive_identity) : null;
    if (code) return [{ row, groups, identity, score: 0, matchedOn: ['case-code'] as MatchReason[] }];
    const names = [
      ...(identity?.names ?? []),
      ...merged.filter((m) => m.merged_into === row.id).flatMap((m) => open(m.sensitive_identity).names),
    ];
    return [{ row, groups, identity, ...rankNames(query.q, names) }];
  });
  // Array.prototype.sort is stable: equal matches keep the most recently changed first.
  scored.sort((a, b) => b.score - a.score);
  const start = (query.page - 1) * query.pageSize;
  const page = scored.slice(start, start + query.pageSize);

  const items = page.map(({ row, groups, identity, matchedOn }) =>
    visibleFields<CaseListItem>(
      { ...toSummary(row), matchedOn, who: identity ? whoOf(identity, row) : null },
      groups,
    ),
  );
  const identityShown = items.filter((item) => item.who !== null).map((item) => item.id);
  // One entry per search: what it returned and, as a reveal, whose identity it showed. The text typed
  // is never written anywhere.
  await audit(db, actor, {
    action: identityShown.length > 0 ? 'case.search.reveal' : 'case.search',
    entityType: 'case',
    details: {
      by: code ? 'case-code' : 'name',
      count: items.length,
      total: scored.length,
      ids: items.map((item) => item.id),
      identityShown,
    },
  });
  return { items, total: scored.length };
}
