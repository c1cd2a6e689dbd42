// A list of referrals: service and agencies, urgency, state, deadline with the overdue mark, a link.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/referrals.ts';
import { AnchorLink } from '../../components/links.tsx';
import { DueLabel, ReferralStateLabel, useServiceKindName } from './shared.tsx';

export function ReferralTable({ items, caption }: { items: Referral[]; caption: string }) {
  const { t } = useTranslation();
  const kindName = useServiceKindName();
  if (items.length === 0) return <Text>{t('referrals.list.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.list.service')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.from')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.to')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.urgency')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.state')}</Table.Th>
            <Table.Th scope="col">{t('referrals.list.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                <AnchorLink to="/referrals/$id" params={{ id: referral.id }}>
                  {referral.serviceName ?? kindName(referral.serviceKind)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {kindName(referral.serviceKind)}
                </Text>
              </Table.Td>
              <Table.Td>{referral.senderAgencyName ?? '—'}</Table.Td>
              <Table.Td>{referral.recipientAgencyName ?? '—'}</Table.Td>
              <Table.Td>{t(`referrals.urgency.${referral.urgency}`)}</Table.Td>
              <Table.Td>
                <ReferralStateLabel state={referral.state} />
              </Table.Td>
              <Table.Td>
                <DueLabel referral={referral} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
