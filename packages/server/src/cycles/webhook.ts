/**
 * App alerts (E8): `quarantine`, `quarantine-lifted`, `deletes-held` and `cycle-failed` are POSTed
 * as JSON to the app's webhook URL, signed like GitHub's: `X-Scimdesk-Signature: sha256=<hex>` is
 * the HMAC-SHA256 of the raw body with the app's webhook secret. `X-Scimdesk-Event` names the
 * event and `X-Scimdesk-Delivery` is the same id on every retry of one delivery. A delivery is
 * retried (ENGINE_WEBHOOK_ATTEMPTS, backoff doubling from ENGINE_WEBHOOK_BASE_DELAY_MS) until a
 * 2xx; it runs in the background of the process that ran the cycle, which waits for its
 * deliveries when it shuts down (a process killed with SIGKILL loses the ones in flight).
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { App } from '../apps/app.entity.js';
import type { Services } from '../scim/services.js';

export type WebhookEvent = 'quarantine' | 'quarantine-lifted' | 'deletes-held' | 'cycle-failed';

const pending = new Set<Promise<void>>();

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function sendWebhook(
  services: Services,
  app: Pick<App, 'name' | 'webhookUrl' | 'webhookSecretSealed'>,
  event: WebhookEvent,
  data: Record<string, unknown>,
): void {
  if (!app.webhookUrl || !app.webhookSecretSealed) return;
  const url = app.webhookUrl;
  const secret = services.secrets.open(app.webhookSecretSealed);
  const delivery = randomUUID();
  const body = JSON.stringify({ event, app: app.name, at: new Date().toISOString(), delivery, ...data });
  const c = services.config;
  const run = (async () => {
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'scimdesk-webhook',
            'x-scimdesk-event': event,
            'x-scimdesk-delivery': delivery,
            'x-scimdesk-signature': signature(secret, body),
          },
          body,
          signal: AbortSignal.timeout(c.ENGINE_WEBHOOK_TIMEOUT_MS),
        });
        status = res.status;
        await res.body?.cancel();
        if (res.ok) return;
      } catch {
        // A network error or a timeout: retried as a 5xx would be.
      }
      if (attempt >= c.ENGINE_WEBHOOK_ATTEMPTS) {
        console.warn(
          `webhook ${event} of app ${app.name} to ${url} failed after ${attempt} tries (last status ${status})`,
        );
        return;
      }
      await new Promise((r) => setTimeout(r, c.ENGINE_WEBHOOK_BASE_DELAY_MS * 2 ** (attempt - 1)));
    }
  })();
  pending.add(run);
  void run.finally(() => pending.delete(run));
}

/** Waits for deliveries in flight (at shutdown), at most `ms`. */
export async function flushWebhooks(ms = 30_000): Promise<void> {
  if (!pending.size) return;
  await Promise.race([Promise.allSettled([...pending]), new Promise((r) => setTimeout(r, ms).unref())]);
}
