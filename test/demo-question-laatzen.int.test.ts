import { describe, expect, it } from 'vitest';
import { generateCallHistory } from '../src/modules/contacts/index.js';
import { fixedClock } from '../src/platform/time/clock.js';
import { createTestApp } from './support/test-app.js';

/**
 * The example question on the demo data: "how did Laatzen do in March against its agreement?".
 * Plays March 2026 of the demo call history through the telephony ingest (generateCallHistory, the same
 * path as `npm start`) and prints the answer. Heavy (a month of every pilot tenant's calls): runs only
 * with DC_DEMO_QUESTION=1, e.g. `DC_DEMO_QUESTION=1 npx vitest run test/demo-question-laatzen.int.test.ts`.
 */
describe.skipIf(!process.env.DC_DEMO_QUESTION)('demo question: Laatzen in March', () => {
  it('answers it from the service-agreement report', { timeout: 1_800_000 }, async () => {
    const clock = fixedClock(new Date('2026-04-01T20:00:00Z'));
    const t = await createTestApp({ clock });
    try {
      const started = Date.now();
      const progress = await generateCallHistory(t.db.database, clock, { months: 1, delayMs: 0 });
      console.log(
        `history: ${progress.calls} calls, ${progress.events} events, ${progress.from} – ${progress.to}, ${Math.round((Date.now() - started) / 1000)} s`,
      );
      const cookie = await t.login('teamleitung');
      const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
      const c = await get('/api/v1/reports/agreement-compliance?tenant=03241009&from=2026-03&to=2026-03');
      const m = c.months[0];
      const lines = [
        `${c.tenantName}, ${m.label} (${m.phaseLabel}); Vereinbarung ${c.agreement.reference}, Servicezeiten ${c.agreement.serviceHours}`,
        `angeboten ${m.offered}, in den Servicezeiten ${m.offeredInHours}, außerhalb ${m.offeredOutsideHours}; ${m.kept} gehalten, ${m.missed} nicht gehalten, ${m.unmeasured} ohne Messwert`,
        ...m.promises.map((p: { label: string; text: string }) => `- ${p.label}: ${p.text}`),
        (await get('/api/v1/reports/pilot-evaluation?tenant=03241009&from=2026-03&to=2026-03')).months[0].summary,
      ];
      console.log(lines.join('\n'));
      expect(m.offered).toBeGreaterThan(0);
      expect(m.offered).toBe(m.offeredInHours + m.offeredOutsideHours);
    } finally {
      await t.close();
    }
  });
});
