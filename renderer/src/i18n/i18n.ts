// The UI's two languages (English, Simplified Chinese). Every UI string is in en.json / zh-CN.json;
// guide text and code meanings come localized from shared/knowledge.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initImmediate: false,
} as Parameters<typeof i18n.init>[0]);
