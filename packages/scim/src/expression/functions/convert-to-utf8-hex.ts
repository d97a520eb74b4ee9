/** ConvertToUTF8Hex(source): the string's UTF-8 bytes as uppercase hex. */
import { hex, utf8Bytes } from './encoding.js';
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const convertToUtf8HexFunction: ExprFunction = {
  name: 'ConvertToUTF8Hex',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => mapText(c.arg(0), (s) => hex(utf8Bytes(s))),
};
