/**
 * What the draft mapping set does with the picked source object (`previewMapping`, nothing is
 * sent): per mapping the value a create would send, the resource it would POST and the matching
 * queries. Asked again 400 ms after the draft or the source object last changed.
 */
import { useClientHandle } from '@urql/vue';
import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import { errorCode, errorMessage } from '../graphql/client';
import { MappingPreviewDocument, type MappingPreviewQuery } from '../graphql/generated';
import type { MappingSet, ObjectType } from './mappingDraft';
import type { PreviewSource } from './mappingSource';
import { useDebounced } from './useDebounced';

export type MappingPreviewResult = MappingPreviewQuery['previewMapping'];

export function useMappingPreview(
  set: Ref<MappingSet>,
  objectType: Ref<ObjectType>,
  source: Ref<PreviewSource | null>,
  delayMs = 400,
) {
  const { client } = useClientHandle();
  const key = computed(() => (source.value ? JSON.stringify([objectType.value, source.value.object, set.value]) : ''));
  const debounced = useDebounced(key, delayMs);
  const result = shallowRef<MappingPreviewResult | null>(null);
  const resultKey = ref('');
  const error = ref<{ message: string; code: string | null } | null>(null);
  const fetching = ref(false);
  let generation = 0;

  watch(
    debounced,
    async (k) => {
      const mine = ++generation;
      const s = source.value;
      if (!k || !s) {
        result.value = null;
        error.value = null;
        fetching.value = false;
        return;
      }
      fetching.value = true;
      const r = await client
        .query(
          MappingPreviewDocument,
          {
            mappingSet: set.value as unknown as Record<string, unknown>,
            objectType: objectType.value === 'user' ? 'USER' : 'GROUP',
            source: s.object,
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (mine !== generation) return;
      fetching.value = false;
      if (r.error || !r.data) {
        error.value = {
          message: errorMessage(r.error) || 'No answer from the server.',
          code: errorCode(r.error) ?? null,
        };
        result.value = null;
        return;
      }
      error.value = null;
      result.value = r.data.previewMapping;
      resultKey.value = k;
    },
    { immediate: true },
  );

  /** The preview is of the draft and source shown now. */
  const current = computed(() => !!result.value && resultKey.value === key.value);
  const outcomes = computed(() => {
    if (!result.value || !source.value) return null;
    return new Map(result.value.createOutcomes.map((o) => [o.mapping, { status: o.status, value: o.value }]));
  });
  return { result, outcomes, current, error, fetching };
}
