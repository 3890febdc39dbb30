import { useId, useState } from 'react';
import { formatConfigError, parseConfigFile } from '@/lib/config/parse';
import type { ContestConfig } from '@/lib/config/schema';
import { isExtensionId } from '@/lib/deploy/extension-id';
import { createPolicyFiles, isUpdateUrl, STORE_UPDATE_URLS, type DeployFile } from '@/lib/deploy/policy-files';
import type { Translate } from '@/lib/i18n';

type Source = 'active' | 'file' | 'none';
type Route = 'chrome' | 'edge' | 'self';

interface Props {
  t: Translate;
  /** The ID of the extension showing the page (browser.runtime.id). */
  extensionId: string;
  /** The config in force on this browser. */
  active: ContestConfig;
  onSave: (file: DeployFile) => void;
}

/** "Triển khai": the same policy files as `npm run release`, from the config in force or a picked file. */
export function DeployPanel({ t, extensionId, active, onSave }: Props) {
  const id = useId();
  const [source, setSource] = useState<Source>('active');
  const [picked, setPicked] = useState<{ file: string; config?: ContestConfig; error?: string }>();
  const [locked, setLocked] = useState(true);
  const [route, setRoute] = useState<Route>('chrome');
  const [updateXml, setUpdateXml] = useState('');
  const [ext, setExt] = useState(extensionId);
  const [result, setResult] = useState<{ files?: DeployFile[]; error?: string }>();

  const pick = async (file: File) => {
    const parsed = parseConfigFile(await file.text());
    setPicked(parsed.ok ? { file: file.name, config: parsed.config } : { file: file.name, error: t('deploy.config.refused', { file: file.name, message: formatConfigError(parsed.error, t) }) });
    setResult(undefined);
  };
  const make = () => {
    const updateUrl = route === 'self' ? updateXml.trim() : STORE_UPDATE_URLS[route];
    const config = source === 'active' ? active : source === 'file' ? picked?.config : undefined;
    const error =
      !isExtensionId(ext.trim()) ? t('deploy.badId', { value: ext })
      : !isUpdateUrl(updateUrl) ? t('deploy.badUrl', { value: updateUrl })
      : source === 'file' && !config ? picked?.error ?? t('deploy.noFile')
      : undefined;
    if (error) return setResult({ error });
    const policy = config ? { config, locked } : undefined;
    setResult({ files: createPolicyFiles({ extensionId: ext.trim(), updateUrl, policy }) });
  };
  const radio = <T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string) => (
    <label className="choice">
      <input type="radio" name={`${id}-${name}`} checked={current === value} onChange={() => { set(value); setResult(undefined); }} /> {label}
    </label>
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('deploy.title')}</h2>
      <p className="hint">{t('deploy.intro')}</p>
      <fieldset>
        <legend>{t('deploy.config')}</legend>
        {radio('source', 'active', source, setSource, t('deploy.config.active', { name: active.contest.name }))}
        {radio('source', 'file', source, setSource, t('deploy.config.file'))}
        {source === 'file' && (
          <div className="row">
            <label className="file-button secondary">
              {t('deploy.config.pick')}
              <input type="file" accept=".json,application/json" onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void pick(file);
              }} />
            </label>
            {picked?.config && <span>{t('deploy.config.picked', { file: picked.file, name: picked.config.contest.name })}</span>}
          </div>
        )}
        {radio('source', 'none', source, setSource, t('deploy.config.none'))}
        {source !== 'none' && (
          <label className="choice"><input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} /> {t('deploy.locked')}</label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('deploy.route')}</legend>
        {radio('route', 'chrome', route, setRoute, t('deploy.route.chrome'))}
        {radio('route', 'edge', route, setRoute, t('deploy.route.edge'))}
        {radio('route', 'self', route, setRoute, t('deploy.route.self'))}
        {route === 'self' && (
          <label className="field">{t('deploy.updateUrl')} <input type="url" value={updateXml} placeholder="https://so.example.gov.vn/hoithi/update.xml"
            onChange={(e) => setUpdateXml(e.target.value)} /></label>
        )}
      </fieldset>
      <label className="field">{t('deploy.extensionId')} <input value={ext} onChange={(e) => setExt(e.target.value)} spellCheck={false} /></label>
      <p className="hint">{t('deploy.extensionIdHint')}</p>
      <div className="row"><button type="button" onClick={make}>{t('deploy.make')}</button></div>
      {result?.error && <p role="alert" className="notice notice--error">{result.error}</p>}
      {source === 'file' && picked?.error && !result && <p role="alert" className="notice notice--error">{picked.error}</p>}
      {result?.files && (
        <ul className="plain lines" aria-label={t('deploy.files')}>
          {result.files.map((file) => (
            <li key={file.name}>
              <button type="button" className="secondary" onClick={() => onSave(file)}>{t('deploy.download', { file: file.name })}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
