import { useCallback, useEffect, useState } from 'react';
import { ConfigPanel } from '@/components/ConfigPanel';
import { PortalAccessNotice } from '@/components/PortalAccessNotice';
import { getPortalAccess, requestOrigins, type PortalAccess } from '@/lib/config/portal-access';
import { ReceiptExport } from '@/components/ReceiptExport';
import { ProfileForm } from '@/components/ProfileForm';
import { ReminderSettings } from '@/components/ReminderSettings';
import { formatConfigError, parseConfigFile } from '@/lib/config/parse';
import { formatManagedConfigError } from '@/lib/config/managed';
import { getReminderSettingsInForce } from '@/lib/config/managed-storage';
import { saveReminderSettings, type ReminderSettings as ReminderSettingsValue } from '@/lib/config/reminders';
import type { Profile } from '@/lib/config/settings';
import {
  changesConfig,
  getContestConfig,
  getLocale,
  getProfile,
  resetContestConfig,
  saveContestConfig,
  saveLocale,
  saveProfile,
  type ActiveConfig,
} from '@/lib/config/storage';
import { createT, type Locale } from '@/lib/i18n';
import { getEndpointAccess, getRequestableOrigin, type EndpointAccess } from '@/lib/receipts/endpoint';
import { browser } from 'wxt/browser';
import { exportReceipts } from './export';

interface Loaded {
  active: ActiveConfig;
  profile?: Profile;
  locale: Locale;
  reminders: ReminderSettingsValue;
  endpointAccess?: EndpointAccess;
  portalAccess: PortalAccess;
}


export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

async function readSettings(): Promise<Loaded> {
  const [active, profile, locale, reminders] = await Promise.all([getContestConfig(), getProfile(), getLocale(), getReminderSettingsInForce()]);
  const [endpointAccess, portalAccess] = await Promise.all([getEndpointAccess(active.config.endpoint?.url), getPortalAccess(active.config)]);
  return { active, profile, locale, reminders, endpointAccess, portalAccess };
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [configNotice, setConfigNotice] = useState<Notice>();

  const reload = useCallback(async () => setLoaded(await readSettings()), []);
  useEffect(() => {
    let live = true;
    void readSettings().then((settings) => live && setLoaded(settings));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (loaded) document.documentElement.lang = loaded.locale;
  }, [loaded]);
  useEffect(() => {
    // The organisation's policy can change while the page is open, and an origin can be allowed or
    // revoked (here, in the popup or in the browser's settings): the page follows without a reload.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && changesConfig(changes)) void reload();
    };
    const onPermissions = () => void reload();
    browser.storage.onChanged.addListener(onChange);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, [reload]);
  if (!loaded) return null;

  const t = createT(loaded.locale);

  const importFile = async (file: File) => {
    if (loaded.active.locked) {
      setConfigNotice({ kind: 'error', text: t('options.importLocked', { file: file.name }) });
      return;
    }
    const result = parseConfigFile(await file.text());
    if (!result.ok) {
      setConfigNotice({ kind: 'error', text: t('options.importRefused', { file: file.name, message: formatConfigError(result.error, t) }) });
      return;
    }
    // Asked from the gesture that brings them, in one prompt: the endpoint's origin (sending never
    // waits for it: the endpoint's CORS headers suffice) and the contest sites the file names
    // (PRODUCT.md 4.1). If the browser declines without a gesture, the page offers buttons.
    const origin = getRequestableOrigin(result.config.endpoint?.url);
    const { pending } = await getPortalAccess(result.config);
    await requestOrigins([...(origin ? [origin] : []), ...pending]);
    await saveContestConfig(result.config);
    setConfigNotice({ kind: 'ok', text: t('options.imported', { name: result.config.contest.name, file: file.name }) });
    await reload();
  };
  const reset = async () => {
    await resetContestConfig();
    setConfigNotice({ kind: 'ok', text: t('options.resetDone') });
    await reload();
  };
  const save = async (profile: Profile) => {
    await saveProfile(profile);
    await reload();
  };
  const grantEndpoint = (origin: string) =>
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(() => reload());
  const changeLocale = async (locale: Locale) => {
    await saveLocale(locale);
    await reload();
  };

  return (
    <main>
      <header>
        <h1>{t('options.title')}</h1>
        <label className="language">
          {t('options.language')}{' '}
          <select value={loaded.locale} onChange={(e) => void changeLocale(e.target.value as Locale)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <PortalAccessNotice t={t} className="card notice--warn" pending={loaded.portalAccess.pending}
        onGrant={() => void requestOrigins(loaded.portalAccess.pending)} />
      <ProfileForm
        t={t}
        profile={loaded.profile}
        units={loaded.active.config.organization.units}
        onSave={save}
      />
      <ReminderSettings t={t} settings={loaded.reminders} timeZone={loaded.active.contest.timeZone} onSave={saveReminderSettings} />
      <ConfigPanel t={t} active={loaded.active} notice={configNotice} onImport={importFile} onReset={reset}
        endpointAccess={loaded.endpointAccess} onGrant={grantEndpoint}
        managedError={loaded.active.managedError && formatManagedConfigError(loaded.active.managedError, t)} />
      <ReceiptExport t={t} onExport={exportReceipts} />
      <p className="hint">
        <a href={browser.runtime.getURL('/admin.html')} target="_blank" rel="noreferrer">{t('admin.link')}</a> — {t('admin.linkHint')}
      </p>
    </main>
  );
}
