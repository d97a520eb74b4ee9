import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type RuleSetName = 'egnyte' | 'standard';

/** A "domain" of the seed: its own tenant URL, tokens and data (SPEC S1). */
@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 63 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  rules: RuleSetName = 'egnyte';

  @Property({ type: 'boolean' })
  ssoEnabled = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
