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

// each feature keeps its strings in <feature>.zh-CN.json / <feature>.en.json, merged under the feature's name
const features = import.meta.glob<Record<string, unknown>>('./*.{zh-CN,en}.json', { eager: true, import: 'default' });

function withFeatures(base: object, language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [file, strings] of Object.entries(features)) {
    const match = /^\.\/(.+)\.(zh-CN|en)\.json$/.exec(file);
    if (match && match[2] === language) merged[match[1]] = strings;
  }
  return merged;
}

i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: withFeatures(zh, 'zh-CN') },
    en: { translation: withFeatures(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
});

export default i18n;
