/**
 * Normalising German address text for tolerant matching: case, umlauts and ß,
 * the many spellings of "Straße" ("Str.", "Strasse", "str"), "Platz"/"Pl.",
 * punctuation. The same function builds the stored search key and the query,
 * so "Lister Meile", "lister-meile" and "Lister Meile " meet; typos are left
 * to trigram similarity in the database.
 */
export function normaliseAddressText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(strasse|str\b\.?)/g, 'str')
    .replace(/\bpl\b\.?/g, 'platz')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Lister Meile 4a" -> { name: "Lister Meile", houseNumber: "4a", houseNumberValue: 4 }. */
export function splitHouseNumber(text: string): { name: string; houseNumber: string | null; houseNumberValue: number | null } {
  const match = /^(.*?\D)\s*(\d{1,4})\s*([a-zA-Z])?(\s*[-/]\s*\d{1,4}[a-zA-Z]?)?\s*$/.exec(text.trim());
  if (!match || !match[1]!.trim()) return { name: text.trim(), houseNumber: null, houseNumberValue: null };
  const name = match[1]!.replace(/[,\s]+$/, '').trim();
  const houseNumber = `${match[2]}${(match[3] ?? '').toLowerCase()}`;
  return { name, houseNumber, houseNumberValue: Number(match[2]) };
}
