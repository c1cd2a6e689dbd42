// The home page's cards beyond the inbox: the user's cases, referrals waiting for their answer,
// approvals waiting for their decision, and the dashboard. Each is shown only to those whose role may
// use the page it leads to, and lists only what that page itself would show them (codes, not names).
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { approvalKeys, approvalsApi, DECIDING_ACTIONS } from '../../api/approvals.ts';
import { caseKeys, casesApi } from '../../api/cases.ts';
import { referralKeys, referralsApi } from '../../api/referrals.ts';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { can, useMe } from '../../session/session.ts';
import { kindLabel } from '../approvals/DecisionDialog.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale, useCaseLabels } from '../cases/labels.ts';
import { CountLine, START_CARD_ENTRIES, StartCard } from './StartCard.tsx';

/** A caseworker's own cases; for the other case roles, the cases in their reach (most recent first). */
export function CasesGlance() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useCaseLabels();
  const own = me.roles.some((grant) => grant.role === 'caseworker');
  const filters = own ? { owner: 'me' as const } : {};
  const cases = useQuery({
    queryKey: caseKeys.list(filters, 1),
    queryFn: () => casesApi.list(filters, 1, START_CARD_ENTRIES),
  });
  const overdue = useQuery({
    queryKey: caseKeys.list({ ...filters, overdue: 'true' }, 1),
    queryFn: () => casesApi.list({ ...filters, overdue: 'true' }, 1, 1),
  });
  if (!cases.data) return null;
  const entries = cases.data.items.map((item) => (
    <>
      <AnchorLink to="/cases/$id" params={{ id: item.id }} ff="monospace" fw={600}>
        {item.code}
      </AnchorLink>
      <Text span size="sm" c="dimmed">
        {` · ${labels.stage(item.stage)}`}
        {item.nextDeadline ? ` · ${formatDate(item.nextDeadline, labels.locale)}` : ''}
      </Text>
    </>
  ));
  return (
    <StartCard
      id="cases"
      title={own ? t('home.start.ownCases') : t('home.start.reachCases')}
      summary={
        <>
          <CountLine>{t('home.start.casesCount', { count: cases.data.total })}</CountLine>
          {(overdue.data?.total ?? 0) > 0 && (
            <CountLine strong>{t('home.start.casesOverdue', { count: overdue.data?.total })}</CountLine>
          )}
        </>
      }
      entries={entries}
      action={
        <ButtonLink to="/cases" search={own ? { owner: 'me' } : {}} variant="light">
          {t('home.start.openCases')}
        </ButtonLink>
      }
    />
  );
}

/** Referrals sent to the user's agency that nobody has accepted or declined yet. */
export function ReferralsGlance() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const query = { direction: 'incoming', state: 'sent' } as const;
  const referrals = useQuery({ queryKey: referralKeys.list(query), queryFn: () => referralsApi.list(query) });
  if (!referrals.data) return null;
  const items = referrals.data.items;
  const overdue = items.filter((referral) => referral.overdue).length;
  const entries = items.slice(0, START_CARD_ENTRIES).map((referral) => (
    <>
      <AnchorLink to="/referrals/$id" params={{ id: referral.id }}>
        {referral.serviceName ?? referral.serviceKind}
      </AnchorLink>
      <Text span size="sm" c="dimmed">
        {` · ${t(`referrals.urgency.${referral.urgency}`)}`}
        {referral.dueAt ? ` · ${t('inbox.dueOn', { date: formatDate(referral.dueAt, locale) })}` : ''}
      </Text>
    </>
  ));
  return (
    <StartCard
      id="referrals"
      title={t('home.start.referralsTitle')}
      summary={
        <>
          <CountLine>
            {items.length === 0
              ? t('home.start.referralsNone')
              : t('home.start.referralsCount', { count: items.length })}
          </CountLine>
          {overdue > 0 && <CountLine strong>{t('inbox.summary.overdue', { count: overdue })}</CountLine>}
        </>
      }
      entries={entries}
      action={
        <ButtonLink to="/referrals" variant="light">
          {t('home.start.openReferrals')}
        </ButtonLink>
      }
    />
  );
}

/** Approvals this user may decide (a request is never decided by the person who made it). */
export function ApprovalsGlance() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const approvals = useQuery({
    queryKey: approvalKeys.pending(null),
    queryFn: () => approvalsApi.pending(null),
  });
  if (!approvals.data) return null;
  const items = approvals.data.items.filter(
    (approval) => approval.status === 'pending' && approval.mayDecide,
  );
  const entries = items.slice(0, START_CARD_ENTRIES).map((approval) => (
    <>
      {kindLabel(t, approval.kind)}
      <Text span size="sm" c="dimmed">
        {approval.caseCode ? ` · ${approval.caseCode}` : ''}
        {` · ${formatDate(approval.requestedAt, locale)}`}
      </Text>
    </>
  ));
  return (
    <StartCard
      id="approvals"
      title={t('home.start.approvalsTitle')}
      summary={
        <CountLine>
          {items.length === 0
            ? t('home.start.approvalsNone')
            : t('home.start.approvalsCount', { count: items.length })}
        </CountLine>
      }
      entries={entries}
      action={
        <ButtonLink to="/approvals" variant="light">
          {t('home.start.openApprovals')}
        </ButtonLink>
      }
    />
  );
}

/** Coordinators start from the national picture: aggregates only, so the card itself holds none. */
export function DashboardGlance() {
  const { t } = useTranslation();
  return (
    <StartCard
      id="dashboard"
      title={t('dashboard.nav')}
      summary={<Text>{t('home.start.dashboardText')}</Text>}
      action={<ButtonLink to="/dashboard">{t('home.start.openDashboard')}</ButtonLink>}
    />
  );
}

/** Which cards a user gets, from the actions their roles allow. */
export function useStartCards() {
  const me = useMe();
  return {
    cases: can(me, 'cases.read'),
    referrals: can(me, 'referrals.respond') && me.roles.some((grant) => grant.role === 'provider'),
    approvals: DECIDING_ACTIONS.some((action) => can(me, action)),
    dashboard: can(me, 'dashboard.read') && me.roles.some((grant) => grant.role === 'coordinator'),
  };
}
