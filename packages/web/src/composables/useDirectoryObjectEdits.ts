import type { CombinedError } from '@urql/vue';
import { ref } from 'vue';
import { useRouter } from 'vue-router';
import { errorMessage } from '../graphql/client';

type Key = { slug: string; objectId: string };
type Run<V> = (variables: V) => PromiseLike<{ error?: CombinedError }>;

/**
 * What a directory user's and a directory group's page do alike: edit (save), soft-delete,
 * restore and hard-delete the object, each saying in `message` what happened; a hard delete goes
 * back to the list it came from. The pages pass their own mutations (`executeMutation`).
 */
export function useDirectoryObjectEdits<I>(opts: {
  key: () => Key;
  list: 'directory-users' | 'directory-groups';
  update: Run<Key & { input: I }>;
  softDelete: Run<Key>;
  restore: Run<Key>;
  hardDelete: Run<Key>;
}) {
  const router = useRouter();
  const editing = ref(false);
  const message = ref('');

  async function save(input: I) {
    message.value = '';
    const r = await opts.update({ ...opts.key(), input });
    if (r.error) {
      message.value = `Could not save: ${errorMessage(r.error)}`;
      return;
    }
    editing.value = false;
    message.value = 'Saved.';
  }
  async function softDelete() {
    const r = await opts.softDelete(opts.key());
    message.value = r.error
      ? `Could not soft-delete: ${errorMessage(r.error)}`
      : 'Soft-deleted: restorable until purged.';
  }
  async function restore() {
    const r = await opts.restore(opts.key());
    message.value = r.error ? `Could not restore: ${errorMessage(r.error)}` : 'Restored.';
  }
  async function hardDelete() {
    const key = opts.key();
    const r = await opts.hardDelete(key);
    if (r.error) {
      message.value = `Could not delete: ${errorMessage(r.error)}`;
      return;
    }
    await router.push({ name: opts.list, params: { dir: key.slug } });
  }
  return { editing, message, save, softDelete, restore, hardDelete };
}
