// RFC 4180 CSV as spreadsheets write it: Excel in a Vietnamese locale saves with ";" and may add a BOM.

/** Thrown when a quoted field never ends; `record` is the 1-based record where it began. */
export class CsvParseError extends Error {
  override name = 'CsvParseError';
  constructor(readonly record: number) {
    super(`Unterminated quoted field starting in record ${record}`);
  }
}

export type CsvDelimiter = ',' | ';';

/** "," or ";", whichever occurs more often outside quotes on the first line (the header). */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text into records of fields: BOM stripped, delimiter detected, CRLF/LF/CR line ends. */
export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input.replace(/^\ufeff/, ''))): string[][] {
  const text = input.replace(/^\ufeff/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') {
        field += ch;
      } else if (text[i + 1] === '"') {
        field += '"'; // "" inside quotes is one quote
        i++;
      } else {
        quoted = false;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteStart = records.length + 1;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch; // lenient: a stray quote inside an unquoted field is kept as text
    }
  }
  if (quoted) throw new CsvParseError(quoteStart);
  // A final line end does not start another record.
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

// OWASP: a cell starting with these can run as a formula in Excel or LibreOffice. A lone "-" or "+"
// (a position left as "-") is not one and stays as it is; the apostrophe itself is escaped so that
// restoreCell gives back exactly what was written.
const FORMULA_START = /^(?:[=@\t\r']|[+-](?!\s*$))/;

/** Prefixes an apostrophe to a cell a spreadsheet could read as a formula, and to no other. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutralizeCell for files this product wrote. */
export function restoreCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

export type CsvCell = string | number;

function writeCell(cell: CsvCell): string {
  // Numbers come from our own counts; only text can carry a formula.
  const value = typeof cell === 'number' ? String(cell) : neutralizeCell(cell);
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV for spreadsheets: UTF-8 BOM (so Excel reads Vietnamese right), CRLF, quoted when needed, formulas neutralised. */
export function toCsv(rows: readonly (readonly CsvCell[])[], delimiter: CsvDelimiter = ','): string {
  return `\ufeff${rows.map((row) => row.map(writeCell).join(delimiter)).join('\r\n')}\r\n`;
}
