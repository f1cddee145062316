import type { EnglishShared } from '../knowledge.contract.js';
import type { Category } from '../knowledge.categories.js';
import type { ResponsibilityLevel } from '../knowledge.schema.js';

export type { Category };

/**
 * The demo catalogue is hand-written as service families: the family gives the
 * shared standard texts (documents, fees, legal basis …), each entry its title,
 * search words and short text, and overrides where it differs. LeiKa keys follow
 * the 14-digit LeiKa format (99, four-digit group, three-digit service, two-digit activity, 000); they are demo keys,
 * not copied from the federal catalogue.
 */
export interface ServiceTexts {
  fullText?: string;
  eligibility?: string;
  requiredDocuments?: string;
  fees?: string;
  deadlines?: string;
  processingTime?: string;
  procedure?: string;
  legalBasis?: string;
  forms?: string;
  onlineServiceUrl?: string;
  notes?: string;
  ozgId?: string;
  popularity?: number;
  responsibility?: ResponsibilityLevel;
  /** English texts the editors supplied (a few demo services; the rest reads in German on /en). */
  en?: EnglishShared;
}

export interface ServiceSeed extends ServiceTexts {
  leikaKey: string;
  title: string;
  category: Category;
  responsibility: ResponsibilityLevel;
  shortText: string;
  keywords: string[];
}

/** [serial, title, keywords (comma separated), short text, overrides] */
export type Entry = [number, string, string, string, ServiceTexts?];

export interface Family extends ServiceTexts {
  /** LeiKa group of the family (up to four digits). */
  group: number;
  category: Category;
  responsibility: ResponsibilityLevel;
  entries: Entry[];
}

export const leikaKey = (group: number, serial: number, activity = 0) =>
  `99${String(group).padStart(4, '0')}${String(serial).padStart(3, '0')}${String(activity).padStart(2, '0')}000`;

export function expandFamily(family: Family): ServiceSeed[] {
  const { group, category, entries, ...defaults } = family;
  return entries.map(([serial, title, keywords, shortText, overrides]) => {
    const texts = { ...defaults, ...overrides };
    return {
      ...texts,
      leikaKey: leikaKey(group, serial),
      title,
      category,
      responsibility: texts.responsibility ?? family.responsibility,
      shortText,
      fullText: texts.fullText ? `${shortText} ${texts.fullText}` : shortText,
      keywords: keywords
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    };
  });
}
