import { describe, expect, it } from 'vitest';
import { buildXzufi, parseXzufi, textModuleCodes, XZUFI_NAMESPACE, XzufiFormatError, type XzufiService } from './xzufi.js';

const ausweis: XzufiService = {
  leikaKey: '99010201300000',
  ozgId: '10099',
  category: 'ausweise',
  responsibility: 'municipality',
  keywords: ['Perso', 'Ausweis verlängern'],
  texts: {
    title: 'Personalausweis beantragen',
    shortText: 'Einen Personalausweis beim Bürgeramt beantragen.',
    fees: '37,00 € (unter 24 Jahren 22,80 €)',
    notes: 'Termine & Wartezeiten: <siehe Terminvergabe> "online"',
  },
};
const hund: XzufiService = { leikaKey: '99050501200000', keywords: ['Hundesteuer'], texts: { title: 'Hund anmelden' } };

describe('XZuFi transfer', () => {
  it('writes services that read back unchanged, special characters included', () => {
    const xml = buildXzufi([ausweis, hund]);
    expect(xml).toContain(`xmlns:xzufi="${XZUFI_NAMESPACE}"`);
    expect(xml).toContain('<xzufi:referenzLeiKa>99010201300000</xzufi:referenzLeiKa>');
    expect(xml).not.toContain('<siehe');
    const { services, unsupportedModules } = parseXzufi(xml);
    expect(unsupportedModules).toEqual([]);
    expect(services).toEqual([ausweis, { ...hund, ozgId: null, category: null, responsibility: null }]);
  });

  it('maps LeiKa text-module codes to fields both ways', () => {
    const all = Object.fromEntries(Object.values(textModuleCodes).map((field) => [field, `Text für ${field}`]));
    const xml = buildXzufi([{ leikaKey: '99000000000001', keywords: [], texts: all }]);
    for (const code of Object.keys(textModuleCodes)) expect(xml).toContain(`<code>${code}</code>`);
    expect(parseXzufi(xml).services[0]!.texts).toEqual(all);
  });

  it('reads a default namespace, a single service, a `transfer` root and `id` when referenzLeiKa is missing', () => {
    const xml = `<?xml version="1.0"?>
      <transfer xmlns="${XZUFI_NAMESPACE}">
        <leistung>
          <id>99050501200000</id>
          <modulText><leikaTextmodul><code>01</code></leikaTextmodul><inhalt languageCode="de">Hund anmelden</inhalt></modulText>
          <suchbegriff>Hundesteuer</suchbegriff>
        </leistung>
      </transfer>`;
    expect(parseXzufi(xml).services).toEqual([
      {
        leikaKey: '99050501200000',
        ozgId: null,
        category: null,
        responsibility: null,
        keywords: ['Hundesteuer'],
        texts: { title: 'Hund anmelden' },
      },
    ]);
  });

  it('reports text modules it does not support instead of dropping them silently', () => {
    const xml = `<xzufi:leistungen xmlns:xzufi="${XZUFI_NAMESPACE}"><xzufi:leistung>
        <xzufi:referenzLeiKa>99010201300000</xzufi:referenzLeiKa>
        <xzufi:modulText><xzufi:leikaTextmodul><code>01</code></xzufi:leikaTextmodul><xzufi:inhalt>Ausweis</xzufi:inhalt></xzufi:modulText>
        <xzufi:modulText><xzufi:leikaTextmodul><code>99</code></xzufi:leikaTextmodul><xzufi:inhalt>Unbekannt</xzufi:inhalt></xzufi:modulText>
        <xzufi:modulText><xzufi:leikaTextmodul><code>02</code></xzufi:leikaTextmodul><xzufi:inhalt>Volltext alt</xzufi:inhalt></xzufi:modulText>
      </xzufi:leistung></xzufi:leistungen>`;
    const { services, unsupportedModules } = parseXzufi(xml);
    expect(services[0]!.texts).toEqual({ title: 'Ausweis' });
    expect(unsupportedModules.sort()).toEqual(['02', '99']);
  });

  it('refuses a file that is not XML with the line of the fault, and finds no service in a foreign document', () => {
    const broken = '<leistungen>\n<leistung>\n<id>99010201300000</id>\n</leistungen>';
    expect(() => parseXzufi(broken)).toThrow(XzufiFormatError);
    expect(() => parseXzufi(broken)).toThrow(/Kein gültiges XML \(Zeile \d+\)/);
    expect(() => parseXzufi('leika_key;title\n99010201300000;Ausweis')).toThrow(XzufiFormatError);
    expect(parseXzufi('<rechnung><betrag>12</betrag></rechnung>').services).toEqual([]);
  });

  it('writes no empty text modules and no empty optional elements', () => {
    const xml = buildXzufi([
      { leikaKey: '99000000000002', ozgId: null, keywords: [], texts: { title: 'Nur Titel', fees: null, notes: '' } },
    ]);
    expect(xml.match(/<xzufi:modulText>/g)).toHaveLength(1);
    expect(xml).not.toContain('kennzeichenOZG');
    expect(parseXzufi(xml).services[0]!.texts).toEqual({ title: 'Nur Titel' });
  });
});
