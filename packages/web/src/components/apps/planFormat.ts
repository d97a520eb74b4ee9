/** Words and badge classes for plan and provisioning actions, shared by the plan, held-delete and on-demand views. */
import type { PlanFieldsFragment } from '../../graphql/generated';

type Totals = NonNullable<PlanFieldsFragment['totals']>;

/** The plan actions in the order Azure's portal lists them, with the totals key of each. */
export const PLAN_ACTIONS = [
  { action: 'Create', key: 'create', label: 'Create' },
  { action: 'Update', key: 'update', label: 'Update' },
  { action: 'Disable', key: 'disable', label: 'Disable' },
  { action: 'Delete', key: 'delete', label: 'Delete' },
  { action: 'Skip', key: 'skip', label: 'Skip' },
  { action: 'Other', key: 'fail', label: 'Fail' },
] as const satisfies readonly { action: string; key: Exclude<keyof Totals, 'wouldHoldDeletes'>; label: string }[];

/** Badge class of an action (`Create`, `UPDATE`, `StagedDelete`... any case). */
export function actionClass(action: string | null | undefined): string {
  switch ((action ?? '').toLowerCase().replace(/_/g, '')) {
    case 'create':
      return 'ok';
    case 'update':
      return 'info';
    case 'disable':
    case 'delete':
    case 'stageddelete':
    case 'other':
    case 'fail':
      return 'bad';
    default:
      return 'muted-badge';
  }
}

/** `STAGED_DELETE` -> `Staged delete`, `UPDATE` -> `Update`. */
export function actionLabel(action: string | null | undefined): string {
  if (!action) return '—';
  const words = action
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a plan outcome means, for an admin. */
export const OUTCOME_TEXT: Record<string, string> = {
  'as-planned': 'Done as planned',
  replanned: 'Replanned',
  failed: 'Failed at the target',
};

/** Why an object was replanned when the plan was applied. */
export const REPLANNED_TEXT: Record<string, string> = {
  source: 'its source object changed since the plan',
  target: 'its target object changed since the plan',
  both: 'its source and target objects changed since the plan',
  action: 'the decision differs from the plan',
  gone: 'it is no longer in the source',
};

/** A JSON value in one line for an old -> new cell: strings bare, absent as an em dash. */
export function cellValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
