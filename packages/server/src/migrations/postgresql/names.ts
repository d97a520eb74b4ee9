/** The names of the checked-in migrations, in order (generated with index.ts): a cheap up-to-date check. */
export const postgresqlMigrationNames = [
  'Migration20261129074103',
  'Migration20261129075038',
  'Migration20261129085208',
  'Migration20261129095259',
  'Migration20261129104319',
  'Migration20261201090000',
  'Migration20261201212812',
  'Migration20261202005803',
  'Migration20261202034931',
  'Migration20261202070943',
  'Migration20261202103800',
  'Migration20261202142003',
  'Migration20261202151524',
  'Migration20261202152523',
  'Migration20261202182020',
  'Migration20261203111322',
];
