// The two languages the product speaks, and a text in both.
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export function loc(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}
