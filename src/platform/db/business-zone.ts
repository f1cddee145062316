import { sql, type SQL } from 'drizzle-orm';
import { businessTimeZone } from '../time/berlin-time.js';

/**
 * The business time zone (TZ_BUSINESS, default Europe/Berlin) as an SQL string literal, for
 * `at time zone …` in reports. Inlined rather than bound: PostgreSQL matches GROUP BY expressions
 * textually, and two parameters holding the same zone ($1, $2) would not match. The zone is an IANA
 * name checked at start (configureBusinessTimeZone); quotes are doubled all the same.
 */
export const businessZoneLiteral = (): string => `'${businessTimeZone().replaceAll("'", "''")}'`;

/** The same literal as a Drizzle SQL fragment. */
export const businessZoneSql = (): SQL => sql.raw(businessZoneLiteral());
