import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../app/api-error';
import { Button, TextField } from './controls';
import { MunicipalityField } from './municipality-field';
import { messageOf, portalApi } from './portal-api';
import { PortalFrame } from './portal-frame';
import type { Lang } from './paths';
import './assistant.css';

/**
 * /de/assistent and /en/assistant: the citizen assistant on the portal (issue 15, decisions 0151, 0165).
 * Typed and keyboard only (Enter sends, Shift+Enter a new line); every reply is read out through a polite
 * live region. Replies come only from the official texts (the server checks every fact); a person is one
 * button away (live chat, call-back, written request). With `?einbettung=1` the page drops the portal's
 * header and footer: that is the frame the municipalities' widget embeds (web/public/assistent-widget.js).
 */
interface Reply {
  kind: 'answer' | 'ask_municipality' | 'handover' | 'emergency' | 'clarify';
  text: string;
  /** The text cut by language: in English, the quoted official text is German (marked lang="de"). */
  parts?: { text: string; lang: Lang }[];
  sources: { leikaKey: string; title: string; url: string }[];
  actions: { kind: 'chat' | 'callback' | 'request' | 'appointment'; url?: string }[];
}
interface Turn {
  id: number;
  author: 'citizen' | 'assistant';
  text: string;
  reply?: Reply;
}
type HandoverKind = 'chat' | 'callback' | 'request';

/** The town the answer was for (the portal's service link carries it), so the hand-over form starts with it. */
const townOf = (reply: Reply | undefined) => {
  const url = reply?.sources[0]?.url;
  return url ? (new URL(url, 'http://x').searchParams.get('ort') ?? '') : '';
};

export function AssistantPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const embedded = params.get('einbettung') === '1';
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [handover, setHandover] = useState<HandoverKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [town, setTown] = useState(params.get('ort') ?? '');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const nextId = useRef(1);
  const last = [...turns].reverse().find((x) => x.reply)?.reply;
  // A link opened from an embedded frame leaves the frame (the citizen reads the service page in full).
  const linkTarget = embedded ? '_top' : undefined;

  async function send() {
    const question = text.trim();
    if (!question) {
      setError(t('assistant.empty'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setTurns((ts) => [...ts, { id: nextId.current++, author: 'citizen', text: question }]);
    setText('');
    try {
      const r = await portalApi<{ conversationId: string; reply: Reply }>('POST', '/api/public/v1/assistant/messages', {
        text: question,
        language: lang,
        ...(conversationId ? { conversationId } : {}),
        ...(!conversationId && town ? { municipality: town } : {}),
      });
      setConversationId(r.conversationId);
      setTurns((ts) => [...ts, { id: nextId.current++, author: 'assistant', text: r.reply.text, reply: r.reply }]);
      setAnnounce(`${t('assistant.bot')}: ${r.reply.text}`);
      const ort = townOf(r.reply);
      if (ort) setTown(ort);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  const conversation = (
    <>
      <p>{t('assistant.intro')}</p>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </div>
      {turns.length > 0 && (
        <ol className="assistant-log" aria-label={t('assistant.log')}>
          {turns.map((turn) => (
            <li key={turn.id} className={`assistant-${turn.author}${turn.reply?.kind === 'emergency' ? ' assistant-emergency' : ''}`}>
              <strong>{turn.author === 'citizen' ? t('assistant.you') : t('assistant.bot')}:</strong>{' '}
              <span className="assistant-text">
                {turn.reply?.parts
                  ? turn.reply.parts.map((part, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one reply never change order
                      <span key={i} lang={part.lang === lang ? undefined : part.lang}>
                        {part.text}
                      </span>
                    ))
                  : turn.text}
              </span>
              {turn.reply && turn.reply.sources.length > 0 && (
                <ul className="assistant-sources" aria-label={t('assistant.sources')}>
                  {turn.reply.sources.map((s) => (
                    <li key={s.leikaKey}>
                      <a href={s.url} target={linkTarget} lang="de">
                        {s.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {turn.reply?.actions
                .filter((a) => a.kind === 'appointment' && a.url)
                .map((a) => (
                  <p key={a.url}>
                    <a className="portal-native-button" href={a.url} target={linkTarget}>
                      {t('assistant.book')}
                    </a>
                  </p>
                ))}
            </li>
          ))}
        </ol>
      )}
      {last?.actions.some((a) => a.kind !== 'appointment') && conversationId && !done && (
        <section aria-label={t('assistant.handover')} className="assistant-handover">
          {(['chat', 'callback', 'request'] as const)
            .filter((k) => last.actions.some((a) => a.kind === k))
            .map((k) => (
              <Button key={k} label={t(`assistant.${k}`)} secondary={handover !== k} onClick={() => setHandover(k)} />
            ))}
          {handover && (
            <HandoverForm
              kind={handover}
              embedded={embedded}
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
        <p role="status" className="portal-ok">
          {done}
        </p>
      )}
      {error && (
        <p role="alert" className="portal-alert">
          {error}
        </p>
      )}
      <form
        noValidate
        className="assistant-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor="assistant-text">{t('assistant.question')}</label>
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
              void send();
            }
          }}
        />
        <p id="assistant-hint" className="portal-muted">
          {t('assistant.hint')}
        </p>
        <Button label={busy ? t('assistant.sending') : t('assistant.send')} disabled={busy} onClick={() => void send()} />
      </form>
    </>
  );

  if (embedded)
    return (
      <EmbeddedFrame lang={lang} title={t('assistant.title')}>
        {conversation}
      </EmbeddedFrame>
    );
  return (
    <PortalFrame lang={lang} title={t('assistant.title')}>
      {conversation}
    </PortalFrame>
  );
}

/** The widget's frame: one main landmark with the page's h1, `lang` set, no portal header or footer. */
function EmbeddedFrame({ lang, title, children }: { lang: Lang; title: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${title} – ${t('site')}`;
    document.body.classList.add('portal-embedded');
  }, [lang, title, t]);
  return (
    <main id="inhalt" className="portal-main">
      <h1>{title}</h1>
      {children}
    </main>
  );
}

function HandoverForm(props: {
  kind: HandoverKind;
  embedded: boolean;
  conversationId: string;
  town: string;
  setTown(v: string): void;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const fe = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  async function submit() {
    try {
      const r = await portalApi<{ kind: string; chatToken?: string; reference: string | null }>(
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
        // In the widget's frame the chat stays in the frame (its page may be framed there too).
        location.assign(props.embedded ? '/chat?einbettung=1' : '/chat');
        return;
      }
      props.onDone(props.kind === 'callback' ? t('assistant.callbackDone') : t('assistant.requestDone', { reference: r.reference ?? '' }));
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err));
    }
  }

  return (
    <form
      noValidate
      className="assistant-handover-form portal-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && (
        <p role="alert" className="portal-alert">
          {typeof error === 'string' ? error : error.message}
        </p>
      )}
      <MunicipalityField
        id="ho-town"
        label={t('assistant.town')}
        chooseLabel={t('assistant.choose')}
        value={props.town}
        onValue={props.setTown}
        error={fe('municipality')}
        withoutRegion
        onLoadError={setError}
      />
      <TextField id="ho-name" label={t('assistant.name')} value={name} onValue={setName} error={fe('name')} autoComplete="name" />
      {props.kind === 'callback' && (
        <TextField id="ho-phone" label={t('assistant.phone')} value={phone} onValue={setPhone} error={fe('phone')} autoComplete="tel" />
      )}
      {props.kind === 'request' && (
        <TextField
          id="ho-email"
          type="email"
          label={t('assistant.email')}
          value={email}
          onValue={setEmail}
          error={fe('email')}
          autoComplete="email"
        />
      )}
      <div className="portal-action-row">
        <Button
          label={
            props.kind === 'chat'
              ? t('assistant.startChat')
              : props.kind === 'callback'
                ? t('assistant.askCallback')
                : t('assistant.sendRequest')
          }
          onClick={() => void submit()}
        />
        <Button label={t('assistant.cancel')} secondary onClick={props.onCancel} />
      </div>
    </form>
  );
}
