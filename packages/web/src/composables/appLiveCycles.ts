import { useClientHandle } from '@urql/vue';
import { onBeforeUnmount, onMounted } from 'vue';
import { type LiveCycle, useCycleProgressStore } from '../stores/cycleProgress';

/**
 * The live cycles of the apps a page shows, through the cycleProgress store: `follow` the apps
 * (each with the open cycle its query answered); the page is told when a followed cycle ends and
 * when the tab shows again (to re-read the app: a scheduled cycle may have started meanwhile).
 * Leaving the page stops every reading it caused.
 */
export function useLiveCycles(handlers: { finished: (app: string, cycle: LiveCycle) => void; visible?: () => void }) {
  const store = useCycleProgressStore();
  store.use(useClientHandle().client);
  const unwatch = new Map<string, () => void>();

  function follow(apps: readonly { name: string; currentCycle: LiveCycle | null }[]) {
    const names = new Set(apps.map((a) => a.name));
    for (const [name, stop] of unwatch)
      if (!names.has(name)) {
        stop();
        unwatch.delete(name);
      }
    for (const a of apps) {
      if (!unwatch.has(a.name))
        unwatch.set(
          a.name,
          store.watch(a.name, (c) => handlers.finished(a.name, c)),
        );
      store.seed(a.name, a.currentCycle);
    }
  }

  const onVisibility = () => {
    if (document.visibilityState === 'visible') handlers.visible?.();
  };
  onMounted(() => document.addEventListener('visibilitychange', onVisibility));
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility);
    for (const stop of unwatch.values()) stop();
    unwatch.clear();
  });

  return { follow, store };
}
