import { describe, expect, it } from 'vitest';
import { coverage, searchTextOf, symptomTsquery, symptomWords } from './known-error-text.js';

describe('known-error search text', () => {
  const printer = searchTextOf('Netzwerkdrucker 3. OG druckt nicht', 'Druckaufträge bleiben in der Warteschlange hängen', 'drucker spinnt');
  it('drops filler words of the spoken symptom and keeps umlaut spellings', () => {
    expect(symptomWords('Mein Drucker druckt nicht!')).toEqual(['drucker', 'druckt']);
    expect(symptomTsquery(symptomWords('drucker druckt nicht'))).toBe('drucker:* | druckt:*');
    expect(printer).toContain('hängen');
    expect(printer).toContain('hangen');
  });
  it('covers the caller words by stem prefix, also inside compounds', () => {
    expect(coverage('drucker druckt nicht', printer)).toBe(1);
    expect(coverage('outlook startet nicht', printer)).toBe(0);
    expect(coverage('druckauftrag hängt', printer)).toBe(1);
  });
});
