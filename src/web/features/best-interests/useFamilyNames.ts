// Family members of the case by id, labelled with name (when the user may see it) and relation.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseKeys, familyApi } from '../../api/cases.ts';

export function useFamilyNames(caseId: string) {
  const { t } = useTranslation();
  const family = useQuery({
    queryKey: caseKeys.sub(caseId, 'family'),
    queryFn: () => familyApi.list(caseId),
  });
  const members = family.data?.items ?? [];
  const label = (id: string | null) => {
    const member = members.find((m) => m.id === id);
    if (!member) return '—';
    const relation = t(`cases.family.relations.${member.relation}`);
    return member.name ? `${member.name} (${relation})` : relation;
  };
  return { members, label };
}
