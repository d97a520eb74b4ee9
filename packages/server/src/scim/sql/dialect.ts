import type { DatabaseKind } from '../../config.js';

/** The few SQL spellings that differ between SQLite and PostgreSQL for JSON-backed attributes. */
export interface SqlDialect {
  kind: DatabaseKind;
  /** Text value at `keys` inside the JSON expression `json` (NULL when missing). */
  jsonText(json: string, keys: string[]): string;
  /** Boolean value at `keys` (NULL when missing). */
  jsonBool(json: string, keys: string[]): string;
  /** Numeric value at `keys` (NULL when missing or not numeric). */
  jsonNum(json: string, keys: string[]): string;
  /** A FROM-able list of the elements of the JSON array at `keys`, aliased `alias`; `elem` is the element's JSON. */
  jsonElements(json: string, keys: string[], alias: string): { from: string; elem: string };
  /** Number of elements of the JSON array at `keys` (0 when missing). */
  jsonArrayLength(json: string, keys: string[]): string;
  /** Case-sensitive `co`/`sw`/`ew` (SQLite's LIKE ignores ASCII case, so it uses GLOB there). */
  matchCaseExact(expr: string, op: 'co' | 'sw' | 'ew', value: string): { sql: string; param: string };
  /** Case-insensitive comparison form of a text expression, matching packages/scim's caseFold (Unicode, not ASCII only). */
  fold(expr: string): string;
  /** Bind value for a timestamp column. */
  timestamp(d: Date): Date | number;
  /** Bind value for a boolean column or JSON boolean. */
  bool(b: boolean): boolean | number;
  /** `YYYY-MM-DD` (UTC) of a timestamp column, for per-day reports. */
  day(column: string): string;
}

export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const globEscape = (s: string) => s.replace(/[*?[]/g, (c) => `[${c}]`);
const wrap = (op: 'co' | 'sw' | 'ew', v: string, any: string) =>
  op === 'co' ? `${any}${v}${any}` : op === 'sw' ? `${v}${any}` : `${any}${v}`;

const sqliteJsonPath = (keys: string[]) => `'$${keys.map((k) => `."${k.replace(/"/g, '')}"`).join('')}'`;
const quoteLit = (k: string) => `'${k.replace(/'/g, "''")}'`;

export const sqliteDialect: SqlDialect = {
  kind: 'sqlite',
  jsonText: (json, keys) => `json_extract(${json}, ${sqliteJsonPath(keys)})`,
  jsonBool: (json, keys) => `json_extract(${json}, ${sqliteJsonPath(keys)})`,
  jsonNum: (json, keys) => `json_extract(${json}, ${sqliteJsonPath(keys)})`,
  jsonElements: (json, keys, alias) => ({
    from: `json_each(${json}, ${sqliteJsonPath(keys)}) ${alias}`,
    elem: `${alias}.value`,
  }),
  jsonArrayLength: (json, keys) => `coalesce(json_array_length(${json}, ${sqliteJsonPath(keys)}), 0)`,
  matchCaseExact: (expr, op, value) => ({ sql: `${expr} glob ?`, param: wrap(op, globEscape(value), '*') }),
  // SQLite's lower() folds ASCII only; scim_fold is registered on the connections of db/sqlite-sql.ts.
  fold: (expr) => `scim_fold(${expr})`,
  timestamp: (d) => d.getTime(),
  bool: (b) => (b ? 1 : 0),
  day: (column) => `strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch')`,
};

const pgJson = (json: string, keys: string[]) => [json, ...keys.slice(0, -1).map(quoteLit)].join('->');
const pgText = (json: string, keys: string[]) => `(${pgJson(json, keys)}->>${quoteLit(keys[keys.length - 1])})`;

export const postgresDialect: SqlDialect = {
  kind: 'postgresql',
  jsonText: pgText,
  jsonBool: (json, keys) =>
    `(case when jsonb_typeof(${pgJson(json, keys)}->${quoteLit(keys[keys.length - 1])}) = 'boolean' then ${pgText(json, keys)}::boolean end)`,
  jsonNum: (json, keys) =>
    `(case when jsonb_typeof(${pgJson(json, keys)}->${quoteLit(keys[keys.length - 1])}) = 'number' then ${pgText(json, keys)}::numeric end)`,
  jsonElements: (json, keys, alias) => ({
    from: `jsonb_array_elements(case when jsonb_typeof(${[json, ...keys.map(quoteLit)].join('->')}) = 'array' then ${[json, ...keys.map(quoteLit)].join('->')} else '[]'::jsonb end) ${alias}(value)`,
    elem: `${alias}.value`,
  }),
  jsonArrayLength: (json, keys) =>
    `(case when jsonb_typeof(${[json, ...keys.map(quoteLit)].join('->')}) = 'array' then jsonb_array_length(${[json, ...keys.map(quoteLit)].join('->')}) else 0 end)`,
  matchCaseExact: (expr, op, value) => ({ sql: `${expr} like ? escape '\\'`, param: wrap(op, likeEscape(value), '%') }),
  fold: (expr) => `lower(normalize(${expr}, nfc))`,
  timestamp: (d) => d,
  bool: (b) => b,
  day: (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`,
};

export function dialectFor(kind: DatabaseKind): SqlDialect {
  return kind === 'sqlite' ? sqliteDialect : postgresDialect;
}
