// The child's own view: a screen the worker hands over on a tablet. One question per screen in simple
// words, in the child's own language (chosen here, independent of the worker's), four faces with their
// words, "I don't want to answer" always available, big touch targets, and nothing else from the case.
// Keyboard: every choice is a button; focus moves to each new question so it is read out.
import { Box, Button, Group, Modal, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../domain/locales.ts';
import { type ChildView, MONITORING_DOMAINS, SCORES, type Score } from '../../api/monitoring.ts';
import { currentLocale } from '../cases/labels.ts';

const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ro: 'Română',
  be: 'Беларуская',
};

const FACE_COLOURS: Record<Score, string> = { 1: '#ffc9c9', 2: '#ffe8cc', 3: '#fff3bf', 4: '#d3f9d8' };

/** A simple face: the mouth curves from sad (1) to happy (4). Decorative: the button's words name it. */
export function Face({ score, size = 72 }: { score: Score; size?: number }) {
  const curve = { 1: -10, 2: -4, 3: 4, 4: 10 }[score];
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill={FACE_COLOURS[score]} stroke="#343a40" strokeWidth="2.5" />
      <circle cx="22" cy="25" r="3.5" fill="#343a40" />
      <circle cx="42" cy="25" r="3.5" fill="#343a40" />
      <path
        d={`M19 ${44 - curve / 2} Q32 ${44 + curve} 45 ${44 - curve / 2}`}
        fill="none"
        stroke="#343a40"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}

type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'end' };

export function emptyChildView(): ChildView {
  return Object.fromEntries(MONITORING_DOMAINS.map((d) => [d, null])) as ChildView;
}

export function ChildSelfAssessment({
  opened,
  onClose,
  onDone,
}: {
  opened: boolean;
  onClose: () => void;
  onDone: (view: ChildView) => void;
}) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(currentLocale(i18n.language));
  // Each language's strings are a chunk of their own: the child's choice shows once it has loaded, and
  // the page stays in the language it had until then.
  const [shown, setShown] = useState<Locale>(language);
  useEffect(() => {
    let live = true;
    void i18n.loadLanguages(language).then(() => {
      if (live) setShown(language);
    });
    return () => {
      live = false;
    };
  }, [i18n, language]);
  const tc = i18n.getFixedT(shown);
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [answers, setAnswers] = useState<ChildView>(emptyChildView);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (opened) {
      setStep({ kind: 'intro' });
      setAnswers(emptyChildView());
    }
  }, [opened]);
  useEffect(() => {
    if (step.kind !== 'intro') heading.current?.focus();
  }, [step]);

  const total = MONITORING_DOMAINS.length;
  const answer = (index: number, value: Score | null) => {
    const domain = MONITORING_DOMAINS[index]!;
    setAnswers((current) => ({ ...current, [domain]: value }));
    setStep(index + 1 < total ? { kind: 'question', index: index + 1 } : { kind: 'end' });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      title={tc('monitoring.child.dialog')}
      closeButtonProps={{ 'aria-label': tc('monitoring.record.cancel') }}
      data-testid="child-screen"
    >
      <Box lang={language} maw={760} mx="auto" py="md">
        {step.kind === 'intro' && (
          <Stack gap="xl" align="center">
            <Title order={2} size="h1">
              {tc('monitoring.child.hello')}
            </Title>
            <Text size="xl" ta="center">
              {tc('monitoring.child.intro')}
            </Text>
            <fieldset className="haven-fieldset" style={{ border: 0 }}>
              <legend>{tc('monitoring.child.language')}</legend>
              <Group gap="sm" justify="center">
                {LOCALES.map((code) => (
                  <Button
                    key={code}
                    size="lg"
                    lang={code}
                    variant={code === language ? 'filled' : 'default'}
                    aria-pressed={code === language}
                    onClick={() => setLanguage(code)}
                  >
                    {LANGUAGE_NAMES[code]}
                  </Button>
                ))}
              </Group>
            </fieldset>
            <Button size="xl" onClick={() => setStep({ kind: 'question', index: 0 })} data-autofocus>
              {tc('monitoring.child.start')}
            </Button>
          </Stack>
        )}
        {step.kind === 'question' && (
          <Stack gap="xl">
            <Text size="lg" c="dark.6">
              {tc('monitoring.child.progress', { n: step.index + 1, total })}
            </Text>
            <Title order={2} size="h1" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
              {tc(`monitoring.child.questions.${MONITORING_DOMAINS[step.index]}`)}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
              {SCORES.map((score) => {
                const chosen = answers[MONITORING_DOMAINS[step.index]!] === score;
                return (
                  <UnstyledButton
                    key={score}
                    onClick={() => answer(step.index, score)}
                    aria-pressed={chosen}
                    data-face={score}
                    style={{
                      minHeight: 150,
                      borderRadius: 16,
                      border: chosen ? '4px solid #1864ab' : '2px solid #868e96',
                      display: 'flex',
                      flexDirection: 'column',
                      alignItems: 'center',
                      justifyContent: 'center',
                      gap: 8,
                      padding: 12,
                    }}
                    className="haven-face-button"
                  >
                    <Face score={score} />
                    <Text size="xl" fw={600} ta="center">
                      {tc(`monitoring.child.faces.${score}`)}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </SimpleGrid>
            <Group justify="space-between">
              <Button
                size="lg"
                variant="default"
                onClick={() =>
                  setStep(step.index === 0 ? { kind: 'intro' } : { kind: 'question', index: step.index - 1 })
                }
              >
                {tc('monitoring.child.back')}
              </Button>
              <Button size="lg" variant="default" onClick={() => answer(step.index, null)}>
                {tc('monitoring.child.skip')}
              </Button>
            </Group>
          </Stack>
        )}
        {step.kind === 'end' && (
          <Stack gap="xl" align="center">
            <Title order={2} size="h1" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
              {tc('monitoring.child.thanks')}
            </Title>
            <Text size="xl">{tc('monitoring.child.giveBack')}</Text>
            <Group>
              <Button
                size="lg"
                variant="default"
                onClick={() => setStep({ kind: 'question', index: total - 1 })}
              >
                {tc('monitoring.child.back')}
              </Button>
              <Button size="xl" onClick={() => onDone(answers)}>
                {tc('monitoring.child.done')}
              </Button>
            </Group>
          </Stack>
        )}
      </Box>
    </Modal>
  );
}
