// The order of search results: what a practitioner can use now comes first.
export type Rankable = {
  name: string;
  /** 0 = lists the district itself, 1 = via its region, … */
  coverageDistance: number;
  openNow: boolean;
  /** Null for services that do not count places. */
  freePlaces: number | null;
  accredited: boolean;
};

/** Negative when `a` should be listed before `b`. */
export function compareServices(a: Rankable, b: Rankable): number {
  const full = (s: Rankable) => (s.freePlaces === 0 ? 1 : 0);
  return (
    full(a) - full(b) ||
    Number(b.openNow) - Number(a.openNow) ||
    Number(b.accredited) - Number(a.accredited) ||
    a.coverageDistance - b.coverageDistance ||
    (b.freePlaces ?? 0) - (a.freePlaces ?? 0) ||
    a.name.localeCompare(b.name)
  );
}

export function rankServices<T extends Rankable>(services: readonly T[]): T[] {
  return [...services].sort(compareServices);
}
