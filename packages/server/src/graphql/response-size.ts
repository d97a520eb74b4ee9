import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, isLeafType } from 'graphql';
import type { GqlContext } from './context.js';
import { ApiError } from './errors.js';

/** The JSON size of `value` in bytes (escapes aside), counted only until it passes `cap`. */
export function jsonSize(value: unknown, cap: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= cap) {
    const v = stack.pop();
    if (v === null || v === undefined) size += 4;
    else if (typeof v === 'string') size += Buffer.byteLength(v) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') size += String(v).length;
    else if (v instanceof Date) size += 26;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object') {
      size += 1;
      for (const [k, item] of Object.entries(v)) {
        size += Buffer.byteLength(k) + 4;
        stack.push(item);
      }
    }
  }
  return size;
}

/**
 * GRAPHQL_MAX_RESPONSE_BYTES: an answer larger than the cap is refused with RESPONSE_TOO_LARGE
 * instead of being built and sent. The size is counted while fields resolve (leaf values and
 * keys); once past the cap every further field fails at once, so the rest is never built, and the
 * whole answer is replaced by the one error. Introspection fields are not instrumented by Apollo,
 * so the final answer is measured again before it is serialized (the cost and alias rules have
 * already bounded introspection by then).
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<GqlContext> {
  const message = `The answer would be larger than ${maxBytes} bytes (GRAPHQL_MAX_RESPONSE_BYTES): select fewer fields, lower "first", or split the request`;
  return {
    async requestDidStart() {
      let used = 0;
      let over = false;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (over) throw new ApiError('RESPONSE_TOO_LARGE', message);
              return (error, result) => {
                if (error || over) return;
                used += String(info.path.key).length + 4;
                if (isLeafType(getNamedType(info.returnType))) used += jsonSize(result, maxBytes - used);
                if (used > maxBytes) over = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!over && jsonSize(response.body.singleResult, maxBytes) <= maxBytes) return;
          response.body.singleResult = { errors: [{ message, extensions: { code: 'RESPONSE_TOO_LARGE' } }] };
        },
      };
    },
  };
}
