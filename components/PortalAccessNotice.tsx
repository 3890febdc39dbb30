import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  /** Configured portal origins the user has not allowed yet. */
  pending: readonly string[];
  /** Asks again; must run in the click itself (the browser grants permissions only from a gesture). */
  onGrant: () => void;
  /** The page's own look for a notice (the popup's by default). */
  className?: string;
}

/** Says which configured contest sites are not allowed yet, with the button that asks (PRODUCT.md 4.1). */
export function PortalAccessNotice({ t, pending, onGrant, className = 'notice' }: Props) {
  if (!pending.length) return null;
  return (
    <section className={className} role="status">
      <p>{t('popup.portalPending', { origins: pending.join(', ') })}</p>
      <button type="button" onClick={onGrant}>{t('popup.portalGrant')}</button>
    </section>
  );
}
