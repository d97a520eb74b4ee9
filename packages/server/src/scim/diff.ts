import type { ScimResource } from '@scimdesk/scim';
import type { ModifiedAttribute } from './context.js';
import { sameJson as same } from './stable.js';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Attribute-level differences, old -> new: singular complex attributes and extensions are
 * compared per sub-attribute (`name.givenName`, `urn:...:User:department`); multi-valued
 * attributes as a whole.
 */
export function diffResources(before: ScimResource, after: ScimResource, skip: string[] = []): ModifiedAttribute[] {
  const out: ModifiedAttribute[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'schemas' || key === 'meta' || key === 'id' || skip.includes(key)) continue;
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    if ((isObject(a) || a === undefined) && (isObject(b) || b === undefined) && (isObject(a) || isObject(b))) {
      const sep = key.startsWith('urn:') ? ':' : '.';
      const inner = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
      for (const k of inner) {
        const av = (a as Record<string, unknown> | undefined)?.[k];
        const bv = (b as Record<string, unknown> | undefined)?.[k];
        if (!same(av, bv)) out.push({ attribute: `${key}${sep}${k}`, old: av ?? null, new: bv ?? null });
      }
      continue;
    }
    out.push({ attribute: key, old: a ?? null, new: b ?? null });
  }
  return out;
}
