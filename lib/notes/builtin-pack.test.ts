import { describe, expect, it } from 'vitest';
import { getBuiltinNotesPack } from './builtin-pack';
import raw from './builtin-pack.json';
import { parseNotesPack } from './pack.schema';

type RawNote = { id: string; topic: string; title: string; body: string; source?: string; tags?: string[] };
const rawNotes = raw.notes as RawNote[];

// "Nghị định 61/2018/NĐ-CP ngày 23/4/2018", "Kế hoạch 141/KH-UBND ngày 05/4/2022", "54-NQ/TW ngày 10/12/2019".
const CITATION = /(\d+[a-z]?[/-](?:\d{4}\/)?\p{Lu}\p{L}*(?:[-/]\p{L}+)*) ngày (\d{1,2}\/\d{1,2}\/\d{4})/gu;

// Numbers and dates as confirmed in the fact list the pack was written from (notes-facts.md).
const CHECKED_DATES: Record<string, string> = {
  '76/NQ-CP': '15/7/2021',
  '30c/NQ-CP': '08/11/2011',
  '136/2001/QĐ-TTg': '17/9/2001',
  '68/NQ-CP': '12/5/2020',
  '61/2018/NĐ-CP': '23/4/2018',
  '181/2003/QĐ-TTg': '04/9/2003',
  '93/2007/QĐ-TTg': '22/6/2007',
  '09/2015/QĐ-TTg': '25/3/2015',
  '01/2018/TT-VPCP': '23/11/2018',
  '985/QĐ-TTg': '08/8/2018',
  '107/2021/NĐ-CP': '06/12/2021',
  '468/QĐ-TTg': '27/3/2021',
  '45/2020/NĐ-CP': '08/4/2020',
  '42/2022/NĐ-CP': '24/6/2022',
  '942/QĐ-TTg': '15/6/2021',
  '749/QĐ-TTg': '03/6/2020',
  '02/CT-TTg': '26/4/2022',
  '766/QĐ-TTg': '23/6/2022',
  '06/QĐ-TTg': '06/01/2022',
  '876/QĐ-BNV': '10/11/2022',
  '398/KH-UBND': '25/12/2021',
  '54-NQ/TW': '10/12/2019',
  '141/KH-UBND': '05/4/2022',
};

describe('built-in notes pack', () => {
  it('should validate as a notes pack file', () => {
    const result = parseNotesPack(JSON.stringify(raw));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
    expect(getBuiltinNotesPack().notes).toHaveLength(rawNotes.length);
  });

  it('should hold at least 45 notes', () => {
    expect(rawNotes.length).toBeGreaterThanOrEqual(45);
  });

  it('should give every note a non-empty source', () => {
    const withoutSource = rawNotes.filter((note) => typeof note.source !== 'string' || note.source.trim() === '');
    expect(withoutSource.map((note) => note.id)).toEqual([]);
  });

  it('should cover every declared topic with at least one note', () => {
    const used = new Set(rawNotes.map((note) => note.topic));
    expect(raw.topics.filter((topic) => !used.has(topic.id)).map((topic) => topic.id)).toEqual([]);
  });

  it('should be stored in NFC, so that the file needs no clean-up on load', () => {
    const text = JSON.stringify(raw);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('should keep notes short: two to four sentences each', () => {
    const sentences = (body: string) => body.split(/[.!?](?:\s+|$)/u).filter((part) => part.trim() !== '').length;
    const outside = rawNotes.filter((note) => sentences(note.body) < 2 || sentences(note.body) > 4);
    expect(outside.map((note) => note.id)).toEqual([]);
  });

  it('should cite every document with its number and date exactly as in the checked fact list', () => {
    const cited = new Map<string, Set<string>>();
    for (const note of rawNotes) {
      for (const [, number, date] of `${note.body}\n${note.source ?? ''}`.matchAll(CITATION)) {
        cited.set(number!, (cited.get(number!) ?? new Set()).add(date!));
      }
    }
    const wrong = [...cited].filter(([number, dates]) => dates.size !== 1 || !dates.has(CHECKED_DATES[number] ?? ''));
    expect(wrong.map(([number, dates]) => `${number} ngày ${[...dates].join(', ')}`)).toEqual([]);
    expect(cited.size).toBeGreaterThanOrEqual(20); // the pattern still finds citations
  });

  it('should attribute facts from a secondary source with "Theo …" naming it', () => {
    const secondary = rawNotes.filter((note) => note.source?.includes('nguồn thứ cấp'));
    expect(secondary.length).toBeGreaterThan(0);
    for (const note of secondary) {
      const site = note.source!.split(' ')[0]!;
      expect(note.body.startsWith(`Theo ${site}`), note.id).toBe(true);
    }
  });
});
