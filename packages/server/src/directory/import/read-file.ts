import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostics } from './diagnostics.js';
import { splitArray } from './json-lines.js';

/** One record of an import file: its values by attribute name and the line it starts on. */
export interface SourceRow {
  file: string;
  line: number;
  values: Record<string, unknown>;
}

export type FileKind = 'csv' | 'json';

export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : undefined;
}

/** Reads an import file (.csv or .json by extension); problems go to `diag`, rows come back. */
export function readImportFile(
  path: string,
  diag: Diagnostics,
  allowed: readonly FileKind[],
  columnProblem?: (name: string) => string | undefined,
): SourceRow[] {
  const file = basename(path);
  const kind = fileKind(path);
  if (!kind || !allowed.includes(kind)) {
    diag.add(file, 0, 'file', `must be ${allowed.map((k) => `.${k}`).join(' or ')}`);
    return [];
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    diag.add(file, 0, 'file', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return [];
  }
  return kind === 'csv' ? readCsv(file, text, diag, columnProblem) : readJson(file, text, diag);
}

const newlines = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n += 1;
  return n;
};

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * CSV with a header row of attribute names. Line numbers: csv-parse's `info.lines` is the line a
 * record ends on; a record starts that many lines earlier as its values hold line breaks. CRLF is
 * read as LF first (csv-parse counts a quoted CRLF twice). A bad column name is reported once,
 * on the header's line, and the column is left out of the rows.
 */
export function readCsv(
  file: string,
  raw: string,
  diag: Diagnostics,
  columnProblem: (name: string) => string | undefined = () => undefined,
): SourceRow[] {
  const text = raw.replace(/\r\n/g, '\n');
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      diag.add(file, line, 'CSV', err.message.replace(/^Invalid [^:]*: /, ''));
      return [];
    }
    throw err;
  }
  const startLine = (r: CsvRecord) => r.info.lines - r.record.reduce((n, v) => n + newlines(v), 0);
  const [head, ...body] = records;
  if (!head) {
    diag.add(file, 0, 'file', 'is empty (a header row of attribute names is expected)');
    return [];
  }
  const headerLine = startLine(head);
  const columns = head.record.map((c) => c.trim());
  const seen = new Set<string>();
  const skip = new Set<number>();
  columns.forEach((c, i) => {
    const bad = seen.has(c) ? 'column appears twice in the header' : columnProblem(c);
    if (bad) {
      diag.add(file, headerLine, c || '(empty)', bad);
      skip.add(i);
    }
    seen.add(c);
  });
  return body.map((r) => {
    const line = startLine(r);
    const values: Record<string, unknown> = {};
    if (r.record.length > columns.length)
      diag.add(file, line, 'row', `has ${r.record.length} values, the header ${columns.length}`);
    columns.forEach((c, i) => {
      if (i < r.record.length && !skip.has(i)) values[c] = r.record[i];
    });
    return { file, line, values };
  });
}

/** JSON: an array of objects; each row's line is where its element starts (json-lines.ts). */
export function readJson(file: string, text: string, diag: Diagnostics): SourceRow[] {
  const { elements, problem } = splitArray(text);
  if (problem) {
    diag.add(file, problem.line, 'JSON', problem.message);
    return [];
  }
  const rows: SourceRow[] = [];
  for (const el of elements) {
    let value: unknown;
    try {
      value = JSON.parse(text.slice(el.start, el.end));
    } catch (err) {
      diag.add(file, el.line, 'JSON', (err as Error).message);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      diag.add(file, el.line, 'row', 'must be an object');
    else rows.push({ file, line: el.line, values: value as Record<string, unknown> });
  }
  return rows;
}
