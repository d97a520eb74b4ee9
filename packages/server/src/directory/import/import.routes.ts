import { basename } from 'node:path';
import { PassThrough } from 'node:stream';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Principal, resolvePrincipal } from '../../auth/principal.js';
import { ApiError, badInput, forbidden, unauthenticated } from '../../graphql/errors.js';
import type { Services } from '../../scim/services.js';
import { apiErrorOf } from '../directory.api.js';
import { DirectoryService } from '../directory.service.js';
import { type Diagnostic, ImportError } from './diagnostics.js';
import { type ImportResult, importRows } from './import.js';
import type { FileKind } from './read-file.js';
import { parseOffThread } from './read-off-thread.js';

/** Largest import body: 100,000 users with every attribute fit in about 40 MB of CSV. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** One line of the NDJSON answer. */
export type ImportLine =
  | { type: 'progress'; phase: 'parse' | 'check' | 'write'; done: number; total: number }
  | { type: 'row-error'; file: string; line: number; field: string; message: string }
  | { type: 'done'; dryRun: boolean; rows: number; users?: ImportResult['users']; groups?: ImportResult['groups'] }
  | { type: 'failed'; code: ApiError['code']; message: string; errors?: number; dropped?: number };

interface ImportQuery {
  format: FileKind;
  kind: 'users' | 'groups';
  file: string;
  dryRun: boolean;
  softDeleteMissing: boolean;
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

function flag(q: Record<string, unknown>, name: string): boolean {
  const v = one(q[name]);
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw badInput(`${name} must be true or false`, name);
}

/** The query string: `format=csv|json` (required), `kind=users|groups`, `file=` (named in errors), `dryRun`, `softDeleteMissing`. */
export function importQuery(q: Record<string, unknown>): ImportQuery {
  const format = one(q.format);
  if (format !== 'csv' && format !== 'json') throw badInput('format must be csv or json', 'format');
  const kind = one(q.kind) ?? 'users';
  if (kind !== 'users' && kind !== 'groups') throw badInput('kind must be users or groups', 'kind');
  if (kind === 'groups' && format !== 'json') throw badInput('groups are imported from JSON only', 'format');
  const raw = one(q.file);
  const file = typeof raw === 'string' && raw.trim() ? basename(raw.trim()).slice(0, 200) : `${kind}.${format}`;
  return { format, kind, file, dryRun: flag(q, 'dryRun'), softDeleteMissing: flag(q, 'softDeleteMissing') };
}

/**
 * The caller, who must be a platform owner: the session cookie (with its CSRF token in
 * `x-csrf-token`, as GraphQL mutations carry it) or `Authorization: Bearer sdp_...`, whose
 * tokens are never platform-wide, so they are refused here.
 */
async function platformOwnerOf(services: Services, req: FastifyRequest): Promise<Principal> {
  const p = await resolvePrincipal(services, services.db.orm.em.fork(), req);
  if (!p) throw unauthenticated();
  if (p.kind === 'session' && req.headers['x-csrf-token'] !== p.csrfToken)
    throw new ApiError('CSRF', 'Missing or wrong x-csrf-token header (read it from the scimdesk_csrf cookie)');
  if (!p.platformOwner) throw forbidden('Only a platform owner may import into source directories');
  return p;
}

function refuse(reply: FastifyReply, err: unknown) {
  const e = apiErrorOf(err);
  if (e instanceof ApiError)
    return reply.code(e.status).send({ error: { code: e.code, message: e.message, ...fieldOf(e) } });
  throw err;
}

const fieldOf = (e: ApiError) => (typeof e.extensions.field === 'string' ? { field: e.extensions.field } : {});

/** Diagnostics by file, then line, as the CLI prints them (ImportError.lines). */
const sorted = (list: readonly Diagnostic[]) => {
  const files = [...new Set(list.map((d) => d.file))];
  return [...list].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
};

/**
 * `POST /api/directories/:slug/import?format=csv|json&kind=users|groups&file=&dryRun=&softDeleteMissing=`:
 * the file is the request body (any content type); the answer streams NDJSON: `progress` lines, then
 * `done` with the counts, or each bad row as a `row-error` line and a closing `failed` line. The
 * import is all or nothing (import.ts: one transaction), so a failed one leaves the directory as it
 * was. Refusals before the import starts are plain JSON errors with their status.
 */
export async function directoryImportRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(fastifyCookie);
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scoped.post<{ Params: { slug: string }; Querystring: Record<string, unknown>; Body: string | undefined }>(
      '/api/directories/:slug/import',
      { bodyLimit: MAX_IMPORT_BYTES },
      async (req, reply) => {
        const service = new DirectoryService(services.sql);
        let query: ImportQuery;
        let directory: Awaited<ReturnType<DirectoryService['get']>>;
        try {
          await platformOwnerOf(services, req);
          directory = await service.get(req.params.slug);
          query = importQuery(req.query);
          if (directory.sourceTenant)
            throw badInput(
              `Directory "${directory.slug}" mirrors tenant ${directory.sourceTenant}'s SCIM users and groups: it cannot be imported into`,
              'slug',
            );
          if (typeof req.body !== 'string' || !req.body.trim()) throw badInput('The request body (the file) is empty');
        } catch (err) {
          return refuse(reply, err);
        }
        const out = new PassThrough();
        const write = (line: ImportLine) => out.write(`${JSON.stringify(line)}\n`);
        runImport(services, directory.id, req.body, query, write)
          .catch((err: unknown) => {
            req.log.error({ err }, 'directory import failed');
            write({ type: 'failed', code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
          })
          .finally(() => out.end());
        return reply
          .type('application/x-ndjson; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(out);
      },
    );
  });
}

/** Reads the body as the CLI reads a file (read-file.ts) and imports its rows (import.ts), reporting as it goes. */
async function runImport(
  services: Services,
  directoryId: string,
  text: string,
  q: ImportQuery,
  write: (line: ImportLine) => void,
): Promise<void> {
  // Parsed in a worker thread: a 100k-row file is seconds of synchronous parsing.
  const { rows, diag } = await parseOffThread({ format: q.format, kind: q.kind, file: q.file, text });
  write({ type: 'progress', phase: 'parse', done: rows.length, total: rows.length });
  try {
    // Rows of a readable file are still checked, so one run reports as much as it can (as importFiles does).
    if (diag.count && !rows.length) throw new ImportError(diag);
    const result = await importRows(
      services.sql,
      directoryId,
      q.kind === 'users' ? { users: rows } : { groups: rows },
      {
        dryRun: q.dryRun,
        softDeleteMissing: q.softDeleteMissing,
        onProgress: (phase, done, total) =>
          write(
            phase === 'read'
              ? { type: 'progress', phase: 'check', done: 0, total: rows.length }
              : { type: 'progress', phase: 'write', done, total },
          ),
      },
      diag,
    );
    if (!q.dryRun) services.sourceChanges.notify(directoryId);
    // A groups file imports no user: its (zero) user counts are left out.
    const counts = q.kind === 'users' ? { users: result.users } : { groups: result.groups };
    write({ type: 'done', dryRun: q.dryRun, rows: rows.length, ...counts });
  } catch (err) {
    if (err instanceof ImportError) {
      for (const d of sorted(err.diagnostics.list))
        write({ type: 'row-error', file: d.file, line: d.line, field: d.field, message: d.problem });
      write({
        type: 'failed',
        code: 'BAD_USER_INPUT',
        message: err.message,
        errors: err.diagnostics.count,
        dropped: err.diagnostics.dropped,
      });
      return;
    }
    const e = apiErrorOf(err);
    if (!(e instanceof ApiError)) throw err;
    write({ type: 'failed', code: e.code, message: e.message });
  }
}
