import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';

/** Longest text accepted in a profile field. */
export const MAX_PROFILE_TEXT = 200;

export type ProfileField = 'fullName' | 'unit' | 'position' | 'isLeader' | 'account';
export type ProfileErrorKey = Extract<MessageKey, `config.profile.${string}`>;

const text = z.string().check(z.trim(), z.normalize('NFC'), z.maxLength(MAX_PROFILE_TEXT));

/** The user's profile as stored by the extension and written into receipts (PRODUCT.md §4.2 participant). */
export const profileSchema = z.object({
  fullName: text.check(z.minLength(1)),
  unit: text.check(z.minLength(1)),
  position: z._default(text, ''),
  isLeader: z._default(z.boolean(), false),
  account: z._default(text, ''),
});

export type Profile = z.output<typeof profileSchema>;

export type ParseProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; errors: { field: ProfileField; key: ProfileErrorKey }[] };

const REQUIRED_KEYS: Partial<Record<ProfileField, ProfileErrorKey>> = {
  fullName: 'config.profile.fullNameRequired',
  unit: 'config.profile.unitRequired',
};

/** Validates the options form (or a stored profile): trimmed, NFC; one error per field, in form order. */
export function parseProfile(input: unknown): ParseProfileResult {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  const errors = new Map<ProfileField, ProfileErrorKey>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ProfileField | undefined;
    if (field === undefined || errors.has(field)) continue;
    const required = REQUIRED_KEYS[field];
    const empty = issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined);
    if (required && empty) errors.set(field, required);
    else errors.set(field, issue.code === 'too_big' ? 'config.profile.tooLong' : 'config.profile.invalid');
  }
  if (errors.size === 0) errors.set('fullName', 'config.profile.invalid'); // input was not an object at all
  return { ok: false, errors: [...errors].map(([field, key]) => ({ field, key })) };
}
