import { checkGrounded } from './grounding.js';

/**
 * Optional generative rephrasing (issue 15): an operator may plug in a model behind an OpenAI-compatible
 * endpoint (`POST {url}/chat/completions`). It is told to rephrase only the official text; whatever it
 * returns must pass the same no-invented-facts check against that text, else the plain excerpt is shown.
 * Any failure (timeout, HTTP error, odd body) also falls back to the excerpt: the model is never needed.
 */
export interface RephraseSettings {
  url: string;
  key: string | null;
  model: string;
  timeoutMs: number;
}

const instruction =
  'Du formulierst Auskünfte einer Verwaltung bürgerfreundlich um. Verwende ausschließlich die Angaben aus dem offiziellen Text. ' +
  'Erfinde keine Gebühren, Fristen, Daten, Adressen, Telefonnummern oder Zeiten. Antworte nur mit dem umformulierten Text.';

export async function rephraseGrounded(settings: RephraseSettings, grounds: string[], plain: string): Promise<string | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const response = await fetch(`${settings.url.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', ...(settings.key ? { authorization: `Bearer ${settings.key}` } : {}) },
      body: JSON.stringify({
        model: settings.model,
        temperature: 0,
        messages: [
          { role: 'system', content: instruction },
          { role: 'user', content: plain },
        ],
      }),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
    const text = body.choices?.[0]?.message?.content;
    if (typeof text !== 'string' || text.trim().length < 10 || text.length > 8000) return null;
    return checkGrounded(text, grounds).ok ? text.trim() : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
