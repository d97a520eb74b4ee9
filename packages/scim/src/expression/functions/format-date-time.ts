/**
 * FormatDateTime(source, dateTimeStyles, inputFormat, outputFormat): reads `source` with .NET's
 * DateTime.ParseExact rules and the .NET `inputFormat`, then prints it with `outputFormat`
 * (`dotnet-date.ts`, `dotnet-date-parse.ts`). dateTimeStyles names DateTimeStyles flags
 * ("AdjustToUniversal, AllowWhiteSpaces"); left empty it is RoundtripKind, AllowLeadingWhite and
 * AllowTrailingWhite. A parsed offset converts the time to UTC, the engine's local time.
 */
import { quoteForMessage } from './date-args.js';
import type { DateFormatToken } from './dotnet-date.js';
import { formatDateTokens, tokenizeDateFormat } from './dotnet-date.js';
import { DEFAULT_DATE_STYLES, parseDateExact, parseDateStyles } from './dotnet-date-parse.js';
import { textArg } from './helpers.js';
import type { CallContext, ExprFunction } from './types.js';

function formatArg(c: CallContext, i: number): { text: string; tokens: DateFormatToken[] } | null | undefined {
  const text = textArg(c, i);
  if (text === null) return null;
  const tokens = tokenizeDateFormat(text);
  if (typeof tokens !== 'string') return { text, tokens };
  c.report('EXPR_INVALID_ARGUMENT', `FormatDateTime: invalid date format ${quoteForMessage(text)}: ${tokens}.`, i);
  return undefined;
}

function stylesArg(c: CallContext): number | undefined {
  const text = c.isMissing(1) ? null : textArg(c, 1);
  if (text === null || text.trim() === '') return DEFAULT_DATE_STYLES;
  const styles = parseDateStyles(text);
  if (typeof styles === 'number') return styles;
  c.report('EXPR_INVALID_ARGUMENT', `FormatDateTime: dateTimeStyles: ${styles}.`, 1);
  return undefined;
}

export const formatDateTimeFunction: ExprFunction = {
  name: 'FormatDateTime',
  minArgs: 4,
  maxArgs: 4,
  required: [0, 2, 3],
  call(c) {
    const source = textArg(c, 0);
    const styles = stylesArg(c);
    const input = formatArg(c, 2);
    const output = formatArg(c, 3);
    if (!input || !output || styles === undefined || source === null || source === '') return null;
    const date = parseDateExact(source, input.tokens, styles, { ms: c.ctx.now().getTime(), sub: 0, kind: 'utc' });
    if (date === undefined) {
      c.report(
        'EXPR_INVALID_DATE',
        `FormatDateTime: ${quoteForMessage(source)} does not match the input format ${quoteForMessage(input.text)}.`,
        0,
      );
      return null;
    }
    return formatDateTokens(date, output.tokens);
  },
};
