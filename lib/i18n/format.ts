// Zoned ISO strings (2022-08-09T09:14:03+07:00) already carry the contest's wall time, so display
// reads the digits instead of converting through the machine's own time zone.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** "09/08/2022 09:14" from a zoned ISO string (date only when it has no time). */
export function formatWallDateTime(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] ? `${date} ${m[4]}:${m[5]}` : date;
}

/** "01/08 – 07/08/2022" for an inclusive pair of local dates. */
export function formatDateRange(opens: string, closes: string): string {
  const a = ISO.exec(opens);
  const b = ISO.exec(closes);
  if (!a || !b) return `${opens} – ${closes}`;
  const start = a[1] === b[1] ? `${a[3]}/${a[2]}` : `${a[3]}/${a[2]}/${a[1]}`;
  return `${start} – ${b[3]}/${b[2]}/${b[1]}`;
}
