import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { knowledgeServices } from './knowledge.schema.js';

/** Published services per subject area (the public topic list). */
export const countPublishedByCategory = (tx: Tx) =>
  tx
    .select({ category: knowledgeServices.category, services: count() })
    .from(knowledgeServices)
    .where(eq(knowledgeServices.status, 'published'))
    .groupBy(knowledgeServices.category);

/** The published services of one subject area, by German title; with the English texts editors supplied. */
export const listPublishedOfCategory = (tx: Tx, category: string) =>
  tx
    .select({
      leikaKey: knowledgeServices.leikaKey,
      title: knowledgeServices.title,
      shortText: knowledgeServices.shortText,
      en: knowledgeServices.en,
    })
    .from(knowledgeServices)
    .where(and(eq(knowledgeServices.status, 'published'), eq(knowledgeServices.category, category)))
    .orderBy(asc(knowledgeServices.title), asc(knowledgeServices.leikaKey));
