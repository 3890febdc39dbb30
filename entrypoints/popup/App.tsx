import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { RoundList } from '@/components/RoundList';
import { createT, DEFAULT_LOCALE } from '@/lib/i18n';
import type { StatusView } from '@/lib/attempts/status';
import { PORTAL_ORIGIN } from '@/lib/portal/profile';

type Load = { state: 'loading' } | { state: 'ready'; view: StatusView } | { state: 'error'; message: string };

export function App({ status }: { status: Promise<StatusView> }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    status
      .then((view) => setLoad({ state: 'ready', view }))
      .catch((error: unknown) => setLoad({ state: 'error', message: String(error) }));
  }, [status]);
  useEffect(() => {
    // The moment the round list is on screen, for `npm run bench` (popupReadyMs).
    if (load.state === 'ready') performance.mark('hoithi:rounds-ready');
  }, [load]);

  const t = createT(load.state === 'ready' ? load.view.locale : DEFAULT_LOCALE);
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (load.state === 'loading') return <main aria-busy="true" />;
  if (load.state === 'error') {
    return <main><p role="alert">{t('popup.loadError', { message: load.message })}</p></main>;
  }
  const { view } = load;
  return (
    <main>
      <h1>{view.contestName}</h1>
      {!view.hasProfile && (
        <section className="notice" role="status">
          <p>{t('popup.noProfile')}</p>
          <button type="button" onClick={openOptions}>{t('popup.openProfile')}</button>
        </section>
      )}
      <RoundList view={view} t={t} />
      <nav className="actions">
        <a href={`${PORTAL_ORIGIN}/`} target="_blank" rel="noreferrer">{t('popup.openPortal')}</a>
        <button type="button" onClick={openOptions}>{t('popup.openOptions')}</button>
      </nav>
    </main>
  );
}
