import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../geo/admin-unit.ts';
import { LOCALES } from '../locales.ts';
import { isVocabularyValue } from '../vocabularies/htcds.ts';
import { AGENCY_KINDS, AgencyKind, agencyKindName, isAgencyKind } from './agency-kinds.ts';

describe('agency kinds', () => {
  it.each(AgencyKind)('%s maps to valid HTCDS values and is named in every locale', (kind) => {
    const info = AGENCY_KINDS[kind];
    expect(info.kind).toBe(kind);
    expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(isVocabularyValue('organisationType', info.htcdsOrganisationType)).toBe(true);
    if (info.statusDecisionMakingOrg) {
      expect(isVocabularyValue('statusDecisionMakingOrg', info.statusDecisionMakingOrg)).toBe(true);
    }
    for (const locale of LOCALES) {
      expect(info.names[locale].trim()).toBeTruthy();
      for (const country of COUNTRY_CODES) expect(agencyKindName(kind, locale, country).trim()).toBeTruthy();
    }
  });

  it('prefers the national name where one exists', () => {
    expect(agencyKindName('service-childrens-affairs', 'uk', 'UA')).toBe('Служба у справах дітей');
    expect(agencyKindName('service-childrens-affairs', 'ro', 'MD')).toBe(
      'Direcția pentru protecția drepturilor copilului',
    );
    expect(agencyKindName('prosecutor', 'ro', 'MD')).toBe('Procuratura');
  });

  it('recognises kinds', () => {
    expect(isAgencyKind('centre-social-services')).toBe(true);
    expect(isAgencyKind('police')).toBe(false);
  });
});
