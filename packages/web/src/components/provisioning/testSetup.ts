import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import type { ProvisioningLogDetailFragment, ProvisioningLogRowFragment } from '../../graphql/generated';

/** Test data: one log entry as the list reads it. */
export const row = (over: Partial<ProvisioningLogRowFragment> = {}): ProvisioningLogRowFragment => ({
  id: 'l1',
  createdAt: '2026-12-02T10:00:00.000Z',
  cycleId: '0192f1a2-3b4c-7d5e-8f90-123456789abc',
  objectType: 'USER',
  action: 'CREATE',
  status: 'SUCCESS',
  sourceId: 'src-1',
  sourceName: 'Adele Vance',
  targetId: 't-1',
  targetName: 'adele.vance',
  errorCode: null,
  errorMessage: null,
  durationMs: 12,
  ...over,
});

/** A failed create as the engine logs it: the target refused the mapped userName. */
export const failedEntry = (over: Partial<ProvisioningLogDetailFragment> = {}): ProvisioningLogDetailFragment => ({
  ...row({
    id: 'l9',
    status: 'FAILURE',
    action: 'OTHER',
    sourceId: 'src-9',
    sourceName: 'Zoë Bad',
    targetId: null,
    targetName: null,
    errorCode: 'SCIM_400',
    errorMessage: 'userName "-zoe" must start with a letter or digit',
  }),
  app: 'hr-to-usw',
  request: { method: 'POST', path: '/Users' },
  responseStatus: 400,
  retryCount: 0,
  modified: [
    { attribute: 'userName', old: null, new: '-zoe' },
    { attribute: 'urn:scim:schemas:extension:custom:egnyte:1.0:User:authType', old: 'egnyte', new: 'sso' },
  ],
  steps: [
    { step: 'import', status: 'Success', details: { source: { objectId: 'src-9', displayName: 'Zoë Bad' } } },
    { step: 'scope', status: 'InScope', details: { inScope: true, reason: 'assigned' } },
    { step: 'match', status: 'noMatch', details: { queries: ['userName eq "-zoe"'] } },
    { step: 'action', status: 'Failure', details: { code: 'SCIM_400', message: 'userName "-zoe" must start…' } },
  ],
  ...over,
});

/** The app's pages (AppTabs links to each by name) over an in-memory history. */
export async function appRouter(path: string, page: object = { template: '<div />' }): Promise<Router> {
  const stub = { template: '<div />' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/apps', name: 'apps', component: stub },
      { path: '/apps/:app', name: 'app', component: stub },
      { path: '/apps/:app/mappings', name: 'app-mappings', component: stub },
      { path: '/apps/:app/scope', name: 'app-scope', component: stub },
      { path: '/apps/:app/on-demand', name: 'app-on-demand', component: stub },
      { path: '/apps/:app/resync', name: 'app-resync', component: stub },
      { path: '/apps/:app/logs', name: 'app-logs', component: page },
    ],
  });
  await router.push(path);
  await router.isReady();
  return router;
}
