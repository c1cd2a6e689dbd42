import type { LocalisedText } from '../locales.ts';
import { t } from './localised.ts';

/** The two ILO/EC (2009) lists for children. */
export const INDICATOR_LISTS = ['child-labour', 'child-sexual'] as const;
export type IndicatorList = (typeof INDICATOR_LISTS)[number];

/**
 * The six dimensions of each ILO/EC list. The first three are the "act" of recruitment (with its
 * means); the last three are exploitation at destination. Ids are short because they appear in
 * indicator ids (child-labour.deceptive.education).
 */
export const RECRUITMENT_DIMENSIONS = ['deceptive', 'coercive', 'vulnerability'] as const;
export const EXPLOITATION_DIMENSIONS = [
  'conditions',
  'coercion-destination',
  'vulnerability-destination',
] as const;
export const DIMENSIONS = [...RECRUITMENT_DIMENSIONS, ...EXPLOITATION_DIMENSIONS] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const GRADES = ['strong', 'medium', 'weak'] as const;
export type Grade = (typeof GRADES)[number];

export const DIMENSION_LABELS: Record<Dimension, LocalisedText> = {
  deceptive: t(
    'Deceptive recruitment',
    'Вербування шляхом обману',
    'Вербовка путём обмана',
    'Recrutare prin înșelăciune',
    'Вярбоўка шляхам падману',
  ),
  coercive: t(
    'Coercive recruitment',
    'Вербування із застосуванням примусу',
    'Вербовка с применением принуждения',
    'Recrutare prin constrângere',
    'Вярбоўка з прымяненнем прымусу',
  ),
  vulnerability: t(
    'Recruitment by abuse of vulnerability',
    'Вербування з використанням уразливого становища',
    'Вербовка с использованием уязвимого положения',
    'Recrutare prin abuz de situația de vulnerabilitate',
    'Вярбоўка з выкарыстаннем уразлівага становішча',
  ),
  conditions: t(
    'Exploitative conditions',
    'Умови експлуатації',
    'Условия эксплуатации',
    'Condiții de exploatare',
    'Умовы эксплуатацыі',
  ),
  'coercion-destination': t(
    'Coercion at destination',
    'Примус у місці експлуатації',
    'Принуждение в месте эксплуатации',
    'Constrângere la destinație',
    'Прымус у месцы эксплуатацыі',
  ),
  'vulnerability-destination': t(
    'Abuse of vulnerability at destination',
    'Використання уразливого становища в місці експлуатації',
    'Использование уязвимого положения в месте эксплуатации',
    'Abuz de situația de vulnerabilitate la destinație',
    'Выкарыстанне ўразлівага становішча ў месцы эксплуатацыі',
  ),
};

export const INDICATOR_LIST_LABELS: Record<IndicatorList, LocalisedText> = {
  'child-labour': t(
    'Child trafficking for labour exploitation',
    'Торгівля дітьми з метою трудової експлуатації',
    'Торговля детьми с целью трудовой эксплуатации',
    'Traficul de copii în scopul exploatării prin muncă',
    'Гандаль дзецьмі з мэтай працоўнай эксплуатацыі',
  ),
  'child-sexual': t(
    'Child trafficking for sexual exploitation',
    'Торгівля дітьми з метою сексуальної експлуатації',
    'Торговля детьми с целью сексуальной эксплуатации',
    'Traficul de copii în scopul exploatării sexuale',
    'Гандаль дзецьмі з мэтай сэксуальнай эксплуатацыі',
  ),
};

export const GRADE_LABELS: Record<Grade, LocalisedText> = {
  strong: t('strong', 'сильні', 'сильные', 'puternici', 'моцныя'),
  medium: t('medium', 'середні', 'средние', 'medii', 'сярэднія'),
  weak: t('weak', 'слабкі', 'слабые', 'slabi', 'слабыя'),
};
