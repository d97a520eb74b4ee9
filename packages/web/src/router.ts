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
      { path: ':rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
    ],
  },
];

/**
 * HTML5 history: the server answers every browser navigation outside its API with index.html
 * (packages/server/src/http/dashboard.ts), and so does Vite's dev server.
 */
export function createAppRouter(): Router {
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
