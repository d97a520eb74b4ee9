/**
 * The source object as Entra's mapping engine presents it: `IsSoftDeleted` derived when the
 * caller did not set it, and the `#EXT#` marker of B2B guests stripped from userPrincipalName
 * (the original stays in `originalUserPrincipalName`).
 */

export type SourceObject = Record<string, unknown>;

const EXT = '#EXT#';

function disabled(v: unknown): boolean {
  return v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
}

export function sourceView(source: SourceObject): SourceObject {
  const upn = source.userPrincipalName;
  const needsSoftDeleted = !Object.hasOwn(source, 'IsSoftDeleted');
  const guest = typeof upn === 'string' && upn.includes(EXT);
  if (!needsSoftDeleted && !guest) return source;
  const view: SourceObject = { ...source };
  if (needsSoftDeleted) view.IsSoftDeleted = disabled(source.accountEnabled);
  if (guest) {
    view.originalUserPrincipalName ??= upn;
    view.userPrincipalName = (upn as string).split(EXT).join('');
  }
  return view;
}
