// The two languages the product speaks, a text in both, and how their placeholders are filled.
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export function loc(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}

/** A text with its `{name}` placeholders filled; one without a value stays as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
}
