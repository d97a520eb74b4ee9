import { onScopeDispose, type Ref, ref, watch } from 'vue';

/** A copy of `source` that follows it `ms` after it stops changing (search boxes). */
export function useDebounced<T>(source: Ref<T>, ms = 250): Ref<T> {
  const out = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (v) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      out.value = v;
    }, ms);
  });
  onScopeDispose(() => clearTimeout(timer));
  return out;
}
