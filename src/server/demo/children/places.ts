import { type AdminUnit, childrenOf, findUnit } from '../../../domain/geo/index.ts';
import type { Random } from './prng.ts';

// Where the demo children are: weighted to the regions whose districts the reference geography holds
// (src/domain/geo), the rest spread thinly over other regions at region level. Occupied territories
// (Crimea, Sevastopol, Transnistria) are left out: no national team works there.

type Country = 'UA' | 'MD' | 'BY';

/** Share of children per region; regions not listed share OTHER_SHARE at region level. */
const REGION_WEIGHTS: Record<Country, ReadonlyArray<readonly [string, number]>> = {
  UA: [
    ['UA-30', 28],
    ['UA-51', 20],
    ['UA-63', 14],
    ['UA-46', 12],
    ['UA-21', 10],
  ],
  MD: [
    ['MD-CU', 34],
    ['MD-OR', 10],
    ['MD-CA', 8],
    ['MD-UN', 8],
    ['MD-GA', 7],
    ['MD-BA', 7],
  ],
  BY: [
    ['BY-HM', 45],
    ['BY-BR', 35],
  ],
};

const OTHER_SHARE: Record<Country, number> = { UA: 16, MD: 26, BY: 20 };

/** No case is placed here: occupied, or (Donetsk, Luhansk) where children are met only after leaving. */
const EXCLUDED = new Set(['UA-09', 'UA-14', 'UA-40', 'UA-43', 'MD-SN', 'MD-BD']);

function leavesOf(code: string): string[] {
  const children = childrenOf(code);
  if (children.length === 0) return [code];
  return children.flatMap((child) => [child.code, ...childrenOf(child.code).map((c) => c.code)]);
}

export type PlacePicker = (random: Random) => string;

/**
 * A picker of unit codes for the country. `favoured` units (the demo teams' own districts) get extra
 * weight so each demo account has children to work with.
 */
export function placePicker(country: Country, favoured: readonly string[] = []): PlacePicker {
  const listed = new Set(REGION_WEIGHTS[country].map(([code]) => code));
  const others = childrenOf(country)
    .map((unit: AdminUnit) => unit.code)
    .filter((code) => !listed.has(code) && !EXCLUDED.has(code));
  const weights = new Map<string, number>();
  for (const [region, share] of REGION_WEIGHTS[country]) {
    const leaves = leavesOf(region);
    for (const leaf of leaves) weights.set(leaf, (weights.get(leaf) ?? 0) + share / leaves.length);
  }
  for (const region of others) weights.set(region, OTHER_SHARE[country] / others.length);
  for (const code of favoured) {
    if (weights.has(code)) weights.set(code, (weights.get(code) ?? 0) + 4);
  }
  const items = [...weights].filter(([code]) => findUnit(code) !== undefined);
  return (random) => random.weighted(items);
}

/** The region (level 'region') a unit lies in. */
export function regionOfUnit(code: string): string {
  let unit = findUnit(code);
  while (unit && unit.level !== 'region' && unit.parentCode) unit = findUnit(unit.parentCode);
  return unit?.code ?? code;
}
