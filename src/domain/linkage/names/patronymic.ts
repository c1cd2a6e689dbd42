import { givenNameGroups } from './given-names.ts';

// East Slavic patronymics are the father's name plus a suffix that differs by language and sex:
// uk -ович/-йович/-івна, ru -ович/-евич/-овна/-евна, be -авіч/-аўна/-еўна (ў folds to u),
// ro (Moldova) -ovici/-ovna.
// After skeleton folding these read as (ov|ev|iv|av)(ich|na); we split the stem off so that
// Олександрович and Alexandrovici compare by the father's name.
const PATRONYMIC_SUFFIX = /(?:iov|ov|ev|iv|av|au|eu|ou|ich)?(ich|na|ch)$/;
const PATRONYMIC_HINT = /(ovich|evich|ivich|avich|ovna|evna|ivna|avna|auna|euna|ouna|inich|ichna|ich)$/;

export function looksLikePatronymic(skeletonWord: string): boolean {
  return skeletonWord.length > 5 && PATRONYMIC_HINT.test(skeletonWord);
}

export interface PatronymicParts {
  /** The father's given name as it can be looked up, e.g. "oleksandr". */
  stem: string;
  /** 'm' for -ich forms, 'f' for -na forms. */
  sex: 'm' | 'f' | undefined;
}

export function splitPatronymic(skeletonWord: string): PatronymicParts {
  const match = PATRONYMIC_SUFFIX.exec(skeletonWord);
  if (!match || match.index < 3) return { stem: skeletonWord, sex: undefined };
  const stem = skeletonWord.slice(0, match.index);
  return { stem, sex: match[1] === 'na' ? 'f' : 'm' };
}

/** Given-name groups of the father's name behind a patronymic (Миколайович → mikolai → nikolai). */
export function patronymicGroups(skeletonWord: string): readonly string[] {
  const { stem } = splitPatronymic(skeletonWord);
  const direct = givenNameGroups(stem);
  if (direct.length > 0) return direct;
  // Миколай-ович keeps the й that the bare name Микола lacks; Сергі-йович loses nothing.
  // Сергі-ївна / Serhi-ivna / Сярге-еўна lose the -ій/-ей of the name to the suffix, Пятр-оўна its -о.
  if (stem.endsWith('i')) return givenNameGroups(stem.slice(0, -1));
  for (const ending of ['i', 'ei', 'ii', 'o']) {
    const groups = givenNameGroups(`${stem}${ending}`);
    if (groups.length > 0) return groups;
  }
  return [];
}
