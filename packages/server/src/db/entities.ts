import { AdminAccount } from '../admins/admin.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { AdminSession } from '../auth/session.entity.js';
import { ProvisioningEvent } from '../events/event.entity.js';
import { GroupMemberRow, ScimGroupRow } from '../groups/group.entity.js';
import { RateLimitWindow, RefusedRequestCount } from '../limits/rate-limit.entity.js';
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
];
