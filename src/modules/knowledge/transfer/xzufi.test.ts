import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agsOf, buildXzufi, parseXzufi, textModuleCodes, XZUFI_NAMESPACE, XzufiFormatError } from './xzufi.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('XZuFi 2.2 transfer message (nachrichtenkopf, schreibe)', () => {
  const message = parseXzufi(fixture('niedersachsen-transfer.xml'));
  const wasser = message.services.find((s) => s.leikaKey === '99990001001000')!;

  it('is recognised by its structure, whatever the root is called; reads the version', () => {
    expect(message.version).toBe('2.2.0');
    expect(message.services.map((s) => s.id)).toEqual(['L-9001', 'L-9003']);
  });

  it('maps every text module by the official code list, German text only', () => {
    expect(wasser.texts).toMatchObject({
      title: 'Wasserentnahme aus einem Gewässer erlauben lassen',
      shortText: 'Wer Wasser aus einem Bach oder See entnehmen will, braucht eine Erlaubnis der Wasserbehörde.',
      fullText: 'Die Erlaubnis wird für einen bestimmten Zweck und eine bestimmte Menge erteilt.',
      legalBasis: '§ 8 Wasserhaushaltsgesetz (WHG)',
      requiredDocuments: 'Lageplan, Angabe der Entnahmemenge',
      eligibility: 'Eigentum oder Nutzungsrecht am Ufergrundstück',
      procedure: 'Antrag stellen, die Behörde prüft und erteilt die Erlaubnis schriftlich.',
      forms: 'Antragsformular Wasserentnahme',
      notes: 'Für kleine Mengen zum Gießen ist keine Erlaubnis nötig.',
    });
  });

  it('reads fees, deadlines, processing time, keywords and the online service link', () => {
    expect(wasser.texts).toMatchObject({
      fees: '50 bis 500 Euro nach Aufwand',
      deadlines: 'Antrag vier Wochen vor der Entnahme',
      processingTime: 'etwa sechs Wochen',
      onlineServiceUrl: 'https://wasser.niedersachsen.example/antrag',
    });
    expect(wasser.keywords).toEqual(['Wasserrecht', 'Brunnen']);
  });

  it('reads the organisation unit with address, phone, mail and its responsibility (service, areas)', () => {
    expect(message.units).toEqual([
      {
        id: 'OE-LAATZEN-UMWELT',
        name: 'Stadt Laatzen, Umweltamt',
        street: 'Marktplatz 13',
        postalCode: '30880',
        city: 'Laatzen',
        phone: '0511 8205-0',
        email: 'umwelt@laatzen.example',
        web: null,
        responsibilities: [{ serviceId: 'L-9001', areas: ['032410009009', '099990000000'] }],
      },
    ]);
  });

  it('refuses a service without LeiKa key by itself, and lists what is not mapped', () => {
    expect(message.refused).toEqual([{ record: 'Leistung 2 (id L-9002)', reason: 'Kein LeiKa-Schlüssel (referenzLeiKa/code fehlt).' }]);
    expect(message.unmapped).toEqual(
      expect.arrayContaining([
        'Sprachfassung en in modulText 02',
        'Textmodul 18 Urheber',
        'Element leistung/struktur',
        'Element leistung/typisierung',
        'Element leistung/versionsinformation',
        'Element organisationseinheit/oeffnungszeiten',
      ]),
    );
  });
});

describe('PVOG / HamburgService leistungsverzeichnis answer', () => {
  const message = parseXzufi(fixture('pvog-leistungsverzeichnis.xml'));

  it('reads leistung elements under the root in a default namespace; takes de-DE before other languages', () => {
    expect(message.services).toEqual([
      {
        id: 'HH-7001',
        leikaKey: '99990001003000',
        keywords: [],
        texts: { title: 'Sportboot registrieren', shortText: 'Ein Sportboot mit Motor muss amtlich registriert werden.', fees: '25 Euro' },
      },
    ]);
    expect(message.unmapped).toEqual(['Sprachfassung en in modulText 02', 'Textmodul 15 Weiterführende Informationen']);
  });
});

describe('XZuFi export', () => {
  const all = Object.fromEntries(
    [...Object.values(textModuleCodes), 'fees', 'deadlines', 'processingTime'].map((f) => [f, `Text für ${f} & <mehr> "zitiert"`]),
  );
  const services = [
    {
      leikaKey: '99990001001000',
      keywords: ['Brunnen', 'Wasserrecht'],
      texts: { ...all, onlineServiceUrl: 'https://example.org/a?b=1&c=2' },
    },
    { leikaKey: '99990001002000', keywords: [], texts: { title: 'Fischereischein', shortText: 'Einen Fischereischein beantragen.' } },
  ];
  const xml = buildXzufi(services, { messageId: 'm-1', createdAt: new Date('2026-12-01T10:00:00Z') });

  it('writes a transfer message with the official code-list URI and unqualified code children', () => {
    expect(xml).toContain(`xmlns:xzufi="${XZUFI_NAMESPACE}"`);
    expect(xml).toContain('xzufiVersion="2.2.0"');
    expect(xml).toContain('<xzufi:nachrichtenkopf>');
    expect(xml).toContain('<xzufi:leikaTextmodul listURI="urn:de:xzufi:codeliste:leistungstextmodulleika">');
    expect(xml).toMatch(/<xzufi:referenzLeiKa listURI="urn:de:fim:leika:leistung">\s*<code>99990001001000<\/code>/);
    expect(xml).not.toContain('kategorie');
    expect(xml).not.toContain('zustaendigkeitsebene');
    expect(xml).not.toContain('<mehr>');
  });

  it('reads back to the same services (round trip), special characters included', () => {
    const back = parseXzufi(xml);
    expect(back.refused).toEqual([]);
    expect(back.unmapped).toEqual([]);
    expect(back.services.map(({ id: _id, ...s }) => s)).toEqual(services);
  });
});

describe('bad files', () => {
  it('refuses broken XML and a file without any service, in German', () => {
    expect(() => parseXzufi('<a><b></a>')).toThrow(XzufiFormatError);
    expect(() => parseXzufi('<a><b></a>')).toThrow(/Kein gültiges XML \(Zeile 1\)/);
    expect(() => parseXzufi('<nachricht xzufiVersion="2.2.0"><nachrichtenkopf/></nachricht>')).toThrow(/enthält keine Leistung/);
  });

  it('folds a 12-digit ARS to the AGS; keeps AGS and district keys', () => {
    expect(agsOf('032410009009')).toBe('03241009');
    expect(agsOf('032410000000')).toBe('03241');
    expect(agsOf('03241010')).toBe('03241010');
    expect(agsOf('DE-NI')).toBeNull();
  });
});
