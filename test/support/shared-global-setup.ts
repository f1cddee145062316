import type { TestProject } from 'vitest/node';
import setup from './global-setup.js';

type Provided = { pgliteTemplateFile?: string; postgresTemplateDb?: string };
interface SharedTemplate {
  ready: Promise<{ provided: Provided; teardown?: () => unknown }>;
  users: number;
}
const KEY = Symbol.for('dialogcenter.test-template');

/**
 * The template database (global-setup.ts) built ONCE per run, however many projects need it: the
 * `integration` and `browser` projects (vitest.config.ts) both list this file, and vitest calls a
 * project's global setup once per project. Global setups run in the main process, so the first call
 * builds the template and later calls only hand the same values to their project; the last
 * teardown removes it.
 */
export default async function sharedGlobalSetup(project: TestProject) {
  const slot = globalThis as { [KEY]?: SharedTemplate };
  let shared = slot[KEY];
  if (!shared) {
    const provided: Provided = {};
    const recorder = {
      provide: (key: keyof Provided, value: string) => {
        provided[key] = value;
      },
    } as unknown as TestProject;
    shared = slot[KEY] = { users: 0, ready: setup(recorder).then((teardown) => ({ provided, teardown })) };
  }
  const mine = shared;
  mine.users++;
  const { provided } = await mine.ready;
  for (const [key, value] of Object.entries(provided)) project.provide(key as keyof Provided, value);
  return async () => {
    if (--mine.users > 0) return;
    if (slot[KEY] === mine) delete slot[KEY];
    await (await mine.ready).teardown?.();
  };
}
