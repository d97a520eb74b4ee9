import type { MappingSet } from '../types.js';
import { entraDefaultPreset } from './entra-default.js';
import { scimPreset } from './scim.js';
import { seedPreset } from './seed.js';

export { entraDefaultPreset } from './entra-default.js';
export { scimPreset } from './scim.js';
export { defaultGroupMapping, seedPreset } from './seed.js';

/** Presets by name, for the CLI and the GraphQL API. */
export const mappingPresets: Readonly<Record<string, MappingSet>> = {
  seed: seedPreset,
  'entra-default': entraDefaultPreset,
  scim: scimPreset,
};
