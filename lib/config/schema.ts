import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';
import { isTimeZone, parseLocalDate } from '../rounds';

export type ConfigErrorKey = Extract<MessageKey, `config.error.${string}`>;

/** Largest config file accepted (UTF-8 bytes); larger files are refused before parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

// Custom issues carry their catalog key so parse.ts can turn them into a specific message.
const keyed = (key: ConfigErrorKey, extra: Record<string, string | number> = {}) => ({ key, ...extra });

const text = z.string().check(z.trim(), z.normalize('NFC'));
const nonEmptyText = text.check(z.minLength(1));
const localDate = text.check(z.refine((value) => parseLocalDate(value) !== undefined, { params: keyed('config.error.notADate') }));
const positiveInt = z.number().check(z.int(), z.positive());

/** Endpoints must be https:, except plain http on this machine for testing (PRODUCT.md §4.1). */
export function isAllowedEndpoint(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

const endpointUrl = text.check(
  z.superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL', input: value, params: keyed('config.error.notUrl') });
      return;
    }
    if (!isAllowedEndpoint(url)) {
      ctx.addIssue({ code: 'custom', message: 'not https', input: value, params: keyed('config.error.endpointNotHttps') });
    }
  }),
);

/** Most configured portal origins a config may name (PRODUCT.md 4.1). */
export const MAX_PORTAL_ORIGINS = 10;

/** `https://host[:port]` of a configured portal origin, or undefined when the text is not one (no path, query or user). */
export function parsePortalOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (url.protocol !== 'https:' || !bare || !/^https:\/\/[^/?#]+\/?$/i.test(value)) return undefined;
  return `https://${url.host}`;
}

const portalOrigin = text.check(
  z.superRefine((value, ctx) => {
    if (parsePortalOrigin(value) === undefined) {
      ctx.addIssue({ code: 'custom', message: 'not an https origin', input: value, params: keyed('config.error.portalOrigin') });
    }
  }),
  z.overwrite((value) => parsePortalOrigin(value) ?? value),
);

const portalSchema = z.strictObject({
  origins: z.array(portalOrigin).check(
    z.superRefine((origins, ctx) => {
      if (origins.length > MAX_PORTAL_ORIGINS) {
        ctx.addIssue({ code: 'custom', message: 'too many origins', input: origins, params: keyed('config.error.tooManyOrigins', { max: MAX_PORTAL_ORIGINS }) });
      }
    }),
    z.overwrite((origins) => [...new Set(origins)]),
  ),
});

const roundSchema = z.strictObject({ number: positiveInt, opens: localDate, closes: localDate }).check(
  z.superRefine((round, ctx) => {
    if (round.closes < round.opens) {
      const { number, opens, closes } = round;
      const params = keyed('config.error.closesBeforeOpens', { round: number, opens, closes });
      ctx.addIssue({ code: 'custom', message: 'closes before opens', path: ['closes'], params });
    }
  }),
);

const roundsSchema = z.array(roundSchema).check(
  z.minLength(1),
  z.superRefine((rounds, ctx) => {
    const seen = new Set<number>();
    rounds.forEach((round, index) => {
      if (seen.has(round.number)) {
        const params = keyed('config.error.duplicateRound', { number: round.number });
        ctx.addIssue({ code: 'custom', message: 'duplicate round', path: [index, 'number'], params });
      }
      seen.add(round.number);
    });
    if (seen.size < rounds.length) return;
    // Đợt 1 comes first: in number order each round must open after the previous one closes.
    const sorted = [...rounds].sort((a, b) => a.number - b.number);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (b.opens > a.closes) continue;
      const overlap = b.closes >= a.opens;
      const key = overlap ? 'config.error.roundsOverlap' : 'config.error.roundsOutOfOrder';
      ctx.addIssue({ code: 'custom', message: 'rounds', params: keyed(key, { first: a.number, second: b.number }) });
      return;
    }
  }),
  z.overwrite((rounds) => [...rounds].sort((a, b) => a.number - b.number)),
);

/** The department configuration file, version 1 (PRODUCT.md §4.1). Rounds come out sorted by number. */
export const configFileSchema = z.strictObject({
  kind: z.literal('hoithi.config'),
  version: z.literal(1),
  contest: z.strictObject({
    id: nonEmptyText,
    name: nonEmptyText,
    timeZone: text.check(z.refine(isTimeZone, { params: keyed('config.error.unknownTimeZone') })),
    rounds: roundsSchema,
    attemptsPerRound: z._default(positiveInt, 1),
    timeLimitMinutes: z._default(z.nullable(z.number().check(z.positive())), null),
  }),
  organization: z.strictObject({ name: nonEmptyText, units: z.array(nonEmptyText) }),
  endpoint: z.nullable(z.strictObject({ url: endpointUrl })),
  // Editions on another host (PRODUCT.md 4.1): portal origins in force together with the built-in one.
  portal: z.optional(portalSchema),
});

export type ContestConfig = z.output<typeof configFileSchema>;
