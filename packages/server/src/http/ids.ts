import { v7 } from 'uuid';

/**
 * A new id: a UUIDv7 (RFC 9562, the `uuid` package) that sorts by creation time, so each insert
 * lands at the end of the primary-key index instead of on a random page: fewer pages written per
 * commit on both databases. Clients see an opaque UUID, as before.
 */
export const newId = (): string => v7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `text` can be an id this server made (a UUID): anything else is found nowhere, so no query is needed. */
export const isId = (text: string): boolean => UUID.test(text);
