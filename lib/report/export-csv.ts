import { createCatalogT, type Locale } from '../i18n/translate';
import { report as messages } from '../i18n/catalog/report';
import type { Report, ReportFlag } from './aggregate';
import { toCsv, type CsvCell, type CsvDelimiter } from './csv';
import { flagEvidence, type ReportT } from './flag-evidence';

const percent = new Map<Locale, Intl.NumberFormat>();

/** A rate as people read it in the locale ("66,7%" in Vietnamese); empty when the unit has no staff. */
export function formatRate(rate: number | null, locale: Locale = 'vi'): string {
  if (rate === null) return '';
  let format = percent.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
    percent.set(locale, format);
  }
  return format.format(rate);
}

/**
 * A rate as whole percent points for the CSV ("Tỷ lệ (%)"): no decimal separator, so Calc and Excel
 * read the same number in a Vietnamese and an English locale. 100 only when everyone took part and
 * 0 only when no one did (99.6 % is 99, 0.3 % is 1); the exact figure follows from the two counts.
 */
export function ratePoints(rate: number | null): number | '' {
  if (rate === null) return '';
  const points = Math.round(rate * 100);
  if (rate > 0 && rate < 1) return Math.min(99, Math.max(1, points));
  return points;
}

/** A receipt time as "YYYY-MM-DD HH:MM:SS" (its wall time in the contest zone), which every locale reads as that date and time. */
export function csvStamp(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

/** The columns of the "Cần kiểm tra" table, shared by the CSV and the XLSX. */
export function flagRow(flag: ReportFlag, t: ReportT): { kind: string; round: string; evidence: string; startedAt: string } {
  return {
    kind: t(`report.flag.${flag.kind}`),
    round: flag.round === null ? '' : t('report.roundName', { number: flag.round }),
    evidence: flagEvidence(flag, t),
    startedAt: flag.attempts[0]!.startedAt,
  };
}

/**
 * The report as one CSV with three titled tables (by unit, leaders, things to check): comma-separated,
 * UTF-8 with BOM, CRLF; counts and rates are whole numbers only, so both locales read them as numbers.
 */
export function reportToCsv(report: Report, locale: Locale = 'vi', delimiter: CsvDelimiter = ','): string {
  const t = createCatalogT(messages, locale);
  const roundName = (round: number) => t('report.roundName', { number: round });
  const names = (people: readonly { fullName: string }[]) => people.map((p) => p.fullName).join('; ');
  const rows: CsvCell[][] = [
    [t('report.csv.byUnitTitle')],
    [t('report.csv.round'), t('report.csv.unit'), t('report.csv.staff'), t('report.csv.participants'), t('report.csv.ratePercent'), t('report.csv.missingCount'), t('report.csv.missing')],
  ];
  for (const total of report.totals.perRound) {
    for (const line of report.lines.filter((l) => l.round === total.round)) {
      rows.push([roundName(line.round), line.unit, line.staff, line.participants, ratePoints(line.rate), line.missing.length, names(line.missing)]);
    }
    rows.push([roundName(total.round), t('report.csv.total'), total.staff, total.participants, ratePoints(total.rate), total.staff - total.participants, '']);
  }
  rows.push([], [t('report.csv.leadersTitle')]);
  rows.push([t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.position'), t('report.csv.roundsTaken', { total: report.rounds.length }), t('report.csv.roundList'), t('report.csv.missingRounds')]);
  for (const { person, roundsTaken } of report.leaders) {
    // A count, not "3/4", which a spreadsheet would read as a date.
    const missed = report.rounds.filter((r) => !roundsTaken.includes(r));
    rows.push([person.fullName, person.unit, person.position, roundsTaken.length, roundsTaken.map(roundName).join(', '), missed.map(roundName).join(', ')]);
  }
  rows.push([], [t('report.csv.flagsTitle')]);
  rows.push([t('report.csv.flag'), t('report.csv.round'), t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.evidence'), t('report.csv.startedAt'), t('report.csv.receiptIds')]);
  for (const flag of report.flags) {
    const row = flagRow(flag, t);
    rows.push([row.kind, row.round, flag.fullName, flag.unit, row.evidence, csvStamp(row.startedAt), flag.receiptIds.join(', ')]);
  }
  rows.push([], [t('report.digestNote')]);
  return toCsv(rows, delimiter);
}
