import type { Locale } from '../locales.ts';
import { DIMENSION_LABELS, type Dimension } from './dimensions.ts';

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Dimension names inside a sentence: "deceptive recruitment, coercive recruitment". */
export function dimensionNames(dimensions: readonly Dimension[], locale: Locale): string {
  return dimensions.map((d) => DIMENSION_LABELS[d][locale].toLocaleLowerCase(locale)).join(', ');
}
