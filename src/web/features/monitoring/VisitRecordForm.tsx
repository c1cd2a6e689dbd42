// Recording a visit: the well-being assessment (every item 1–4 with its written anchor shown, an
// evidence source per item), the caregiver's view, the child's own view (taken on the child's screen),
// and the re-trafficking risk review. The server computes every score; this form sends item scores only.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ChildView,
  EVIDENCE_SOURCES,
  type EvidenceSource,
  itemsOfDomain,
  MONITORING_DOMAIN_LABELS,
  MONITORING_DOMAINS,
  monitoringApi,
  RISK_LEVELS,
  type RiskLevel,
  SCORES,
  type Score,
  type Visit,
} from '../../api/monitoring.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { ChildSelfAssessment, Face } from './ChildSelfAssessment.tsx';

export function ChildViewSummary({ view }: { view: Partial<ChildView> | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (!view) return <Text size="sm">{t('monitoring.childView.notDone')}</Text>;
  return (
    <Table data-testid="child-view-summary">
      <Table.Caption className="visually-hidden">{t('monitoring.childView.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('monitoring.assessments.domain')}</Table.Th>
          <Table.Th scope="col">{t('monitoring.childView.column')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {MONITORING_DOMAINS.map((domain) => {
          const score = view[domain] ?? null;
          return (
            <Table.Tr key={domain}>
              <Table.Th scope="row">{MONITORING_DOMAIN_LABELS[domain][locale]}</Table.Th>
              <Table.Td>
                {score === null ? (
                  t('monitoring.childView.skipped')
                ) : (
                  <Group gap={6}>
                    <Face score={score} size={24} />
                    {t(`monitoring.child.faces.${score}`)}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function VisitRecordForm({
  caseId,
  visit,
  onDone,
}: {
  caseId: string;
  visit: Visit;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  // The day of the visit: the planned day if it has passed, else today (dates compare as text).
  const [doneOn, setDoneOn] = useState([visit.plannedOn, today].sort()[0] ?? today);
  const [scores, setScores] = useState<Record<string, Score>>({});
  const [evidence, setEvidence] = useState<Record<string, EvidenceSource>>({});
  const [caregiverView, setCaregiverView] = useState('');
  const [childView, setChildView] = useState<ChildView | null>(null);
  const [childOpen, setChildOpen] = useState(false);
  const [contact, setContact] = useState(false);
  const [offers, setOffers] = useState(false);
  const [missing, setMissing] = useState(false);
  const [riskLevel, setRiskLevel] = useState<RiskLevel | null>(null);
  const [riskNote, setRiskNote] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const allItems = MONITORING_DOMAINS.flatMap((domain) => itemsOfDomain(domain));

  const save = useMutation({
    mutationFn: () =>
      monitoringApi.record(caseId, visit, {
        doneOn,
        riskReview: {
          contactWithExploiters: contact,
          newOffers: offers,
          wentMissing: missing,
          riskLevel: riskLevel ?? 'low',
          note: riskNote.trim() || null,
        },
        assessment: {
          items: allItems.map((item) => ({
            itemId: item.id,
            score: scores[item.id] as Score,
            evidence: evidence[item.id] ?? 'observation',
          })),
          caregiverView: caregiverView.trim() || null,
          childView,
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['cases', 'file', caseId, 'monitoring'] });
      onDone();
    },
  });

  return (
    <Paper withBorder p="md" radius="md">
      <FormStack
        onSubmit={(event) => {
          event.preventDefault();
          const complete = allItems.every((item) => scores[item.id] !== undefined) && riskLevel !== null;
          setIncomplete(!complete);
          if (complete && !save.isPending) save.mutate();
        }}
      >
        <Title order={3} size="h4">
          {t('monitoring.record.title', { date: formatDate(visit.plannedOn, locale) })}
        </Title>
        <ErrorAlert error={save.error} />
        <TextInput
          type="date"
          label={t('monitoring.record.doneOn')}
          value={doneOn}
          max={today}
          onChange={(e) => setDoneOn(e.currentTarget.value)}
          required
          maw={240}
        />
        <fieldset className="haven-fieldset">
          <legend>{t('monitoring.childView.title')}</legend>
          <Stack gap="sm">
            <Text size="sm">{t('monitoring.childView.help')}</Text>
            <ChildViewSummary view={childView} />
            <Group>
              <Button variant="default" onClick={() => setChildOpen(true)}>
                {childView ? t('monitoring.childView.again') : t('monitoring.childView.handOver')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
        <ChildSelfAssessment
          opened={childOpen}
          onClose={() => setChildOpen(false)}
          onDone={(view) => {
            setChildView(view);
            setChildOpen(false);
          }}
        />
        <Text size="sm">{t('monitoring.record.scoreHelp')}</Text>
        {MONITORING_DOMAINS.map((domain) => (
          <fieldset key={domain} className="haven-fieldset" data-domain={domain}>
            <legend>{MONITORING_DOMAIN_LABELS[domain][locale]}</legend>
            <Stack gap="lg">
              {itemsOfDomain(domain).map((item) => (
                <SimpleGrid key={item.id} cols={{ base: 1, md: 3 }} spacing="sm">
                  <Radio.Group
                    style={{ gridColumn: 'span 2' }}
                    label={item.label[locale]}
                    value={scores[item.id] ? String(scores[item.id]) : null}
                    onChange={(value) => setScores((s) => ({ ...s, [item.id]: Number(value) as Score }))}
                    required
                    data-item={item.id}
                  >
                    <Stack gap={6} mt={6}>
                      {SCORES.map((score) => (
                        <Radio
                          key={score}
                          value={String(score)}
                          label={`${score} — ${item.anchors[score - 1]?.[locale] ?? ''}`}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Select
                    label={`${t('monitoring.record.evidence')}: ${item.label[locale]}`}
                    data={EVIDENCE_SOURCES.map((value) => ({
                      value,
                      label: t(`monitoring.evidence.${value}`),
                    }))}
                    value={evidence[item.id] ?? 'observation'}
                    onChange={(value) =>
                      setEvidence((e) => ({ ...e, [item.id]: (value ?? 'observation') as EvidenceSource }))
                    }
                    allowDeselect={false}
                  />
                </SimpleGrid>
              ))}
            </Stack>
          </fieldset>
        ))}
        <Textarea
          label={t('monitoring.record.caregiverView')}
          value={caregiverView}
          onChange={(e) => setCaregiverView(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <fieldset className="haven-fieldset">
          <legend>{t('monitoring.risk.title')}</legend>
          <Stack gap="sm">
            <Checkbox
              label={t('monitoring.risk.contactWithExploiters')}
              checked={contact}
              onChange={(e) => setContact(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('monitoring.risk.newOffers')}
              checked={offers}
              onChange={(e) => setOffers(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('monitoring.risk.wentMissing')}
              checked={missing}
              onChange={(e) => setMissing(e.currentTarget.checked)}
            />
            <Select
              label={t('monitoring.risk.riskLevel')}
              data={RISK_LEVELS.map((value) => ({ value, label: t(`monitoring.risk.levels.${value}`) }))}
              value={riskLevel}
              onChange={(value) => setRiskLevel(value as RiskLevel | null)}
              allowDeselect={false}
              required
              maw={240}
            />
            <Textarea
              label={t('monitoring.risk.note')}
              value={riskNote}
              onChange={(e) => setRiskNote(e.currentTarget.value)}
              autosize
            />
          </Stack>
        </fieldset>
        {incomplete && (
          <Alert color="red" variant="light" role="alert">
            {t('monitoring.record.incomplete')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('monitoring.record.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('monitoring.record.submit')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
