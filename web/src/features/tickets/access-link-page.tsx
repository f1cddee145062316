import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { Field, Messages, useSubmit } from './field';
import { PublicLayout } from './public-layout';
import { formatDateTime } from './tickets-labels';

interface LinkView {
  purpose: 'department_answer' | 'citizen_reply';
  referenceCode: string;
  tenantName: string;
  departmentName: string;
  serviceTitle: string;
  question: string;
  departmentQuestion: string | null;
  dueAt: string | null;
  expiresAt: string;
  status: string;
}

/**
 * The page behind a secure link, without login: a department member answers or
 * asks back (/antwort/…), or the citizen replies to the department's question
 * (/rueckfrage/…). The link works once and expires.
 */
export function AccessLinkPage() {
  const { token } = useParams();
  const view = useApi<LinkView>(`/api/public/v1/access-links/${token}`);
  const [mode, setMode] = useState<'answer' | 'ask_citizen'>('answer');
  const [text, setText] = useState('');
  const [propose, setPropose] = useState(false);
  const [done, setDone] = useState(false);
  const { fieldErrors, error, success, busy, run } = useSubmit();
  const v = view.data;
  const isCitizen = v?.purpose === 'citizen_reply';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = isCitizen
      ? { action: 'citizen_reply', reply: text }
      : mode === 'answer'
        ? { action: 'answer', answer: text, proposeForKnowledgeBase: propose }
        : { action: 'ask_citizen', question: text };
    const ok = await run(async () => {
      await api('POST', `/api/public/v1/access-links/${token}`, body);
      return isCitizen
        ? 'Vielen Dank, Ihre Antwort ist angekommen.'
        : mode === 'answer'
          ? 'Vielen Dank, die Antwort wird an die Bürgerin / den Bürger übermittelt.'
          : 'Die Rückfrage ist unterwegs; die Frist ruht bis zur Antwort.';
    });
    if (ok) setDone(true);
  }

  const field = isCitizen ? 'reply' : mode === 'answer' ? 'answer' : 'question';
  return (
    <PublicLayout title={isCitizen ? 'Rückfrage zu Ihrem Anliegen' : 'Anfrage aus dem DialogCenter beantworten'}>
      {view.error && (
        <div role="alert" className="alert alert-error">
          {view.error}
        </div>
      )}
      {!v && !view.error && <p role="status">Wird geladen …</p>}
      {v && (
        <>
          <p>
            Vorgang <strong>{v.referenceCode}</strong> · {v.tenantName}
            {!isCitizen && ` · ${v.departmentName}`}
          </p>
          <section className="card" aria-labelledby="concern-title">
            <h2 id="concern-title">{v.serviceTitle}</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{v.question}</p>
            {isCitizen && v.departmentQuestion && (
              <>
                <h3>Rückfrage der Verwaltung</h3>
                <p style={{ whiteSpace: 'pre-wrap' }}>{v.departmentQuestion}</p>
              </>
            )}
            {!isCitizen && v.dueAt && (
              <p>
                Antwort zugesagt bis <strong>{formatDateTime(v.dueAt)}</strong>.
              </p>
            )}
            <p className="muted">Dieser Link gilt einmal und bis {formatDateTime(v.expiresAt)}.</p>
          </section>
          <Messages error={error} success={success} />
          {!done && (
            <form onSubmit={submit} noValidate>
              {!isCitizen && (
                <fieldset>
                  <legend>Was möchten Sie tun?</legend>
                  <label style={{ fontWeight: 400 }}>
                    <input type="radio" name="mode" checked={mode === 'answer'} onChange={() => setMode('answer')} /> Antworten
                  </label>
                  <label style={{ fontWeight: 400 }}>
                    <input type="radio" name="mode" checked={mode === 'ask_citizen'} onChange={() => setMode('ask_citizen')} /> Rückfrage an
                    die Bürgerin / den Bürger
                  </label>
                </fieldset>
              )}
              <Field
                id="link-text"
                label={isCitizen ? 'Ihre Antwort' : mode === 'answer' ? 'Antwort' : 'Rückfrage'}
                error={fieldErrors[field]}
              >
                {(a) => <textarea {...a} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}
              </Field>
              {!isCitizen && mode === 'answer' && (
                <label style={{ fontWeight: 400 }}>
                  <input type="checkbox" checked={propose} onChange={(e) => setPropose(e.target.checked)} /> Der Redaktion als Ergänzung der
                  Wissensdatenbank vorschlagen
                </label>
              )}
              <p>
                <button type="submit" disabled={busy}>
                  Absenden
                </button>
              </p>
            </form>
          )}
        </>
      )}
    </PublicLayout>
  );
}
