// Each area may keep its strings in locales/<area>/<lang>.json under its own top-level key; they are
// merged into the core catalogue of the same language.
export type Catalogue = Record<string, unknown>;

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deep merge, so that an area may add to a shared section (e.g. its own codes under `errors`) without
 * replacing the core catalogue's keys there.
 */
function mergeInto(target: Catalogue, source: Catalogue): Catalogue {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isCatalogue(existing) && isCatalogue(value) ? mergeInto({ ...existing }, value) : value;
  }
  return target;
}

export function withAreas(core: Catalogue, areas: Record<string, Catalogue>): Catalogue {
  const merged: Catalogue = { ...core };
  for (const catalogue of Object.values(areas)) mergeInto(merged, catalogue);
  return merged;
}
