/**
 * How personal data is shown to staff who may see a booking but not whom it belongs to in full
 * (managers, admins): enough to recognise it, not enough to call or visit.
 */

/** `13812345678` → `138****5678`; anything shorter than 7 digits keeps only its last two. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

// The building is the last part of an address that is not a door: 3号楼, 5栋, 2幢, A座, 12号院 (a village yard).
const BUILDING = /^.*?(?:\d+|[A-Za-z一二三四五六七八九十]+)(?:号楼|栋|幢|座|号院)/u;
// Without a building (a village house), it stops before the house number: 东三召村18号 → 东三召村….
const BEFORE_HOUSE_NUMBER = /^.*?(?=\d+号)/u;

/** The address cut to the building (`幸福里小区3号楼2单元501` → `幸福里小区3号楼…`). */
export function maskAddress(address: string): string {
  const text = address.trim();
  const cut =
    BUILDING.exec(text)?.[0] || BEFORE_HOUSE_NUMBER.exec(text)?.[0] || text.slice(0, Math.min(6, text.length));
  return cut.length < text.length ? `${cut}…` : cut;
}
