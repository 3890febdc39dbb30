import { formatWallDateTime } from '../i18n/format';
import { formatMessage, type Locale } from '../i18n/translate';
import { report as messages, type ReportMessageKey } from '../i18n/catalog/report';
import type { Report } from './aggregate';
import { toCsv, type CsvCell, type CsvDelimiter } from './csv';

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

/** The report as one CSV with three titled tables (by unit, leaders, things to check); BOM, CRLF, injection-safe. */
export function reportToCsv(report: Report, locale: Locale = 'vi', delimiter: CsvDelimiter = ','): string {
  const t = (key: ReportMessageKey, params?: Record<string, string | number>) => formatMessage(messages[key][locale], params);
  const roundName = (round: number | null) => (round === null ? '' : t('report.roundName', { number: round }));
  const names = (people: readonly { fullName: string }[]) => people.map((p) => p.fullName).join('; ');
  const rows: CsvCell[][] = [
    [t('report.csv.byUnitTitle')],
    [t('report.csv.round'), t('report.csv.unit'), t('report.csv.staff'), t('report.csv.participants'), t('report.csv.rate'), t('report.csv.missing')],
  ];
  for (const total of report.totals.perRound) {
    for (const line of report.lines.filter((l) => l.round === total.round)) {
      rows.push([roundName(line.round), line.unit, line.staff, line.participants, formatRate(line.rate, locale), names(line.missing)]);
    }
    rows.push([roundName(total.round), t('report.csv.total'), total.staff, total.participants, formatRate(total.rate, locale), '']);
  }
  rows.push([], [t('report.csv.leadersTitle')]);
  rows.push([t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.position'), t('report.csv.roundsTaken', { total: report.rounds.length }), t('report.csv.roundList')]);
  for (const { person, roundsTaken } of report.leaders) {
    // A count, not "3/4", which a spreadsheet would read as a date.
    rows.push([person.fullName, person.unit, person.position, roundsTaken.length, roundsTaken.map(roundName).join(', ')]);
  }
  rows.push([], [t('report.csv.flagsTitle')]);
  rows.push([t('report.csv.flag'), t('report.csv.round'), t('report.csv.fullName'), t('report.csv.unit'), t('report.csv.receiptIds'), t('report.csv.declaredAt')]);
  for (const flag of report.flags) {
    rows.push([t(`report.flag.${flag.kind}`), roundName(flag.round), flag.fullName, flag.unit, flag.receiptIds.join(', '), flag.declaredAt ? formatWallDateTime(flag.declaredAt) : '']);
  }
  rows.push([], [t('report.digestNote')]);
  return toCsv(rows, delimiter);
}
