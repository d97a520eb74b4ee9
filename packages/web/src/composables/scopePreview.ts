/**
 * The SCOPE page's live preview: `scopePreview(app, scope)` (server apps/scope-preview.resolver.ts,
 * the engine's own scope step over the source directory) for the draft, asked again half a second
 * after the draft stops changing. Without a proposal (nothing changed, or a caller who may not
 * propose) it asks for the counts now only. The last answer stays shown while the next one loads.
 */
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { ScopePreviewDocument } from '../graphql/generated';
import type { ScopeFile } from './appProposal';
import { useDebounced } from './useDebounced';
import { useKeepLast } from './useKeepLast';

export const PREVIEW_SAMPLE = 10;

export function useScopePreview(opts: {
  app: () => string;
  /** The proposed scope, or null for the counts now. */
  proposal: () => ScopeFile | null;
  enabled: () => boolean;
  debounceMs?: number;
}) {
  const key = computed(() => JSON.stringify(opts.proposal()));
  const settled = useDebounced(key, opts.debounceMs ?? 500);
  const q = useQuery({
    query: ScopePreviewDocument,
    variables: () => ({
      app: opts.app(),
      scope: JSON.parse(settled.value) as ScopeFile | null,
      sample: PREVIEW_SAMPLE,
    }),
    pause: () => !opts.enabled() || !opts.app(),
  });
  const data = useKeepLast(computed(() => q.data.value?.scopePreview));
  /** The answer shown is not yet the draft's: the draft changed since, or the answer is on its way. */
  const pending = computed(() => key.value !== settled.value || q.fetching.value);
  const refresh = () => q.executeQuery({ requestPolicy: 'network-only' });
  return { data, error: q.error, fetching: q.fetching, pending, refresh };
}

export type ScopePreviewHandle = ReturnType<typeof useScopePreview>;
