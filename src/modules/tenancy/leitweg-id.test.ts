import { describe, expect, it } from 'vitest';
import { isValidLeitwegId, leitwegCheckDigits, makeLeitwegId } from './leitweg-id.js';

describe('Leitweg-ID', () => {
  it('accepts the KoSIT example 04011000-1234512345-06 and the federal 991-…', () => {
    expect(isValidLeitwegId('04011000-1234512345-06')).toBe(true);
    expect(leitwegCheckDigits('04011000', '1234512345')).toBe('06');
  });

  it('refuses a wrong check digit, a bad format and lower-case-only garbage', () => {
    expect(isValidLeitwegId('04011000-1234512345-07')).toBe(false);
    expect(isValidLeitwegId('04011000')).toBe(false);
    expect(isValidLeitwegId('abc-def-12')).toBe(false);
  });

  it('letters in the fine address count A=10 … Z=35, case-insensitive', () => {
    const id = makeLeitwegId('03241001', 'DialogCenter');
    expect(isValidLeitwegId(id)).toBe(true);
    expect(isValidLeitwegId(id.toLowerCase())).toBe(true);
  });
});
