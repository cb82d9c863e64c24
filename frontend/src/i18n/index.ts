import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh-CN.json';
import en from './en.json';

export const LANGUAGE_KEY = 'policyflow.language';
export const LANGUAGES = ['zh-CN', 'en'] as const;

function storedLanguage(): string {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return stored && (LANGUAGES as readonly string[]).includes(stored) ? stored : 'zh-CN';
}

i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
});

export default i18n;
