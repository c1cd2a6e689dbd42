import type { SignedInUser } from '../../auth/authenticate.ts';
import { setGuardian } from '../../case-people/case-people.service.ts';
import { recordConsent } from '../../consents/consents.service.ts';
import type { Actor, AppContext } from '../../context.ts';
import type { NewEvent } from '../../trafficking-history/trafficking-history.schemas.ts';
import { createEvent } from '../../trafficking-history/trafficking-history.service.ts';
import {
  BY_SURNAMES,
  FEMALE_GIVEN,
  feminineSurname,
  MALE_GIVEN,
  MD_FEMALE_GIVEN,
  MD_SURNAMES,
  UA_SURNAMES,
} from './names.ts';
import { regionOfUnit } from './places.ts';
import type { ChildPlan, DemoCountry } from './plan.ts';
import type { Random } from './prng.ts';

// What happened to the child and who stands by them, through the services of the case file areas:
// trafficking events (recruitment, transit, exploitation), a guardian for an unaccompanied child,
// and the consent to assistance (the child's assent and the guardian's consent).

type Db = Parameters<typeof createEvent>[1];

function monthsAgo(today: string, months: number): string {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 7);
}

const INDUSTRY: Record<string, NewEvent['labourIndustry']> = {
  ForcedLabour: 'A',
  ChildLabour: 'G',
  ForcedBegging: null,
  ForcedCriminality: null,
};

/** The trafficking events of one child, oldest first, consistent with the plan. */
export function eventsFor(country: DemoCountry, plan: ChildPlan, random: Random, today: string): NewEvent[] {
  const x = plan.exploitation;
  const start = random.int(4, 20);
  const recruitedOn = monthsAgo(today, start);
  const region = regionOfUnit(plan.identity.unitCode);
  const homeRegion = region !== country ? region : null;
  const events: NewEvent[] = [
    {
      type: 'Recruitment',
      dateFrom: recruitedOn,
      country,
      regionCode: homeRegion,
      recruitmentMethods: [x.recruitment as NonNullable<NewEvent['recruitmentMethods']>[number]],
      apps: x.app ? [x.app as NonNullable<NewEvent['apps']>[number]] : [],
      relationshipToTrafficker: x.relationship,
    },
  ];
  const abroad = x.destination !== country;
  // A transit event for a third of the cross-border cases: the rest record only where it began and ended.
  if (abroad && random.chance(0.33))
    events.push({ type: 'Transit', dateFrom: monthsAgo(today, start - 1), country });
  const type = x.types[0] as NonNullable<NewEvent['exploitationTypes']>[number];
  const durationDays = random.int(10, 240);
  events.push({
    type: 'Exploitation',
    dateFrom: monthsAgo(today, start - 1),
    dateTo: monthsAgo(today, Math.max(1, start - 1 - Math.ceil(durationDays / 30))),
    country: x.destination,
    regionCode: abroad ? null : homeRegion,
    exploitationTypes: [type],
    labourIndustry: INDUSTRY[type] ?? null,
    sexExploitationType:
      type === 'SexualExploitation'
        ? random.chance(0.5)
          ? 'RemoteInteractiveServices'
          : 'Prostitution'
        : null,
    controlMethods: x.control as NonNullable<NewEvent['controlMethods']>,
    durationDays,
  });
  return events;
}

function adultName(country: DemoCountry, random: Random): string {
  if (country === 'MD') return `${random.pick(MD_FEMALE_GIVEN)[0]} ${random.pick(MD_SURNAMES)[0]}`;
  const female = random.chance(0.7);
  const given = random.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  if (country === 'BY') {
    const family = random.pick(BY_SURNAMES)[1];
    return `${given[1]} ${female ? feminineSurname(family, 'ru') : family}`;
  }
  const family = random.pick(UA_SURNAMES)[0];
  return `${given[0]} ${female ? feminineSurname(family, 'uk') : family}`;
}

const AUTHORITY: Record<DemoCountry, string> = {
  UA: 'Служба у справах дітей районної адміністрації (демо)',
  MD: 'Autoritatea tutelară locală (demo)',
  BY: 'Орган опеки и попечительства (демо)',
};

/** Only stages where the worker has met the child and the family. */
const WITH_HISTORY = new Set([
  'presumed',
  'identified',
  'assistance',
  'monitoring',
  'closed',
  'closure-pending',
  'reopened',
]);
const WITH_CONSENT = new Set(['assistance', 'monitoring', 'closed', 'closure-pending', 'reopened']);

export async function addHistory(
  ctx: AppContext,
  trx: Db,
  owner: SignedInUser,
  actor: Actor,
  caseId: string,
  plan: ChildPlan,
  random: Random,
  today: string,
): Promise<number> {
  if (!WITH_HISTORY.has(plan.path)) return 0;
  let written = 0;
  for (const event of eventsFor(ctx.config.country as DemoCountry, plan, random, today)) {
    await createEvent(ctx, trx, owner, actor, caseId, event);
    written += 1;
  }
  const country = ctx.config.country as DemoCountry;
  const unaccompanied = plan.identity.unaccompanied;
  const guardianName = adultName(country, random);
  // A consent from the guardian needs a recorded guardian (Art. 10(4)), so consenting paths get one.
  if (unaccompanied || random.chance(0.15) || WITH_CONSENT.has(plan.path)) {
    await setGuardian(ctx, owner, actor, caseId, null, {
      kind: unaccompanied ? 'appointed-guardian' : 'parent',
      name: guardianName,
      ...(unaccompanied
        ? { appointedOn: `${monthsAgo(today, 1)}-15`, appointingAuthority: AUTHORITY[country] }
        : {}),
    });
    written += 1;
  }
  if (WITH_CONSENT.has(plan.path)) {
    const date = `${monthsAgo(today, 2)}-10`;
    await recordConsent(ctx, trx, owner, actor, caseId, {
      purpose: 'assistance',
      childAssent: {
        given: true,
        date,
        howInformed:
          plan.identity.languages[0] === 'ukr' ||
          plan.identity.languages[0] === 'ron' ||
          plan.identity.languages[0] === 'rus'
            ? 'orally-in-own-language'
            : 'with-interpreter',
      },
      guardianConsent: { given: true, date },
    });
    written += 1;
  }
  return written;
}
