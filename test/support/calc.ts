// LibreOffice Calc, headless, as an office would open our files (FACTS.md): each run gets a profile of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every sheet written back as UTF-8 CSV with every text cell quoted, so a bare cell is a number Calc holds. */
export const CSV_OUT_QUOTED = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1';
/** How Calc opens a comma-separated UTF-8 CSV in a locale (1033 English US, 1066 Vietnamese). */
export const csvIn = (language: 1033 | 1066) => `Text - txt - csv (StarCalc):44,34,76,1,,${language},false,true`;

/** Converts `file` with soffice into `outDir` and returns the files it wrote. */
export function convertWithCalc(file: string, outDir: string, convertTo: string, infilter?: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'hoithi-calc-'));
  try {
    execFileSync('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', convertTo, '--outdir', outDir, file,
    ], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir).map((name) => path.join(outDir, name));
}

/** A cell of Calc's CSV: its text and whether it was quoted (text) or bare (a number). */
export interface CalcCell { value: string; quoted: boolean }

/** Parses Calc's CSV keeping, for each cell, whether it was quoted. */
export function parseQuotedCsv(text: string): CalcCell[][] {
  const rows: CalcCell[][] = [];
  let row: CalcCell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i <= text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        value += text[i] === '"' ? '"' : text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    row.push({ value, quoted });
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r') i++;
    rows.push(row);
    row = [];
    i++;
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.value === '' && !r[0]!.quoted));
}
