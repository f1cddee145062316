import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/database.js';

/**
 * What a module tells the privacy module about the personal data it keeps (decision 0137): the
 * processing activities (Art. 30 GDPR), the retention rules per kind of data, and how to find and
 * erase one person's records. Each module exposes one `PersonalDataProvider` through its index.ts;
 * the privacy module orchestrates them. The platform knows no module: only this shape.
 */

/** One processing activity of a module, for the records of processing activities (Art. 30). */
export interface ProcessingActivity {
  name: string;
  purpose: string;
  legalBasis: string;
  dataSubjects: string[];
  dataKinds: string[];
  recipients: string[];
  /** Retention kinds (RetentionRule.kind) that bound how long the data is kept. */
  retentionKinds: string[];
}

/** One kind of data with its lawful default retention; `apply` deletes or anonymises what is due. */
export interface RetentionRule {
  kind: string;
  label: string;
  /** Lawful default (days after the record's end) and the shortest the administrator may set. */
  defaultDays: number;
  minDays: number;
  action: 'delete' | 'anonymise';
  basis: string;
  /**
   * Restriction of processing (Art. 18, decision 0137): the kinds of found records (FoundRecord.kind) whose
   * restriction this rule honours, or why none of its rows can be restricted (they are found by no request).
   */
  restriction: { recordKinds: string[] } | { none: string };
  /**
   * Runs in the job's transaction (all tenants): deletes or anonymises what is due, except rows of the
   * `restricted` record ids (of the kinds named in `restriction`), which it keeps and names in `kept`.
   */
  apply(tx: Tx, cutoff: Date, restricted: readonly string[], now: Date): Promise<RetentionOutcome>;
}

/** What one retention rule did: rows deleted or anonymised, and the restricted records it kept although due. */
export interface RetentionOutcome {
  changed: number;
  kept: string[];
}

/** Who a citizen request is about: at least one of these. */
export interface DataSubject {
  email?: string;
  phone?: string;
  name?: string;
  birthDate?: string;
  referenceCode?: string;
}

/** One record about the subject, found by a module. */
export interface FoundRecord {
  module: string;
  kind: string;
  id: string;
  tenantId: string | null;
  at: Date | null;
  /** How it matched: email, phone, name, referenceCode. */
  matchedBy: string[];
  /** German one-liner for the list. */
  summary: string;
  /** The personal data itself, for the Art. 15 export. */
  data: Record<string, unknown>;
}

export interface PersonalDataProvider {
  module: string;
  activities: ProcessingActivity[];
  retention: RetentionRule[];
  /** Every record about the subject (in the caller's all-tenant transaction). */
  find(tx: Tx, subject: DataSubject): Promise<FoundRecord[]>;
  /** Erases (anonymises) one record found by `find`; false when the kind is not this module's. */
  erase(tx: Tx, record: Pick<FoundRecord, 'kind' | 'id'>): Promise<boolean>;
}

/** Digits only, the way phone numbers are compared (0511 12 34-5 = 0511123345). */
export const phoneDigits = (phone: string) =>
  phone
    .replace(/\D/g, '')
    .replace(/^0049/, '0')
    .replace(/^49(?=[1-9])/, '0');

/** Placeholder written where a name was erased. */
export const ERASED = '(gelöscht)';

/** Count of rows changed by an UPDATE/DELETE … RETURNING 1 (one helper, used by the modules' repositories). */
export async function countOf(tx: Tx, statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql`with changed as (${statement}) select count(*)::int as n from changed`);
  return row?.n ?? 0;
}

/** The ids as one uuid[] parameter (a literal `{…}` cast; uuids need no quoting). */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** `column` is none of the restricted ids (true when there are none). */
export const notRestricted = (column: SQL, restricted: readonly string[]) =>
  restricted.length === 0 ? sql`true` : sql`not (${column} = any(${uuidArray(restricted)}))`;

/**
 * The restricted ids among the due rows: `dueIds` selects the ids (one column `id`) of what the rule would
 * delete or anonymise now; the restricted ones among them are kept and reported.
 */
export async function restrictedDue(tx: Tx, dueIds: SQL, restricted: readonly string[]): Promise<string[]> {
  if (restricted.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select distinct d.id::text as id from (${dueIds}) d where d.id = any(${uuidArray(restricted)})`,
  );
  return rows.map((r) => r.id);
}
