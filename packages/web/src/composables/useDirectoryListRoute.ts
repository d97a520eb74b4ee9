import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  atPage,
  DEFAULT_LIST,
  type DirectoryListState,
  listFromQuery,
  previousPage,
  queryFromList,
  rememberPage,
  withFilters,
} from './directoryListState';

/**
 * The address side of a directory's users or groups list: the directory, the list state read
 * from the query string, and the moves that write it back (a filter change, clear, next and
 * previous page; pages are history entries, filter changes are not).
 */
export function useDirectoryListRoute(kind: 'users' | 'groups') {
  const route = useRoute();
  const router = useRouter();
  const dir = computed(() => String(route.params.dir));
  const state = computed(() => listFromQuery(route.query));
  const trail = computed(() => `${dir.value}:${kind}`);
  watch(state, (s) => rememberPage(trail.value, s), { immediate: true });

  function go(next: DirectoryListState, push = false) {
    const to = { query: queryFromList(next) };
    void (push ? router.push(to) : router.replace(to));
  }
  return {
    dir,
    state,
    change: (patch: Partial<DirectoryListState>) => go(withFilters(state.value, patch)),
    clear: () => go({ ...DEFAULT_LIST }),
    next: (endCursor: string | null | undefined) => {
      if (endCursor) go(atPage(state.value, endCursor, state.value.page + 1), true);
    },
    previous: () => go(previousPage(trail.value, state.value), true),
    /** The address query of the first page with the same filters. */
    firstPage: computed(() => queryFromList(atPage(state.value, '', 1))),
  };
}
