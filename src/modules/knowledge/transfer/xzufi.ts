import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The XZuFi subset we read and write (see docs/decisions/0012): one `leistung` per
 * service with its LeiKa reference and its text modules (`modulText` with a LeiKa
 * text-module code), plus search terms. Organisational units, addresses and
 * opening hours (XZuFi `organisationseinheit`, `zustaendigkeit`) are exchanged as
 * CSV for now. Codes follow the LeiKa text modules; element names follow XZuFi 2.2
 * but the output is not validated against the official XSD.
 */
export const XZUFI_NAMESPACE = 'http://xoev.de/schemata/xzufi/2_2_0';

/** LeiKa text-module codes → our fields. */
export const textModuleCodes = {
  '01': 'title',
  '03': 'fullText',
  '04': 'requiredDocuments',
  '05': 'eligibility',
  '06': 'fees',
  '07': 'procedure',
  '08': 'processingTime',
  '09': 'deadlines',
  '11': 'notes',
  '12': 'legalBasis',
  '14': 'shortText',
  '17': 'forms',
  '18': 'onlineServiceUrl',
} as const;

type TextField = (typeof textModuleCodes)[keyof typeof textModuleCodes];
const codeOf = Object.fromEntries(Object.entries(textModuleCodes).map(([code, field]) => [field, code])) as Record<TextField, string>;

export interface XzufiService {
  leikaKey: string;
  ozgId?: string | null;
  category?: string | null;
  responsibility?: string | null;
  keywords: string[];
  texts: Partial<Record<TextField, string | null>>;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string =>
  (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as { '#text'?: unknown })['#text'] ?? '') : String(v)).trim();

export class XzufiFormatError extends Error {}

/** Reads `leistung` elements; namespace prefixes are ignored, so `xzufi:` and default namespaces both work. */
export function parseXzufi(xml: string): { services: XzufiService[]; unsupportedModules: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XzufiFormatError(`Kein gültiges XML (Zeile ${valid.err.line}): ${valid.err.msg}`);
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml) as Record<string, unknown>;
  const root = (doc.leistungen ?? doc.transfer ?? doc) as Record<string, unknown>;
  const unsupported = new Set<string>();
  const services = asArray(root.leistung as Record<string, unknown> | Record<string, unknown>[]).map((l) => {
    const texts: XzufiService['texts'] = {};
    for (const m of asArray(l.modulText as Record<string, unknown> | Record<string, unknown>[])) {
      const code = text((m.leikaTextmodul as Record<string, unknown> | undefined)?.code ?? m.leikaTextmodul);
      const field = textModuleCodes[code as keyof typeof textModuleCodes];
      if (!field) {
        unsupported.add(code);
        continue;
      }
      texts[field] = text(m.inhalt) || null;
    }
    return {
      leikaKey: text(l.referenzLeiKa ?? l.id),
      ozgId: text(l.kennzeichenOZG) || null,
      category: text(l.kategorie) || null,
      responsibility: text(l.zustaendigkeitsebene) || null,
      keywords: asArray(l.suchbegriff).map(text).filter(Boolean),
      texts,
    };
  });
  return { services, unsupportedModules: [...unsupported] };
}

export function buildXzufi(services: XzufiService[]): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    'xzufi:leistungen': {
      '@xmlns:xzufi': XZUFI_NAMESPACE,
      'xzufi:leistung': services.map((s) => ({
        'xzufi:id': s.leikaKey,
        'xzufi:referenzLeiKa': s.leikaKey,
        ...(s.ozgId ? { 'xzufi:kennzeichenOZG': s.ozgId } : {}),
        ...(s.category ? { 'xzufi:kategorie': s.category } : {}),
        ...(s.responsibility ? { 'xzufi:zustaendigkeitsebene': s.responsibility } : {}),
        'xzufi:modulText': Object.entries(s.texts)
          .filter(([, v]) => v)
          .map(([field, v]) => ({
            'xzufi:leikaTextmodul': { '@listURI': 'urn:de:fim:leika:textmodul', code: codeOf[field as TextField] },
            'xzufi:inhalt': { '@languageCode': 'de', '#text': v },
          })),
        'xzufi:suchbegriff': s.keywords,
      })),
    },
  };
  return builder.build(body) as string;
}
