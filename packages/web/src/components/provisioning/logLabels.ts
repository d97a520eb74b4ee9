import type { ProvisioningAction, ProvisioningStatus } from '../../graphql/generated';

/** How the Azure portal's provisioning logs spell actions and statuses. */
export const ACTION_LABEL: Record<ProvisioningAction, string> = {
  CREATE: 'Create',
  UPDATE: 'Update',
  DISABLE: 'Disable',
  DELETE: 'Delete',
  STAGED_DELETE: 'Staged delete',
  SKIP: 'Skip',
  OTHER: 'Other',
};

export const STATUS_LABEL: Record<ProvisioningStatus, string> = {
  SUCCESS: 'Success',
  FAILURE: 'Failure',
  SKIPPED: 'Skipped',
  WARNING: 'Warning',
};

/** The badge class of a status (styles.css: badge ok / bad / warn-badge / muted-badge). */
export const STATUS_BADGE: Record<ProvisioningStatus, string> = {
  SUCCESS: 'ok',
  FAILURE: 'bad',
  SKIPPED: 'muted-badge',
  WARNING: 'warn-badge',
};

/** A step's title, as the portal's Steps tab and on-demand provisioning name them. */
export function stepTitle(step: string, objectType: 'USER' | 'GROUP'): string {
  const what = objectType === 'GROUP' ? 'group' : 'user';
  switch (step) {
    case 'testConnection':
      return 'Test connection';
    case 'import':
      return `Import ${what}`;
    case 'scope':
      return `Determine if ${what} is in scope`;
    case 'match':
      return `Match ${what} between source and target`;
    case 'action':
      return 'Perform action';
    case 'export':
      return 'Export to the target';
    default:
      return step;
  }
}

const BAD_STEP = /^(failure|failed|duplicate|linkgone|error)$/i;
const QUIET_STEP = /^(skipped|outofscope|novalue|nomatch|held|staged)$/i;

/** The badge class of a step's status (the engine writes `Success`, `InScope`, `matched`, `Failure`, `Held`...). */
export function stepBadge(status: string): string {
  if (BAD_STEP.test(status)) return 'bad';
  if (QUIET_STEP.test(status)) return 'muted-badge';
  return 'ok';
}

const ADVICE = {
  conflict:
    'A value that must be unique is taken in the target (often userName or an email). Fix the source value or the mapping, or remove the conflicting object in the target; the next cycle retries.',
  refused:
    'The target refused a value: the message names it. Fix the source value or the mapping expression; the next cycle retries.',
  auth: "The target refused the app's credentials or this operation: check the secret token and its permissions.",
  busy: 'The target was busy or failed; the object stays in escrow and the next cycles retry it.',
  gone: 'The object the app created or matched no longer exists in the target. A restart matches it again.',
  unreachable: 'The target could not be reached: check its URL and that it is up; the next cycles retry.',
} as const;

/**
 * What an admin can do about an error code (Azure's "Troubleshooting & Recommendations"): the
 * engine's codes (`SCIM_<status>` for a target's answer, `NETWORK`, `TIMEOUT`...) and Entra's
 * names for the same; null for a code without advice.
 */
export function recommendation(code: string | null | undefined): string | null {
  if (!code) return null;
  const status = /^(?:SCIM|LOCAL)_(\d{3})$/.exec(code)?.[1];
  if (status === '409') return ADVICE.conflict;
  if (status === '400' || status === '422') return ADVICE.refused;
  if (status === '401' || status === '403') return ADVICE.auth;
  if (status === '404') return ADVICE.gone;
  if (status === '429' || status?.startsWith('5')) return ADVICE.busy;
  switch (code) {
    case 'EntryConflict':
    case 'Conflict':
      return ADVICE.conflict;
    case 'UnprocessableEntity':
    case 'InvalidValue':
      return ADVICE.refused;
    case 'Unauthorized':
    case 'InsufficientRights':
      return ADVICE.auth;
    case 'InvalidAnchor':
      return ADVICE.gone;
    case 'TooManyRequests':
    case 'InternalServerError':
      return ADVICE.busy;
    case 'NETWORK':
    case 'TIMEOUT':
    case 'Timeout':
      return ADVICE.unreachable;
    case 'INVALID_RESPONSE':
      return "The target's answer was not the SCIM JSON it should be: check that the URL is the SCIM base URL.";
    case 'DuplicateTargetEntries':
      return 'Several target objects match the matching attributes. Make the matching attribute unique in the target, or change the matching precedence.';
    case 'ImportSkipped':
      return 'The matching attribute is empty in the source: set it on the object, or map another source attribute to it.';
    case 'MappingError':
      return 'A mapping expression failed for this object: the message points at it. Try the expression on this user in the mapping editor.';
    case 'NotEffectivelyEntitled':
      return 'The object is not assigned to the app, or a scoping filter leaves it out: see the scope step.';
    default:
      return null;
  }
}
