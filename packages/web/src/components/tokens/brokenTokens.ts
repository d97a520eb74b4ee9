import type { ScimTokenFieldsFragment } from '../../graphql/generated';

/** A token that stopped working because its owner can no longer act (SPEC S2), and why, in words. */
export interface BrokenToken {
  token: ScimTokenFieldsFragment;
  label: string;
  why: string;
}

export const tokenLabel = (t: Pick<ScimTokenFieldsFragment, 'id' | 'description'>) =>
  t.description ? `“${t.description}” (${t.id.slice(0, 8)})` : t.id.slice(0, 8);

/** Why the owner cannot act: who, and in which state. */
export function ownerProblem(t: Pick<ScimTokenFieldsFragment, 'owner' | 'ownerState'>): string {
  if (!t.owner) return 'its owner’s admin account was deleted';
  if (t.ownerState === 'DEACTIVATED')
    return `its owner ${t.owner} was deactivated (the user ${t.owner} in this tenant is inactive)`;
  return `its owner ${t.owner} was deleted (the user ${t.owner} is gone from this tenant)`;
}

/** The tokens that died with their owner, and whether any token of the tenant still works. */
export function brokenTokens(tokens: ScimTokenFieldsFragment[]): { broken: BrokenToken[]; anyWorks: boolean } {
  return {
    broken: tokens
      .filter((t) => t.state === 'OWNER_INACTIVE')
      .map((t) => ({ token: t, label: tokenLabel(t), why: ownerProblem(t) })),
    anyWorks: tokens.some((t) => t.state === 'ACTIVE'),
  };
}

/** The state badge's words: which owner problem, not just "owner inactive". */
export function stateText(t: Pick<ScimTokenFieldsFragment, 'state' | 'ownerState' | 'owner'>): string {
  if (t.state !== 'OWNER_INACTIVE') return t.state.toLowerCase();
  return t.ownerState === 'DEACTIVATED' ? 'owner deactivated' : 'owner deleted';
}
