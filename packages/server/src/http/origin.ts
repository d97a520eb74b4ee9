import proxyAddr from '@fastify/proxy-addr';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export type TrustFn = (address: string, hop: number) => boolean;

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/**
 * Where the URLs scimdesk hands out (meta.location, Location, tenant URLs) point. `PUBLIC_URL` wins;
 * otherwise the configured listener (`http://HOST:port`). Request headers (Host, X-Forwarded-Host,
 * X-Forwarded-Proto) are believed only when the connection comes from a peer `TRUST_PROXY` names,
 * so a client cannot put its own host into the resources it reads or that others read after it.
 */
export class PublicOrigin {
  /** Given to fastify as `trustProxy`, so `req.ip`, `req.host` and `req.protocol` follow the same rule. */
  readonly trust: TrustFn | undefined;
  private readonly fixed: string | undefined;

  constructor(private readonly config: Config) {
    const tp = config.TRUST_PROXY;
    this.trust = tp === true ? () => true : tp ? proxyAddr.compile(tp) : undefined;
    this.fixed = config.PUBLIC_URL?.replace(/\/$/, '');
  }

  /** The origin (scheme://host[:port], no trailing slash) for a request. */
  of(req: FastifyRequest): string {
    if (this.fixed) return this.fixed;
    const socket = req.raw.socket;
    if (this.trust && socket.remoteAddress && this.trust(socket.remoteAddress, 0))
      return `${req.protocol}://${req.host}`;
    return configuredOrigin(this.config, socket.localPort, socket.localAddress);
  }
}

/**
 * `PUBLIC_URL`, else `http://HOST:port`. `port` is the bound one when known (the configured PORT may be 0);
 * a wildcard HOST (0.0.0.0, ::) becomes the local address the connection arrived at, else 127.0.0.1.
 */
export function configuredOrigin(config: Config, port: number = config.PORT, localAddress?: string): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/$/, '');
  const host = WILDCARD.has(config.HOST) ? (localAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1') : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port || config.PORT}`;
}
