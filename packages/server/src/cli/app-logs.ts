import { pipeline } from 'node:stream/promises';
import { App } from '../apps/app.entity.js';
import { ExportOptionsError, exportOptions, logExport } from '../provisioning/log.export.js';
import type { Runtime } from '../runtime.js';
import { CliError } from './args.js';

type Flags = Record<string, string | true>;

/**
 * `app logs <app> [--cycle ID] [--format csv|json] [--type user|group] [--action A,B] [--status S,T]
 * [--identity X] [--from ISO] [--to ISO]`: the HTTP export's stream (provisioning/log.export.ts), on stdout.
 */
export async function appLogsCli(
  rt: Runtime,
  appName: string | undefined,
  flags: Flags,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (!appName) throw new CliError('the app name is required: app logs <app>');
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flags)) {
    if (v === true) throw new CliError(`--${k} needs a value`);
    input[k] = v;
  }
  let options: ReturnType<typeof exportOptions>;
  try {
    options = exportOptions(input);
  } catch (e) {
    if (e instanceof ExportOptionsError) throw new CliError(`--${e.message}`);
    throw e;
  }
  const app = await rt.db.orm.em.fork().findOne(App, { name: appName });
  if (!app) throw new CliError(`No app "${appName}"`);
  await pipeline(logExport(rt.services.sql, app.id, options.filter, options.format), out, { end: false });
}
