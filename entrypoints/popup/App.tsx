import { lazy, Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReceiptList } from '@/components/ReceiptList';
import { RoundList } from '@/components/RoundList';
import { Tabs } from '@/components/Tabs';
import { DEFAULT_LOCALE } from '@/lib/i18n/translate';
import { createPopupT } from '@/lib/i18n/contexts';
import { sendMessage, STATUS_KEYS } from '@/lib/messaging/protocol';
import type { PopupStatus } from '@/lib/messaging/protocol';
import { PortalAccessNotice } from '@/components/PortalAccessNotice';
import { requestOrigins } from '@/lib/config/portal-access';
import { PORTAL_ORIGIN } from '@/lib/portal/profile';
import { getDeclareDefaults } from '@/lib/attempts/declare';
import { declareRound, withdrawRound } from './declare';

type Load = { state: 'loading' } | { state: 'ready'; view: PopupStatus } | { state: 'error'; message: string };

// Loaded only when the tab is opened: the round list must paint without the notes code or pack.
const NotesTab = lazy(() => import('./NotesTab'));
// Loaded on the click that opens it: most popup opens never declare anything.
const DeclareForm = lazy(() => import('@/components/DeclareForm'));
const ManagedError = lazy(() => import('./ManagedError'));
type TabId = 'rounds' | 'notes';

export function App({ status, cached }: { status: Promise<PopupStatus>; cached?: Promise<PopupStatus | undefined> }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [tab, setTab] = useState<TabId>('rounds');
  // The round being declared and when the form opened: its defaults are that minute.
  const [declaring, setDeclaring] = useState<{ round: number; at: number }>();
  const [notice, setNotice] = useState<{ text: string; alert: boolean }>();
  useEffect(() => {
    // Answers are numbered as they are asked for, and one is shown only when nothing newer is on
    // screen: the kept status (0) never replaces a fresh one, nor an old answer a later one.
    let asked = 0;
    let shown = -1;
    const show = (request: Promise<PopupStatus | undefined>, order: number) =>
      request.then(
        (view) => {
          if (!view || order <= shown) return;
          shown = order;
          setLoad({ state: 'ready', view });
        },
        (error: unknown) => {
          if (order <= shown) return;
          shown = order;
          setLoad({ state: 'error', message: String(error) });
        },
      );
    if (cached) void show(cached, 0);
    void show(status, ++asked);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATUS_KEYS.some((key) => key in changes)) void show(sendMessage('getStatus'), ++asked);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [status, cached]);
  useEffect(() => {
    // The moment the round list is on screen, for `npm run bench` (popupReadyMs).
    if (load.state === 'ready') performance.mark('hoithi:rounds-ready');
  }, [load.state]);

  const t = createPopupT(load.state === 'ready' ? load.view.locale : DEFAULT_LOCALE);
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (load.state === 'loading') return <main aria-busy="true" />;
  if (load.state === 'error') {
    return <main><p role="alert">{t('popup.loadError', { message: load.message })}</p></main>;
  }
  const { view } = load;
  const retry = () => void sendMessage('retryReceipts');
  // Must run in the click itself: the browser grants permissions only from a user gesture.
  const grant = (origin: string) =>
    void browser.permissions.request({ origins: [`${origin}/*`] }).then((granted) => granted && retry());
  const declaringRound = view.rounds.find((r) => r.number === declaring?.round);
  const withdraw = (round: number) =>
    void withdrawRound(t, round).then(
      ({ ok, message }) => setNotice({ text: message, alert: !ok }),
      (error: unknown) => setNotice({ text: t('popup.loadError', { message: String(error) }), alert: true }),
    );
  // No permission listeners here (they would cost every popup open): the answer repaints the popup.
  const grantPortal = () => void requestOrigins(view.portal?.pending ?? []).then((granted) => granted && location.reload());
  return (
    <main>
      <h1>{view.contestName}</h1>
      <Tabs
        label={t('tabs.label')}
        tabs={[{ id: 'rounds', label: t('tabs.rounds') }, { id: 'notes', label: t('tabs.notes') }]}
        selected={tab}
        onSelect={(id) => setTab(id as TabId)}
      >
        {tab === 'rounds' ? (
          <>
            {view.managedError && (
              <Suspense fallback={null}>
                <ManagedError error={view.managedError} locale={view.locale} />
              </Suspense>
            )}
            {!view.hasProfile && (
              <section className="notice" role="status">
                <p>{t('popup.noProfile')}</p>
                <button type="button" onClick={openOptions}>{t('popup.openProfile')}</button>
              </section>
            )}
            <PortalAccessNotice t={t} pending={view.portal?.pending ?? []} onGrant={grantPortal} />
            <RoundList view={view} t={t} onDeclare={(round) => { setNotice(undefined); setDeclaring({ round, at: Date.now() }); }} onWithdraw={withdraw} />
            {notice && <p role={notice.alert ? 'alert' : 'status'} className={notice.alert ? 'error' : 'hint'}>{notice.text}</p>}
            {declaringRound && (
              <Suspense fallback={null}>
                <DeclareForm
                  t={t}
                  round={declaringRound.number}
                  defaults={getDeclareDefaults(declaringRound, declaring!.at, view.timeZone)}
                  onSubmit={(value) => declareRound(t, view, declaringRound.number, value)}
                  onClose={() => setDeclaring(undefined)}
                />
              </Suspense>
            )}
            <ReceiptList t={t} receipts={view.receipts} endpoint={view.endpoint} onRetry={retry} onGrant={grant} />
            <nav className="actions">
              <a href={view.portal?.home ?? `${PORTAL_ORIGIN}/`} target="_blank" rel="noreferrer">{t('popup.openPortal')}</a>
              <button type="button" onClick={openOptions}>{t('popup.openOptions')}</button>
            </nav>
          </>
        ) : (
          <Suspense fallback={<p aria-busy="true" className="hint">{t('notes.loading')}</p>}>
            <NotesTab t={t} />
          </Suspense>
        )}
      </Tabs>
    </main>
  );
}
