import { createServer, type Server } from 'node:http';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testNow } from '../../../test/support/test-clock.js';
import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { ALL_TENANTS, queryRows } from '../../platform/db/database.js';
import { addDays, isoWeekday, localDate, localInstant } from '../../platform/time/berlin-time.js';
import { manualClock, type ManualClock } from '../../platform/time/clock.js';
import { checkGrounded } from './grounding.js';

/**
 * The assistant API end to end on the real database (both engines): every reply kind, the town asked for
 * and remembered, hand-over with the transcript into the routed queue, service hours, knowledge gaps,
 * retention, the 400 cases and the rate limit; every answer's facts checked against the official text.
 * The clock is set to instants chosen from the run's day, so the outcome does not depend on DC_TEST_NOW.
 */

/** The next ordinary (non-holiday) day with this ISO weekday after the run's day, at a Berlin wall time. */
function next(weekday: number, time: string): Date {
  let day = addDays(localDate(testNow()), 1);
  while (isoWeekday(day) !== weekday || holidayName(day)) day = addDays(day, 1);
  return localInstant(day, time);
}

interface AssistantReply {
  conversationId: string;
  reply: {
    kind: string;
    text: string;
    parts?: { text: string; lang: 'de' | 'en' }[];
    sources: { leikaKey: string; title: string; url: string }[];
    actions: { kind: string; url?: string }[];
  };
}

describe('assistant API', () => {
  let t: TestApp;
  let clock: ManualClock;
  let ipCounter = 0;
  const openAt = next(3, '10:00');
  // A Sunday noon whose Monday is an ordinary day, so "back on Monday" holds (not before Easter or Whit Monday).
  const closedAt = (() => {
    let day = addDays(localDate(testNow()), 1);
    while (isoWeekday(day) !== 7 || holidayName(addDays(day, 1))) day = addDays(day, 1);
    return localInstant(day, '12:00');
  })();
  /** After the last message of this file (the Sunday may come before or after the Wednesday). */
  const lastMessageAt = new Date(Math.max(openAt.getTime(), closedAt.getTime()));

  beforeAll(async () => {
    clock = manualClock(openAt);
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  // Each conversation from its own address, so the rate limit does not interfere (it has its own test).
  const ask = async (body: object, ip = `203.0.113.${++ipCounter % 250}`) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/public/v1/assistant/messages', payload: body, remoteAddress: ip });
    return res;
  };
  const say = async (body: object) => {
    const res = await ask(body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AssistantReply;
  };
  /** The official text of a service for a town, as the public knowledge API publishes it. */
  const officialText = async (leikaKey: string, municipality: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/v1/knowledge/services/${leikaKey}?municipality=${municipality}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as { answerText: string }).answerText;
  };

  it('gives 112 and 110 at once in an emergency, in German and English', async () => {
    const de = await say({ text: 'Hilfe, es brennt in der Küche!' });
    expect(de.reply.kind).toBe('emergency');
    expect(de.reply.text).toMatch(/112/);
    expect(de.reply.text).toMatch(/110/);
    const en = await say({ text: 'my neighbour is unconscious', language: 'en' });
    expect(en.reply.kind).toBe('emergency');
    expect(en.reply.text).toMatch(/call now: 112/);
  });

  it('asks for the town when the answer depends on it, then answers the waiting question from the official text', async () => {
    const first = await say({ text: 'Ich brauche einen neuen Personalausweis' });
    expect(first.reply.kind).toBe('ask_municipality');
    expect(first.reply.text).toMatch(/Stadt oder Gemeinde/);
    const second = await say({ conversationId: first.conversationId, text: 'Laatzen' });
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.reply.kind).toBe('answer');
    expect(second.reply.sources[0]).toMatchObject({ leikaKey: '99010201300000', title: 'Personalausweis beantragen' });
    expect(second.reply.sources[0]!.url).toBe('/de/leistungen/99010201300000?ort=laatzen');
    const official = await officialText('99010201300000', 'laatzen');
    expect(second.reply.text).toContain(official);
    expect(checkGrounded(second.reply.text, [official])).toEqual({ ok: true, unsupported: [] });
    // Laatzen books ID-card appointments: the booking is offered.
    expect(second.reply.actions).toContainEqual({ kind: 'appointment', url: '/de/termine?leika=99010201300000&ort=laatzen' });
    // The town is remembered for the next question.
    const third = await say({ conversationId: first.conversationId, text: 'Und was kostet ein Reisepass?' });
    expect(third.reply.kind).toBe('answer');
    expect(third.reply.sources[0]!.url).toContain('ort=laatzen');
    expect(checkGrounded(third.reply.text, [await officialText(third.reply.sources[0]!.leikaKey, 'laatzen')]).ok).toBe(true);
  });

  it('answers at once when the town is in the question or the request, by name or postal code', async () => {
    const named = await say({ text: 'Hundesteuer in Sehnde anmelden' });
    expect(named.reply.kind).toBe('answer');
    expect(named.reply.sources[0]!.url).toContain('ort=sehnde');
    const coded = await say({ text: 'Sperrmüll abholen lassen', municipality: '30880' });
    expect(coded.reply.kind).toBe('answer');
    expect(checkGrounded(coded.reply.text, [await officialText(coded.reply.sources[0]!.leikaKey, 'laatzen')]).ok).toBe(true);
  });

  it('asks which town when a postal code belongs to two, and takes the answer', async () => {
    const first = await say({ text: 'Wohnsitz ummelden 30669' });
    expect(first.reply.kind).toBe('ask_municipality');
    expect(first.reply.text).toMatch(/30669/);
    expect(first.reply.text).toMatch(/Hannover/);
    expect(first.reply.text).toMatch(/Langenhagen/);
    expect(checkGrounded(first.reply.text, ['30669: Hannover und Langenhagen']).ok).toBe(true);
    const second = await say({ conversationId: first.conversationId, text: 'Langenhagen' });
    expect(second.reply.kind).toBe('answer');
    expect(second.reply.sources[0]!.url).toContain('ort=langenhagen');
  });

  it('answers in English with the German official text and says so', async () => {
    const res = await say({ text: 'I need to renew my passport', municipality: 'Garbsen', language: 'en' });
    expect(res.reply.kind).toBe('answer');
    expect(res.reply.text).toMatch(/available in German only/);
    expect(res.reply.sources[0]!.title).toMatch(/Reisepass/);
    // The reply cut by language (additive field): English intro and close, the German excerpt marked "de";
    // joined, the parts are `text`.
    const parts = res.reply.parts!;
    expect(parts.map((p) => p.text).join('')).toBe(res.reply.text);
    expect(parts.map((p) => p.lang)).toEqual(['en', 'de', 'en']);
    expect(parts[0]!.text).toMatch(/available in German only/);
    expect(parts[1]!.text).toMatch(/Reisepass/);
    const german = await say({ text: 'Reisepass beantragen', municipality: 'Garbsen' });
    expect(german.reply.parts).toEqual([{ text: german.reply.text, lang: 'de' }]);
  });

  it('hands over on request, offering the live chat in service hours', async () => {
    const res = await say({ text: 'Ich will mit einem Menschen sprechen' });
    expect(res.reply.kind).toBe('handover');
    expect(res.reply.actions.map((a) => a.kind)).toEqual(['chat', 'callback', 'request']);
  });

  it('hands over out-of-scope matters and records them as knowledge gaps', async () => {
    const status = await say({ text: 'Wie ist der Stand meines Antrags auf Wohngeld?', municipality: 'Burgdorf' });
    expect(status.reply.kind).toBe('handover');
    const other = await say({ text: 'Wo gebe ich meine Einkommensteuererklärung ab?' });
    expect(other.reply.kind).toBe('handover');
    expect(other.reply.text).toMatch(/andere Behörde/);
    const cookie = await t.login('redaktion.zentral');
    const gaps = await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/gaps', headers: { cookie } });
    expect(gaps.statusCode).toBe(200);
    const queries = (gaps.json() as { items: { query: string }[] }).items.map((g) => g.query);
    expect(queries).toContain('wie ist der stand meines antrags auf wohngeld?');
  });

  it('says when nothing fits, and hands over after the second failed attempt', async () => {
    const first = await say({ text: 'Quxbar flimflam zorgel' });
    expect(first.reply.kind).toBe('clarify');
    expect(first.reply.sources).toEqual([]);
    expect(first.reply.actions.map((a) => a.kind)).toContain('callback');
    const second = await say({ conversationId: first.conversationId, text: 'Blorptastisch wumpel' });
    expect(second.reply.kind).toBe('handover');
    const rows = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ query: string; result_count: number }>(
        tx,
        sqlOf("select query, result_count from knowledge_searches where query like 'Quxbar%'"),
      ),
    );
    expect(rows).toEqual([{ query: 'Quxbar flimflam zorgel', result_count: 0 }]);
  });

  it('offers the handed-over live chat to the next free agent before older call-backs, and the citizen reads the answer', async () => {
    // The demo queue holds week-old priority-1 call-backs for Laatzen; a citizen waiting live on the chat page
    // must not wait behind them (it did: `agent` was offered a call-back, the chat stayed in the queue).
    const first = await say({ text: 'Ich brauche einen neuen Personalausweis', municipality: 'Laatzen' });
    await say({ conversationId: first.conversationId, text: 'ich will mit einem Menschen sprechen' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/v1/assistant/conversations/${first.conversationId}/handover`,
      payload: { kind: 'chat' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const handed = res.json() as { chatToken: string; reference: string };
    const agent = await t.login('agent');
    const headers = { cookie: agent };
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/desktop/state', headers, payload: { state: 'available' } })).statusCode).toBe(
      200,
    );
    const next = await t.app.inject({ method: 'POST', url: '/api/v1/queue/next', headers });
    expect(next.statusCode, next.body).toBe(200);
    const offered = next.json() as { id: string; channel: string; body: string | null };
    expect(offered.channel).toBe('chat');
    // The first hand-over of this file (placed before the others), so the offer is this conversation's chat.
    expect(offered.body).toContain('Verlauf mit dem Assistenten');
    expect(offered.body).toContain('Bürger/in: Ich brauche einen neuen Personalausweis');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/work-items/${offered.id}/accept`, headers })).statusCode).toBe(200);
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-items/${offered.id}/chat-messages`,
      headers,
      payload: { body: 'Guten Tag, ich helfe Ihnen gern weiter.' },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const chat = (await t.app.inject({ method: 'GET', url: `/api/v1/public/chats/${handed.chatToken}` })).json() as {
      messages: { author: string; body: string }[];
    };
    expect(chat.messages.map((m) => m.body)).toContain('Guten Tag, ich helfe Ihnen gern weiter.');
  });

  it('hands a conversation over to the live chat with the transcript, which the agent sees', async () => {
    const first = await say({ text: 'Sperrmüll anmelden', municipality: 'Lehrte' });
    const second = await say({ conversationId: first.conversationId, text: 'Ich möchte lieber mit einer Person sprechen' });
    expect(second.reply.kind).toBe('handover');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/v1/assistant/conversations/${first.conversationId}/handover`,
      payload: { kind: 'chat' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const handed = res.json() as { kind: string; chatToken: string; reference: string };
    expect(handed.reference).toMatch(/^CH-/);
    const [item] = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ channel: string; body: string; tenant_slug: string }>(
        tx,
        sqlOf(
          `select w.channel, w.body, t.slug as tenant_slug from work_items w join tenants t on t.id = w.tenant_id where w.reference_code = '${handed.reference}'`,
        ),
      ),
    );
    expect(item).toMatchObject({ channel: 'chat', tenant_slug: 'lehrte' });
    expect(item!.body).toContain('Bürger/in: Sperrmüll anmelden');
    expect(item!.body).toContain('Assistent: Dazu steht in der offiziellen Leistungsbeschreibung');
    // The citizen follows the chat with the token, as on /chat; the status page finds the number.
    const chat = await t.app.inject({ method: 'GET', url: `/api/v1/public/chats/${handed.chatToken}` });
    expect(chat.statusCode).toBe(200);
    const status = await t.app.inject({ method: 'GET', url: `/api/public/v1/request-status?code=${handed.reference}` });
    expect(status.statusCode, status.body).toBe(200);
  });

  it('hands over as a call-back and as a forwarded request, each with the transcript', async () => {
    const first = await say({ text: 'Ich möchte mich beschweren', municipality: 'Wunstorf' });
    expect(first.reply.kind).toBe('handover');
    const url = `/api/public/v1/assistant/conversations/${first.conversationId}/handover`;
    const missing = await t.app.inject({ method: 'POST', url, payload: { kind: 'callback' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'phone' }] });
    const callback = await t.app.inject({ method: 'POST', url, payload: { kind: 'callback', phone: '05031 123456', name: 'Eva Engel' } });
    expect(callback.statusCode, callback.body).toBe(201);
    const request = await t.app.inject({ method: 'POST', url, payload: { kind: 'request', name: 'Eva Engel', email: 'eva@example.org' } });
    expect(request.statusCode, request.body).toBe(201);
    expect((request.json() as { reference: string }).reference).toMatch(/^KF-/);
    const items = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ channel: string; from_address: string; body: string }>(
        tx,
        sqlOf(
          "select w.channel, w.from_address, w.body from work_items w join tenants t on t.id = w.tenant_id where t.slug = 'wunstorf' and w.body like '%Ich möchte mich beschweren%' order by w.channel",
        ),
      ),
    );
    expect(items.map((i) => i.channel)).toEqual(['callback', 'web_form']);
    expect(items[0]!.from_address).toBe('05031 123456');
  });

  it('outside service hours says when people are back and offers only call-back and request', async () => {
    clock.set(closedAt);
    try {
      const res = await say({ text: 'Kann ich mit einem Mitarbeiter reden?', municipality: 'Seelze' });
      expect(res.reply.kind).toBe('handover');
      expect(res.reply.text).toMatch(
        /Gerade ist niemand erreichbar\. Wir sind am Montag, \d\d\.\d\d\. ab \d\d:\d\d Uhr wieder für Sie da\./,
      );
      expect(res.reply.actions.map((a) => a.kind)).toEqual(['callback', 'request']);
      const chat = await t.app.inject({
        method: 'POST',
        url: `/api/public/v1/assistant/conversations/${res.conversationId}/handover`,
        payload: { kind: 'chat' },
      });
      expect(chat.statusCode).toBe(409);
    } finally {
      clock.set(openAt);
    }
  });

  it('refuses a 10 kB message, bad JSON and unknown fields with a 400 problem, and loses nothing', async () => {
    const big = await ask({ text: 'x'.repeat(10 * 1024) });
    expect(big.statusCode).toBe(400);
    expect(big.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(big.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'text' }] });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/public/v1/assistant/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": "Hallo',
      remoteAddress: '203.0.113.251',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await ask({ text: 'Hallo', extra: 1 })).statusCode).toBe(400);
    expect((await ask({ text: '   ' })).statusCode).toBe(400);
    expect((await ask({ text: 'Hallo', language: 'fr' })).statusCode).toBe(400);
    expect((await ask({ text: 'Hallo', municipality: 'Atlantis' })).json()).toMatchObject({ issues: [{ field: 'municipality' }] });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/public/v1/assistant/conversations/doesnotexist12345/handover',
      payload: { kind: 'chat' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('limits messages per client in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 62; i++) statuses.push((await ask({ text: 'Hallo' }, '198.51.100.77')).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(60)).toEqual([429, 429]);
    expect((await ask({ text: 'Hallo' }, '198.51.100.78')).statusCode).toBe(200);
  });

  it('stores only what the citizen typed and the replies; the privacy desk finds it, and retention deletes it', async () => {
    clock.set(lastMessageAt);
    const res = await say({ text: 'Wann kommt die Müllabfuhr?', municipality: 'Uetze' });
    const [row] = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ tenant_slug: string; messages: number }>(
        tx,
        sqlOf(
          `select t.slug as tenant_slug, (select count(*)::int from assistant_messages m where m.conversation_id = c.id) as messages
             from assistant_conversations c join tenants t on t.id = c.tenant_id where c.token = '${res.conversationId}'`,
        ),
      ),
    );
    expect(row).toEqual({ tenant_slug: 'uetze', messages: 2 });
    // A citizen who typed contact details: the data-protection officer finds the transcript (Art. 15).
    await say({ conversationId: res.conversationId, text: 'Meine Nummer ist 0511 / 98 76-54, Mail Rita.Rest@example.org' });
    const officer = await t.login('datenschutz');
    const search = (subject: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/privacy/subjects/search',
        headers: { cookie: officer },
        payload: { subject, reason: 'Auskunftsersuchen nach Art. 15 DSGVO vom Bürger' },
      });
    for (const subject of [{ email: 'rita.rest@example.org' }, { phone: '+49 511 987654' }]) {
      const found = (await search(subject)).json().items as { module: string; kind: string; data: { messages: unknown[] } }[];
      const mine = found.filter((r) => r.module === 'assistant');
      expect(mine.map((r) => r.kind)).toEqual(['assistant_conversation']);
      expect(mine[0]!.data.messages.length).toBeGreaterThanOrEqual(3);
    }
    expect(
      ((await search({ email: 'niemand@example.org' })).json().items as { module: string }[]).filter((r) => r.module === 'assistant'),
    ).toEqual([]);

    // The administrator's retention run (kind assistant_transcripts, 30 days) deletes it a month after the last message.
    const admin = await t.login('admin');
    const rules = (await t.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: { cookie: admin } })).json().items as {
      kind: string;
      days: number;
    }[];
    expect(rules.find((r) => r.kind === 'assistant_transcripts')?.days).toBe(30);
    const mine = () =>
      t.db.database.scoped(ALL_TENANTS, (tx) =>
        queryRows<{ n: number }>(tx, sqlOf(`select count(*)::int as n from assistant_conversations where token = '${res.conversationId}'`)),
      );
    // Sessions end long before a month has passed: sign in again at each later instant.
    clock.set(new Date(lastMessageAt.getTime() + 29 * 86_400_000));
    const early = await t.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run', headers: { cookie: await t.login('admin') } });
    expect(early.statusCode, early.body).toBe(200);
    expect(await mine()).toEqual([{ n: 1 }]);
    clock.set(new Date(lastMessageAt.getTime() + 31 * 86_400_000));
    const run = await t.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run', headers: { cookie: await t.login('admin') } });
    expect(run.json().counts.assistant_transcripts).toBeGreaterThan(0);
    const left = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ n: number }>(tx, sqlOf('select count(*)::int as n from assistant_messages')),
    );
    expect(left).toEqual([{ n: 0 }]);
    expect(await mine()).toEqual([{ n: 0 }]);
    // An expired conversation id simply starts a new conversation.
    const again = await say({ conversationId: res.conversationId, text: 'Hallo' });
    expect(again.conversationId).not.toBe(res.conversationId);
  });
});

function sqlOf(text: string) {
  return sql.raw(text);
}
