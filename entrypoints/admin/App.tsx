import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { AdminImport, type PickedFile } from '@/components/AdminImport';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DeployPanel } from '@/components/DeployPanel';
import { ParticipationReport } from '@/components/ParticipationReport';
import { PrintReport } from '@/components/PrintReport';
import { PullFromServer } from '@/components/PullFromServer';
import { getContestConfig, getLocale, type ActiveConfig } from '@/lib/config/storage';
import { createT, type Locale } from '@/lib/i18n';
import { formatRate } from '@/lib/report/export-csv';
import { getPrintForm, setPrintForm, type PrintForm } from '@/lib/report/print-form';
import { MAX_FILE_BYTES } from '@/lib/report/file-kind';
import { getRequestableOrigin } from '@/lib/receipts/endpoint';
import { getCollectorEndpoint } from '@/lib/report/pull';
import { formatZonedIso } from '@/lib/rounds';
import { saveFile } from './download';
import type { AdminSnapshot, ExportFormat, ImportLine, PullSource } from './protocol';
import { createWorkerClient } from './worker-client';

type Client = ReturnType<typeof createWorkerClient>;

interface Loaded { active: ActiveConfig; locale: Locale; client: Client; today: string; printForm: PrintForm }

async function start(): Promise<Loaded> {
  const [active, locale, printForm] = await Promise.all([getContestConfig(), getLocale(), getPrintForm()]);
  const { contest, organization } = active.config;
  const client = createWorkerClient({ rounds: contest.rounds.map((r) => r.number), units: organization.units, contestId: contest.id });
  // The report's date, in the contest's time zone, read once when the page opens.
  return { active, locale, client, printForm, today: formatZonedIso(Date.now(), contest.timeZone).slice(0, 10) };
}

// A file over the limit is refused here, before it is even handed to the worker.
function tooLarge(file: File): ImportLine {
  return { name: file.name, kind: 'receipts', read: 0, fresh: 0, duplicates: 0, refused: [], error: { key: 'admin.file.tooLarge', params: { name: file.name } } };
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [snapshot, setSnapshot] = useState<AdminSnapshot>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [printing, setPrinting] = useState(location.hash === '#print');
  const [pulled, setPulled] = useState<{ line?: ImportLine; error?: string }>({});
  const [printForm, setForm] = useState<{ form: PrintForm; saved: boolean }>();
  // The import (or pull) is done when its report is on the page (the benchmark reads these marks).
  const importing = useRef<'import' | 'pull'>(undefined);
  useEffect(() => {
    if (busy || !importing.current) return;
    performance.mark(`hoithi:${importing.current}-done`);
    importing.current = undefined;
  }, [busy]);

  useEffect(() => {
    let live = true;
    void start().then(async (l) => {
      if (!live) return;
      setLoaded(l);
      document.documentElement.lang = l.locale;
      setSnapshot((await l.client.load()).snapshot);
      performance.mark('hoithi:admin-ready');
    });
    return () => { live = false; };
  }, []);
  useEffect(() => {
    const onHash = () => setPrinting(location.hash === '#print');
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const t = useMemo(() => createT(loaded?.locale ?? 'vi'), [loaded?.locale]);
  if (!loaded || !snapshot) return <main aria-busy="true" />;
  const { client, locale, active } = loaded;
  // No staff on the roster means no rate: a dash on screen (the CSV keeps the empty cell of the contract).
  const rate = (r: number | null) => (r === null ? '—' : formatRate(r, locale));

  const importFiles = async (files: PickedFile[]) => {
    setBusy(true);
    importing.current = 'import';
    performance.mark('hoithi:import-start');
    const big = files.filter((f) => f.file.size > MAX_FILE_BYTES);
    try {
      const result = await client.importFiles(files.filter((f) => f.file.size <= MAX_FILE_BYTES));
      setSnapshot({ ...result.snapshot, log: [...result.snapshot.log, ...big.map((f) => tooLarge(f.file))] });
      setNotice('');
    } catch (error) {
      setNotice(t('admin.import.failed', { message: String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const pullFrom = async (source: PullSource) => {
    // Asked from the click itself; until it is granted (or where it cannot be, plain http on this
    // machine) the collector's CORS for extension pages lets the pull through anyway.
    const origin = getRequestableOrigin(getCollectorEndpoint(source.address));
    if (origin) void browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    setBusy(true);
    importing.current = 'pull';
    performance.mark('hoithi:pull-start');
    try {
      const { snapshot: next } = await client.pull(source);
      setSnapshot(next);
      const error = next.pullError && t(next.pullError.key, next.pullError.params);
      setPulled(error ? { error } : { line: next.log.at(-1) });
    } catch (error) {
      setPulled({ error: t('admin.import.failed', { message: String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const clear = async () => {
    setConfirming(false);
    setSnapshot((await client.clear()).snapshot);
    setNotice(t('admin.clear.done'));
  };
  const stamp = loaded.today;
  const exportAs = (format: ExportFormat) =>
    void client.exportReport(format, locale, {
      organization: active.config.organization.name, contestName: active.contest.name, asOf: formatZonedIso(Date.now(), active.contest.timeZone),
    }).then(
      (file) => {
        setNotice('');
        saveFile(`bao-cao-tham-gia-${stamp}.${format}`, file);
      },
      (error: unknown) => setNotice(t('admin.export.failed', { message: String(error) })),
    );
  // The print form is remembered as it is typed; a failed write is said, and the form still prints.
  const changeForm = (form: PrintForm) => {
    setForm({ form, saved: false });
    void setPrintForm(form).then(() => setForm({ form, saved: true }), (error: unknown) => setNotice(t('admin.export.failed', { message: String(error) })));
  };

  if (printing) {
    return (
      <PrintReport t={t} report={snapshot.report} organization={active.config.organization.name} contestName={active.contest.name}
        today={stamp} form={printForm?.form ?? loaded.printForm} formSaved={printForm?.saved ?? false} onFormChange={changeForm}
        formatRate={rate} onPrint={() => print()} onBack={() => { location.hash = ''; }} />
    );
  }
  const roster = snapshot.rosterFile
    ? t('admin.status.rosterFile', { file: snapshot.rosterFile, count: snapshot.report.totals.staff })
    : t('admin.status.noRoster');
  return (
    <main>
      <header>
        <h1>{t('admin.title')}</h1>
        <p className="hint">{active.config.organization.name} · {active.contest.name}</p>
      </header>
      <AdminImport t={t} busy={busy} lines={snapshot.log} onFiles={(f) => void importFiles(f)} onClear={() => setConfirming(true)}
        status={[t('admin.status', { receipts: snapshot.receiptCount, roster }), notice].filter(Boolean).join(' ')} />
      <PullFromServer t={t} busy={busy} initial={snapshot.pullSource} line={pulled.line} error={pulled.error} onPull={(s) => void pullFrom(s)} />
      {snapshot.damaged > 0 && <p className="notice notice--error" role="alert">{t('admin.stored.damaged', { count: snapshot.damaged })}</p>}
      {snapshot.rosterDamaged && <p className="notice notice--error" role="alert">{t('admin.stored.rosterDamaged')}</p>}
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('admin.export.title')}</h2>
        <div className="row">
          <button type="button" onClick={() => exportAs('csv')}>{t('admin.export.csv')}</button>
          <button type="button" onClick={() => exportAs('xlsx')}>{t('admin.export.xlsx')}</button>
          <button type="button" className="secondary" onClick={() => { location.hash = 'print'; }}>{t('admin.export.print')}</button>
        </div>
      </section>
      {snapshot.report.totals.staff === 0 && <p className="notice notice--error">{t('admin.report.noRoster')}</p>}
      <ParticipationReport key={snapshot.report.rounds.join()} t={t} report={snapshot.report} formatRate={rate}
        onCopy={(text) => navigator.clipboard.writeText(text)} />
      <DeployPanel t={t} extensionId={browser.runtime.id} active={active.config}
        onSave={(file) => saveFile(file.name, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }))} />
      <ConfirmDialog open={confirming} title={t('admin.clear.title')} body={t('admin.clear.body')} confirmLabel={t('admin.clear.confirm')}
        cancelLabel={t('admin.clear.cancel')} onConfirm={() => void clear()} onCancel={() => setConfirming(false)} />
    </main>
  );
}
