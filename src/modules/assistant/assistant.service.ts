import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { systemActor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import type { Clock } from '../../platform/time/clock.js';
import { findBookableServiceByLeikaKeyInTx } from '../appointments/index.js';
import { englishToGerman, recordKnowledgeGapInTx, searchKnowledgePublic } from '../knowledge/index.js';
import { requestCallback, startChat, submitContactForm } from '../routing/index.js';
import { defaultServiceHours, findAgreementInTx, listTenants } from '../tenancy/index.js';
import type { AssistantHandoverInput, AssistantMessageInput } from './assistant.contract.js';
import * as repo from './assistant.repository.js';
import { checkGrounded } from './grounding.js';
import { classifyIntent } from './intent.js';
import { rephraseGrounded, type RephraseSettings } from './rephrase.js';
import {
  answerReply,
  askTownReply,
  askWhichTownReply,
  emergencyReply,
  greetingReply,
  handoverReply,
  noAnswerReply,
  unsureReply,
  type HandoverReason,
  type Language,
  type Reply,
  type Source,
} from './replies.js';
import { availabilityAt, type Availability, type WeeklyHours } from './service-hours.js';
import { findTown, isOnlyTown, type Town } from './town.js';

/** The configuration the assistant needs, from the validated app config. */
export interface AssistantSettings {
  rephrase: RephraseSettings | null;
}

export const assistantSettings = (config: Config): AssistantSettings => ({
  rephrase: config.ASSISTANT_LLM_URL
    ? {
        url: config.ASSISTANT_LLM_URL,
        key: config.ASSISTANT_LLM_KEY ?? null,
        model: config.ASSISTANT_LLM_MODEL,
        timeoutMs: config.ASSISTANT_LLM_TIMEOUT_MS,
      }
    : null,
});

export interface AssistantDeps {
  database: Database;
  clock: Clock;
  settings: AssistantSettings;
}

/**
 * A hit is an answer when its search score (without the municipality's ranking bonus) reaches this; below,
 * the assistant is unsure and offers the candidates. Tuned on bench/assistant-questions.json: the right
 * service was first for 173 of 181 questions, and 169 of those scored at least 0.5.
 */
const CONFIDENT_SCORE = 0.45;
/** Replies in a row without an answer before the assistant hands over to a person. */
const FAILED_ATTEMPTS_BEFORE_HANDOVER = 2;
const MAX_CANDIDATES = 3;

interface Tenants {
  towns: Town[];
  hostId: string;
  byId: Map<string, Town>;
}

/** Tenants change rarely (onboarding): reused for a few seconds, like the knowledge search does. */
const tenantCache = new WeakMap<Database, { at: number; value: Tenants }>();
const TENANT_CACHE_MS = 10_000;

async function loadTenants(deps: AssistantDeps): Promise<Tenants> {
  const cached = tenantCache.get(deps.database);
  if (cached && performance.now() - cached.at < TENANT_CACHE_MS) return cached.value;
  const rows = await listTenants({ database: deps.database, clock: deps.clock, actor: systemActor('assistant') });
  const served = rows.filter((t) => t.lifecycle !== 'ended');
  const towns = served
    .filter((t) => t.kind !== 'region')
    .map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      officialName: t.officialName,
      ags: t.ags,
      postalCodes: t.postalCodes,
      isHost: t.isHost,
    }));
  const value: Tenants = { towns, hostId: served.find((t) => t.isHost)!.id, byId: new Map(towns.map((t) => [t.id, t])) };
  tenantCache.set(deps.database, { at: performance.now(), value });
  return value;
}

const newToken = () => randomBytes(24).toString('base64url');

/** The portal's page of a service in the conversation's language, for the town when it is known (decision 0162). */
export const serviceUrl = (lang: Language, leikaKey: string, town: Town | null) =>
  `${lang === 'en' ? '/en/services' : '/de/leistungen'}/${leikaKey}${town ? `?${new URLSearchParams({ ort: town.slug })}` : ''}`;

/** The portal's booking page, opened on the town and the service. */
const portalBookingUrl = (lang: Language, leikaKey: string, slug: string) =>
  `${lang === 'en' ? '/en/appointments' : '/de/termine'}?${new URLSearchParams({ leika: leikaKey, ort: slug })}`;

interface Turn {
  reply: Reply;
  /** What changes in the conversation with this reply. */
  patch: repo.ConversationPatch;
  /** A question that becomes a knowledge gap for the editors. */
  gap: { query: string; topLeikaKeys: string[] } | null;
}

/**
 * One message of a citizen: emergency first, then a wish for a person or an out-of-scope matter, then the
 * town (asked for when the answer depends on it), then the knowledge search. Every reply passes the
 * grounding check before it is stored and sent.
 */
export async function handleAssistantMessage(deps: AssistantDeps, input: AssistantMessageInput) {
  const { database, clock } = deps;
  const tenants = await loadTenants(deps);
  const now = clock.now();
  const existing = input.conversationId
    ? await database.scoped(ALL_TENANTS, (tx) => repo.findConversationByToken(tx, input.conversationId!))
    : undefined;
  // An unknown or expired conversation (deleted after the retention period) simply starts anew.
  const lang: Language = input.language ?? (existing?.language as Language | undefined) ?? 'de';
  let municipality = existing?.municipalityTenantId ? (tenants.byId.get(existing.municipalityTenantId) ?? null) : null;
  if (input.municipality) {
    const found = findTown(input.municipality, tenants.towns);
    if (found.kind === 'one') municipality = found.town;
    else if (found.kind === 'none') {
      throw new AppError('VALIDATION_FAILED', `Die Kommune „${input.municipality}“ ist nicht bekannt.`, {
        issues: [{ field: 'municipality', message: 'Unbekannte Stadt oder Gemeinde: Ort oder Postleitzahl angeben.' }],
      });
    }
  }
  const availability = await availabilityFor(database, municipality?.id ?? tenants.hostId, now);
  const turn = await decide(deps, tenants, { text: input.text, lang, municipality, existing, availability });

  const reply = await grounded(deps, turn.reply);
  const finalMunicipality =
    turn.patch.municipalityTenantId !== undefined
      ? turn.patch.municipalityTenantId
        ? tenants.byId.get(turn.patch.municipalityTenantId)!
        : null
      : municipality;
  const tenantId = finalMunicipality?.id ?? tenants.hostId;
  const token = await database.scoped(ALL_TENANTS, async (tx) => {
    let conversation = existing;
    if (!conversation) {
      conversation = await repo.insertConversation(tx, {
        tenantId,
        token: newToken(),
        language: lang,
        municipalityTenantId: finalMunicipality?.id ?? null,
        at: now,
      });
    }
    await repo.updateConversation(tx, conversation.id, {
      ...turn.patch,
      language: lang,
      lastMessageAt: now,
      ...(conversation.tenantId !== tenantId ? { tenantId } : {}),
    });
    await repo.insertMessages(tx, [
      { tenantId, conversationId: conversation.id, author: 'citizen', body: input.text, createdAt: now },
      {
        tenantId,
        conversationId: conversation.id,
        author: 'assistant',
        body: reply.text,
        replyKind: reply.kind,
        sourceLeikaKeys: reply.sources.map((s) => s.leikaKey),
        createdAt: new Date(now.getTime() + 1),
      },
    ]);
    if (turn.gap) await recordKnowledgeGapInTx(tx, { tenantId, ...turn.gap }, now);
    return conversation.token;
  });
  return {
    conversationId: token,
    reply: {
      kind: reply.kind,
      text: reply.text,
      parts: reply.parts ?? [{ text: reply.text, lang }],
      sources: reply.sources,
      actions: reply.actions,
    },
  };
}

/** The service hours that apply: the municipality's agreement with the center (else the host's). */
async function availabilityFor(database: Database, tenantId: string, now: Date): Promise<Availability> {
  const agreement = await database.scoped(ALL_TENANTS, (tx) => findAgreementInTx(tx, tenantId));
  return availabilityAt(now, (agreement?.serviceHours ?? defaultServiceHours) as WeeklyHours);
}

/**
 * The no-invented-facts rule at the last step: a reply whose facts are not all in its grounds is not
 * sent. A rephrased answer that fails falls back to the plain excerpt; anything else that fails (it
 * should not) becomes the honest "nothing found" reply, which states no fact.
 */
async function grounded(deps: AssistantDeps, reply: Reply): Promise<Reply> {
  if (reply.kind === 'answer' && deps.settings.rephrase) {
    const rephrased = await rephraseGrounded(deps.settings.rephrase, reply.grounds, reply.text);
    // The model is told in German to rephrase the German official text: its answer is taken as German.
    if (rephrased) return { ...reply, text: rephrased, parts: [{ text: rephrased, lang: 'de' }] };
  }
  if (checkGrounded(reply.text, reply.grounds).ok) return reply;
  const { text } = noAnswerReply('de', { open: false, nextOpen: null });
  return {
    kind: 'clarify',
    text,
    parts: [{ text, lang: 'de' }],
    sources: [],
    actions: reply.actions,
    grounds: [],
  };
}

interface DecideInput {
  text: string;
  lang: Language;
  municipality: Town | null;
  existing: repo.ConversationRow | undefined;
  availability: Availability;
}

async function decide(deps: AssistantDeps, tenants: Tenants, d: DecideInput): Promise<Turn> {
  const failed = d.existing?.failedAttempts ?? 0;
  const intent = classifyIntent(d.text);
  if (intent.kind === 'emergency') return { reply: emergencyReply(d.lang), patch: {}, gap: null };
  if (intent.kind === 'human') return handover(d, 'request', null);
  if (intent.kind === 'out_of_scope') return handover(d, intent.reason, { query: d.text, topLeikaKeys: [] });

  // The town: from the text, from the choice the assistant asked for, or as before.
  let municipality = d.municipality;
  const found = findTown(d.text, tenants.towns);
  let rest = found.rest;
  const choices = d.existing?.townChoices ?? null;
  if (found.kind === 'several') {
    const towns = found.towns.map((t) => t.name);
    return {
      reply: askWhichTownReply(d.lang, found.postalCode, towns),
      patch: { townChoices: found.towns.map((t) => t.id), ...(isOnlyTown(found.rest) ? {} : { pendingQuestion: found.rest }) },
      gap: null,
    };
  }
  if (found.kind === 'one') municipality = found.town;
  const townPatch: repo.ConversationPatch =
    municipality?.id !== d.municipality?.id || choices ? { municipalityTenantId: municipality?.id ?? null, townChoices: null } : {};

  // Only a town, after the assistant asked for it: the question waiting for it is the one to answer.
  const pending = d.existing?.pendingQuestion ?? null;
  let question = rest;
  if (found.kind === 'one' && isOnlyTown(rest)) {
    if (!pending) return { reply: greetingReply(d.lang), patch: { ...townPatch }, gap: null };
    question = pending;
  } else if (found.kind === 'none' && pending && !municipality && isOnlyTown(rest)) {
    question = pending;
  }
  rest = question;
  if (!rest.trim()) return { reply: greetingReply(d.lang), patch: townPatch, gap: null };

  const searched = d.lang === 'en' ? englishToGerman(rest) : rest;
  const result = await searchKnowledgePublic(deps.database, deps.clock, {
    q: searched.slice(0, 200),
    municipality: municipality?.ags,
    limit: 5,
  });
  const items = result.items;
  const attemptFailed = (reply: Reply, gap: Turn['gap']): Turn => {
    if (failed + 1 >= FAILED_ATTEMPTS_BEFORE_HANDOVER) {
      const h = handover({ ...d, municipality }, 'unanswered', gap);
      return { ...h, patch: { ...townPatch, ...h.patch } };
    }
    return { reply, patch: { ...townPatch, failedAttempts: failed + 1, pendingQuestion: null }, gap };
  };
  if (items.length === 0) return attemptFailed(noAnswerReply(d.lang, d.availability), { query: rest, topLeikaKeys: [] });

  const top = items[0]!;
  const source = (i: (typeof items)[number]): Source => ({
    leikaKey: i.leikaKey,
    title: i.title,
    url: serviceUrl(d.lang, i.leikaKey, municipality),
  });
  // The search ranks the municipality's own version up (+0.1) and services it does not offer down (-0.3).
  const rawScore = top.score - (municipality ? (top.responsibleUnit ? 0.1 : -0.3) : 0);
  if (rawScore < CONFIDENT_SCORE) {
    return attemptFailed(unsureReply(d.lang, items.slice(0, MAX_CANDIDATES).map(source)), {
      query: rest,
      topLeikaKeys: items.map((i) => i.leikaKey),
    });
  }
  // The answer depends on the town and the citizen has not said it: ask first, keep the question.
  if (!top.tenant) {
    return { reply: askTownReply(d.lang, source(top)), patch: { ...townPatch, pendingQuestion: rest, failedAttempts: 0 }, gap: null };
  }
  const appointmentUrl = top.tenant
    ? await bookingUrl(deps.database, d.lang, top.tenant.id, top.leikaKey, top.title, top.tenant.slug)
    : null;
  return {
    reply: answerReply(d.lang, source(top), top.answerText, appointmentUrl),
    patch: { ...townPatch, pendingQuestion: null, failedAttempts: 0 },
    gap: null,
  };
}

function handover(d: DecideInput, reason: HandoverReason, gap: Turn['gap']): Turn {
  return { reply: handoverReply(d.lang, reason, d.availability), patch: { failedAttempts: 0, pendingQuestion: null }, gap };
}

async function bookingUrl(
  database: Database,
  lang: Language,
  tenantId: string,
  leikaKey: string,
  title: string,
  slug: string,
): Promise<string | null> {
  const service = await database.scoped(ALL_TENANTS, (tx) => findBookableServiceByLeikaKeyInTx(tx, tenantId, leikaKey, title));
  return service ? portalBookingUrl(lang, leikaKey, slug) : null;
}

/** Queue priority of a chat handed over from the assistant (0–2, higher first; see decision 0022). */
export const LIVE_HANDOVER_PRIORITY = 2;

/** The transcript an agent sees with the hand-over: what the citizen typed and what the assistant replied. */
export function formatTranscript(messages: repo.MessageRow[]): string {
  const lines = messages.map((m) => `${m.author === 'citizen' ? 'Bürger/in' : 'Assistent'}: ${m.body.replace(/\s*\n\s*/g, ' ')}`);
  return `Verlauf mit dem Assistenten:\n${lines.join('\n')}`.slice(0, 19_000);
}

/**
 * The citizen chose a person: a live chat in the routed queue, a call-back or a forwarded request (contact
 * form), each with the transcript attached. Outside service hours only call-back and request are offered.
 */
export async function handOverConversation(deps: AssistantDeps, token: string, input: AssistantHandoverInput) {
  const { database, clock } = deps;
  const tenants = await loadTenants(deps);
  const conversation = await database.scoped(ALL_TENANTS, (tx) => repo.findConversationByToken(tx, token));
  if (!conversation) throw notFound('Das Gespräch');
  let town = conversation.municipalityTenantId ? (tenants.byId.get(conversation.municipalityTenantId) ?? null) : null;
  if (input.municipality) {
    const found = findTown(input.municipality, tenants.towns);
    town = found.kind === 'one' ? found.town : null;
    if (!town) {
      throw new AppError('VALIDATION_FAILED', 'Bitte Ihre Stadt oder Gemeinde wählen.', {
        issues: [{ field: 'municipality', message: 'Unbekannte Stadt oder Gemeinde.' }],
      });
    }
  }
  if (!town) {
    throw new AppError('VALIDATION_FAILED', 'Bitte Ihre Stadt oder Gemeinde wählen.', {
      issues: [{ field: 'municipality', message: 'Für die Übergabe brauchen wir Ihre Stadt oder Gemeinde.' }],
    });
  }
  const now = clock.now();
  if (input.kind === 'chat' && !(await availabilityFor(database, town.id, now)).open) {
    throw new AppError(
      'CONFLICT',
      'Gerade ist niemand im Chat erreichbar. Bitte vereinbaren Sie einen Rückruf oder senden Sie Ihr Anliegen schriftlich.',
    );
  }
  const messages = await database.scoped(ALL_TENANTS, (tx) => repo.listMessages(tx, conversation.id));
  const transcript = formatTranscript(messages);
  const lastQuestion = [...messages].reverse().find((m) => m.author === 'citizen')?.body ?? 'Frage an den Assistenten';
  const language = conversation.language;
  let result:
    | { kind: 'chat'; chatToken: string; reference: string }
    | { kind: 'callback'; reference: null }
    | { kind: 'request'; reference: string };
  if (input.kind === 'chat') {
    // Priority 2, the queue's top: the citizen is waiting live on the chat page after their time with the
    // assistant. At priority 1 the chat queued behind call-backs of the same rank, some days old, which can
    // wait minutes more; the next free agent never reached it while those were open.
    const chat = await startChat(
      database,
      town.id,
      { name: input.name, message: input.message ?? lastQuestion, language, transcript, priority: LIVE_HANDOVER_PRIORITY },
      clock,
    );
    result = { kind: 'chat', chatToken: chat.token, reference: chat.item.referenceCode! };
  } else if (input.kind === 'callback') {
    if (!input.phone)
      throw new AppError('VALIDATION_FAILED', 'Bitte eine Telefonnummer angeben.', {
        issues: [{ field: 'phone', message: 'Bitte eine Telefonnummer angeben.' }],
      });
    await requestCallback(
      database,
      town.id,
      {
        name: input.name,
        phone: input.phone,
        subject: `Rückruf erbeten: ${(input.message ?? lastQuestion).slice(0, 200)}`,
        transcript,
        language,
      },
      clock,
    );
    result = { kind: 'callback', reference: null };
  } else {
    if (!input.name || !input.email) {
      throw new AppError('VALIDATION_FAILED', 'Bitte Namen und E-Mail-Adresse angeben, damit wir antworten können.', {
        issues: [
          ...(!input.name ? [{ field: 'name', message: 'Bitte Ihren Namen angeben.' }] : []),
          ...(!input.email ? [{ field: 'email', message: 'Bitte eine E-Mail-Adresse angeben.' }] : []),
        ],
      });
    }
    const item = await submitContactForm(
      database,
      town.id,
      {
        name: input.name,
        email: input.email,
        subject: `Anfrage aus dem Assistenten: ${lastQuestion.slice(0, 150)}`,
        message: `${input.message ? `${input.message}\n\n` : ''}${transcript}`.slice(0, 20_000),
        language,
      },
      clock,
    );
    result = { kind: 'request', reference: item.referenceCode! };
  }
  await database.scoped(ALL_TENANTS, (tx) =>
    repo.updateConversation(tx, conversation.id, {
      handoverKind: input.kind,
      handoverReference: result.reference,
      handedOverAt: now,
      lastMessageAt: now,
      municipalityTenantId: town.id,
      ...(conversation.tenantId !== town.id ? { tenantId: town.id } : {}),
    }),
  );
  return result;
}
