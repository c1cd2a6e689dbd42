// Each domain's score over time as an accessible inline SVG line chart, with the same numbers in a
// table beside it (WCAG 1.1.1: the table is the text alternative; the SVG is labelled and described).
// Lines differ by colour, dash pattern and marker shape, so colour is never the only difference.
import { Stack, Table, Text, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Assessment,
  MONITORING_DOMAIN_LABELS,
  MONITORING_DOMAINS,
  type MonitoringDomain,
} from '../../api/monitoring.ts';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';

const COLOURS: Record<MonitoringDomain, string> = {
  safety: '#c92a2a',
  family: '#1864ab',
  health: '#2b8a3e',
  psychosocial: '#862e9c',
  education: '#e67700',
  legal: '#0b7285',
  economic: '#495057',
};
const DASHES: Record<MonitoringDomain, string | undefined> = {
  safety: undefined,
  family: '6 3',
  health: '2 3',
  psychosocial: '8 3 2 3',
  education: undefined,
  legal: '6 3',
  economic: '2 3',
};

function Marker({ domain, x, y }: { domain: MonitoringDomain; x: number; y: number }) {
  const fill = COLOURS[domain];
  switch (MONITORING_DOMAINS.indexOf(domain) % 4) {
    case 0:
      return <circle cx={x} cy={y} r={4} fill={fill} />;
    case 1:
      return <rect x={x - 4} y={y - 4} width={8} height={8} fill={fill} />;
    case 2:
      return <path d={`M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z`} fill={fill} />;
    default:
      return <path d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`} fill={fill} />;
  }
}

export const formatScore = (value: number) => value.toFixed(2);

export function DomainChart({
  assessments,
  low,
  high,
}: {
  assessments: Assessment[];
  low: number;
  high: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const id = useId();
  if (assessments.length === 0) return <Text>{t('monitoring.chart.none')}</Text>;
  const width = 640;
  const height = 260;
  const pad = { left: 56, right: 56, top: 12, bottom: 36 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) =>
    pad.left + (assessments.length === 1 ? innerW / 2 : (i * innerW) / (assessments.length - 1));
  const y = (v: number) => pad.top + (1 - v) * innerH;
  const label = (domain: MonitoringDomain) => MONITORING_DOMAIN_LABELS[domain][locale];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4" id={`${id}-title`}>
        {t('monitoring.chart.title')}
      </Title>
      <Text size="sm" id={`${id}-desc`}>
        {t('monitoring.chart.description', { low: formatScore(low), high: formatScore(high) })}
      </Text>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-desc`}
        data-testid="domain-chart"
      >
        <title id={`${id}-svg-title`}>{t('monitoring.chart.title')}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
            <text x={pad.left - 6} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#343a40">
              {v.toFixed(2)}
            </text>
          </g>
        ))}
        {[low, high].map((v) => (
          <line
            key={v}
            x1={pad.left}
            x2={width - pad.right}
            y1={y(v)}
            y2={y(v)}
            stroke="#343a40"
            strokeDasharray="4 4"
          />
        ))}
        {assessments.map((a, i) => (
          <text key={a.id} x={x(i)} y={height - 12} fontSize="11" textAnchor="middle" fill="#343a40">
            {formatDate(a.assessedOn, locale)}
          </text>
        ))}
        {MONITORING_DOMAINS.map((domain) => (
          <g key={domain} data-domain={domain}>
            <polyline
              fill="none"
              stroke={COLOURS[domain]}
              strokeWidth={2}
              strokeDasharray={DASHES[domain]}
              points={assessments.map((a, i) => `${x(i)},${y(a.domainScores[domain])}`).join(' ')}
            />
            {assessments.map((a, i) => (
              <Marker key={a.id} domain={domain} x={x(i)} y={y(a.domainScores[domain])} />
            ))}
          </g>
        ))}
      </svg>
      <ul
        aria-hidden="true"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: 0 }}
      >
        {MONITORING_DOMAINS.map((domain) => (
          <li key={domain} style={{ display: 'flex', alignItems: 'center', gap: 4, fontSize: 13 }}>
            <svg width="28" height="12" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="6"
                y2="6"
                stroke={COLOURS[domain]}
                strokeWidth={2}
                strokeDasharray={DASHES[domain]}
              />
              <Marker domain={domain} x={14} y={6} />
            </svg>
            {label(domain)}
          </li>
        ))}
      </ul>
      <TableScroller label={t('monitoring.chart.tableCaption')} minWidth={640}>
        <Table striped data-testid="domain-table">
          <Table.Caption>{t('monitoring.chart.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monitoring.chart.date')}</Table.Th>
              {MONITORING_DOMAINS.map((domain) => (
                <Table.Th scope="col" key={domain}>
                  {label(domain)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('monitoring.chart.overall')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row">{formatDate(a.assessedOn, locale)}</Table.Th>
                {MONITORING_DOMAINS.map((domain) => (
                  <Table.Td key={domain}>{formatScore(a.domainScores[domain])}</Table.Td>
                ))}
                <Table.Td>{formatScore(a.overall)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Stack>
  );
}
