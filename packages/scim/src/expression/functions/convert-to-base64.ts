/** ConvertToBase64(source): base64 of the string's Unicode (UTF-16LE) bytes. */
import { base64, utf16leBytes } from './encoding.js';
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const convertToBase64Function: ExprFunction = {
  name: 'ConvertToBase64',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => mapText(c.arg(0), (s) => base64(utf16leBytes(s))),
};
