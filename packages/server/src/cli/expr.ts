/**
 * `scimdesk expr` and `scimdesk map`: the expression language and the mapping presets from the
 * command line, for scripts and checks. Pure: no database, no server.
 */
import {
  type ExpressionContext,
  mappingPresets,
  type ObjectType,
  previewExpression,
  previewMapping,
} from '@scimdesk/scim';
import { serverExpressionContext } from '../expression/context.js';
import { CliError } from './args.js';

export interface CliOutput {
  stdout: string;
  stderr: string[];
  exitCode: number;
}

type Flags = Record<string, string | true>;

function jsonFlag(flags: Flags, name: string, fallback?: Record<string, unknown>): Record<string, unknown> {
  const text = flags[name];
  if (text === undefined && fallback) return fallback;
  if (typeof text !== 'string') throw new CliError(`--${name} needs a JSON object`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new CliError(`--${name} is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CliError(`--${name} must be a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

/** As the server evaluates (RE2 for regexes), with the clock fixed by --now. */
function context(flags: Flags): ExpressionContext {
  if (flags.now === undefined) return serverExpressionContext();
  const now = new Date(String(flags.now));
  if (Number.isNaN(now.getTime())) throw new CliError('--now must be an ISO 8601 date-time');
  return serverExpressionContext({ now: () => now });
}

/** `expr '<expression>' --source '<json>' [--now <iso>]` -> {"value", "diagnostics"}; exit 1 on an error diagnostic. */
export function runExpr(text: string | undefined, flags: Flags): CliOutput {
  if (text === undefined) throw new CliError("usage: expr '<expression>' [--source '<json object>'] [--now <iso>]");
  const r = previewExpression(text, jsonFlag(flags, 'source', {}), context(flags));
  const diagnostics = r.diagnostics.map(({ code, severity, message, offset, line, column }) => ({
    code,
    severity,
    message,
    offset,
    line,
    column,
  }));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { stdout: JSON.stringify({ value: r.value, diagnostics }), stderr: [], exitCode: failed ? 1 : 0 };
}

/**
 * `map --preset <name> --source '<json>' [--current '<json>'] [--object user|group] [--explain]`:
 * the SCIM resource to POST, or with --current the PATCH body to send (null when nothing changes).
 */
export function runMap(flags: Flags): CliOutput {
  const name = typeof flags.preset === 'string' ? flags.preset : 'seed';
  const preset = mappingPresets[name];
  if (!preset) throw new CliError(`Unknown preset "${name}"; presets: ${Object.keys(mappingPresets).join(', ')}`);
  const objectType = (flags.object ?? 'user') as ObjectType;
  if (objectType !== 'user' && objectType !== 'group') throw new CliError('--object must be user or group');
  const current = flags.current === undefined ? undefined : jsonFlag(flags, 'current');
  const preview = previewMapping(preset, objectType, jsonFlag(flags, 'source'), { current, ctx: context(flags) });
  const result = preview.update ?? preview.create;
  const stderr = [...preview.diagnostics, ...result.diagnostics].map(
    (d) => `${d.severity}: ${d.code}${d.mapping === undefined ? '' : ` (mapping ${d.mapping + 1})`}: ${d.message}`,
  );
  if (preview.update && !preview.update.body) stderr.push('nothing to change');
  const out = flags.explain ? preview : preview.update ? preview.update.body : preview.create.resource;
  return { stdout: JSON.stringify(out, null, 2), stderr, exitCode: result.ok ? 0 : 1 };
}
