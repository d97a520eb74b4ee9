/** The names of the checked-in migrations, in order (generated with index.ts): a cheap up-to-date check. */
export const sqliteMigrationNames = [
  'Migration20261129074103',
  'Migration20261129075037',
  'Migration20261129085207',
  'Migration20261129095258',
  'Migration20261129104318',
  'Migration20261201090000',
  'Migration20261201212811',
  'Migration20261202005803',
  'Migration20261202034931',
  'Migration20261202070942',
  'Migration20261202103759',
  'Migration20261202142001',
  'Migration20261202151522',
  'Migration20261202152522',
  'Migration20261202182019',
  'Migration20261203111322',
];
