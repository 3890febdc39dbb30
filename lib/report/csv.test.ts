import { describe, expect, it } from 'vitest';
import { CsvParseError, detectDelimiter, neutralizeCell, parseCsv, restoreCell, toCsv } from './csv';

describe('parseCsv', () => {
  it('should strip a BOM and read CRLF and LF alike, without an extra record for the final line end', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('should detect semicolons from the header line, as Excel writes in a Vietnamese locale', () => {
    expect(parseCsv('Họ và tên;Đơn vị\nA, B;Văn phòng Sở\n')).toEqual([['Họ và tên', 'Đơn vị'], ['A, B', 'Văn phòng Sở']]);
  });

  it('should read quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"Trung tâm Đo lường, thử nghiệm","say ""hi""","line 1\r\nline 2"\r\n';
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['Trung tâm Đo lường, thử nghiệm', 'say "hi"', 'line 1\r\nline 2']]);
  });

  it('should keep empty fields, empty quoted fields and blank lines', () => {
    expect(parseCsv('a,,""\n\nb,c,\n')).toEqual([['a', '', ''], [''], ['b', 'c', '']]);
  });

  it('should throw a CsvParseError naming the record of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvParseError);
    try {
      parseCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvParseError).record).toBe(2);
    }
  });
});

describe('detectDelimiter', () => {
  it('should ignore delimiters inside quotes and look at the first line only', () => {
    expect(detectDelimiter('"a;b;c",d\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('toCsv', () => {
  it('should write a BOM, CRLF line ends and quote only when needed', () => {
    expect(toCsv([['Đợt', 'Đơn vị'], [1, 'Trung tâm Đo lường, thử nghiệm'], ['a "b"', 'x;y']])).toBe(
      '\ufeffĐợt,Đơn vị\r\n1,"Trung tâm Đo lường, thử nghiệm"\r\n"a ""b""","x;y"\r\n',
    );
  });

  it('should neutralise text cells that a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', "'kept"];
    expect(cells.map(neutralizeCell)).toEqual(cells.map((c) => `'${c}`));
    expect(neutralizeCell('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(toCsv([['=1+1', -5]])).toBe("\ufeff'=1+1,-5\r\n");
  });

  it('should leave harmless cells such as a lone "-" without an apostrophe', () => {
    for (const cell of ['-', '+', '- ', 'Chuyên viên - Văn phòng', '100%', '']) expect(neutralizeCell(cell)).toBe(cell);
    expect(toCsv([['Nguyễn Văn A', '-']])).toBe('\ufeffNguyễn Văn A,-\r\n');
  });

  it('should round-trip through parseCsv and restoreCell, with either delimiter', () => {
    const rows = [['Họ và tên', 'Ghi chú'], ['=cmd|"/c calc"!A1', 'hai\ndòng, "trích"'], ["'quoted", ''], ['-', '+5']];
    for (const delimiter of [',', ';'] as const) {
      expect(parseCsv(toCsv(rows, delimiter)).map((row) => row.map(restoreCell))).toEqual(rows);
    }
  });
});
