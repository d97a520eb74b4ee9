import { EGNYTE_USER_SCHEMA, type ScimResource } from '@scimdesk/scim';

type Email = { value?: unknown; type?: unknown; primary?: unknown };

export function extensionOf(res: ScimResource, urn: string): Record<string, unknown> {
  const ext = res[urn];
  return ext && typeof ext === 'object' && !Array.isArray(ext) ? (ext as Record<string, unknown>) : {};
}

export function egnyteAttr(res: ScimResource, name: string): unknown {
  return extensionOf(res, EGNYTE_USER_SCHEMA)[name];
}

export function setEgnyteAttr(res: ScimResource, name: string, value: unknown): void {
  const ext = { ...extensionOf(res, EGNYTE_USER_SCHEMA), [name]: value };
  res[EGNYTE_USER_SCHEMA] = ext;
  const schemas = Array.isArray(res.schemas) ? (res.schemas as string[]) : [];
  if (!schemas.includes(EGNYTE_USER_SCHEMA)) res.schemas = [...schemas, EGNYTE_USER_SCHEMA];
}

function emails(res: ScimResource): Email[] {
  return Array.isArray(res.emails) ? (res.emails as Email[]) : [];
}

/** The user's email: the primary one, else the work one, else the first. */
export function primaryEmail(res: ScimResource): string | undefined {
  const list = emails(res);
  const pick = list.find((e) => e.primary === true) ?? list.find((e) => e.type === 'work') ?? list[0];
  return typeof pick?.value === 'string' ? pick.value : undefined;
}

/** Sets the primary (else work, else first) email's value, creating a primary work email when there is none. */
export function setPrimaryEmail(res: ScimResource, value: string): void {
  const list = emails(res).map((e) => ({ ...e }));
  const pick = list.find((e) => e.primary === true) ?? list.find((e) => e.type === 'work') ?? list[0];
  if (pick) pick.value = value;
  else list.push({ value, type: 'work', primary: true });
  res.emails = list;
}
