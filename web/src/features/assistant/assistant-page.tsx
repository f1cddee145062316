import { CitizenFooter } from '../../app/citizen-footer';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { usePageTitle } from '../../app/page-title';
import { useApi } from '../../app/use-api';

/**
 * /buerger/assistent: the citizen assistant (issue 15, decision 0152). Typed, keyboard only, German and
 * English; every reply is read out by screen readers through a polite live region. Replies come only from
 * the official texts (the server checks every fact); a person is one button away (chat, call-back, request).
 */
type Lang = 'de' | 'en';
interface Reply {
  kind: 'answer' | 'ask_municipality' | 'handover' | 'emergency' | 'clarify';
  text: string;
  sources: { leikaKey: string; title: string; url: string }[];
  actions: { kind: 'chat' | 'callback' | 'request' | 'appointment'; url?: string }[];
}
interface Turn {
  id: number;
  author: 'citizen' | 'assistant';
  text: string;
  reply?: Reply;
}

const t = {
  de: {
    title: 'Fragen Sie den Assistenten',
    intro:
      'Der Assistent antwortet nur mit den offiziellen Texten der Leistungsbeschreibungen. Im Notfall rufen Sie 112 (Feuerwehr, Rettungsdienst) oder 110 (Polizei).',
    log: 'Gesprächsverlauf',
    you: 'Sie',
    bot: 'Assistent',
    question: 'Ihre Frage',
    hint: 'Zum Beispiel: Personalausweis beantragen in Laatzen, Sperrmüll, Hund anmelden.',
    send: 'Senden',
    sending: 'Wird gesendet …',
    sources: 'Quelle',
    book: 'Termin buchen',
    chat: 'Live-Chat mit einer Person',
    callback: 'Rückruf vereinbaren',
    request: 'Anliegen schriftlich senden',
    handover: 'An eine Person übergeben',
    name: 'Ihr Name',
    phone: 'Ihre Telefonnummer (Pflichtfeld)',
    email: 'Ihre E-Mail-Adresse (Pflichtfeld)',
    town: 'Ihre Stadt oder Gemeinde (Pflichtfeld)',
    choose: '– bitte wählen –',
    startChat: 'Chat beginnen',
    askCallback: 'Rückruf erbitten',
    sendRequest: 'Anfrage senden',
    cancel: 'Abbrechen',
    callbackDone: 'Danke, wir rufen Sie zurück. Ihr Gesprächsverlauf liegt der Mitarbeiterin oder dem Mitarbeiter vor.',
    requestDone: (r: string) => `Danke, Ihre Anfrage ist angekommen. Vorgangsnummer ${r} (den Stand finden Sie auf der Statusseite).`,
    language: 'English',
    languageLabel: 'Switch to English',
  },
  en: {
    title: 'Ask the assistant',
    intro:
      'The assistant answers only with the official service descriptions. In an emergency call 112 (fire brigade, ambulance) or 110 (police).',
    log: 'Conversation',
    you: 'You',
    bot: 'Assistant',
    question: 'Your question',
    hint: 'For example: ID card in Laatzen, bulky waste, dog tax.',
    send: 'Send',
    sending: 'Sending …',
    sources: 'Source',
    book: 'Book an appointment',
    chat: 'Live chat with a person',
    callback: 'Ask for a call back',
    request: 'Send your matter in writing',
    handover: 'Hand over to a person',
    name: 'Your name',
    phone: 'Your phone number (required)',
    email: 'Your e-mail address (required)',
    town: 'Your town or municipality (required)',
    choose: '– please choose –',
    startChat: 'Start chat',
    askCallback: 'Ask for a call back',
    sendRequest: 'Send request',
    cancel: 'Cancel',
    callbackDone: 'Thank you, we will call you back. Our conversation goes along to the member of staff.',
    requestDone: (r: string) => `Thank you, your request has arrived. Reference number ${r} (see the status page for its state).`,
    language: 'Deutsch',
    languageLabel: 'Auf Deutsch wechseln',
  },
} as const;

const townOf = (reply: Reply | undefined) => {
  const url = reply?.sources[0]?.url;
  return url ? (new URL(url, 'http://x').searchParams.get('ort') ?? '') : '';
};

export function AssistantPage() {
  const [lang, setLang] = useState<Lang>(() => (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de'));
  const l = t[lang];
  usePageTitle(l.title);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [handover, setHandover] = useState<'chat' | 'callback' | 'request' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [town, setTown] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const nextId = useRef(1);

  useEffect(() => {
    document.documentElement.lang = lang;
    return () => {
      document.documentElement.lang = 'de';
    };
  }, [lang]);

  const last = [...turns].reverse().find((x) => x.reply)?.reply;

  async function send(e: FormEvent) {
    e.preventDefault();
    const question = text.trim();
    if (!question) {
      setError(lang === 'en' ? 'Please type your question.' : 'Bitte schreiben Sie Ihre Frage.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setTurns((ts) => [...ts, { id: nextId.current++, author: 'citizen', text: question }]);
    setText('');
    try {
      const r = await api<{ conversationId: string; reply: Reply }>('POST', '/api/public/v1/assistant/messages', {
        text: question,
        language: lang,
        ...(conversationId ? { conversationId } : {}),
      });
      setConversationId(r.conversationId);
      setTurns((ts) => [...ts, { id: nextId.current++, author: 'assistant', text: r.reply.text, reply: r.reply }]);
      setAnnounce(`${l.bot}: ${r.reply.text}`);
      const ort = townOf(r.reply);
      if (ort) setTown(ort);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <>
      <a className="skip-link" href="#inhalt">
        {lang === 'en' ? 'Skip to content' : 'Zum Inhalt springen'}
      </a>
      <header className="app-header">
        <span className="brand">DialogCenter Hannover · 115</span>
        <button
          type="button"
          className="secondary"
          lang={lang === 'en' ? 'de' : 'en'}
          aria-label={l.languageLabel}
          onClick={() => setLang(lang === 'en' ? 'de' : 'en')}
        >
          {l.language}
        </button>
      </header>
      <main id="inhalt" tabIndex={-1} className="citizen-main assistant">
        <h1>{l.title}</h1>
        <p>{l.intro}</p>
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announce}
        </div>
        {turns.length > 0 && (
          <ol className="assistant-log" aria-label={l.log}>
            {turns.map((turn) => (
              <li key={turn.id} className={`assistant-${turn.author}${turn.reply?.kind === 'emergency' ? ' assistant-emergency' : ''}`}>
                <strong>{turn.author === 'citizen' ? l.you : l.bot}:</strong> <span className="assistant-text">{turn.text}</span>
                {turn.reply && turn.reply.sources.length > 0 && (
                  <ul className="assistant-sources" aria-label={l.sources}>
                    {turn.reply.sources.map((s) => (
                      <li key={s.leikaKey}>
                        <a href={s.url}>{s.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
                {turn.reply?.actions.some((a) => a.kind === 'appointment') && (
                  <p>
                    <a className="button" href={turn.reply.actions.find((a) => a.kind === 'appointment')!.url}>
                      {l.book}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
        {last && last.actions.some((a) => a.kind !== 'appointment') && conversationId && !done && (
          <section aria-label={l.handover} className="assistant-handover">
            {(['chat', 'callback', 'request'] as const)
              .filter((k) => last.actions.some((a) => a.kind === k))
              .map((k) => (
                <button
                  key={k}
                  type="button"
                  className={handover === k ? '' : 'secondary'}
                  aria-pressed={handover === k}
                  onClick={() => setHandover(k)}
                >
                  {l[k]}
                </button>
              ))}
            {handover && (
              <HandoverForm
                kind={handover}
                lang={lang}
                conversationId={conversationId}
                town={town}
                setTown={setTown}
                onDone={(message) => {
                  setDone(message);
                  setAnnounce(message);
                  setHandover(null);
                }}
                onCancel={() => setHandover(null)}
              />
            )}
          </section>
        )}
        {done && (
          <p role="status" className="alert alert-ok">
            {done}
          </p>
        )}
        {error && (
          <p role="alert" className="alert alert-error">
            {error}
          </p>
        )}
        <form onSubmit={send} noValidate className="assistant-form">
          <label htmlFor="assistant-text">{l.question}</label>
          <textarea
            id="assistant-text"
            ref={inputRef}
            rows={2}
            maxLength={2000}
            value={text}
            aria-describedby="assistant-hint"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter sends, Shift+Enter makes a new line (as in every chat).
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <p id="assistant-hint" className="muted">
            {l.hint}
          </p>
          <p>
            <button type="submit" disabled={busy}>
              {busy ? l.sending : l.send}
            </button>
          </p>
        </form>
      </main>
      <CitizenFooter lang={lang} />
    </>
  );
}

function HandoverForm(props: {
  kind: 'chat' | 'callback' | 'request';
  lang: Lang;
  conversationId: string;
  town: string;
  setTown(v: string): void;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const l = t[props.lang];
  const towns = useApi<{ items: { slug: string; name: string }[] }>('/api/v1/public/municipalities');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const fe = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await api<{ kind: string; chatToken?: string; reference: string | null }>(
        'POST',
        `/api/public/v1/assistant/conversations/${props.conversationId}/handover`,
        {
          kind: props.kind,
          ...(props.town ? { municipality: props.town } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(props.kind === 'callback' && phone.trim() ? { phone: phone.trim() } : {}),
          ...(props.kind === 'request' && email.trim() ? { email: email.trim() } : {}),
        },
      );
      if (props.kind === 'chat' && r.chatToken) {
        // The live chat page follows this chat (place in the queue, the agent's answers).
        sessionStorage.setItem('dc-chat-token', r.chatToken);
        location.assign('/chat');
        return;
      }
      props.onDone(props.kind === 'callback' ? l.callbackDone : l.requestDone(r.reference ?? ''));
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  }

  const field = (id: string, label: string, value: string, set: (v: string) => void, f: string, type = 'text') => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={fe(f) ? true : undefined}
        aria-describedby={fe(f) ? `${id}-error` : undefined}
      />
      {fe(f) && (
        <p className="field-error" id={`${id}-error`}>
          {fe(f)}
        </p>
      )}
    </>
  );

  return (
    <form onSubmit={submit} noValidate className="assistant-handover-form">
      {error && (
        <p role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : error.message}
        </p>
      )}
      <label htmlFor="ho-town">{l.town}</label>
      <select
        id="ho-town"
        value={props.town}
        onChange={(e) => props.setTown(e.target.value)}
        aria-invalid={fe('municipality') ? true : undefined}
        aria-describedby={fe('municipality') ? 'ho-town-error' : undefined}
      >
        <option value="">{l.choose}</option>
        {towns.data?.items
          .filter((m) => m.slug !== 'region-hannover')
          .map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.name}
            </option>
          ))}
      </select>
      {fe('municipality') && (
        <p className="field-error" id="ho-town-error">
          {fe('municipality')}
        </p>
      )}
      {field('ho-name', l.name, name, setName, 'name')}
      {props.kind === 'callback' && field('ho-phone', l.phone, phone, setPhone, 'phone', 'tel')}
      {props.kind === 'request' && field('ho-email', l.email, email, setEmail, 'email', 'email')}
      <p>
        <button type="submit">{props.kind === 'chat' ? l.startChat : props.kind === 'callback' ? l.askCallback : l.sendRequest}</button>{' '}
        <button type="button" className="secondary" onClick={props.onCancel}>
          {l.cancel}
        </button>
      </p>
    </form>
  );
}
