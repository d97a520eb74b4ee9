import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from './context.js';
import { ApiError } from './errors.js';

/**
 * Mutations sent with a session cookie must carry the session's CSRF token in `x-csrf-token`
 * (a double-submit token derived from the session secret). API tokens are not ambient
 * credentials, so they need none; Apollo's csrfPrevention still blocks simple cross-site requests.
 */
export const csrfPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        const p = await contextValue.principal().catch(() => null);
        if (p?.kind !== 'session') return;
        const sent = contextValue.req.headers['x-csrf-token'];
        if (sent !== p.csrfToken)
          throw new ApiError('CSRF', 'Missing or wrong x-csrf-token header (read it from the scimdesk_csrf cookie)', {
            http: { status: 403 },
          });
      },
    };
  },
};
