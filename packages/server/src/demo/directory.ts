import { createHash } from 'node:crypto';
import { DirectoryService } from '../directory/directory.service.js';
import { importRows } from '../directory/import/import.js';
import type { SourceRow } from '../directory/import/read-file.js';
import type { Services } from '../scim/services.js';
import { DEPARTMENTS, makePeople, REGIONS } from './directory.people.js';

export const DEMO_DIRECTORY = 'acme';
/** How many people the demo directory has by default (DEMO_DIRECTORY_USERS). */
export const DEMO_PEOPLE = 1000;
const ADMIN_UPN = 'it.ops@acme.example';

/** A few outside users invited as Entra guests: their UPN is the mail with `#EXT#`, their mail the real one. */
const GUESTS = [
  ['Jane', 'Partner', 'jane@partner.example'],
  ['Raj', 'Vendor', 'raj@vendor.example'],
  ['Élodie', 'Conseil', 'elodie@conseil.example'],
];

/** A fixed objectId per name (UUID-shaped), so every install's demo objects have the same ids. */
const idOf = (name: string) => {
  const h = createHash('sha1').update(`acme-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const row = (values: Record<string, unknown>): SourceRow => ({
  file: 'demo',
  line: 0,
  values: { objectId: idOf(String(values.userPrincipalName ?? values.displayName)), ...values },
});

/**
 * The demo source directory `acme` ("Acme"), made once (when missing) and the same on every
 * install: about 1,000 people in three regions, a group per region and per region and
 * department (nested in the region group, and its people also direct members of the region
 * group), `US West Contractors` and `EMEA Partners` (guests) only nested in their region group,
 * department heads as managers, ~2% disabled, ~1% soft-deleted, and the primary admin
 * `it.ops@acme.example` in all three region groups.
 */
export async function seedDemoDirectory(
  services: Pick<Services, 'sql'>,
  people = DEMO_PEOPLE,
): Promise<{ directoryId: string; users: number; groups: number }> {
  const service = new DirectoryService(services.sql);
  const existing = await service.find(DEMO_DIRECTORY);
  if (existing) return { directoryId: existing.id, ...(await counts(services, existing.id)) };
  const dir = await service.createDirectory({ slug: DEMO_DIRECTORY, name: 'Acme' });

  const persons = makePeople(people);
  const heads = new Map(persons.filter((p) => p.head).map((p) => [`${p.region}/${p.department}`, p.userPrincipalName]));
  const users: SourceRow[] = persons.map((p) =>
    row({ objectId: p.objectId, ...p.values, manager: p.head ? undefined : heads.get(`${p.region}/${p.department}`) }),
  );
  users.push(
    row({
      userPrincipalName: ADMIN_UPN,
      displayName: 'IT Ops',
      mail: ADMIN_UPN,
      department: 'IT',
      jobTitle: 'Primary administrator',
      companyName: 'Acme',
      employeeId: 'E10000',
    }),
  );
  for (const [first, last, mail] of GUESTS)
    users.push(
      row({
        userPrincipalName: `${mail.replace('@', '_')}#EXT#@acme.example`,
        displayName: `${first} ${last} (Guest)`,
        givenName: first,
        surname: last,
        mail,
        userType: 'Guest',
        companyName: mail.split('@')[1],
      }),
    );

  const groups: SourceRow[] = [];
  for (const r of REGIONS) {
    const inRegion = persons.filter((p) => p.region === r.name);
    const depts = DEPARTMENTS.map((d) => `${r.name} ${d}`);
    const nested = r.name === 'US West' ? ['US West Contractors'] : r.name === 'EMEA' ? ['EMEA Partners'] : [];
    groups.push(
      row({
        displayName: r.name,
        description: `Everyone in ${r.name}`,
        members: [
          ...depts,
          ...nested,
          ...inRegion.filter((p) => !p.contractor).map((p) => p.userPrincipalName),
          ADMIN_UPN,
        ],
      }),
    );
    for (const d of DEPARTMENTS)
      groups.push(
        row({
          displayName: `${r.name} ${d}`,
          mailNickname: `${r.name} ${d}`.toLowerCase().replace(/\s+/g, '-'),
          members: inRegion.filter((p) => p.department === d && !p.contractor).map((p) => p.userPrincipalName),
        }),
      );
  }
  groups.push(
    row({
      displayName: 'US West Contractors',
      description: 'Nested in US West only: not direct members of it',
      members: persons.filter((p) => p.contractor).map((p) => p.userPrincipalName),
    }),
    row({
      displayName: 'EMEA Partners',
      description: 'Guests; nested in EMEA only',
      members: GUESTS.map(([, , mail]) => `${mail.replace('@', '_')}#EXT#@acme.example`),
    }),
  );
  await importRows(services.sql, dir.id, { users, groups });
  // About 1% soft-deleted (never a department head, whose reports would lose a live manager).
  for (const p of persons.filter((x, i) => !x.head && i % 100 === 37)) await service.softDeleteUser(dir.id, p.objectId);
  return { directoryId: dir.id, ...(await counts(services, dir.id)) };
}

async function counts(services: Pick<Services, 'sql'>, id: string): Promise<{ users: number; groups: number }> {
  const n = async (table: string) =>
    Number(
      (await services.sql.get<{ n: unknown }>(`select count(*) as n from ${table} where directory_id = ?`, [id]))?.n,
    );
  return { users: await n('directory_user'), groups: await n('directory_group') };
}
