import { ManagedNotice } from '@/components/ManagedNotice';
import { formatManagedConfigError } from '@/lib/config/managed';
import type { ConfigError } from '@/lib/config/parse';
import { createT, type Locale } from '@/lib/i18n';

/** Loaded only when the policy is invalid: the config error words are not part of the popup's own bundle. */
export default function ManagedError({ error, locale }: { error: ConfigError; locale: Locale }) {
  return <ManagedNotice text={formatManagedConfigError(error, createT(locale))} />;
}
