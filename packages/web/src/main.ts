import urql from '@urql/vue';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createGraphqlClient } from './graphql/client';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const router = createAppRouter();
const session = useSessionStore(pinia);
const client = createGraphqlClient(() => {
  // The session ended (expired or signed out elsewhere): back to the sign-in page.
  if (!session.me) return;
  session.clear();
  void router.replace({ name: 'sign-in', query: { redirect: router.currentRoute.value.fullPath } });
});
session.use(client);
app.use(urql, client);
app.use(router);
app.mount('#app');
