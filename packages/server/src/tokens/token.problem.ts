import type { TokenInfo } from './tokens.query.js';

/** `“Entra ID” (1a2b3c4d)`, or the short id alone: how an admin recognises a token. */
export const tokenLabel = (t: Pick<TokenInfo, 'id' | 'description'>) =>
  t.description ? `“${t.description}” (${t.id.slice(0, 8)})` : t.id.slice(0, 8);

/** Why a token's owner cannot act, naming the owner and its state. */
export function ownerProblem(t: Pick<TokenInfo, 'ownerUserName' | 'ownerState'>): string {
  if (!t.ownerUserName) return 'its owner’s admin account was deleted';
  if (t.ownerState === 'deactivated')
    return `its owner ${t.ownerUserName} was deactivated (the user ${t.ownerUserName} in this tenant is inactive)`;
  return `its owner ${t.ownerUserName} was deleted (the user ${t.ownerUserName} is gone from this tenant)`;
}

/**
 * The health warning of a token that stopped working with its owner (SPEC S2, S9). `working`: another
 * token of the tenant still works (the IdP may use that one).
 */
export function brokenTokenMessage(t: TokenInfo, working: boolean): string {
  const why = `SCIM token ${tokenLabel(t)} stopped working because ${ownerProblem(t)}`;
  return working
    ? `${why}: an IdP still using it can no longer provision this tenant (SCIM requests with it answer 401). Give the IdP a working token.`
    : `This tenant's IdP can no longer provision: no SCIM token works. ${why}, so SCIM requests with it answer 401. Generate a token owned by an active service account and give it to the IdP.`;
}
