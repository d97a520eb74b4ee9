import { computed } from 'vue';
import { type HistoryState, type LocationQuery, useRoute, useRouter } from 'vue-router';

/** Cursors of the pages before this one (page 1's is null), kept in the history entry so a reload keeps them. */
const STACK = 'pagerStack';

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** The address without paging: a changed filter or order starts again at page 1. */
export function withoutPaging(query: LocationQuery): LocationQuery {
  const { after: _a, page: _p, ...rest } = query;
  return rest;
}

function stackOf(state: HistoryState | undefined): (string | null)[] | undefined {
  const s: unknown = state?.[STACK];
  return Array.isArray(s) && s.every((c) => c === null || typeof c === 'string') ? s : undefined;
}

/**
 * Paging over a forward-only cursor connection, kept in the address (`?page=3&after=<cursor>`): a
 * reload, a shared link and Back show the same page. Each page is its own history entry; the cursors
 * of the pages before it ride along in history.state (the last one is the previous page's), so
 * Previous works after a reload too. A link opened elsewhere has no such state: Previous then goes
 * back to the first page.
 */
export function useAddressPager() {
  const route = useRoute();
  const router = useRouter();
  /** The history entry's state (window.history.state in the browser). */
  const storedStack = () => stackOf(router.options.history.state);
  const after = computed(() => one(route.query.after));
  const page = computed(() => {
    if (!after.value) return 1;
    const n = Number(one(route.query.page));
    return Number.isInteger(n) && n >= 2 ? n : 2;
  });
  const hasPrevious = computed(() => page.value > 1);
  /** Whether Previous knows the page before this one (else it goes to the first page). */
  const knowsPrevious = computed(() => {
    void route.fullPath; // history.state changes with the route
    return page.value <= 2 || (storedStack()?.length ?? 0) >= 1;
  });

  function go(cursor: string | null, n: number, stack: (string | null)[]) {
    const query = withoutPaging(route.query);
    if (cursor && n > 1) Object.assign(query, { page: String(n), after: cursor });
    void router.push({ query, state: { [STACK]: stack } });
  }

  function next(endCursor: string | null | undefined) {
    if (!endCursor) return;
    go(endCursor, page.value + 1, page.value === 1 ? [null] : [...(storedStack() ?? []), after.value]);
  }

  function previous() {
    const stack = storedStack() ?? [];
    const cursor = stack[stack.length - 1];
    if (page.value <= 2 || !cursor) return go(null, 1, []);
    go(cursor, page.value - 1, stack.slice(0, -1));
  }

  return { after, page, hasPrevious, knowsPrevious, next, previous };
}
