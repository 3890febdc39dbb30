import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Translate } from '@/lib/i18n';
import type { ReportView } from '@/lib/report/aggregate';
import { formatDocumentDate } from '@/lib/report/document-date';
import { flagEvidence } from '@/lib/report/flag-evidence';
import { paginate, splitRows, type PrintItem, type PrintLayout } from '@/lib/report/paginate';
import { documentNumber, type PrintForm as Form } from '@/lib/report/print-form';
import { PrintForm } from './PrintForm';

interface Props {
  t: Translate;
  report: ReportView;
  organization: string;
  contestName: string;
  /** Today in the contest's time zone, "YYYY-MM-DD". */
  today: string;
  form: Form;
  formSaved: boolean;
  onFormChange: (form: Form) => void;
  formatRate: (rate: number | null) => string;
  onPrint: () => void;
  onBack: () => void;
}

/** `numeric` columns are right-aligned; `rowHeader` is the column that names the row. */
interface Table { key: string; caption: string; head: string[]; rows: { cells: ReactNode[]; total?: boolean }[]; numeric: number[]; rowHeader: number; widths: number[] }

// A4 content height with the @page margins of style.css (20 mm top and bottom), in CSS px, less a little
// so that Chromium never has to break a page on its own; the sheet is as wide as the page's content.
const PAGE_PX = ((297 - 40) * 96) / 25.4 * 0.97;

function measure(sheet: HTMLElement): PrintItem[] {
  const origin = sheet.getBoundingClientRect().top;
  return [...sheet.querySelectorAll<HTMLElement>(':scope > [data-print-item]')].map((el) => {
    const box = el.getBoundingClientRect();
    const key = el.dataset.printItem!;
    const top = box.top - origin;
    const bottom = box.bottom - origin;
    if (el.tagName !== 'TABLE') return { kind: 'block', key, top, bottom, keepWithPrevious: el.dataset.keepWithPrevious === 'true' };
    const rows = [...el.querySelectorAll('tbody > tr')].map((tr) => tr.getBoundingClientRect());
    return { kind: 'table', key, top, bottom, head: (rows[0]?.top ?? box.bottom) - box.top, rows: rows.map((r) => r.height) };
  });
}

function PrintTable({ t, table, breaks, breakBefore }: { t: Translate; table: Table; breaks?: number[]; breakBefore: boolean }) {
  const parts = splitRows(table.rows, breaks);
  return parts.map((rows, part) => (
    <table key={part} data-print-item={part === 0 ? table.key : undefined} className={part > 0 || breakBefore ? 'page-break' : undefined}>
      <caption>{part === 0 ? table.caption : t('admin.print.continued', { caption: table.caption })}</caption>
      <colgroup>{table.widths.map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}</colgroup>
      <thead><tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className={row.total ? 'total' : undefined}>
            {row.cells.map((cell, c) => (c === table.rowHeader ? <th key={c} scope="row">{cell}</th> : <td key={c} className={table.numeric.includes(c) ? 'num' : undefined}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  ));
}

/** The report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP), paginated for A4 by us. */
export function PrintReport(props: Props) {
  const { t, report, organization, contestName, today, form, formatRate } = props;
  const roundName = (round: number) => t('report.roundName', { number: round });
  const tables = useMemo((): Table[] => {
    const rounds = report.totals.perRound.map((total): Table => ({
      key: `round-${total.round}`,
      caption: roundName(total.round),
      head: [t('admin.print.no'), t('report.csv.unit'), t('report.csv.staff'), t('report.csv.participants'), t('report.csv.rate'), t('report.csv.missing')],
      numeric: [0, 2, 3, 4],
      rowHeader: 1,
      widths: [7, 33, 9, 10, 9, 32],
      rows: [
        ...report.lines.filter((l) => l.round === total.round).map((l, i) => ({
          cells: [i + 1, l.unit, l.staff, l.participants, formatRate(l.rate), l.missing.map((p) => p.fullName).join(', ')],
        })),
        // The missing are named in the unit rows; the total says how many they are.
        { total: true, cells: ['', t('report.csv.total'), total.staff, total.participants, formatRate(total.rate), t('admin.print.missingTotal', { count: total.staff - total.participants })] },
      ],
    }));
    const leaders: Table = {
      key: 'leaders', caption: t('admin.print.sectionLeaders', { total: report.rounds.length }), numeric: [3], rowHeader: 0, widths: [22, 32, 16, 12, 18],
      head: [t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.position'), t('admin.leaders.taken'), t('report.csv.missingRounds')],
      rows: report.leaders.map((l) => ({
        cells: [l.person.fullName, l.person.unit, l.person.position, `${l.roundsTaken.length}/${l.of}`,
          report.rounds.filter((r) => !l.roundsTaken.includes(r)).map(roundName).join(', ')],
      })),
    };
    const flags: Table = {
      key: 'flags', caption: t('admin.print.sectionFlags'), numeric: [0], rowHeader: 2, widths: [6, 18, 26, 8, 42],
      head: [t('admin.print.no'), t('report.csv.flag'), t('admin.print.who'), t('report.csv.round'), t('report.csv.evidence')],
      rows: report.flags.map((f, i) => ({
        cells: [i + 1, t(`report.flag.${f.kind}`), `${f.fullName} (${f.unit})`, f.round === null ? '' : roundName(f.round), flagEvidence(f, t)],
      })),
    };
    return [...rounds, leaders, flags];
  }, [report, t, formatRate]); // eslint-disable-line react-hooks/exhaustive-deps
  const sheet = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ for: unknown[]; value: PrintLayout }>();
  const deps = [tables, form, organization, contestName, today];
  const current = layout && layout.for.every((d, i) => d === deps[i]) ? layout.value : undefined;
  useLayoutEffect(() => {
    if (current) return;
    let live = true;
    // Measured once the bundled face is in, on the unbroken flow; then rendered in pages.
    void document.fonts.ready.then(() => {
      if (live && sheet.current) setLayout({ for: deps, value: paginate(measure(sheet.current), PAGE_PX) });
    });
    return () => { live = false; };
  });
  const breakBefore = (key: string) => current?.blockBreaks.includes(key) ?? false;
  const block = (key: string, className: string, children: ReactNode, keepWithPrevious = false) => (
    <div data-print-item={key} data-keep-with-previous={keepWithPrevious || undefined} className={breakBefore(key) ? `${className} page-break` : className}>{children}</div>
  );
  const total = Object.values(report.flagCounts).reduce((a, b) => a + b, 0);
  const recipients = form.recipients.split('\n').map((line) => line.trim()).filter(Boolean);
  const intro = t('admin.print.intro', {
    staff: report.totals.staff, leaders: report.totals.leaders, total: report.rounds.length, complete: report.totals.leadersComplete,
    rounds: report.totals.perRound.map((r) => {
      const line = t('admin.print.introRound', { round: roundName(r.round), participants: r.participants, staff: r.staff, rate: formatRate(r.rate) });
      return r.declared > 0 ? `${line}, ${t('admin.summary.declared', { count: r.declared })}` : line;
    }).join('; '),
  });
  const withTable = (table: Table) => <PrintTable key={table.key} t={t} table={table} breaks={current?.tableBreaks[table.key]} breakBefore={breakBefore(table.key)} />;
  const [leadersTable, flagsTable] = tables.slice(-2) as [Table, Table];
  return (
    <article className="print">
      <div className="no-print">
        <div className="row">
          <button type="button" onClick={props.onPrint}>{t('admin.print.print')}</button>
          <button type="button" className="secondary" onClick={props.onBack}>{t('admin.print.back')}</button>
        </div>
        <PrintForm t={t} form={form} onChange={props.onFormChange} saved={props.formSaved} />
      </div>
      <div className="sheet" ref={sheet} data-paginated={current ? 'true' : 'false'}>
        {block('head', 'print-head', <>
          <div className="print-org">
            {form.authority.trim() && <div className="print-authority">{form.authority.trim().toUpperCase()}</div>}
            <div className="print-org-name">{organization.toUpperCase()}</div>
            <div className="rule rule--short" />
            <div className="print-number">{documentNumber(form.number)}</div>
          </div>
          <div className="print-motto">
            <div className="print-motto-1">{t('admin.print.motto1')}</div>
            <div className="print-motto-2"><span>{t('admin.print.motto2')}</span></div>
            <div className="print-date">{formatDocumentDate(form.place, today)}</div>
          </div>
        </>)}
        {block('title', 'print-title', <>
          <div className="print-kind">{t('admin.print.kind')}</div>
          <div className="print-subject">{t('admin.print.subject', { contest: contestName })}</div>
          <div className="rule rule--short" />
        </>)}
        {block('intro', 'print-body', <><p>{intro}</p><p className="print-section">{t('admin.print.sectionRounds')}</p></>)}
        {tables.slice(0, -2).map(withTable)}
        {report.leaders.length > 0 ? withTable(leadersTable) : block('leaders', 'print-body', <p className="print-section">{leadersTable.caption}: {t('admin.leaders.none')}</p>)}
        {report.flags.length > 0 ? withTable(flagsTable) : block('flags', 'print-body', <p className="print-section">{flagsTable.caption}: {t('admin.print.noFlags')}</p>)}
        {report.flags.length < total && block('flags-more', 'print-body', <p className="hint-print">{t('admin.print.flagsMore', { count: total - report.flags.length })}</p>)}
        {block('sign', 'print-sign', <>
          <div className="print-recipients">
            <div className="print-recipients-title">{t('admin.print.recipientsTitle')}</div>
            {recipients.map((line, i) => <div key={i}>{line}</div>)}
          </div>
          <div className="print-signer">
            <div className="print-signer-title">{form.signerTitle.trim().toUpperCase() || t('admin.print.blank')}</div>
            <div className="print-signer-space" />
            <div className="print-signer-name">{form.signerName.trim() || t('admin.print.blank')}</div>
          </div>
        </>, true)}
      </div>
    </article>
  );
}
