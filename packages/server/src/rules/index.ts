import type { RuleSetName } from '../tenants/tenant.entity.js';
import { egnyteRules } from './egnyte.js';
import type { RuleSet } from './rule-set.js';
import { standardRules } from './standard.js';

export function rulesFor(name: RuleSetName): RuleSet {
  return name === 'egnyte' ? egnyteRules : standardRules;
}

export type { RuleSet, UserWrite, Writer } from './rule-set.js';
