// Gaps: for each district and each needed kind, how many active services cover it. A cell with none
// is a gap; a cell whose services have no free place left is "full" (covered on paper, not in fact).

export type GapService = {
  kind: string;
  active: boolean;
  /** Null for services that do not count places. */
  freePlaces: number | null;
  units: readonly string[];
};

export type GapCell = {
  unitCode: string;
  kind: string;
  /** Active services covering the whole unit. */
  services: number;
  /** Free places across them; null when none of them counts places. */
  freePlaces: number | null;
  state: 'gap' | 'full' | 'covered';
};

export function computeGaps(
  rows: readonly string[],
  kinds: readonly string[],
  services: readonly GapService[],
  covers: (serviceUnits: readonly string[], unitCode: string) => boolean,
): GapCell[] {
  const cells: GapCell[] = [];
  for (const unitCode of rows) {
    for (const kind of kinds) {
      const covering = services.filter(
        (service) => service.active && service.kind === kind && covers(service.units, unitCode),
      );
      const counted = covering.filter((service) => service.freePlaces !== null);
      const freePlaces =
        counted.length === 0 ? null : counted.reduce((sum, s) => sum + (s.freePlaces ?? 0), 0);
      // Full only when every covering service counts places and none is free.
      const full = covering.length > 0 && counted.length === covering.length && freePlaces === 0;
      cells.push({
        unitCode,
        kind,
        services: covering.length,
        freePlaces,
        state: covering.length === 0 ? 'gap' : full ? 'full' : 'covered',
      });
    }
  }
  return cells;
}
