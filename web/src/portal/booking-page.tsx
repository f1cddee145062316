import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ApiResponse } from '../app/api-types';
import { solveChallenge } from '../features/appointments/proof-of-work-solve';
import { DayCalendar } from './calendar';
import { ActionLink, Button, SelectField, TextField } from './controls';
import { locale } from './i18n-lang';
import { icsFile } from './ics';
import { messageOf, portalApi } from './portal-api';
import type { Lang } from './paths';
import { PortalFrame } from './portal-frame';
import { TimeGrid, type TimeChoice as Choice } from './time-grid';

type Catalogue = ApiResponse<'/api/v1/public/appointments/catalogue'>;
type SearchResult = ApiResponse<'/api/v1/public/appointments/search', 'post'>;
type Hold = ApiResponse<'/api/v1/public/appointments/holds', 'post'>;
type Booking = ApiResponse<'/api/v1/public/appointments/bookings', 'post'>;

const tz = 'Europe/Berlin';
const dayKey = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));
const newKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * /de/termine and /en/appointments: town and service (preselected from the service page), then a day in
 * the calendar, then a time; the hold, the details form and the confirmation with booking number, cancel
 * code, the documents to bring, an .ics file and print. Uses the public appointment API with its proof
 * of work and honeypot (decision 0164).
 */
export function BookingPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [tenantId, setTenantId] = useState('');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [hold, setHold] = useState<(Hold & Choice) | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<Booking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newKey());
  const honeypot = useRef<HTMLInputElement>(null);
  const timesRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    portalApi<Catalogue>('GET', '/api/v1/public/appointments/catalogue')
      .then((c) => {
        setCatalogue(c);
        const leika = params.get('leika');
        const town = (params.get('ort') ?? '').trim().toLowerCase();
        const tenant =
          c.tenants.find((tn) => town && (tn.name.toLowerCase().includes(town) || tn.slug === town)) ??
          (leika ? c.tenants.find((tn) => tn.services.some((s) => s.leikaKey === leika)) : undefined);
        if (tenant) {
          setTenantId(tenant.id);
          const service = tenant.services.find((s) => s.leikaKey === leika);
          if (service) setCode(service.code);
        }
      })
      .catch((e) => setError(messageOf(e)));
  }, [params]);

  const tenant = catalogue?.tenants.find((tn) => tn.id === tenantId);
  const service = tenant?.services.find((s) => s.code === code);
  const fmtDay = (iso: string) =>
    new Intl.DateTimeFormat(locale(lang), { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(iso),
    );
  const fmtTime = (iso: string) =>
    new Intl.DateTimeFormat(locale(lang), { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

  const freeByDay = useMemo(() => {
    const map = new Map<string, number>();
    for (const l of result?.locations ?? []) for (const s of l.slots) map.set(dayKey(s.start), (map.get(dayKey(s.start)) ?? 0) + 1);
    return map;
  }, [result]);
  const times = (result?.locations ?? [])
    .flatMap((l) =>
      l.slots
        .filter((s) => day && dayKey(s.start) === day)
        .map((s) => ({ locationId: l.location.id, place: l.location.name, start: s.start })),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.place.localeCompare(b.place));

  async function findDays() {
    if (!tenant || !service) return;
    const kind = tenant.locations.find((l) => l.serviceCodes.includes(service.code))?.kind ?? 'buergerbuero';
    setBusy(true);
    setError(null);
    try {
      setResult(
        await portalApi<SearchResult>('POST', '/api/v1/public/appointments/search', {
          tenantId,
          services: [{ code, quantity: 1 }],
          locationKind: kind,
          days: 42,
          slotsPerLocation: 400,
        }),
      );
      setDay(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function choose(choice: Choice) {
    setBusy(true);
    setError(null);
    try {
      const { challenge, bits } = await portalApi<{ challenge: string; bits: number }>('GET', '/api/v1/public/appointments/challenge');
      const work = await solveChallenge(challenge, bits);
      const h = await portalApi<Hold>('POST', '/api/v1/public/appointments/holds', {
        locationId: choice.locationId,
        start: choice.start,
        services: [{ code, quantity: 1 }],
        ...work,
      });
      idempotencyKey.current = newKey();
      setHold({ ...h, ...choice });
      requestAnimationFrame(() => formRef.current?.focus());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function book() {
    if (!hold) return;
    setBusy(true);
    setError(null);
    try {
      setDone(
        await portalApi<Booking>('POST', '/api/v1/public/appointments/bookings', {
          holdId: hold.holdId,
          holdSecret: hold.holdSecret,
          idempotencyKey: idempotencyKey.current,
          name,
          email: email.trim() || null,
          phone: null,
          website: honeypot.current?.value ?? '',
        }),
      );
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    const when = t('booking.at', { day: fmtDay(String(done.appointment.startsAt)), time: fmtTime(String(done.appointment.startsAt)) });
    const where = `${done.location.name}, ${done.location.street}, ${done.location.postalCode} ${done.location.city}`;
    const what = done.appointment.services.map((s) => s.name).join(', ');
    const ics = `data:text/calendar;charset=utf-8,${encodeURIComponent(
      icsFile({
        uid: `${done.appointment.reference}@dialogcenter`,
        start: new Date(done.appointment.startsAt),
        end: new Date(done.appointment.endsAt),
        summary: `${what} (${done.appointment.reference})`,
        location: where,
      }),
    )}`;
    // The same link as in the booking mail: the manage page opens with this appointment shown, not empty.
    const manageHref = `/buerger/termine/verwalten?${new URLSearchParams({
      termin: done.appointment.reference,
      ...(done.cancelCode ? { code: done.cancelCode } : {}),
    })}`;
    return (
      <PortalFrame lang={lang} title={t('booking.booked')}>
        <h2 ref={doneRef} tabIndex={-1} className="visually-hidden">
          {t('booking.booked')}
        </h2>
        <p role="status" className="portal-ok">
          {t('booking.bookedNote')}
        </p>
        <dl className="portal-facts portal-confirmation">
          <dt>{t('booking.reference')}</dt>
          <dd className="portal-code">{done.appointment.reference}</dd>
          {done.cancelCode && (
            <>
              <dt>{t('booking.cancelCode')}</dt>
              <dd className="portal-code">{done.cancelCode}</dd>
            </>
          )}
          <dt>{t('booking.when')}</dt>
          <dd>{when}</dd>
          <dt>{t('booking.where')}</dt>
          <dd lang="de">{where}</dd>
          <dt>{t('booking.what')}</dt>
          <dd lang="de">{what}</dd>
          {service?.bring && (
            <>
              <dt>{t('booking.bring')}</dt>
              <dd lang="de">{service.bring}</dd>
            </>
          )}
        </dl>
        <p>{t('booking.cancelNote')}</p>
        <div className="portal-action-row portal-no-print">
          <ActionLink label={t('booking.ics')} href={ics} download={`termin-${done.appointment.reference}.ics`} />
          <Button label={t('booking.print')} secondary onClick={() => window.print()} />
          <ActionLink label={t('booking.manage')} href={manageHref} secondary />
        </div>
      </PortalFrame>
    );
  }

  return (
    <PortalFrame lang={lang} title={t('booking.title')}>
      {error && (
        <p role="alert" className="portal-alert">
          {error}
        </p>
      )}
      {hold ? (
        <section aria-labelledby="angaben">
          <h2 id="angaben" ref={formRef} tabIndex={-1}>
            {t('booking.yourData')}
          </h2>
          <p role="status">
            {t('booking.held', { day: fmtDay(hold.start), time: fmtTime(hold.start), place: hold.place, until: fmtTime(hold.expiresAt) })}
          </p>
          {service?.bring && (
            <p>
              <strong>{t('booking.bring')}:</strong> <span lang="de">{service.bring}</span>
            </p>
          )}
          <form className="portal-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <TextField id="name" label={t('booking.name')} value={name} onValue={setName} autoComplete="name" required />
            <TextField id="email" type="email" label={t('booking.email')} value={email} onValue={setEmail} autoComplete="email" />
            <div className="portal-honeypot" aria-hidden="true">
              <label htmlFor="website">Webseite (bitte leer lassen)</label>
              <input id="website" ref={honeypot} tabIndex={-1} autoComplete="off" />
            </div>
            <p className="portal-muted">{t('booking.dataNote')}</p>
            <div className="portal-action-row">
              <Button label={t('booking.submit')} onClick={book} disabled={busy || !name.trim()} />
              <Button label={t('booking.other')} secondary onClick={() => setHold(null)} />
            </div>
          </form>
        </section>
      ) : (
        <>
          <form className="portal-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <SelectField
              id="gemeinde"
              label={t('booking.town')}
              value={tenantId}
              onValue={(v) => {
                setTenantId(v);
                setCode('');
                setResult(null);
              }}
              options={[
                { label: t('booking.choose'), value: '' },
                ...(catalogue?.tenants ?? []).map((tn) => ({ label: tn.name, value: tn.id })),
              ]}
            />
            <SelectField
              id="anliegen"
              label={t('booking.service')}
              value={code}
              onValue={(v) => {
                setCode(v);
                setResult(null);
              }}
              options={[
                { label: t('booking.choose'), value: '' },
                ...(tenant?.services ?? []).map((s) => ({ label: s.name, value: s.code })),
              ]}
            />
            {service?.bring && (
              <p>
                <strong>{t('booking.bring')}:</strong> <span lang="de">{service.bring}</span>
              </p>
            )}
            <Button label={t('booking.findSlots')} onClick={findDays} disabled={busy || !service} />
          </form>
          {result && (
            <section aria-labelledby="tag">
              <h2 id="tag">{t('booking.calendar')}</h2>
              {freeByDay.size === 0 ? (
                <p role="status">{t('booking.noSlots')}</p>
              ) : (
                <>
                  <p className="portal-muted">{t('booking.calendarHint')}</p>
                  <DayCalendar
                    lang={lang}
                    days={freeByDay}
                    selected={day}
                    onSelect={(d) => {
                      setDay(d);
                      requestAnimationFrame(() => timesRef.current?.focus());
                    }}
                  />
                </>
              )}
            </section>
          )}
          {day && (
            <section aria-labelledby="zeit">
              <h2 id="zeit" ref={timesRef} tabIndex={-1}>
                {t('booking.times', { day: fmtDay(`${day}T12:00:00Z`) })}
              </h2>
              {busy && <p role="status">{t('booking.holding')}</p>}
              <TimeGrid times={times} fmtTime={fmtTime} disabled={busy} onChoose={(c) => void choose(c)} />
            </section>
          )}
        </>
      )}
    </PortalFrame>
  );
}
