import { computed, type Ref } from 'vue';
import { useSessionStore } from '../stores/session';

/**
 * Whether the caller may steer an app (start, pause, resume, stop, schedule): a platform owner, or
 * an owner or admin of the app's local target tenant, as the server decides (apps/app.access.ts).
 * An external target belongs to no tenant, so only platform owners steer it. Viewers only read.
 */
export function useCanSteer(app: Ref<{ target: { tenant: string | null } } | null | undefined>) {
  const session = useSessionStore();
  return computed(() => {
    if (!app.value) return false;
    if (session.me?.platformOwner) return true;
    return !!app.value.target.tenant && session.canEdit(app.value.target.tenant);
  });
}
