import { classOfField, type FieldClass } from '../../src/server/policy/field-visibility.ts';
import type { FieldGroup } from '../../src/server/policy/policy.ts';

// A walker over a response body: every field filed under a field group the reader lacks must be empty
// (null, absent, 0, false, an empty list or object). It follows the classes of field-visibility.ts but
// decides on its own, so a path that forgot to call visibleFields / seesField shows up here.

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === 0 ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** Paths of fields holding data of a group not in `groups`. */
export function leakedFields(body: unknown, groups: ReadonlyArray<FieldGroup>): string[] {
  const out: string[] = [];
  const walk = (
    node: unknown,
    parent: string | null,
    path: string,
    holders: ReadonlyArray<Record<string, unknown>>,
  ) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walk(item, parent, `${path}[${index}]`, holders);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const around = [record, ...holders];
    for (const [field, inner] of Object.entries(record)) {
      const cls: FieldClass | undefined = classOfField(parent, field);
      const resolved = typeof cls === 'function' ? cls(around) : cls;
      const here = path ? `${path}.${field}` : field;
      if (resolved === undefined) out.push(`${here} (unfiled)`);
      else if (resolved === 'case') walk(inner, field, here, around);
      else if (resolved !== 'none' && !groups.includes(resolved) && !isEmpty(inner)) out.push(here);
    }
  };
  walk(body, null, '', []);
  return out;
}
