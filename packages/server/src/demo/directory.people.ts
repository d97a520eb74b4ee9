import { en, Faker } from '@faker-js/faker';

/** The demo directory's people, made from a seeded faker so every install gets the same ones. */

interface Region {
  name: string;
  country: string;
  /** [city, officeLocation, country when it differs from the region's] */
  offices: readonly (readonly string[])[];
}

export const REGIONS: readonly Region[] = [
  {
    name: 'US West',
    country: 'US',
    offices: [
      ['San Francisco', 'SF HQ'],
      ['Seattle', 'Seattle 2'],
    ],
  },
  {
    name: 'US East',
    country: 'US',
    offices: [
      ['New York', 'NYC Midtown'],
      ['Boston', 'Boston Seaport'],
    ],
  },
  {
    name: 'EMEA',
    country: '',
    offices: [
      ['London', 'London Bridge', 'GB'],
      ['Berlin', 'Berlin Mitte', 'DE'],
      ['Warsaw', 'Warsaw Wola', 'PL'],
      ['Stockholm', 'Stockholm Norrmalm', 'SE'],
    ],
  },
];

export const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'Support'] as const;

/** Names with diacritics, mixed into the faker ones (UPNs fold them to ASCII). */
const DIACRITIC_NAMES: [string, string][] = [
  ['Zoë', 'Ångström'],
  ['José', 'Núñez'],
  ['Łukasz', 'Żółkiewski'],
  ['François', 'Lefèvre'],
  ['Søren', 'Kjær'],
  ['Jürgen', 'Müller'],
  ['Inês', 'Gonçalves'],
  ['Çağla', 'Öztürk'],
  ['Anaïs', 'Dubois-Léger'],
  ['Björn', 'Åkesson'],
];

export interface Person {
  objectId: string;
  userPrincipalName: string;
  givenName: string;
  surname: string;
  region: string;
  department: string;
  contractor: boolean;
  head: boolean;
  values: Record<string, unknown>;
}

/** `Łukasz Żółkiewski` -> `lukasz.zolkiewski` (diacritics off, ł and ø and ß spelled out). */
export function asciiAlias(first: string, last: string): string {
  const fold = (s: string) =>
    s
      .replace(/[łŁ]/g, 'l')
      .replace(/[øØ]/g, 'o')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return `${fold(first)}.${fold(last)}`;
}

export function makePeople(count: number, seed = 2026): Person[] {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const used = new Set<string>(['it.ops']);
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length];
    const department = DEPARTMENTS[Math.floor(i / REGIONS.length) % DEPARTMENTS.length];
    const [givenName, surname] =
      i % 97 === 5
        ? DIACRITIC_NAMES[((i / 97) % DIACRITIC_NAMES.length) | 0]
        : [faker.person.firstName(), faker.person.lastName()];
    let alias = asciiAlias(givenName, surname);
    for (let n = 2; used.has(alias); n++) alias = `${asciiAlias(givenName, surname)}${n}`;
    used.add(alias);
    const office = faker.helpers.arrayElement(region.offices);
    const head = i < REGIONS.length * DEPARTMENTS.length;
    const contractor = !head && region.name === 'US West' && i % 61 === 0;
    const upn = `${alias}@acme.example`;
    people.push({
      objectId: faker.string.uuid(),
      userPrincipalName: upn,
      givenName,
      surname,
      region: region.name,
      department,
      contractor,
      head,
      values: {
        userPrincipalName: upn,
        displayName: `${givenName} ${surname}`,
        givenName,
        surname,
        mail: upn,
        mailNickname: alias,
        accountEnabled: faker.number.float() >= 0.02,
        department,
        jobTitle: head ? `Head of ${department}` : contractor ? 'Contractor' : faker.person.jobTitle(),
        employeeId: `E${String(10001 + i)}`,
        companyName: 'Acme',
        officeLocation: office[1],
        city: office[0],
        country: office.length > 2 ? office[2] : region.country,
        preferredLanguage: region.name === 'EMEA' ? 'en-GB' : 'en-US',
        extensionAttribute1: region.name,
      },
    });
  }
  return people;
}
