import cliProgress from 'cli-progress';
import { DirectoryError } from '../directory/directory.errors.js';
import { DirectoryService } from '../directory/directory.service.js';
import { ImportError } from '../directory/import/diagnostics.js';
import { importFiles } from '../directory/import/import.js';
import type { Counts } from '../directory/import/plan-users.js';
import type { Runtime } from '../runtime.js';
import { CliError } from './args.js';

type Flags = Record<string, string | true>;

const countsLine = (what: string, c: Counts) =>
  `${what}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.softDeleted} soft-deleted`;

/** `directory create|list|import`: source directories (SPEC E1). Refusals are CliErrors (exit 2). */
export async function directoryCli(rt: Runtime, sub: string, arg: string | undefined, flags: Flags): Promise<void> {
  const service = new DirectoryService(rt.services.sql);
  try {
    if (sub === 'create') {
      if (!arg) throw new CliError('the directory slug is required: directory create <slug> [--name N]');
      const days = typeof flags['purge-after-days'] === 'string' ? Number(flags['purge-after-days']) : undefined;
      const d = await service.createDirectory({
        slug: arg,
        name: typeof flags.name === 'string' ? flags.name : undefined,
        purgeAfterDays: days,
      });
      console.log(
        `directory ${d.slug} (${d.name}), id ${d.id}, soft-deleted objects purged after ${d.purgeAfterDays} days`,
      );
    } else if (sub === 'list') {
      const list = await service.list();
      for (const d of list)
        console.log(
          `${d.slug}  ${d.name}  seq ${d.seq}  id ${d.id}${d.sourceTenant ? `  (tenant ${d.sourceTenant}'s SCIM users and groups, read-only)` : ''}`,
        );
      if (!list.length) console.log('no directories');
    } else await runImport(rt, service, arg, flags);
  } catch (err) {
    if (err instanceof DirectoryError) throw new CliError(err.message);
    throw err;
  }
}

async function runImport(rt: Runtime, service: DirectoryService, slug: string | undefined, flags: Flags) {
  if (!slug) throw new CliError('the directory slug is required: directory import <slug> --users FILE');
  const users = typeof flags.users === 'string' ? flags.users : undefined;
  const groups = typeof flags.groups === 'string' ? flags.groups : undefined;
  if (!users && !groups) throw new CliError('--users FILE (.csv or .json) or --groups FILE (.json) is required');
  const dir = await service.get(slug);
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} rows', clearOnComplete: true })
    : undefined;
  let started = false;
  try {
    const result = await importFiles(
      rt.services.sql,
      dir.id,
      { users, groups },
      {
        softDeleteMissing: flags['soft-delete-missing'] === true || flags['soft-delete-missing'] === 'true',
        onProgress: (phase, done, total) => {
          if (!bar || phase !== 'write') return;
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      },
    );
    bar?.stop();
    console.log(countsLine('users', result.users));
    if (result.groups) console.log(countsLine('groups', result.groups));
  } catch (err) {
    bar?.stop();
    if (err instanceof ImportError) {
      for (const line of err.lines) console.error(line);
      throw new CliError(err.message);
    }
    throw err;
  }
}
