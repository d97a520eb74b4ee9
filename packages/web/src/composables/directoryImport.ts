import { reactive } from 'vue';
import { CSRF_COOKIE, readCookie } from '../graphql/client';

/** Counts of one kind of object, as the server reports them (import/plan-users.ts). */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  softDeleted: number;
}

/** One line of `POST /api/directories/:slug/import`'s NDJSON answer. */
export type ImportLine =
  | { type: 'progress'; phase: 'parse' | 'check' | 'write'; done: number; total: number }
  | { type: 'row-error'; file: string; line: number; field: string; message: string }
  | { type: 'done'; dryRun: boolean; rows: number; users?: ImportCounts; groups?: ImportCounts }
  | { type: 'failed'; code: string; message: string; errors?: number; dropped?: number };

export type RowError = Extract<ImportLine, { type: 'row-error' }>;

export interface ImportOptions {
  kind: 'users' | 'groups';
  format: 'csv' | 'json';
  dryRun: boolean;
  softDeleteMissing: boolean;
}

export interface ImportState {
  running: boolean;
  phase: 'idle' | 'upload' | 'parse' | 'check' | 'write' | 'done' | 'failed';
  /** Rows read from the file (known once it is parsed). */
  rows: number;
  /** The write phase's progress (rows and memberships written of the total). */
  done: number;
  total: number;
  errors: RowError[];
  result: Extract<ImportLine, { type: 'done' }> | null;
  failure: { code: string; message: string; errors?: number; dropped?: number } | null;
}

const idle = (): ImportState => ({
  running: false,
  phase: 'idle',
  rows: 0,
  done: 0,
  total: 0,
  errors: [],
  result: null,
  failure: null,
});

/** The file's format by its name (.csv or .json), or undefined. */
export function formatOf(name: string): 'csv' | 'json' | undefined {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : undefined;
}

/** Splits a byte stream into its text lines as they arrive (the last one may lack a newline). */
export async function* ndjsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    rest += decoder.decode(value, { stream: !done });
    let i = rest.indexOf('\n');
    while (i >= 0) {
      const line = rest.slice(0, i).trim();
      rest = rest.slice(i + 1);
      if (line) yield line;
      i = rest.indexOf('\n');
    }
    if (done) break;
  }
  if (rest.trim()) yield rest.trim();
}

/** Folds one answer line into the state. */
export function applyLine(s: ImportState, line: ImportLine): void {
  if (line.type === 'progress') {
    s.phase = line.phase;
    if (line.phase === 'parse') s.rows = line.total;
    if (line.phase === 'write') {
      s.done = line.done;
      s.total = line.total;
    }
  } else if (line.type === 'row-error') s.errors.push(line);
  else if (line.type === 'done') {
    s.phase = 'done';
    s.result = line;
    if (!s.total) s.done = s.total = line.rows;
  } else {
    s.phase = 'failed';
    s.failure = { code: line.code, message: line.message, errors: line.errors, dropped: line.dropped };
  }
}

/**
 * Runs an import through the server (the CLI's import code), streaming its progress into a
 * reactive state: the session cookie goes along, with the CSRF token GraphQL mutations carry.
 */
export function useDirectoryImport(fetcher: typeof fetch = (...a) => globalThis.fetch(...a)) {
  const state = reactive<ImportState>(idle());

  async function start(slug: string, file: Blob & { name?: string }, opts: ImportOptions): Promise<void> {
    Object.assign(state, idle(), { running: true, phase: 'upload' });
    const params = new URLSearchParams({
      format: opts.format,
      kind: opts.kind,
      file: file.name ?? `${opts.kind}.${opts.format}`,
    });
    if (opts.dryRun) params.set('dryRun', 'true');
    if (opts.softDeleteMissing) params.set('softDeleteMissing', 'true');
    const csrf = readCookie(CSRF_COOKIE);
    try {
      const res = await fetcher(`/api/directories/${encodeURIComponent(slug)}/import?${params}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': opts.format === 'csv' ? 'text/csv' : 'application/json',
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
        },
        body: file,
      });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
        applyLine(state, {
          type: 'failed',
          code: body?.error?.code ?? `HTTP_${res.status}`,
          message: body?.error?.message ?? `The server answered ${res.status}`,
        });
        return;
      }
      for await (const text of ndjsonLines(res.body)) applyLine(state, JSON.parse(text) as ImportLine);
      if (state.phase !== 'done' && state.phase !== 'failed')
        applyLine(state, {
          type: 'failed',
          code: 'INTERRUPTED',
          message:
            'The answer ended before the import did: reload the users to see whether it was kept (it is all or nothing)',
        });
    } catch {
      applyLine(state, {
        type: 'failed',
        code: 'NETWORK',
        message: 'The server cannot be reached. Check that scimdesk is running, then retry.',
      });
    } finally {
      state.running = false;
    }
  }

  const reset = () => Object.assign(state, idle());
  return { state, start, reset };
}
