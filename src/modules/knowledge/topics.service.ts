import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { type Category, categories, categoryLabels, categoryLabelsEn } from './knowledge.categories.js';
import * as repo from './knowledge-topics.repository.js';

/**
 * Finding a service by topic (issue 15, the portal's /de/themen and /en/topics): the subject areas with
 * their labels and the number of published services, and the published services of one area. Shared
 * texts are not tenant-owned; the town only decides the office, which the service page shows.
 */
const topicOf = (key: Category, services: number) => ({ key, label: categoryLabels[key], labelEn: categoryLabelsEn[key], services });

export async function listTopics(database: Database) {
  const rows = await database.scoped(ALL_TENANTS, (tx) => repo.countPublishedByCategory(tx));
  const counts = new Map(rows.map((r) => [r.category, Number(r.services)]));
  return { items: categories.map((key) => topicOf(key, counts.get(key) ?? 0)) };
}

export async function listTopicServices(database: Database, topic: Category) {
  const rows = await database.scoped(ALL_TENANTS, (tx) => repo.listPublishedOfCategory(tx, topic));
  return {
    topic: topicOf(topic, rows.length),
    items: rows.map((r) => ({
      leikaKey: r.leikaKey,
      title: r.title,
      shortText: r.shortText,
      en: r.en?.title || r.en?.shortText ? { title: r.en.title ?? null, shortText: r.en.shortText ?? null } : null,
    })),
  };
}
