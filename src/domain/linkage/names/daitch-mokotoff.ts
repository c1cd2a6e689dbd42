// Daitch–Mokotoff Soundex (1985), designed for Slavic and Yiddish surnames: six digits, with branches
// where a letter group has two readings (CH = 5 or 4, C/CK = 5 or 4, J = 1 or 4, RZ/RS = 94 or 4).
// Rules follow the published table (Avotaynu; also Apache Commons Codec's dmrules.txt, Latin part).
// Each rule: letter groups → [code at start, code before a vowel, code elsewhere]; '' means "not
// coded". Alternatives are separated by '|'.

type Codes = readonly [string, string, string];
const RULE_TEXT: ReadonlyArray<readonly [string, Codes]> = [
  ['SCHTSCH SCHTSH SCHTCH SHTCH SHCH SHTSH STCH STSCH STRZ STRS STSH SZCZ SZCS', ['2', '4', '4']],
  ['SHT SCHT SCHD ST SZT SHD SZD SD', ['2', '43', '43']],
  ['ZDZH ZHDZH ZDZ', ['2', '4', '4']],
  ['ZHD ZD', ['2', '43', '43']],
  ['TTSCH TSCH TTCH TTSZ TRZ TRS TCH TSH TTS TTZ TZS TSZ TS TC TZ', ['4', '4', '4']],
  ['ZSCH ZSH ZH ZS Z', ['4', '4', '4']],
  ['DRZ DRS DSH DSZ DZH DZS DS DZ', ['4', '4', '4']],
  ['CSZ CZS CZ CS', ['4', '4', '4']],
  ['SCH SH SZ SC S', ['4', '4', '4']],
  ['CHS KS X', ['5', '54', '54']],
  ['CH', ['5|4', '5|4', '5|4']],
  ['CK', ['5|45', '5|45', '5|45']],
  ['C', ['5|4', '5|4', '5|4']],
  ['RZ RS', ['94|4', '94|4', '94|4']],
  ['AI AJ AY EI EJ EY OI OJ OY UI UJ UY', ['0', '1', '']],
  ['AU', ['0', '7', '']],
  ['EU', ['1', '1', '']],
  ['IA IE IO IU', ['1', '', '']],
  ['A E I O U UE', ['0', '', '']],
  ['Y', ['1', '', '']],
  ['J', ['1|4', '1|4', '1|4']],
  ['KH K G Q', ['5', '5', '5']],
  ['H', ['5', '5', '']],
  ['DT D TH T', ['3', '3', '3']],
  ['FB F PF PH P B V W', ['7', '7', '7']],
  ['MN NM', ['66', '66', '66']],
  ['M N', ['6', '6', '6']],
  ['L', ['8', '8', '8']],
  ['R', ['9', '9', '9']],
];

// Longest letter group first, so SCHTSCH wins over SCH and S.
const RULES = RULE_TEXT.flatMap(([groups, codes]) => groups.split(' ').map((g) => [g, codes] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const VOWELS = 'AEIOU';
const CODE_LENGTH = 6;

interface Branch {
  code: string;
  last: string | null;
}

/** All Daitch–Mokotoff codes of a Latin word (uppercase or lowercase; other characters ignored). */
export function daitchMokotoff(word: string): string[] {
  const letters = word.toUpperCase().replace(/[^A-Z]/g, '');
  let branches: Branch[] = [{ code: '', last: null }];
  let i = 0;
  while (i < letters.length) {
    const rule = RULES.find(([group]) => letters.startsWith(group, i));
    if (!rule) {
      i++;
      continue;
    }
    const [group, codes] = rule;
    const next = letters[i + group.length];
    const position = i === 0 ? 0 : next !== undefined && VOWELS.includes(next) ? 1 : 2;
    const alternatives = codes[position].split('|');
    const forceAppend = group === 'MN' || group === 'NM';
    const grown: Branch[] = [];
    for (const branch of branches) {
      for (const replacement of alternatives) {
        const append = branch.last === null || !branch.last.endsWith(replacement) || forceAppend;
        const code = append ? (branch.code + replacement).slice(0, CODE_LENGTH) : branch.code;
        grown.push({ code, last: replacement });
      }
    }
    branches = dedupeBranches(grown);
    i += group.length;
  }
  return [...new Set(branches.map((b) => b.code.padEnd(CODE_LENGTH, '0')))];
}

function dedupeBranches(branches: Branch[]): Branch[] {
  const seen = new Map<string, Branch>();
  for (const b of branches) seen.set(`${b.code}/${b.last}`, b);
  return [...seen.values()];
}

export function sharePhoneticCode(a: readonly string[], b: readonly string[]): boolean {
  for (const code of a) if (b.includes(code)) return true;
  return false;
}
