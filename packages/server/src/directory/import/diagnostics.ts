/** One bad row of an import: `<file>:<line>: <field>: <problem>`. */
export interface Diagnostic {
  file: string;
  /** 1-based physical line where the record starts (0: the file as a whole). */
  line: number;
  field: string;
  problem: string;
}

/** Most diagnostics one import reports; past it, the rest are counted, not listed. */
export const MAX_DIAGNOSTICS = 100;

export const formatDiagnostic = (d: Diagnostic) =>
  d.line > 0 ? `${d.file}:${d.line}: ${d.field}: ${d.problem}` : `${d.file}: ${d.field}: ${d.problem}`;

/** Collects diagnostics up to the cap, counting the ones past it. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  dropped = 0;

  add(file: string, line: number, field: string, problem: string): void {
    if (this.list.length < MAX_DIAGNOSTICS) this.list.push({ file, line, field, problem });
    else this.dropped += 1;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }
}

/** The import refused: nothing of it was kept. `lines` are the formatted diagnostics. */
export class ImportError extends Error {
  readonly lines: string[];
  constructor(readonly diagnostics: Diagnostics) {
    const n = diagnostics.count;
    super(`${n} problem${n === 1 ? '' : 's'} in the import; nothing was imported`);
    // By file, then line (stable: a line's problems keep the order they were found in).
    const files = [...new Set(diagnostics.list.map((d) => d.file))];
    const sorted = [...diagnostics.list].sort(
      (a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line,
    );
    this.lines = sorted.map(formatDiagnostic);
    if (diagnostics.dropped) this.lines.push(`... and ${diagnostics.dropped} more`);
  }
}
