import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { OnDemandObjectFieldsFragment, ProvisionOnDemandMutation } from '../../graphql/generated';
import OnDemandResult from './OnDemandResult.vue';
import { stepView } from './onDemandSteps';

type Result = ProvisionOnDemandMutation['provisionOnDemand'];
const connection = {
  step: 'testConnection',
  status: 'Success',
  details: { message: 'A local tenant, reached in-process.' },
};

// Shapes as the server answers them (captured from `scimdesk app on-demand --json` for a group of two).
const group: OnDemandObjectFieldsFragment = {
  role: 'object',
  objectType: 'GROUP',
  sourceId: 'g-team',
  sourceName: 'Team',
  targetId: 'tg-1',
  targetName: 'Team',
  action: 'CREATE',
  status: 'SUCCESS',
  errorCode: null,
  errorMessage: null,
  durationMs: 16,
  steps: [
    connection,
    { step: 'import', status: 'Success', details: { source: { objectId: 'g-team', displayName: 'Team' } } },
    {
      step: 'scope',
      status: 'InScope',
      details: {
        inScope: true,
        reason: 'The group is assigned to the app.',
        assignment: { inScope: true, reason: 'The group is assigned to the app.' },
        filter: { inScope: true, reason: 'No scoping filter: every object is in scope.', groups: [] },
      },
    },
    {
      step: 'match',
      status: 'none',
      details: { kind: 'none', attempts: [{ target: 'displayName', filter: 'displayName eq "Team"', hits: 0 }] },
    },
    { step: 'action', status: 'Success', details: { action: 'Create', targetId: 'tg-1' } },
  ],
  modified: [{ attribute: 'displayName', old: null, new: 'Team' }],
  request: {
    method: 'POST',
    path: '/Groups',
    body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Team', members: [] },
  },
  response: { status: 201, retries: 0, durationMs: 13 },
};

const member = (id: string, over: Partial<OnDemandObjectFieldsFragment>): OnDemandObjectFieldsFragment => ({
  ...group,
  role: 'member',
  objectType: 'USER',
  sourceId: id,
  sourceName: `${id}@acme.example`,
  targetId: null,
  targetName: null,
  modified: [],
  request: null,
  response: null,
  durationMs: 4,
  ...over,
});

const ann = member('ann', {
  action: 'UPDATE',
  targetId: 'tu-ann',
  steps: [
    connection,
    {
      step: 'import',
      status: 'Success',
      details: { source: { userPrincipalName: 'ann@acme.example', givenName: 'Ann' } },
    },
    {
      step: 'scope',
      status: 'InScope',
      details: {
        inScope: true,
        reason: 'Direct member of assigned group "Team".',
        assignment: { inScope: true, reason: 'Direct member of assigned group "Team".', viaGroup: 'g-team' },
        filter: {
          inScope: true,
          reason: 'Scoping filter group 1 passed.',
          groups: [
            {
              index: 0,
              passed: true,
              clauses: [
                {
                  attribute: 'userPrincipalName',
                  operator: 'NOT EQUALS',
                  value: 'bob@acme.example',
                  actual: 'ann@acme.example',
                  passed: true,
                },
              ],
            },
          ],
        },
      },
    },
    {
      step: 'match',
      status: 'matched',
      details: {
        kind: 'matched',
        target: { id: 'tu-ann', userName: 'ann' },
        attempts: [
          { target: 'externalId', filter: 'externalId eq "ann"', hits: 0 },
          { target: 'userName', filter: 'userName eq "ann"', hits: 1 },
        ],
      },
    },
    { step: 'action', status: 'Success', details: { action: 'update', operations: 1 } },
  ],
  modified: [{ attribute: 'name.givenName', old: 'Anne', new: 'Ann' }],
  request: {
    method: 'PATCH',
    path: '/Users/tu-ann',
    body: { Operations: [{ op: 'replace', path: 'name.givenName', value: 'Ann' }] },
  },
  response: { status: 200, retries: 1, durationMs: 7 },
});
const bob = member('bob', {
  action: 'SKIP',
  status: 'SKIPPED',
  errorCode: 'NotEffectivelyEntitled',
  errorMessage: 'Out of scope: group 1: userPrincipalName NOT EQUALS bob@acme.example failed.',
});

const result = (over: Partial<Result> = {}): Result => ({
  app: 'od',
  objectType: 'GROUP',
  connected: true,
  durationMs: 48,
  object: group,
  members: [ann, bob],
  membership: {
    ...group,
    role: 'membership',
    action: 'UPDATE',
    steps: [connection, { step: 'match', status: 'Linked', details: { targetId: 'tg-1' } }],
    modified: [{ attribute: 'members', old: [], new: [{ value: 'tu-ann' }] }],
    request: { method: 'PATCH', path: '/Groups/tg-1', body: { Operations: [{ op: 'add', path: 'members' }] } },
    response: { status: 204, retries: 0, durationMs: 5 },
  },
  ...over,
});

describe('on-demand steps', () => {
  it('reads which matching attribute found the target, and every scoping clause', () => {
    const match = stepView(ann.steps[3]);
    expect(match).toMatchObject({ kind: 'match', outcome: 'matched', matchedOn: 'userName', targetId: 'tu-ann' });
    const scope = stepView(ann.steps[2]);
    if (scope.kind !== 'scope') throw new Error(`scope step read as ${scope.kind}`);
    expect(scope.assignment).toEqual({
      inScope: true,
      reason: 'Direct member of assigned group "Team".',
      viaGroup: 'g-team',
    });
    expect(scope.filter?.groups[0].clauses[0]).toEqual({
      attribute: 'userPrincipalName',
      operator: 'NOT EQUALS',
      value: 'bob@acme.example',
      actual: 'ann@acme.example',
      passed: true,
      reason: null,
    });
    expect(stepView({ step: 'match', status: 'Linked', details: { targetId: 't9' } })).toMatchObject({
      outcome: 'linked',
      targetId: 't9',
    });
    expect(stepView({ step: 'later', status: 'x', details: [1] })).toEqual({
      kind: 'other',
      name: 'later',
      status: 'x',
      details: [1],
    });
  });
});

describe('OnDemandResult', () => {
  it('shows each step with its details: scope clauses, the match, the request and response, attributes old -> new', async () => {
    const w = mount(OnDemandResult, { props: { result: result(), stepMs: 0 } });
    const obj = w.get('[data-testid="od-object-object-g-team"]');
    expect(obj.findAll('.od-step h4').map((h) => h.text())).toEqual([
      'Test connection',
      'Import group',
      'Determine if group is in scope',
      'Match group between source and target system',
      'Perform action',
    ]);
    expect(obj.get('[data-testid="od-match-summary"]').text()).toBe('No target object matches: it will be created.');
    expect(obj.get('[data-testid="od-request-line"]').text()).toBe('POST /Groups');
    expect(JSON.parse(obj.get('[data-testid="od-request-body"]').text())).toMatchObject({ displayName: 'Team' });
    expect(obj.get('[data-testid="od-response"]').text()).toContain('HTTP 201 in 13 ms');
    expect(obj.get('[data-testid="od-modified"] .new').text()).toBe('Team');

    // Members: one row each; a member's steps open on demand.
    expect(w.get('[data-testid="od-member-bob"]').text()).toContain('NotEffectivelyEntitled');
    const annRow = w.get('[data-testid="od-member-ann"]');
    expect(annRow.text()).toContain('Update');
    await annRow.get('button').trigger('click');
    const annCard = w.get('[data-testid="od-object-member-ann"]');
    const clause = annCard.get('[data-testid="od-clause-0-0"]').findAll('td');
    expect(clause.map((c) => c.text())).toEqual([
      'userPrincipalName NOT EQUALS bob@acme.example',
      'ann@acme.example',
      '✓ passed',
    ]);
    expect(annCard.get('[data-testid="od-match-summary"]').text()).toBe('Matched on userName: target object tu-ann.');
    expect(annCard.get('[data-testid="od-attempts"] tr.selected').text()).toContain('userName eq "ann"');
    expect(annCard.get('[data-testid="od-request-line"]').text()).toBe('PATCH /Users/tu-ann');
    expect(annCard.get('[data-testid="od-response"]').text()).toContain('HTTP 200 in 7 ms after 1 retry');
    const changed = annCard.get('[data-testid="od-modified"] tbody tr').findAll('td');
    expect([changed[0].text(), changed[1].text(), changed[3].text()]).toEqual(['name.givenName', 'Anne', 'Ann']);

    const membership = w.get('[data-testid="od-object-membership-g-team"]');
    expect(membership.get('[data-testid="od-match-summary"]').text()).toContain('Already linked to target object tg-1');
    expect(w.get('[data-testid="od-summary"]').text()).toBe(
      'Group Team: create (success); 2 direct user members: 1 update, 1 skip; membership update. The engine took 48 ms.',
    );
  });

  it('reveals the steps in the order they ran, then the members, then the membership pass', async () => {
    vi.useFakeTimers();
    try {
      const w = mount(OnDemandResult, { props: { result: result(), stepMs: 20 } });
      const steps = () => w.findAll('[data-testid="od-object-object-g-team"] .od-step h4').length;
      const after = async (ms: number) => {
        vi.advanceTimersByTime(ms);
        await nextTick();
      };
      expect(steps()).toBe(1);
      expect(w.find('[data-testid="od-members"]').exists()).toBe(false);
      expect(w.find('[data-testid="od-summary"]').exists()).toBe(false);
      await after(20);
      expect(steps()).toBe(2);
      await after(60);
      expect(steps()).toBe(5);
      expect(w.findAll('[data-testid="od-members"] tbody tr')).toHaveLength(0);
      await after(20);
      expect(w.findAll('[data-testid="od-members"] tbody tr')).toHaveLength(1);
      expect(w.find('[data-testid="od-object-membership-g-team"]').exists()).toBe(false);
      await after(40);
      expect(w.findAll('[data-testid="od-members"] tbody tr')).toHaveLength(2);
      expect(w.findAll('[data-testid="od-object-membership-g-team"] .od-step')).toHaveLength(1);
      expect(w.find('[data-testid="od-summary"]').exists()).toBe(false);
      await after(20);
      expect(w.findAll('[data-testid="od-object-membership-g-team"] .od-step')).toHaveLength(2);
      expect(w.find('[data-testid="od-summary"]').exists()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows everything at once on request, and a failed connection test alone', async () => {
    const w = mount(OnDemandResult, { props: { result: result(), stepMs: 10_000 } });
    await w.get('[data-testid="od-show-all"]').trigger('click');
    expect(w.findAll('[data-testid="od-object-object-g-team"] .od-step')).toHaveLength(5);
    const failed: OnDemandObjectFieldsFragment = {
      ...group,
      action: 'OTHER',
      status: 'FAILURE',
      errorCode: 'TargetUnreachable',
      errorMessage: 'HTTP 401 from the target',
      steps: [
        { step: 'testConnection', status: 'Failure', details: { message: 'HTTP 401 from the target', status: 401 } },
      ],
      request: null,
      response: null,
      modified: [],
    };
    await w.setProps({
      result: result({ connected: false, object: failed, members: [], membership: null }),
      stepMs: 0,
    });
    expect(w.get('[data-testid="od-summary"]').text()).toBe('The connection test failed: nothing else was tried.');
    expect(w.get('[data-testid="od-step-testConnection"]').text()).toContain('HTTP 401');
    expect(w.get('.od-object .callout.bad').text()).toBe('TargetUnreachable: HTTP 401 from the target');
  });
});
