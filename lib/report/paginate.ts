/** A measured piece of the print view, top to bottom, in CSS px of the laid-out sheet. */
export type PrintItem =
  /** `keepWithPrevious`: never alone at the top of a page after a table (the signature block). */
  | { kind: 'block'; key: string; top: number; bottom: number; keepWithPrevious?: boolean }
  /** `head` is the height of the caption and header row; `rows` the height of each body row, the total last. */
  | { kind: 'table'; key: string; top: number; bottom: number; head: number; rows: number[] };

/** Where each page starts: blocks that begin a page, and for each table the rows that begin a continuation. */
export interface PrintLayout { blockBreaks: string[]; tableBreaks: Record<string, number[]> }

/**
 * Splits the print view into A4 pages the way Chromium would, but deciding the breaks ourselves: a table
 * crossing a page becomes a continuation with its header repeated and "(tiếp theo)", never leaving its
 * total alone on a page, and a block that does not fit starts the next page. `pageHeight` is the content
 * height of a page (the browser must never need to break on its own, so callers pass a little less).
 */
export function paginate(items: readonly PrintItem[], pageHeight: number): PrintLayout {
  const layout: PrintLayout = { blockBreaks: [], tableBreaks: {} };
  let used = 0;
  let prevBottom: number | undefined;
  let prev: PrintItem | undefined;
  for (const item of items) {
    const before = prev;
    prev = item;
    const gap = prevBottom === undefined || used === 0 ? 0 : Math.max(0, item.top - prevBottom);
    prevBottom = item.bottom;
    if (item.kind === 'block') {
      const height = item.bottom - item.top;
      if (used > 0 && used + gap + height > pageHeight) {
        used = height;
        // Take the table's last two rows along, when that leaves at least one behind.
        const breaks = before?.kind === 'table' ? (layout.tableBreaks[before.key] ??= []) : undefined;
        const lastStart = breaks?.at(-1) ?? 0;
        if (item.keepWithPrevious && before?.kind === 'table' && before.rows.length - lastStart >= 3) {
          const at = before.rows.length - 2;
          breaks!.push(at);
          used = before.head + before.rows.slice(at).reduce((a, b) => a + b, 0) + Math.max(0, item.top - before.bottom) + height;
        } else layout.blockBreaks.push(item.key);
        if (breaks?.length === 0) delete layout.tableBreaks[before!.key];
      } else used += gap + height;
      continue;
    }
    const breaks: number[] = [];
    const firstRows = item.rows.slice(0, Math.min(2, item.rows.length)).reduce((a, b) => a + b, 0);
    // The caption, header and first rows (or the whole of a short table) go together.
    if (used > 0 && used + gap + item.head + firstRows > pageHeight) {
      layout.blockBreaks.push(item.key);
      used = 0;
    } else used += gap;
    used += item.head;
    let start = 0;
    item.rows.forEach((height, i) => {
      if (i > start && used + height > pageHeight) {
        // The total row never starts a page alone: take the unit row before it along.
        const at = i === item.rows.length - 1 && i - 1 > start ? i - 1 : i;
        breaks.push(at);
        start = at;
        used = item.head + item.rows.slice(at, i + 1).reduce((a, b) => a + b, 0);
      } else used += height;
    });
    if (breaks.length > 0) layout.tableBreaks[item.key] = breaks;
  }
  return layout;
}

/** Cuts `rows` at `breaks` (row indexes that start a new part). */
export function splitRows<T>(rows: readonly T[], breaks: readonly number[] = []): T[][] {
  const parts: T[][] = [];
  let start = 0;
  for (const at of [...breaks, rows.length]) {
    parts.push(rows.slice(start, at));
    start = at;
  }
  return parts;
}
