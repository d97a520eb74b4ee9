import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { useSessionStore } from './stores/session';

const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./layouts/AppLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./pages/HomePage.vue') },
      { path: 't/:tenant', name: 'overview', component: () => import('./pages/OverviewPage.vue') },
      { path: 't/:tenant/users', name: 'users', component: () => import('./pages/UsersPage.vue') },
      { path: 't/:tenant/users/:id', name: 'user', component: () => import('./pages/UserPage.vue') },
      { path: 't/:tenant/groups', name: 'groups', component: () => import('./pages/GroupsPage.vue') },
      { path: 't/:tenant/groups/:id', name: 'group', component: () => import('./pages/GroupPage.vue') },
      { path: 't/:tenant/tokens', name: 'tokens', component: () => import('./pages/TokensPage.vue') },
      { path: 't/:tenant/log', name: 'log', component: () => import('./pages/LogPage.vue') },
      // The engine: source directories (platform owners) and apps (viewers of the app's target tenant and up).
      { path: 'directories', name: 'directories', component: () => import('./pages/engine/DirectoriesPage.vue') },
      {
        path: 'directories/:dir/users',
        name: 'directory-users',
        component: () => import('./pages/engine/DirectoryUsersPage.vue'),
      },
      {
        path: 'directories/:dir/users/:objectId',
        name: 'directory-user',
        component: () => import('./pages/engine/DirectoryUserPage.vue'),
      },
      {
        path: 'directories/:dir/groups',
        name: 'directory-groups',
        component: () => import('./pages/engine/DirectoryGroupsPage.vue'),
      },
      {
        path: 'directories/:dir/groups/:objectId',
        name: 'directory-group',
        component: () => import('./pages/engine/DirectoryGroupPage.vue'),
      },
      {
        path: 'directories/:dir/import',
        name: 'directory-import',
        component: () => import('./pages/engine/DirectoryImportPage.vue'),
      },
      { path: 'apps', name: 'apps', component: () => import('./pages/engine/AppsPage.vue') },
      { path: 'apps/:app', name: 'app', component: () => import('./pages/engine/AppPage.vue') },
      {
        path: 'apps/:app/mappings',
        name: 'app-mappings',
        component: () => import('./pages/engine/AppMappingsPage.vue'),
      },
      { path: 'apps/:app/scope', name: 'app-scope', component: () => import('./pages/engine/AppScopePage.vue') },
      {
        path: 'apps/:app/on-demand',
        name: 'app-on-demand',
        component: () => import('./pages/engine/AppOnDemandPage.vue'),
      },
      { path: 'apps/:app/resync', name: 'app-resync', component: () => import('./pages/engine/AppResyncPage.vue') },
      { path: 'apps/:app/logs', name: 'app-logs', component: () => import('./pages/engine/AppLogsPage.vue') },
      // Unknown addresses inside a tenant keep the tenant (switcher, section links) around the 404.
      {
        path: 't/:tenant/:rest(.*)*',
        name: 'tenant-not-found',
        component: () => import('./pages/NotFoundPage.vue'),
      },
      { path: ':rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
    ],
  },
];

/**
 * The path an old hash address (`/#/t/acmeusw/users`, as bookmarks from the hash-history days
 * have it) stands for, or null. Without this the hash is ignored and `/` opens the first tenant.
 */
export function hashRoutePath(loc: { pathname: string; hash: string }): string | null {
  if (loc.pathname !== '/' || !loc.hash.startsWith('#/')) return null;
  return loc.hash.slice(1);
}

/**
 * HTML5 history: the server answers every browser navigation outside its API with index.html
 * (packages/server/src/http/dashboard.ts), and so does Vite's dev server. An old hash address is
 * rewritten to its path first.
 */
export function createAppRouter(): Router {
  const legacy = typeof window === 'undefined' ? null : hashRoutePath(window.location);
  if (legacy) window.history.replaceState(window.history.state, '', legacy);
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.load();
    if (to.meta.public) return session.me && to.name === 'sign-in' ? { name: 'home' } : true;
    if (!session.me) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    return true;
  });
  return router;
}
