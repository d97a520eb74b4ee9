import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type AppState = 'running' | 'paused' | 'stopped';

/**
 * A provisioning app (SPEC E2): one source directory pushed into one target, a local tenant or
 * an external SCIM base URL. Mappings and scope are stored as the JSON shapes of `@scimdesk/scim`.
 */
@Entity({ tableName: 'app' })
export class App {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 128, unique: true })
  name!: string;

  @Property({ type: 'string', length: 36 })
  directoryId!: string;

  /** A local tenant target (in-process, through the SCIM services). */
  @Property({ type: 'string', length: 36, nullable: true })
  targetTenantId?: string | null;

  /** An external target's SCIM base URL. */
  @Property({ type: 'string', length: 2048, nullable: true })
  targetUrl?: string | null;

  /** The external target's secret token, encrypted (AES-256-GCM, see apps/secret-box.ts). Never returned. */
  @Property({ type: 'text', nullable: true })
  targetTokenSealed?: string | null;

  /** Or the name of an environment variable holding the token. */
  @Property({ type: 'string', length: 128, nullable: true })
  targetTokenEnv?: string | null;

  /** A `MappingSet` as JSON. */
  @Property({ type: 'text' })
  mappings!: string;

  /** Preset the mappings came from, when they are a preset's unchanged. */
  @Property({ type: 'string', length: 64, nullable: true })
  mappingsPreset?: string | null;

  /** An `AppScope` as JSON (mode, assignments, user and group scoping filters). */
  @Property({ type: 'text' })
  scope!: string;

  @Property({ type: 'integer', default: 40 })
  intervalMinutes: number = 40;

  @Property({ type: 'boolean', default: true })
  scheduleEnabled: boolean = true;

  /**
   * Follow changes: an incremental cycle is queued as soon as the source changes (a tenant source's
   * SCIM write, or any directory change), besides the schedule.
   */
  @Property({ type: 'boolean', default: false })
  followChanges: boolean = false;

  @Property({ type: 'integer', default: 500 })
  deletionThreshold: number = 500;

  @Property({ type: 'string', length: 16, default: 'running' })
  state: AppState = 'running';

  /** The directory change number the last finished cycle read up to; null: the next cycle is initial. */
  @Property({ type: 'bigint', nullable: true })
  watermark?: number | null;

  /**
   * Hash of what decides scope and values (mappings, scope). When it differs from the one the
   * watermark was taken under, the next cycle evaluates every object again.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  evaluatedHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  nextRunAt?: Date | null;

  /** Quarantine (E8): why the target keeps failing, as a code and a sentence; null when not quarantined. */
  @Property({ type: 'string', length: 64, nullable: true })
  quarantineReason?: string | null;

  @Property({ type: 'text', nullable: true })
  quarantineMessage?: string | null;

  @Property({ type: 'datetime', nullable: true })
  quarantinedAt?: Date | null;

  /** Cycles in a row that ended quarantined: each doubles the wait before the next, up to a day. */
  @Property({ type: 'integer', default: 0 })
  quarantineCycles?: number = 0;

  /** Alerts: a URL that receives quarantine, held-deletes and cycle-failure events, HMAC-signed. */
  @Property({ type: 'string', length: 2048, nullable: true })
  webhookUrl?: string | null;

  /** The webhook's signing secret, sealed as the target token is. */
  @Property({ type: 'text', nullable: true })
  webhookSecretSealed?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/**
 * What the app knows of one source object in its target: the target id once created or
 * matched, whether it was disabled by the app, and failures kept to retry (escrow).
 */
@Entity({ tableName: 'app_link' })
@Index({ properties: ['appId', 'targetId'] })
@Index({ properties: ['appId', 'failedAt'] })
@Index({ properties: ['appId', 'objectType', 'updatedAt'] })
export class AppLink {
  @PrimaryKey({ type: 'string', length: 36 })
  appId!: string;

  @PrimaryKey({ type: 'string', length: 8 })
  objectType!: 'user' | 'group';

  @PrimaryKey({ type: 'string', length: 64 })
  sourceId!: string;

  @Property({ type: 'string', length: 256, nullable: true })
  targetId?: string | null;

  /** `provisioned` (in scope, in the target), `disabled` (out of scope, disabled there), `deleted`. */
  @Property({ type: 'string', length: 16, default: 'provisioned' })
  state: 'provisioned' | 'disabled' | 'deleted' = 'provisioned';

  /** A reference (manager) that could not be resolved yet: the references phase retries it. */
  @Property({ type: 'boolean', default: false })
  pendingReference: boolean = false;

  @Property({ type: 'string', length: 16, nullable: true })
  lastAction?: string | null;

  @Property({ type: 'datetime', nullable: true })
  failedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  failures: number = 0;

  /** Escrow: a failed object is retried by the first cycle queued from then on (ENGINE_RETRY_SCHEDULE_MINUTES). */
  @Property({ type: 'datetime', nullable: true })
  retryAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /**
   * A disable or delete the cycle decided and held back until its end (`Disable` or `Delete`):
   * the deletion threshold counts them before any is sent (cycle.deletes.ts).
   */
  @Property({ type: 'string', length: 16, nullable: true })
  staged?: string | null;

  /** The cycle that held the staged action back because its count passed the threshold. */
  @Property({ type: 'string', length: 36, nullable: true })
  heldBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  heldAt?: Date | null;

  /** An admin allowed the held action: the next cycle's deletes phase sends it. */
  @Property({ type: 'boolean', default: false })
  allowed: boolean = false;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
