import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `text` can be an id this server made (a UUID): anything else is found nowhere, so no query is needed. */
export const isId = (text: string): boolean => UUID.test(text);
