import type { ReportMessageKey } from '../i18n/catalog/report';
import type { FlagKind, ReportFlag } from './aggregate';

/** A translator over the report catalog (the page's Translate fits, and so does createCatalogT(report, …)). */
export type ReportT = (key: ReportMessageKey, params?: Record<string, string | number>) => string;

/** "2022-08-02T09:00:05+07:00" as "09:00:05 02/08/2022": the receipt's own wall time in the contest zone, whatever the machine's. */
export function formatStamp(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[4]} ${m[3]}/${m[2]}/${m[1]}` : iso;
}

// What to check, per kind: each kind names the evidence that matters for it (a new kind adds one line).
const EVIDENCE: Record<FlagKind, (flag: ReportFlag, t: ReportT) => string> = {
  'second-attempt': (f, t) => f.attempts.map((a, i) => t('report.evidence.attempt', { n: i + 1, time: formatStamp(a.startedAt) })).join('; '),
  'account-mismatch': (f, t) => t('report.evidence.account', {
    shown: f.claim.portalAccount ?? t('report.evidence.notShown'), fullName: f.claim.fullName, account: f.claim.account || t('report.evidence.none'),
  }),
  unconfirmed: (f, t) => t('report.evidence.unconfirmed', { time: formatStamp(f.attempts[0]!.submittedAt) }),
  'digest-mismatch': (f, t) => t('report.evidence.digest', { id: f.receiptIds[0]! }),
  'outside-round': (f, t) => t('report.evidence.outside', { time: formatStamp(f.attempts[0]!.startedAt) }),
  'other-contest': (f, t) => t('report.evidence.contest', { contest: f.claim.contestId }),
  declared: (f, t) => t('report.evidence.declared', { time: formatStamp(f.attempts[0]!.startedAt) }),
  unmatched: (f, t) => t('report.evidence.unmatched', { fullName: f.claim.fullName, unit: f.claim.unit, account: f.claim.account || t('report.evidence.none') }),
};

/** One line that says what to check for a flag, e.g. "lần 1 bắt đầu 09:00:00 02/08/2022; lần 2 bắt đầu …". */
export function flagEvidence(flag: ReportFlag, t: ReportT): string {
  return EVIDENCE[flag.kind](flag, t);
}
