import { AppError } from '../../platform/http/app-error.js';
import { foldUmlauts } from './search/german-text.js';
import type { TenantRef } from './responsibility.js';

export interface TenantWithKeys extends TenantRef {
  ags: string;
  postalCodes: string[];
}

const simplify = (s: string) =>
  foldUmlauts(s.toLowerCase())
    .replace(/^(landeshauptstadt|stadt|gemeinde|region)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Finds the caller's municipality from what the agent typed: an AGS (8 digits, or
 * the Region's 5-digit key), a postal code, or a place name ("Burgwedel",
 * "Stadt Laatzen", "Neustadt"). Unknown input is a clear validation error.
 */
export function resolveMunicipality<T extends TenantWithKeys>(tenants: T[], input: string): T {
  const value = input.trim();
  const byAgs = tenants.find((t) => t.ags === value);
  if (byAgs) return byAgs;
  if (/^[0-9]{5}$/.test(value)) {
    const byPostalCode = tenants.find((t) => t.postalCodes.includes(value));
    if (byPostalCode) return byPostalCode;
  }
  const wanted = simplify(value);
  if (wanted.length >= 3) {
    const exact = tenants.find((t) => [t.slug, t.name, t.officialName].some((n) => simplify(n) === wanted));
    if (exact) return exact;
    const prefixed = tenants.filter((t) => [t.name, t.slug].some((n) => simplify(n).startsWith(wanted)));
    if (prefixed.length === 1) return prefixed[0]!;
  }
  throw new AppError(
    'VALIDATION_FAILED',
    `Die Kommune „${value}“ ist nicht bekannt. Bitte Ort, Postleitzahl oder Gemeindeschlüssel angeben.`,
    {
      issues: [{ field: 'municipality', message: 'Unbekannte Kommune: Ort, Postleitzahl oder Gemeindeschlüssel (AGS) angeben.' }],
    },
  );
}
