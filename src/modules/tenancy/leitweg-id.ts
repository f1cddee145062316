/**
 * Leitweg-ID (the German routing id of public buyers, BT-10 of an XRechnung): coarse address
 * (2 to 12 digits), optional fine address (up to 30 letters or digits), check digits (2 digits),
 * separated by hyphens. The check digits follow ISO/IEC 7064 MOD 97-10 over the coarse and fine
 * address without hyphens, letters counted A=10 … Z=35 (KoSIT, Formatspezifikation Leitweg-ID).
 */
const FORMAT = /^([0-9]{2,12})(?:-([0-9A-Za-z]{1,30}))?-([0-9]{2})$/;

const digitsOf = (s: string) =>
  s
    .toUpperCase()
    .split('')
    .map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c))
    .join('');

const mod97 = (digits: string) => {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
};

/** The two check digits for coarse + fine address, e.g. leitwegCheckDigits('03241001', 'DC') */
export function leitwegCheckDigits(coarse: string, fine = ''): string {
  const value = 98 - mod97(`${digitsOf(coarse + fine)}00`);
  return String(value).padStart(2, '0');
}

export function isValidLeitwegId(id: string): boolean {
  const m = FORMAT.exec(id);
  if (!m) return false;
  return mod97(digitsOf(`${m[1]}${m[2] ?? ''}`) + m[3]) === 1;
}

/** A complete Leitweg-ID with check digits (demo data, tests). */
export const makeLeitwegId = (coarse: string, fine?: string) =>
  `${coarse}${fine ? `-${fine}` : ''}-${leitwegCheckDigits(coarse, fine ?? '')}`;
