/**
 * German counts in UI text through one helper, so "1 offene Anfrage" and "3 offene Anfragen"
 * come from Intl.PluralRules instead of a hand-written "n === 1" here and a forgotten one there.
 */
const rules = new Intl.PluralRules('de-DE');
const numbers = new Intl.NumberFormat('de-DE');

export interface PluralForms {
  one: string;
  other: string;
}

/** "1 offene Anfrage", "2 offene Anfragen", "1.234 Treffer": the count formatted, then the matching form. */
export function plural(count: number, forms: PluralForms): string {
  return `${numbers.format(count)} ${pluralWord(count, forms)}`;
}

/** Only the word for the count (when the number is rendered separately). */
export function pluralWord(count: number, forms: PluralForms): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
