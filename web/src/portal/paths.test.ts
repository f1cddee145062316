import { describe, expect, it } from 'vitest';
import { langOf, twinPath } from './paths';

describe('portal paths', () => {
  it('reads the language from the address', () => {
    expect(langOf('/en')).toBe('en');
    expect(langOf('/en/services/99102013000000')).toBe('en');
    expect(langOf('/de/termine')).toBe('de');
    expect(langOf('/english')).toBe('de');
  });
  it('maps each page to its twin in the other language, query kept', () => {
    expect(twinPath('/de/leistungen/99102013000000', '?ort=Sehnde', 'en')).toBe('/en/services/99102013000000?ort=Sehnde');
    expect(twinPath('/en/appointments', '', 'de')).toBe('/de/termine');
    expect(twinPath('/de', '?q=perso', 'en')).toBe('/en?q=perso');
    expect(twinPath('/de/assistent', '', 'en')).toBe('/en/assistant');
    expect(twinPath('/en/contact', '', 'de')).toBe('/de/kontakt');
    expect(twinPath('/de/status', '?code=KF-1', 'en')).toBe('/en/status?code=KF-1');
    expect(twinPath('/de/themen', '?ort=Laatzen', 'en')).toBe('/en/topics?ort=Laatzen');
    expect(twinPath('/en/topics/schule_kita', '?ort=Sehnde', 'de')).toBe('/de/themen/schule_kita?ort=Sehnde');
  });
});
