import { AdminAccount } from '../admins/admin.entity.js';
import { App, AppLink } from '../apps/app.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { AdminSession } from '../auth/session.entity.js';
import { Cycle } from '../cycles/cycle.entity.js';
import {
  Directory,
  DirectoryGroup,
  DirectoryMember,
  DirectoryTombstone,
  DirectoryUser,
} from '../directory/directory.entity.js';
import { ProvisioningEvent } from '../events/event.entity.js';
import { GroupMemberRow, ScimGroupRow } from '../groups/group.entity.js';
import { RateLimitWindow, RefusedRequestCount } from '../limits/rate-limit.entity.js';
import { Plan, PlanEntry } from '../plans/plan.entity.js';
import { ProvisioningLog } from '../provisioning/provisioning-log.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { ScimToken } from '../tokens/token.entity.js';
import { ScimUserRow } from '../users/user.entity.js';

export const entities = [
  Tenant,
  AdminAccount,
  ScimToken,
  ScimUserRow,
  ScimGroupRow,
  GroupMemberRow,
  ProvisioningEvent,
  AdminSession,
  ApiToken,
  RateLimitWindow,
  RefusedRequestCount,
  Directory,
  DirectoryUser,
  DirectoryGroup,
  DirectoryMember,
  DirectoryTombstone,
  App,
  AppLink,
  Cycle,
  ProvisioningLog,
  Plan,
  PlanEntry,
];
