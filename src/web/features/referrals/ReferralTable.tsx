// A list of referrals, ordered and laid out for the agency that must answer: urgency and the answer
// deadline first (the most pressing on top), then what is asked and for which child — the sender's case
// code on the sending side, the age band and gender the package carried on the receiving side (a
// provider never reads the sender's case) — then the agencies and the state.
import { Table, Text } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useTranslation } from 'react-i18next';
import { URGENCIES } from '../../../domain/referrals/deadlines.ts';
import type { Referral } from '../../api/referrals.ts';
import { AnchorLink } from '../../components/links.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale, useCaseLabels } from '../cases/labels.ts';
import { DueLabel, ReferralStateLabel, useServiceKindName } from './shared.tsx';

/** Overdue first, then by urgency, then the earliest answer deadline; unsent and answered ones last. */
export function byPressure(a: Referral, b: Referral): number {
  const waiting = (r: Referral) => (r.state === 'sent' ? 0 : 1);
  return (
    waiting(a) - waiting(b) ||
    Number(b.overdue) - Number(a.overdue) ||
    URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
    (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999')
  );
}

export function ReferralTable({ items, caption }: { items: Referral[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const kindName = useServiceKindName();
  const labels = useCaseLabels();
  const locale = currentLocale(i18n.language);
  if (items.length === 0) return <Text>{t('referrals.list.none')}</Text>;
  return (
    <TableScroller label={caption} minWidth={900}>
      <Table striped verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.list.urgency')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.due')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.service')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.child')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.from')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.to')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...items].sort(byPressure).map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                <Text size="sm" fw={referral.urgency === 'routine' ? 400 : 700}>
                  {t(`referrals.urgency.${referral.urgency}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <DueLabel referral={referral} />
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/referrals/$id" params={{ id: referral.id }}>
                  {referral.serviceName ?? kindName(referral.serviceKind)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {kindName(referral.serviceKind)}
                </Text>
              </Table.Td>
              <Table.Td>
                {referral.caseCode && (
                  <Text size="sm" ff="monospace">
                    {referral.caseCode}
                  </Text>
                )}
                {referral.child ? (
                  <Text size="sm">
                    {labels.ageBand(referral.child.ageBand)}, {labels.gender(referral.child.gender)}
                  </Text>
                ) : (
                  !referral.caseCode && (
                    <Text size="sm" c="dimmed">
                      {t('referrals.list.childNotShared')}
                    </Text>
                  )
                )}
                {referral.sentAt && (
                  <Text size="xs" c="dimmed">
                    {t('referrals.list.sentOn', { date: formatDateTime(referral.sentAt, locale) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{referral.senderAgencyName ?? '—'}</Table.Td>
              <Table.Td>{referral.recipientAgencyName ?? '—'}</Table.Td>
              <Table.Td>
                <ReferralStateLabel state={referral.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
