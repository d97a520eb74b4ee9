import { computed, ref } from 'vue';

/**
 * Paging over a forward-only cursor connection: the cursors of the pages seen so far are kept,
 * so "Previous" goes back without a `before` argument. `reset()` on every filter change.
 */
export function useCursorPager() {
  const stack = ref<(string | null)[]>([null]);
  const after = computed(() => stack.value[stack.value.length - 1] ?? null);
  const page = computed(() => stack.value.length);
  const hasPrevious = computed(() => stack.value.length > 1);

  function next(endCursor: string | null | undefined) {
    if (endCursor) stack.value = [...stack.value, endCursor];
  }
  function previous() {
    if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
  }
  function reset() {
    if (stack.value.length > 1) stack.value = [null];
  }
  return { after, page, hasPrevious, next, previous, reset };
}
