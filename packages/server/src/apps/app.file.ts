/**
 * The app file (`pnpm scimdesk app apply --file app.json`): one app as JSON, kept in version
 * control. Parsing checks the shape; apps/app.validate.ts checks the meaning (mappings, scoping
 * filters, assignments, the target) and reports every problem with its position.
 */
import { z } from 'zod';
import { mappingSetSchema } from '../mappings/mapping-set.input.js';

const clause = z.object({
  attribute: z.string().max(256),
  operator: z.string().max(64),
  value: z.string().max(1024).nullish(),
});
const scopingFilter = z.object({
  groups: z.array(z.object({ title: z.string().max(256).optional(), clauses: z.array(clause).max(100) })).max(50),
});

const target = z.union([
  z.object({ tenant: z.string().min(1).max(64) }).strict(),
  z.object({ url: z.string().url().max(2048), token: z.string().min(1).max(4096) }).strict(),
  z
    .object({
      url: z.string().url().max(2048),
      tokenEnv: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
        .max(128),
    })
    .strict(),
  /** An app already saved with its token: the stored token is kept (how the dashboard proposes changes). */
  z.object({ url: z.string().url().max(2048) }).strict(),
]);

export const appFileSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-", starting with a letter or digit'),
    /** A source directory, or a scimdesk tenant (its SCIM users and groups, directory/tenant-source.ts). */
    source: z.union([
      z.object({ directory: z.string().min(1).max(64) }).strict(),
      z.object({ tenant: z.string().min(1).max(64) }).strict(),
    ]),
    target,
    /** A preset's name or a mapping set; by default `seed` (a directory source) or `scim` (a tenant source). */
    mappings: z.union([z.string().min(1).max(64), mappingSetSchema]).optional(),
    scope: z
      .object({
        mode: z.enum(['assigned', 'all']).default('assigned'),
        assignments: z
          .object({
            users: z.array(z.string().min(1).max(256)).max(10_000).default([]),
            groups: z.array(z.string().min(1).max(256)).max(10_000).default([]),
          })
          .strict()
          .default({ users: [], groups: [] }),
        userFilter: scopingFilter.default({ groups: [] }),
        groupFilter: scopingFilter.default({ groups: [] }),
      })
      .strict()
      .default({
        mode: 'assigned',
        assignments: { users: [], groups: [] },
        userFilter: { groups: [] },
        groupFilter: { groups: [] },
      }),
    schedule: z
      .object({
        intervalMinutes: z.number().int().min(1).max(525_600).default(40),
        enabled: z.boolean().default(true),
        /** Also run an incremental cycle as soon as the source changes (cycles/follow.ts). */
        followChanges: z.boolean().default(false),
      })
      .strict()
      .default({ intervalMinutes: 40, enabled: true, followChanges: false }),
    deletionThreshold: z.number().int().min(0).default(500),
    /**
     * Alerts: quarantine, held deletes and cycle failures are POSTed here, signed with `secret`
     * (HMAC-SHA256). Without `secret` the app's stored one is kept (the dashboard never sees it).
     */
    webhook: z
      .object({ url: z.string().url().max(2048), secret: z.string().min(16).max(4096).optional() })
      .strict()
      .nullish(),
    state: z.enum(['running', 'paused', 'stopped']).optional(),
  })
  .strict();

export type AppFile = z.infer<typeof appFileSchema>;
export type AppFileInput = z.input<typeof appFileSchema>;

/** One problem of an app file: the JSON path it is about, and where it is. */
export interface AppDiagnostic {
  path: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** Position in the file (when applied from a file). */
  line?: number;
  column?: number;
  /** Position inside an expression (mapping sources). */
  expression?: { line?: number; column?: number; offset?: number };
}

export function shapeDiagnostics(error: z.ZodError): AppDiagnostic[] {
  return error.issues.map((i) => ({
    path: i.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '')
      .replace(/\.\[/g, '['),
    code: 'APP_INVALID',
    severity: 'error' as const,
    message: i.message,
  }));
}
