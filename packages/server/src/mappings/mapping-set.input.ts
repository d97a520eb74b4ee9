/** Validation of a mapping set sent as JSON (the shape of `MappingSet` in @scimdesk/scim). */
import type { MappingSet } from '@scimdesk/scim';
import { z } from 'zod';

const mapping = z.object({
  kind: z.enum(['direct', 'constant', 'expression']),
  source: z.string().max(10_000),
  target: z.string().max(1_000),
  apply: z.enum(['always', 'createOnly']),
  defaultValue: z.string().max(1_000).nullish(),
  matchingPrecedence: z.number().int().nullish(),
});

const objectMapping = z.object({
  enabled: z.boolean(),
  actions: z.object({ create: z.boolean(), update: z.boolean(), delete: z.boolean() }),
  mappings: z.array(mapping).max(200),
  targetAttributes: z
    .array(
      z.object({
        name: z.string().max(500),
        type: z.enum(['String', 'Boolean', 'Integer', 'DateTime', 'Reference', 'Binary']),
        multiValued: z.boolean().optional(),
        required: z.boolean().optional(),
        caseExact: z.boolean().optional(),
      }),
    )
    .max(200)
    .optional(),
});

export const mappingSetSchema = z.object({ user: objectMapping, group: objectMapping });

/** The mapping set, or the first problem as `path: message`. */
export function parseMappingSet(value: unknown): MappingSet | string {
  const r = mappingSetSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return `${issue.path.join('.') || 'mappingSet'}: ${issue.message}`;
}
