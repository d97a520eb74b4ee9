/** Parses `--flag value`, `--flag=value` and bare `--switch` after positional arguments. */
export function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[a.slice(2)] = argv[++i];
    else flags[a.slice(2)] = true;
  }
  return { positional, flags };
}

/** `90d`, `12h`, `30m`, `45s` -> milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*([dhms])$/.exec(text.trim());
  if (!m) throw new CliError(`"${text}" is not a duration such as 90d, 12h or 30m`);
  const unit = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }[m[2] as 'd' | 'h' | 'm' | 's'];
  const ms = Number(m[1]) * unit;
  if (ms <= 0) throw new CliError(`"${text}" is not a positive duration`);
  return ms;
}

export class CliError extends Error {}
