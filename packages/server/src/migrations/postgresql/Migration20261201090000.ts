import { RekeyNamesMigration } from '../rekey-migration.js';

export class Migration20261201090000 extends RekeyNamesMigration {}
