import { type Ref, ref, watch } from 'vue';

/** The last non-empty value of a query's data, so a table keeps its rows (and its height) while the next page loads. */
export function useKeepLast<T>(source: Ref<T | undefined>): Ref<T | undefined> {
  const last = ref(source.value) as Ref<T | undefined>;
  watch(source, (v) => {
    if (v !== undefined) last.value = v;
  });
  return last;
}
