/**
 * The place-and-date line of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * "Thừa Thiên Huế, ngày 05 tháng 8 năm 2022" — a zero before days under 10 and before months 1 and 2 only.
 * `date` is the local calendar date ("YYYY-MM-DD") in the contest's zone; a blank place leaves dots to fill in.
 */
export function formatDocumentDate(place: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place.trim() || '……………'}, ngày ${dd} tháng ${mm} năm ${year}`;
}
