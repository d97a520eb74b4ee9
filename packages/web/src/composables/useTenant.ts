import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { canEditRole, useSessionStore } from '../stores/session';

/** The tenant of the current route (`/t/:tenant/...`), the caller's role there, and whether they may change things. */
export function useTenant() {
  const route = useRoute();
  const session = useSessionStore();
  const slug = computed(() => String(route.params.tenant ?? ''));
  const membership = computed(() => session.membership(slug.value));
  const canEdit = computed(() => canEditRole(membership.value?.role));
  return { slug, membership, canEdit };
}
