import { requireRole } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import {
  averageHandlingOf,
  berlinDayStart,
  contactsPerChannelInTx,
  documentedContactsByServiceInTx,
  emptyCounts,
  figuresOf,
  firstContactResolution,
  forwardingRate,
  nextYmd,
  occupancyOf,
  routedContactsPerAgentInTx,
  sumCallRollupsInTx,
} from '../contacts/index.js';
import { stateSecondsPerAgentInTx, workItemsReceivedPerChannelInTx } from '../routing/index.js';
import { assertCanReadReports, checkRange, resolveTenant } from './call-report.service.js';
import { channelLabels } from './data-basis.service.js';
import type { AgentReport, ChannelMix, DayRangeQuery, TopServices } from './reporting.contract.js';

/**
 * The call-center reports beside the calls report (QueueMetrics' agent, top-services and channel
 * reports), each over Berlin days from..to (inclusive). Figures as defined in docs/metrics.md, computed
 * by the functions of call-figures.ts (figuresOf, occupancyOf, firstContactResolution, averageHandlingOf).
 */
const rangeOf = (q: DayRangeQuery) => ({ from: berlinDayStart(q.from), to: berlinDayStart(nextYmd(q.to)) });

/** Agent report: logged-in time, time per state, calls handled, talk time, occupancy (supervisors and admins only). */
export async function getAgentReport(ctx: UseCaseContext, query: DayRangeQuery): Promise<AgentReport> {
  // Personal performance figures of the center's staff: not for a tenant's back office.
  requireRole(ctx.actor, 'supervisor', 'admin');
  checkRange(query.from, query.to, 'agent');
  const tenant = await resolveTenant(ctx, query.tenant);
  const { from, to } = rangeOf(query);
  const now = ctx.clock.now();
  const tenantIds = tenant.id ? [tenant.id] : null;
  return inActorScope(ctx, async (tx) => {
    const calls = await sumCallRollupsInTx(tx, { from, to, tenantIds, group: 'agent' });
    const states = await stateSecondsPerAgentInTx(tx, { from, to, now });
    const routed = await routedContactsPerAgentInTx(tx, { from, to, tenantIds });
    type Acc = {
      key: string;
      name: string | null;
      seconds: Record<string, number>;
      counts: ReturnType<typeof emptyCounts>;
      routed: number;
    };
    const byKey = new Map<string, Acc>();
    const acc = (key: string, name: string | null) => {
      let a = byKey.get(key);
      if (!a) byKey.set(key, (a = { key, name, seconds: {}, counts: emptyCounts(), routed: 0 }));
      if (!a.name && name) a.name = name;
      return a;
    };
    for (const c of calls) if (c.key) Object.assign(acc(c.key, c.name), { counts: c.counts });
    for (const s of states) acc(s.userId, s.name).seconds[s.state] = s.seconds;
    for (const r of routed) acc(r.agentUserId, r.name).routed = r.documented;
    const rowOf = (a: Acc) => {
      const f = figuresOf(a.counts);
      const sec = (state: string) => Math.round(a.seconds[state] ?? 0);
      const parts = { available: sec('available'), onCall: sec('on_call'), wrapUp: sec('wrap_up') };
      return {
        key: a.key,
        label: a.name ?? a.key,
        loggedInSeconds: parts.available + parts.onCall + parts.wrapUp + sec('break'),
        availableSeconds: parts.available,
        onCallSeconds: parts.onCall,
        wrapUpSeconds: parts.wrapUp,
        breakSeconds: sec('break'),
        callsAnswered: f.answered,
        routedHandled: a.routed,
        talkSeconds: f.talkSeconds,
        averageTalkSeconds: f.averageTalkSeconds,
        ahtSeconds: f.ahtSeconds,
        occupancy: occupancyOf(parts),
      };
    };
    const rows = [...byKey.values()].map(rowOf).sort((x, y) => y.callsAnswered - x.callsAnswered || x.label.localeCompare(y.label, 'de'));
    const total: Acc = { key: 'total', name: 'Gesamt', seconds: {}, counts: emptyCounts(), routed: 0 };
    for (const a of byKey.values()) {
      for (const [state, s] of Object.entries(a.seconds)) total.seconds[state] = (total.seconds[state] ?? 0) + s;
      for (const k of Object.keys(total.counts) as (keyof typeof total.counts)[]) total.counts[k] += a.counts[k];
      total.routed += a.routed;
    }
    return { from: query.from, to: query.to, tenant: tenant.ags, tenantName: tenant.name, rows, totals: rowOf(total) };
  });
}

/** Top services: documented contacts (all channels) per LeiKa key, the most asked first, with FCR and forwarding. */
export async function getTopServices(ctx: UseCaseContext, query: DayRangeQuery & { limit: number }): Promise<TopServices> {
  assertCanReadReports(ctx);
  checkRange(query.from, query.to, 'day');
  const tenant = await resolveTenant(ctx, query.tenant);
  const { from, to } = rangeOf(query);
  return inActorScope(ctx, async (tx) => {
    const all = await documentedContactsByServiceInTx(tx, { from, to, tenantIds: tenant.id ? [tenant.id] : null });
    const documented = all.reduce((n, r) => n + r.documented, 0);
    const coded = all.filter((r) => r.leikaKey);
    const row = (r: (typeof all)[number], rank: number) => ({
      rank,
      leikaKey: r.leikaKey,
      label: r.title ?? r.leikaKey,
      documented: r.documented,
      share: documented > 0 ? r.documented / documented : null,
      firstLevel: r.firstLevel,
      forwarded: r.forwarded,
      firstContactResolution: firstContactResolution(r.firstLevel, r.documented),
      forwardingRate: forwardingRate(r.forwarded, r.documented),
    });
    return {
      from: query.from,
      to: query.to,
      tenant: tenant.ags,
      tenantName: tenant.name,
      documented,
      withoutService: all.find((r) => !r.leikaKey)?.documented ?? 0,
      services: coded.length,
      rows: coded.slice(0, query.limit).map((r, i) => row(r, i + 1)),
    };
  });
}

const channelOrder = ['phone', 'email', 'web_form', 'chat', 'callback'] as const;

/** Channel mix: per channel (phone, e-mail, form, chat, call-back) volumes, documented contacts, FCR and handling time. */
export async function getChannelMix(ctx: UseCaseContext, query: DayRangeQuery): Promise<ChannelMix> {
  assertCanReadReports(ctx);
  checkRange(query.from, query.to, 'day');
  const tenant = await resolveTenant(ctx, query.tenant);
  const { from, to } = rangeOf(query);
  const tenantIds = tenant.id ? [tenant.id] : null;
  return inActorScope(ctx, async (tx) => {
    const [calls] = await sumCallRollupsInTx(tx, { from, to, tenantIds, group: 'total' });
    const received = new Map((await workItemsReceivedPerChannelInTx(tx, { from, to, tenantIds })).map((r) => [r.channel, r.received]));
    const contacts = new Map((await contactsPerChannelInTx(tx, { from, to, tenantIds })).map((r) => [r.channel, r]));
    const phone = figuresOf(calls?.counts ?? emptyCounts());
    const rowOf = (channel: string, receivedCount: number, c: ReturnType<typeof contacts.get>) => ({
      channel,
      label: channelLabels[channel] ?? channel,
      received: receivedCount,
      contacts: c?.contacts ?? 0,
      documented: c?.documented ?? 0,
      firstLevel: c?.firstLevel ?? 0,
      forwarded: c?.forwarded ?? 0,
      firstContactResolution: firstContactResolution(c?.firstLevel ?? 0, c?.documented ?? 0),
      forwardingRate: forwardingRate(c?.forwarded ?? 0, c?.documented ?? 0),
      averageHandlingSeconds: averageHandlingOf(c?.handlingSeconds ?? 0, c?.handled ?? 0),
      share: 0 as number | null,
    });
    const rows = channelOrder.map((ch) => rowOf(ch, ch === 'phone' ? phone.offered : (received.get(ch) ?? 0), contacts.get(ch)));
    const sum = (k: 'handled' | 'handlingSeconds' | 'contacts' | 'documented' | 'firstLevel' | 'forwarded') =>
      [...contacts.values()].reduce((n, c) => n + c[k], 0);
    const totalReceived = rows.reduce((n, r) => n + r.received, 0);
    for (const r of rows) r.share = totalReceived > 0 ? r.received / totalReceived : null;
    const totals = {
      ...rowOf('total', totalReceived, {
        channel: 'total',
        contacts: sum('contacts'),
        documented: sum('documented'),
        firstLevel: sum('firstLevel'),
        forwarded: sum('forwarded'),
        handled: sum('handled'),
        handlingSeconds: sum('handlingSeconds'),
      }),
      label: 'Alle Kanäle',
      share: totalReceived > 0 ? 1 : null,
    };
    return {
      from: query.from,
      to: query.to,
      tenant: tenant.ags,
      tenantName: tenant.name,
      phone: { offered: phone.offered, answered: phone.answered, answerRate: phone.answerRate, ahtSeconds: phone.ahtSeconds },
      rows,
      totals,
    };
  });
}
