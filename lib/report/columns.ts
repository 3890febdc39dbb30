import { foldName, headerKey } from './normalize';

/** Finds which column holds each field: header cells are compared by headerKey against each field's names. */
export function matchColumns<F extends string>(
  header: readonly string[],
  names: Readonly<Record<F, readonly string[]>>,
): { columns: Partial<Record<F, number>>; duplicate?: string } {
  const byKey = new Map<string, F>();
  for (const field of Object.keys(names) as F[]) for (const name of names[field]) byKey.set(headerKey(name), field);
  const columns: Partial<Record<F, number>> = {};
  for (let i = 0; i < header.length; i++) {
    const field = byKey.get(headerKey(header[i] ?? ''));
    if (field === undefined) continue; // other columns (STT, ghi chú, …) are allowed and ignored
    if (columns[field] !== undefined) return { columns, duplicate: header[i] };
    columns[field] = i;
  }
  return { columns };
}

const YES = new Set(['x', '1', 'co', 'true', 'yes', 'y']);
const NO = new Set(['', '0', 'khong', 'false', 'no', 'n']);

/** Reads a yes/no cell as spreadsheet users fill it (x, 1, có, true …); undefined when it is neither. */
export function parseYesNo(cell: string): boolean | undefined {
  const key = foldName(cell);
  if (YES.has(key)) return true;
  return NO.has(key) ? false : undefined;
}

/** True when every cell of a spreadsheet row is blank (trailing rows Excel leaves behind). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
