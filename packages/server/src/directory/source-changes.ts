/**
 * In-process news that a source directory changed (a tenant source's SCIM write committed): the
 * engine's follower (cycles/follow.ts) queues an incremental cycle for the apps that follow
 * changes. A lost notice costs only latency: the scheduler's tick also queues a following app
 * whose directory moved past its watermark.
 */
export class SourceChanges {
  private readonly listeners = new Set<(directoryId: string) => void>();

  notify(directoryId: string | null): void {
    if (!directoryId) return;
    for (const fn of this.listeners) fn(directoryId);
  }

  subscribe(fn: (directoryId: string) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
