/**
 * The engine's e2e data (issue 11): a source directory, its users and a group, and an app that
 * provisions them into the e2e tenant (assigned: the group and one user; a scoping filter that
 * keeps contractors out). global-setup.ts creates it through the CLI; no cycle runs until a test asks.
 */
import { E2E } from './setup.js';

export const ENGINE = {
  directory: 'e2edir',
  app: 'e2e-app',
  group: { objectId: 'g-e2e-eng', displayName: 'E2E Engineering' },
  users: [
    {
      objectId: 'u-dana',
      userPrincipalName: 'dana.eng@e2e.example',
      givenName: 'Dana',
      surname: 'Eng',
      department: 'Engineering',
      mail: 'dana@e2e.example',
    },
    {
      objectId: 'u-eli',
      userPrincipalName: 'eli.eng@e2e.example',
      givenName: 'Eli',
      surname: 'Eng',
      department: 'Engineering',
    },
    {
      objectId: 'u-gus',
      userPrincipalName: 'gus.temp@e2e.example',
      givenName: 'Gus',
      surname: 'Temp',
      department: 'Contractors',
    },
    {
      objectId: 'u-fay',
      userPrincipalName: 'fay.ops@e2e.example',
      givenName: 'Fay',
      surname: 'Ops',
      department: 'Operations',
    },
  ],
} as const;

export const engineGroups = () => [{ ...ENGINE.group, members: ['u-dana', 'u-eli', 'u-gus'] }];

export const engineAppFile = () => ({
  name: ENGINE.app,
  source: { directory: ENGINE.directory },
  target: { tenant: E2E.tenant },
  mappings: 'seed',
  scope: {
    mode: 'assigned',
    assignments: { users: ['fay.ops@e2e.example'], groups: [ENGINE.group.displayName] },
    userFilter: { groups: [{ clauses: [{ attribute: 'department', operator: 'NOT EQUALS', value: 'Contractors' }] }] },
  },
  schedule: { enabled: false },
});

/** The steps of a group provisioned on demand, in the order the page shows them. */
export const ON_DEMAND_GROUP_STEPS = [
  'Test connection',
  'Import group',
  'Determine if group is in scope',
  'Match group between source and target system',
  'Perform action',
];
