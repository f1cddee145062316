import { useRef, useState, type FormEvent } from 'react';
import { ApiError, problemOf } from '../../app/api';
import { call, client } from '../../app/api-client';
import { invalidateAll } from '../../app/query';
import { TableScroll } from '../../app/table-scroll';
import { formatDateTime } from './admin-labels';
import { FormMessages, SelectField, useFormFeedback } from './form-controls';
import { stepLabels, type OnboardingDocument, type StepKey } from './onboarding-labels';

const MAX_BYTES = 5 * 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(bytes / 1024)} KB`;

/** Documents of the agreement's steps (the signed agreement as PDF): upload, download, remove. */
export function DocumentsSection({
  tenantId,
  documents,
  onChanged,
}: {
  tenantId: string;
  documents: OnboardingDocument[];
  onChanged(): Promise<void>;
}) {
  const [stepKey, setStepKey] = useState<StepKey>('tasks');
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState('');
  const { error, success, busy, run } = useFormFeedback();

  async function upload(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setFileError('');
    if (!file) {
      setFileError('Bitte eine PDF-Datei auswählen.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(`Die Datei ist ${sizeText(file.size)} groß; höchstens 5 MB je Dokument.`);
      return;
    }
    await run(async () => {
      const query = new URLSearchParams({ stepKey, fileName: file.name });
      const res = await fetch(`/api/v1/tenants/${tenantId}/onboarding/documents?${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/pdf' },
        body: file,
      });
      if (!res.ok) throw new ApiError(problemOf(res.status, await res.text()));
      // Cleared before the list shows the new document: a file chosen after that must not be wiped.
      if (fileInput.current) fileInput.current.value = '';
      void invalidateAll();
      await onChanged();
      return `„${file.name}“ wurde zum Schritt „${stepLabels[stepKey].title}“ hochgeladen.`;
    });
  }

  async function remove(d: OnboardingDocument) {
    if (!window.confirm(`„${d.fileName}“ wirklich entfernen?`)) return;
    await run(async () => {
      await call(client.DELETE('/api/v1/tenants/{tenantId}/onboarding/documents/{id}', { params: { path: { tenantId, id: d.id } } }));
      await onChanged();
      return `„${d.fileName}“ wurde entfernt.`;
    });
  }

  return (
    <section className="admin-section" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Dokumente</h2>
      <FormMessages error={error} success={success} />
      <TableScroll label="Dokumente">
        <table>
          <caption className="visually-hidden">Dokumente des Onboardings</caption>
          <thead>
            <tr>
              <th scope="col">Dokument</th>
              <th scope="col">Schritt</th>
              <th scope="col">Hochgeladen</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td className="cell-wrap">
                  <a href={`/api/v1/tenants/${tenantId}/onboarding/documents/${d.id}`} download={d.fileName}>
                    {d.fileName}
                  </a>{' '}
                  <span className="muted">({sizeText(d.sizeBytes)})</span>
                </td>
                <td className="cell-wrap">{stepLabels[d.stepKey].title}</td>
                <td className="cell-wrap">
                  {formatDateTime(String(d.createdAt))}, {d.uploadedBy}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => void remove(d)}
                    aria-label={`${d.fileName} entfernen`}
                  >
                    Entfernen
                  </button>
                </td>
              </tr>
            ))}
            {documents.length === 0 && (
              <tr>
                <td colSpan={4}>Noch keine Dokumente.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <form onSubmit={upload} noValidate aria-labelledby="document-upload-heading">
        <h3 id="document-upload-heading">Dokument hochladen</h3>
        <div className="form-grid">
          <SelectField
            id="document-step"
            label="Schritt"
            value={stepKey}
            onChange={(v) => setStepKey(v as StepKey)}
            options={(Object.keys(stepLabels) as StepKey[]).map((k) => ({ value: k, label: stepLabels[k].title }))}
          />
          <div className="form-field">
            <label htmlFor="document-file">PDF-Datei (höchstens 5 MB)</label>
            <input
              id="document-file"
              ref={fileInput}
              type="file"
              accept="application/pdf,.pdf"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'document-file-error' : undefined}
            />
            {fileError && (
              <p id="document-file-error" className="field-error">
                {fileError}
              </p>
            )}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Wird hochgeladen …' : 'Hochladen'}
          </button>
        </div>
      </form>
    </section>
  );
}
