import type { RuleSet } from './rule-set.js';

/** Plain RFC 7643: the only default is `active: true` on create; nested groups are kept. */
export const standardRules: RuleSet = {
  name: 'standard',
  prepareUserCreate(_tenant, resource) {
    const out = { ...resource };
    if (out.active === undefined) out.active = true;
    return { resource: out, warnings: [] };
  },
  prepareUserUpdate(_tenant, _before, after) {
    return { resource: after, warnings: [] };
  },
  acceptsMember: () => true,
};
