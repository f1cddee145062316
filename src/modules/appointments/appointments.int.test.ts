import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { solveChallenge } from './bot-protection.js';
import { senderAddress } from './appointment-mail.js';
import { appointmentSettings } from './appointment-settings.js';
import { dispatchOutboxOnce } from '../../jobs.js';
import { sweepAppointments } from './waitlist.service.js';

let t: TestApp;
let agent: string;
const mails: ParsedMail[] = [];
let smtp: SMTPServer;
let tenants: Record<string, string>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, APPOINTMENT_POW_BITS: '4' } });
  agent = await t.login('agent');
  const list = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
    id: string;
    slug: string;
  }[];
  tenants = Object.fromEntries(list.map((x) => [x.slug, x.id]));
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const settings = () => appointmentSettings(t.app.config);
/** The app's "now" (the test clock) for SQL that moves appointments and claims in time. */
const nowSql = () => sql`${t.clock.now().toISOString()}::timestamptz`;
const waitForMail = async (predicate: (m: ParsedMail) => boolean) => {
  await dispatchOutboxOnce(t.db.database, t.app.config, t.clock);
  for (let i = 0; i < 50 && !mails.some(predicate); i++) await new Promise((r) => setTimeout(r, 100));
  const mail = mails.find(predicate);
  expect(mail, 'mail arrived').toBeDefined();
  return mail!;
};

type SearchResult = {
  durationMinutes: number;
  locations: {
    location: { id: string; name: string; tenantId: string };
    distanceKm: number;
    slots: { start: string; end: string; freeSeats: number }[];
  }[];
};
const search = async (body: Record<string, unknown>, cookie?: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: cookie ? '/api/v1/appointments/search' : '/api/v1/public/appointments/search',
    headers: cookie ? { cookie } : {},
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SearchResult;
};
const publicHold = async (
  locationId: string,
  start: string,
  services = [{ code: 'personalausweis', quantity: 1 }],
  extra: Record<string, unknown> = {},
) => {
  const { challenge, bits } = (await t.app.inject({ method: 'GET', url: '/api/v1/public/appointments/challenge' })).json();
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/public/appointments/holds',
    payload: { locationId, start, services, challenge, nonce: solveChallenge(challenge, bits), ...extra },
  });
};
const staffHold = (cookie: string, locationId: string, start: string, services = [{ code: 'personalausweis', quantity: 1 }]) =>
  t.app.inject({ method: 'POST', url: '/api/v1/appointments/holds', headers: { cookie }, payload: { locationId, start, services } });

describe('slot search', () => {
  it('finds slots in the municipality and its neighbours, never on weekends or holidays', async () => {
    const result = await search({
      tenantId: tenants.langenhagen,
      services: [{ code: 'personalausweis', quantity: 1 }],
      includeNeighbours: true,
      radiusKm: 12,
    });
    const names = result.locations.map((l) => l.location.name);
    expect(names).toContain('Bürgerbüro Langenhagen');
    expect(names).toContain('Bürgeramt Bothfeld');
    expect(names).not.toContain('Bürgerbüro Wunstorf');
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short' });
    for (const l of result.locations) for (const s of l.slots) expect(['Sat', 'Sun']).not.toContain(fmt.format(new Date(s.start)));
  });

  it('refuses a service the office does not offer, in German', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/search',
      payload: { tenantId: tenants.langenhagen, services: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe("a tenant's closing days close its appointment offices", () => {
  it('slot search skips the day, a hold for it and the booking of an earlier hold are refused; the neighbours stay open', async () => {
    const admin = await t.login('admin');
    const services = [{ code: 'personalausweis', quantity: 1 }];
    const berlinDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
    const before = await search({ tenantId: tenants.langenhagen, services, includeNeighbours: true, radiusKm: 12 });
    const own = before.locations.find((l) => l.location.tenantId === tenants.langenhagen && l.slots.length > 1)!;
    expect(own, 'Langenhagen has free slots').toBeDefined();
    const day = berlinDay(own.slots[0]!.start);
    const neighbourOpenThatDay = before.locations.filter(
      (l) => l.location.tenantId !== tenants.langenhagen && l.slots.some((s) => berlinDay(s.start) === day),
    );
    // A citizen holds a slot of that day before the closing day is entered.
    const earlier = await publicHold(own.location.id, own.slots[0]!.start, services);
    expect(earlier.statusCode, earlier.body).toBe(201);

    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenants.langenhagen}/closing-days`,
      headers: { cookie: admin },
      payload: { day, reason: 'Betriebsausflug der Stadtverwaltung' },
    });
    expect(added.statusCode, added.body).toBe(201);
    try {
      const after = await search({ tenantId: tenants.langenhagen, services, includeNeighbours: true, radiusKm: 12 });
      for (const l of after.locations.filter((x) => x.location.tenantId === tenants.langenhagen)) {
        expect(l.slots.filter((s) => berlinDay(s.start) === day)).toEqual([]);
      }
      // Other tenants' offices are not closed by Langenhagen's day.
      for (const l of neighbourOpenThatDay) {
        const same = after.locations.find((x) => x.location.id === l.location.id)!;
        expect(same.slots.some((s) => berlinDay(s.start) === day)).toBe(true);
      }
      // A new hold on that day is refused, in German, and nothing is written.
      const refused = await publicHold(own.location.id, own.slots[1]!.start, services);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().detail).toMatch(/keine Termine/);
      const staff = await staffHold(agent, own.location.id, own.slots[1]!.start, services);
      expect(staff.statusCode).toBe(400);
      // The hold from before cannot be booked any more.
      const booking = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/appointments/bookings',
        payload: {
          holdId: earlier.json().holdId,
          holdSecret: earlier.json().holdSecret,
          idempotencyKey: 'closing-day-000001',
          name: 'Geschlossen Tag',
          email: 'geschlossen@example.org',
        },
      });
      expect(booking.statusCode, booking.body).toBe(409);
      expect(booking.json().detail).toMatch(/geschlossen/);
      const [booked] = await queryRows<{ n: number }>(
        t.db.database.db,
        sql`select count(*)::int as n from appointments where idempotency_key = 'closing-day-000001'`,
      );
      expect(booked!.n).toBe(0);
    } finally {
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/tenants/${tenants.langenhagen}/closing-days/${added.json().id}`,
        headers: { cookie: admin },
      });
      expect(removed.statusCode).toBe(204);
    }
    // Without the closing day the day is bookable again.
    const reopened = await search({ tenantId: tenants.langenhagen, services });
    expect(reopened.locations.some((l) => l.slots.some((s) => berlinDay(s.start) === day))).toBe(true);
  });
});

describe('public booking', () => {
  it('holds, books with an e-mail confirmation (.ics and cancel link), and a double click books once', async () => {
    const { locations } = await search({ tenantId: tenants.laatzen, services: [{ code: 'reisepass', quantity: 2 }] });
    const slot = locations[0]!.slots[3]!;
    const hold = await publicHold(locations[0]!.location.id, slot.start, [{ code: 'reisepass', quantity: 2 }]);
    expect(hold.statusCode, hold.body).toBe(201);
    const body = {
      holdId: hold.json().holdId,
      holdSecret: hold.json().holdSecret,
      idempotencyKey: 'doppelklick-0001',
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      phone: null,
    };
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/v1/public/appointments/bookings', payload: body }),
      t.app.inject({ method: 'POST', url: '/api/v1/public/appointments/bookings', payload: body }),
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(a.json().appointment.id).toBe(b.json().appointment.id);
    const appointment = a.json().appointment;
    expect(appointment.endsAt).not.toBe(appointment.startsAt);
    expect(new Date(appointment.endsAt).getTime() - new Date(appointment.startsAt).getTime()).toBe(30 * 60_000);
    const [count] = await queryRows<{ n: number }>(
      t.db.database.db,
      sql`select count(*)::int as n from appointments where idempotency_key = 'doppelklick-0001'`,
    );
    expect(count!.n).toBe(1);

    const mail = await waitForMail((m) => m.subject?.includes(appointment.reference) ?? false);
    expect(mail.subject).toContain('Terminbestätigung');
    const ics = mail.attachments.find((x) => x.filename === 'termin.ics')!;
    expect(ics.content.toString()).toContain('BEGIN:VEVENT');
    const code = (a.json().cancelCode ?? b.json().cancelCode) as string;
    expect(mail.text).toContain(`/buerger/termine/verwalten?termin=${appointment.reference}&code=${code}`);

    // Cancel with the code: the slot stays blocked (anti-trading) and the calendar gets a CANCEL.
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/manage/cancel',
      payload: { reference: appointment.reference, code: 'FALSCH2345' },
    });
    expect(wrong.statusCode).toBe(404);
    const cancel = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/manage/cancel',
      payload: { reference: appointment.reference, code },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
    const after = await search({ tenantId: tenants.laatzen, services: [{ code: 'reisepass', quantity: 2 }] });
    const same = after.locations[0]!.slots.find((s) => s.start === slot.start);
    expect(same?.freeSeats ?? 0).toBe(slot.freeSeats - 1);
    const [claim] = await queryRows<{ kind: string }>(
      t.db.database.db,
      sql`select kind from appointment_claims where appointment_id is null and lower(during) = ${slot.start}::timestamptz and kind = 'cancel_block'`,
    );
    expect(claim?.kind).toBe('cancel_block');
    const cancelMail = await waitForMail((m) => m.subject === `Termin abgesagt ${appointment.reference}`);
    expect(cancelMail.attachments[0]!.content.toString()).toContain('METHOD:CANCEL');
  });

  it('refuses bots: honeypot, missing proof of work, reused challenge', async () => {
    const { locations } = await search({ tenantId: tenants.wedemark, services: [{ code: 'personalausweis', quantity: 1 }] });
    const loc = locations[0]!;
    const honey = await publicHold(loc.location.id, loc.slots[0]!.start, undefined, { website: 'http://spam.example' });
    expect(honey.statusCode).toBe(400);
    const noWork = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/holds',
      payload: {
        locationId: loc.location.id,
        start: loc.slots[0]!.start,
        services: [{ code: 'personalausweis', quantity: 1 }],
        challenge: 'x.y.z.w',
        nonce: '1',
      },
    });
    expect(noWork.statusCode).toBe(400);
    expect(noWork.json().detail).toContain('Sicherheitsprüfung');
    const { challenge, bits } = (await t.app.inject({ method: 'GET', url: '/api/v1/public/appointments/challenge' })).json();
    const payload = {
      locationId: loc.location.id,
      start: loc.slots[0]!.start,
      services: [{ code: 'personalausweis', quantity: 1 }],
      challenge,
      nonce: solveChallenge(challenge, bits),
    };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/public/appointments/holds', payload })).statusCode).toBe(201);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/holds',
      payload: { ...payload, start: loc.slots[1]!.start },
    });
    expect(reused.statusCode).toBe(400);
  });

  it('rate-limits guessing of reference codes per IP address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/appointments/manage/lookup',
        remoteAddress: '203.0.113.77',
        payload: { reference: 'T-ABCDEF', code: `RATE${String(i).padStart(6, '2')}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 60).every((c) => c === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/manage/lookup',
      remoteAddress: '198.51.100.5',
      payload: { reference: 'T-ABCDEF', code: 'ANDERE2345' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('limits open appointments per e-mail address', async () => {
    const { locations } = await search({ tenantId: tenants.burgwedel, services: [{ code: 'fuehrungszeugnis', quantity: 1 }] });
    const loc = locations[0]!;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const hold = await publicHold(loc.location.id, loc.slots[i * 3]!.start, [{ code: 'fuehrungszeugnis', quantity: 1 }]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/appointments/bookings',
        payload: {
          holdId: hold.json().holdId,
          holdSecret: hold.json().holdSecret,
          idempotencyKey: `limit-${i}-abcdef`,
          name: `Person Nummer ${i}`,
          email: 'viel@example.org',
        },
      });
      statuses.push(res.statusCode);
      if (i === 3) expect(res.json().detail).toContain('E-Mail-Adresse');
    }
    expect(statuses).toEqual([201, 201, 201, 409]);
  });
});

describe('moving, reminders and bad input', () => {
  it('moves an appointment with the code: new slot booked, old one released, new code, updated calendar entry', async () => {
    const services = [{ code: 'personalausweis', quantity: 1 }];
    const { locations } = await search({ tenantId: tenants.isernhagen, services });
    const loc = locations[0]!;
    const hold = await publicHold(loc.location.id, loc.slots[10]!.start);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/bookings',
      payload: {
        holdId: hold.json().holdId,
        holdSecret: hold.json().holdSecret,
        idempotencyKey: 'move-me-000001',
        name: 'Umzieher Person',
        email: 'umzug@example.org',
      },
    });
    const { reference } = booked.json().appointment;
    const code = booked.json().cancelCode;
    const target = await publicHold(loc.location.id, loc.slots[20]!.start);
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/manage/reschedule',
      payload: { reference, code, holdId: target.json().holdId, holdSecret: target.json().holdSecret },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().appointment.startsAt).toBe(new Date(loc.slots[20]!.start).toISOString());
    expect(moved.json().cancelCode).not.toBe(code);
    const old = await t.app.inject({ method: 'POST', url: '/api/v1/public/appointments/manage/lookup', payload: { reference, code } });
    expect(old.statusCode).toBe(404);
    const mail = await waitForMail((m) => m.subject?.startsWith(`Termin verschoben ${reference}`) ?? false);
    expect(mail.attachments[0]!.content.toString()).toContain('SEQUENCE:1');
    const newCode = moved.json().cancelCode;
    const cancelled = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/manage/cancel',
      payload: { reference, code: newCode },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    // The three calendar messages as an independent parser (ical.js) reads them.
    const calendarOf = async (subject: string) => {
      const m = await waitForMail((x) => x.subject?.startsWith(subject) ?? false);
      const attachment = m.attachments.find((a) => a.filename === 'termin.ics')!;
      const cal = new ICAL.Component(ICAL.parse(attachment.content.toString()));
      const vevent = cal.getFirstSubcomponent('vevent')!;
      return {
        contentType: attachment.contentType,
        method: cal.getFirstPropertyValue('method'),
        uid: vevent.getFirstPropertyValue('uid'),
        sequence: vevent.getFirstPropertyValue('sequence'),
        start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
        organizer: String(vevent.getFirstPropertyValue('organizer')).toLowerCase(),
        attendee: String(vevent.getFirstPropertyValue('attendee')).toLowerCase(),
      };
    };
    const request = await calendarOf(`Terminbestätigung ${reference}`);
    const update = await calendarOf(`Termin verschoben ${reference}`);
    const cancel = await calendarOf(`Termin abgesagt ${reference}`);
    const organizer = `mailto:${senderAddress(settings().mailFrom)}`.toLowerCase();
    expect(request).toMatchObject({ method: 'REQUEST', sequence: 0, organizer, attendee: 'mailto:umzug@example.org' });
    expect(request.start).toBe(new Date(loc.slots[10]!.start).toISOString());
    expect(update).toMatchObject({ method: 'REQUEST', uid: request.uid, sequence: 1, organizer, attendee: 'mailto:umzug@example.org' });
    expect(update.start).toBe(new Date(loc.slots[20]!.start).toISOString());
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: request.uid, sequence: 2, organizer, attendee: 'mailto:umzug@example.org' });
    expect(cancel.contentType).toBe('text/calendar');
  });

  it('queues a reminder for appointments within 24 hours, once', async () => {
    const [row] = await queryRows<{ id: string }>(
      t.db.database.db,
      sql`select id from appointments where status = 'booked' and email is not null limit 1`,
    );
    await t.db.database.db.execute(
      sql`update appointments set starts_at = ${nowSql()} + interval '3 hours', ends_at = ${nowSql()} + interval '195 minutes', reminder_sent_at = null where id = ${row!.id}`,
    );
    const first = await sweepAppointments(t.db.database, settings(), t.clock.now());
    const second = await sweepAppointments(t.db.database, settings(), t.clock.now());
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(second.reminders).toBe(0);
    await waitForMail((m) => m.subject?.startsWith('Erinnerung an Ihren Termin') ?? false);
  });

  it('blanks names and contact data 30 days after the appointment (data minimisation)', async () => {
    await t.db.database.db.execute(
      sql`update appointments set starts_at = ${nowSql()} - interval '41 days', ends_at = ${nowSql()} - interval '40 days' where id = (select id from appointments where person_key <> '' order by created_at limit 1)`,
    );
    const result = await sweepAppointments(t.db.database, settings(), t.clock.now());
    expect(result.anonymised).toBe(1);
    const [row] = await queryRows<{ name: string; email: string | null }>(
      t.db.database.db,
      sql`select name, email from appointments where ends_at < ${nowSql()} - interval '39 days'`,
    );
    expect(row).toEqual({ name: '(gelöscht)', email: null });
  });

  it('books several services in one appointment, their durations added up', async () => {
    const services = [
      { code: 'personalausweis', quantity: 2 },
      { code: 'wohnsitz-anmelden', quantity: 1 },
    ];
    const result = await search({ tenantId: tenants.wedemark, services });
    expect(result.durationMinutes).toBe(40);
    const slot = result.locations[0]!.slots[0]!;
    expect(new Date(slot.end).getTime() - new Date(slot.start).getTime()).toBe(40 * 60_000);
  });

  it('answers bad input with German field messages and writes nothing', async () => {
    const before = await queryRows<{ n: number }>(t.db.database.db, sql`select count(*)::int as n from appointments`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/bookings',
      payload: { holdId: 'kein-uuid', holdSecret: 'x', idempotencyKey: 'k', name: 'A', email: 'keine-mail' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().issues as { field: string; message: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['holdId', 'name', 'email']));
    expect(JSON.stringify(res.json().issues)).toContain('Keine gültige E-Mail-Adresse.');
    const after = await queryRows<{ n: number }>(t.db.database.db, sql`select count(*)::int as n from appointments`);
    expect(after[0]!.n).toBe(before[0]!.n);
    const unauth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/search',
      payload: { tenantId: tenants.laatzen, services: [{ code: 'reisepass', quantity: 1 }] },
    });
    expect(unauth.statusCode).toBe(401);
  });
});

describe('capacity under concurrency (database-enforced)', () => {
  it('gives one slot to exactly as many callers as the contingent has seats, and never two on one seat', async () => {
    const { locations } = await search({ tenantId: tenants.wunstorf, services: [{ code: 'personalausweis', quantity: 1 }] }, agent);
    const loc = locations[0]!;
    const start = loc.slots[5]!.start;
    const results = await Promise.all(Array.from({ length: 12 }, () => staffHold(agent, loc.location.id, start)));
    const codes = results.map((r) => r.statusCode).sort();
    // Wunstorf: 4 seats, call-center contingent 3.
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    expect(results.find((r) => r.statusCode === 409)!.json().detail).toContain('nicht mehr frei');
    // Nested contingents: the call center used seats 3, 2, 1, so online (seats 1-2) is full; internal still has seat 4.
    expect((await publicHold(loc.location.id, start)).statusCode).toBe(409);
    const internal = await staffHold(await t.login('admin'), loc.location.id, start);
    expect(internal.statusCode).toBe(201);
    expect(internal.json().seat).toBe(4);
    const [overlaps] = await queryRows<{ n: number }>(
      t.db.database.db,
      sql`select count(*)::int as n from appointment_claims a join appointment_claims b on a.id < b.id and a.location_id = b.location_id and a.seat = b.seat and a.during && b.during`,
    );
    expect(overlaps!.n).toBe(0);
  });

  it('the database itself refuses an overlapping claim on the same seat', async () => {
    const [loc] = await queryRows<{ id: string; tenant_id: string }>(
      t.db.database.db,
      sql`select id, tenant_id from appointment_locations where name = 'Bürgerbüro Isernhagen'`,
    );
    const insert = (from: string, to: string) =>
      t.db.database.db.execute(
        sql`insert into appointment_claims (tenant_id, location_id, seat, during, kind, channel) values (${loc!.tenant_id}, ${loc!.id}, 1, tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)'), 'booking', 'internal')`,
      );
    await insert('2030-01-07T08:00:00Z', '2030-01-07T08:30:00Z');
    await expect(insert('2030-01-07T08:15:00Z', '2030-01-07T08:45:00Z')).rejects.toMatchObject({ cause: { code: '23P01' } });
  });
});

describe('waiting list', () => {
  it('offers a freed slot to the first person in line automatically, who confirms it by the mailed link', async () => {
    const services = [{ code: 'wohnsitz-anmelden', quantity: 1 }];
    const { locations } = await search({ tenantId: tenants.barsinghausen, services }, agent);
    const loc = locations[0]!;
    const slot = loc.slots[2]!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(slot.start));
    const join = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/waitlist',
      headers: { cookie: agent },
      payload: {
        tenantId: tenants.barsinghausen,
        services,
        name: 'Wartende Person',
        email: 'warte@example.org',
        earliestDate: day,
        latestDate: day,
      },
    });
    expect(join.statusCode, join.body).toBe(201);
    const hold = await staffHold(agent, loc.location.id, slot.start, services);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/bookings',
      headers: { cookie: agent },
      payload: {
        holdId: hold.json().holdId,
        holdSecret: hold.json().holdSecret,
        idempotencyKey: 'agent-booking-wl-1',
        name: 'Anrufer Absager',
        phone: '0511 123456',
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().appointment.channel).toBe('callcenter');
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${booked.json().appointment.id}/cancel`,
      headers: { cookie: agent },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);

    const offer = await waitForMail((m) => m.to !== undefined && JSON.stringify(m.to).includes('warte@example.org'));
    const link = new URL(offer.text!.match(/https?:\/\/\S+angebot\S+/)![0]);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/appointments/offers/accept',
      payload: { entryId: link.searchParams.get('eintrag'), token: link.searchParams.get('token'), idempotencyKey: 'offer-accept-0001' },
    });
    expect(accept.statusCode, accept.body).toBe(201);
    expect(accept.json().appointment.name).toBe('Wartende Person');
    expect(accept.json().appointment.startsAt).toBe(new Date(slot.start).toISOString());
  });

  it('passes an unanswered offer on to the next person in line', async () => {
    const services = [{ code: 'ausweis-abholen', quantity: 1 }];
    const { locations } = await search({ tenantId: tenants.wunstorf, services }, agent);
    const slot = locations[0]!.slots[7]!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(slot.start));
    for (const who of ['erste', 'zweite']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/appointments/waitlist',
        payload: {
          tenantId: tenants.wunstorf,
          services,
          name: `Person ${who}`,
          email: `${who}@example.org`,
          earliestDate: day,
          latestDate: day,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const hold = await staffHold(agent, locations[0]!.location.id, slot.start, services);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/bookings',
      headers: { cookie: agent },
      payload: { holdId: hold.json().holdId, holdSecret: hold.json().holdSecret, idempotencyKey: 'pass-on-000001', name: 'Bald Absagende' },
    });
    await t.app.inject({ method: 'POST', url: `/api/v1/appointments/${booked.json().appointment.id}/cancel`, headers: { cookie: agent } });
    await waitForMail((m) => JSON.stringify(m.to).includes('erste@example.org'));
    // Nobody answers in time: the sweeper expires the offer and offers the same seat to the second person.
    await t.db.database.db.execute(
      sql`update appointment_claims set expires_at = ${nowSql()} - interval '1 second' where kind = 'offer' and waitlist_entry_id = (select id from appointment_waitlist where email = 'erste@example.org')`,
    );
    const swept = await sweepAppointments(t.db.database, settings(), t.clock.now());
    expect(swept.offered).toBe(1);
    await waitForMail((m) => JSON.stringify(m.to).includes('zweite@example.org'));
    const states = await queryRows<{ email: string; status: string }>(
      t.db.database.db,
      sql`select email, status from appointment_waitlist where email in ('erste@example.org', 'zweite@example.org') order by email`,
    );
    expect(states).toEqual([
      { email: 'erste@example.org', status: 'expired' },
      { email: 'zweite@example.org', status: 'offered' },
    ]);
  });

  it('expired holds cannot be booked, are swept away and free their seat', async () => {
    const { locations } = await search({ tenantId: tenants.isernhagen, services: [{ code: 'personalausweis', quantity: 1 }] }, agent);
    const hold = await staffHold(agent, locations[0]!.location.id, locations[0]!.slots[0]!.start);
    await t.db.database.db.execute(
      sql`update appointment_claims set expires_at = ${nowSql()} - interval '1 minute' where id = ${hold.json().holdId}`,
    );
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/bookings',
      headers: { cookie: agent },
      payload: { holdId: hold.json().holdId, holdSecret: hold.json().holdSecret, idempotencyKey: 'too-late-000001', name: 'Zu Spät' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('abgelaufen');
    const result = await sweepAppointments(t.db.database, settings(), t.clock.now());
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const [left] = await queryRows<{ n: number }>(
      t.db.database.db,
      sql`select count(*)::int as n from appointment_claims where id = ${hold.json().holdId}`,
    );
    expect(left!.n).toBe(0);
  });
});

describe('office day list', () => {
  it('shows the day per counter to the own back office only, with check-in and no-show', async () => {
    const admin = await t.login('admin');
    const office = await t.login('fachbereich.langenhagen');
    const other = await t.login('fachbereich.laatzen');
    const { locations } = await search({ tenantId: tenants.langenhagen, services: [{ code: 'ausweis-abholen', quantity: 1 }] }, admin);
    const loc = locations[0]!;
    const hold = await staffHold(office, loc.location.id, loc.slots[0]!.start, [{ code: 'ausweis-abholen', quantity: 1 }]);
    expect(hold.statusCode, hold.body).toBe(201);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments/bookings',
      headers: { cookie: office },
      payload: {
        holdId: hold.json().holdId,
        holdSecret: hold.json().holdSecret,
        idempotencyKey: 'office-booking-0001',
        name: 'Vor Ort Kunde',
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().appointment.channel).toBe('internal');
    const id = booked.json().appointment.id as string;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(loc.slots[0]!.start));

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/appointments/locations/${loc.location.id}/day?date=${day}`,
      headers: { cookie: office },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect(list.json().seats).toBeGreaterThan(0);
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/v1/appointments/locations/${loc.location.id}/day?date=${day}`,
      headers: { cookie: other },
    });
    expect(foreign.statusCode).toBe(404);

    // Move the appointment to now (simulated clock) so that today's actions apply.
    await t.db.database.db.execute(
      sql`update appointments set starts_at = ${nowSql()} - interval '1 minute', ends_at = ${nowSql()} + interval '4 minutes' where id = ${id}`,
    );
    const noShow = await t.app.inject({ method: 'POST', url: `/api/v1/appointments/${id}/no-show`, headers: { cookie: office } });
    expect(noShow.statusCode, noShow.body).toBe(200);
    expect(noShow.json().status).toBe('no_show');
    const checkIn = await t.app.inject({ method: 'POST', url: `/api/v1/appointments/${id}/check-in`, headers: { cookie: office } });
    expect(checkIn.statusCode).toBe(409);
    const audit = await queryRows<{ action: string }>(t.db.database.db, sql`select action from audit_log where entity_id = ${id}`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['appointment.booked', 'appointment.no_show']));
  });
});
