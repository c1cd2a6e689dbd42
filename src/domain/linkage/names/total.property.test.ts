import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../compare/fields.ts';
import { prepareRecord } from '../prepare.ts';
import { daitchMokotoff } from './daitch-mokotoff.ts';
import { normaliseNames } from './person-name.ts';
import { normaliseCountry, normalisePlace } from './places.ts';
import { romanise, skeleton } from './transliterate.ts';

// A name can be typed in any script. Every folding step must be total over Unicode: a Hangul syllable
// once sent romanise() into endless recursion (NFD gives jamo, NFC composes them back), a 500 on the
// duplicate check. The class is "some text makes a name function throw", so the properties range over
// the whole of Unicode, with scripts Haven has no table for weighted in.
const scriptChar = fc
  .oneof(
    fc.integer({ min: 0xac00, max: 0xd7a3 }), // Hangul syllables
    fc.integer({ min: 0x0300, max: 0x036f }), // combining marks
    fc.integer({ min: 0x0400, max: 0x052f }), // Cyrillic and its supplement
    fc.integer({ min: 0x1e00, max: 0x1eff }), // Latin extended additional
    fc.integer({ min: 0xfb00, max: 0xfb4f }), // presentation forms (ligatures)
    fc.integer({ min: 0x0f00, max: 0x0fff }), // Tibetan (many decompositions)
  )
  .map((code) => String.fromCodePoint(code));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: scriptChar }),
  fc.string({ unit: fc.oneof(scriptChar, fc.constantFrom('a', 'ж', ' ', '-', "'", 'ß', 'İ')) }),
);

describe('name folding is total over Unicode', () => {
  it('romanise, skeleton and the phonetic code return for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof romanise(text)).toBe('string');
        const folded = skeleton(text);
        expect(typeof folded).toBe('string');
        for (const word of folded.split(' ')) expect(Array.isArray(daitchMokotoff(word))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a record of any text can be prepared and compared', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (given, family, patronymic, place) => {
        normaliseNames(given, family, patronymic);
        normalisePlace(place);
        normaliseCountry(place);
        const a = prepareRecord({
          id: 'a',
          givenName: given,
          familyName: family,
          patronymic,
          birthPlace: place,
        });
        const b = prepareRecord({ id: 'b', givenName: family, familyName: given, citizenship: place });
        expect(compareRecords(a, b)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a Hangul syllable reads as nothing Haven can compare, not as an error', () => {
    expect(romanise('덽')).toBe('');
    expect(romanise('Олена 덽')).toBe('olena');
  });
});
