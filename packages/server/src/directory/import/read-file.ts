import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostics } from './diagnostics.js';
import { arrayElementLines, jsonErrorLine } from './json-lines.js';

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
export function readImportFile(path: string, diag: Diagnostics, allowed: readonly FileKind[]): SourceRow[] {
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
  return kind === 'csv' ? readCsv(file, text, diag) : readJson(file, text, diag);
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
 * read as LF first (csv-parse counts a quoted CRLF twice).
 */
export function readCsv(file: string, raw: string, diag: Diagnostics): SourceRow[] {
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
  for (const c of columns) {
    if (seen.has(c)) diag.add(file, headerLine, c || '(empty)', 'column appears twice in the header');
    seen.add(c);
  }
  return body.map((r) => {
    const line = startLine(r);
    const values: Record<string, unknown> = {};
    if (r.record.length > columns.length)
      diag.add(file, line, 'row', `has ${r.record.length} values, the header ${columns.length}`);
    columns.forEach((c, i) => {
      if (i < r.record.length) values[c] = r.record[i];
    });
    return { file, line, values };
  });
}

/** JSON: an array of objects; each row's line is where its element starts (json-lines.ts). */
export function readJson(file: string, raw: string, diag: Diagnostics): SourceRow[] {
  const text = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    diag.add(file, jsonErrorLine(text, message), 'JSON', message);
    return [];
  }
  if (!Array.isArray(data)) {
    diag.add(file, 1, 'file', 'must hold a JSON array of objects');
    return [];
  }
  const lines = arrayElementLines(text);
  const rows: SourceRow[] = [];
  data.forEach((el: unknown, i) => {
    const line = lines[i] ?? 1;
    if (el === null || typeof el !== 'object' || Array.isArray(el)) diag.add(file, line, 'row', 'must be an object');
    else rows.push({ file, line, values: el as Record<string, unknown> });
  });
  return rows;
}
