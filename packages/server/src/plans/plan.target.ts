/**
 * A target that reads through to the real one and sends nothing: creates, patches and deletes are
 * answered here (a create gets a placeholder id), so reconcile can run
 * unchanged and tell what it would do. The requests it would have sent are kept per object.
 */
import type { ScimTarget, TargetCall, TargetObjectType, TargetResource, TargetResult } from '../outbound/target.js';
import { endpointOf } from '../outbound/target.js';

export const PLANNED_PREFIX = 'planned:';

const unsent = (method: string, path: string, body?: unknown): TargetCall => ({
  method,
  path,
  status: 0,
  retries: 0,
  durationMs: 0,
  body,
});

export class DryRunTarget implements ScimTarget {
  readonly kind: ScimTarget['kind'];

  constructor(private readonly inner: ScimTarget) {
    this.kind = inner.kind;
  }

  testConnection() {
    return this.inner.testConnection();
  }

  find(type: TargetObjectType, filter: string, count?: number) {
    return this.inner.find(type, filter, count);
  }

  get(type: TargetObjectType, id: string): Promise<TargetResult<TargetResource | null>> {
    // An object this plan would create does not exist yet; nothing is read for it.
    if (id.startsWith(PLANNED_PREFIX))
      return Promise.resolve({ value: null, call: unsent('GET', `${endpointOf(type)}/${id}`) });
    return this.inner.get(type, id);
  }

  async create(type: TargetObjectType, body: Record<string, unknown>): Promise<TargetResult<TargetResource>> {
    // The plan names it `planned:<source id>` (references to it in other objects use that).
    return { value: { ...body, id: `${PLANNED_PREFIX}new` }, call: unsent('POST', endpointOf(type), body) };
  }

  async patch(type: TargetObjectType, id: string, body: Record<string, unknown>) {
    return { value: null, call: unsent('PATCH', `${endpointOf(type)}/${id}`, body) };
  }

  async delete(type: TargetObjectType, id: string): Promise<TargetResult<void>> {
    return { value: undefined, call: unsent('DELETE', `${endpointOf(type)}/${id}`) };
  }

  declaredTypes() {
    return this.inner.declaredTypes?.() ?? Promise.resolve(undefined);
  }

  close() {
    return this.inner.close();
  }
}
