import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh-CN.json';
import en from './en.json';

export const LANGUAGE_KEY = 'policyflow.language';
export const LANGUAGES = ['zh-CN', 'en'] as const;

type Strings = Record<string, unknown>;

// each feature keeps its strings in <feature>.<language>.json beside these files, so pages don't collide
const featureFiles = import.meta.glob<Strings>('./*.{zh-CN,en}.json', { eager: true, import: 'default' });

/** The strings of one language: the common file and every feature file. */
export function stringsOf(language: (typeof LANGUAGES)[number], common: Strings): Strings {
  const features = Object.entries(featureFiles)
    .filter(([file]) => file.endsWith(`.${language}.json`))
    .map(([, strings]) => strings);
  return Object.assign({}, common, ...features);
}

function storedLanguage(): string {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return stored && (LANGUAGES as readonly string[]).includes(stored) ? stored : 'zh-CN';
}

i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: stringsOf('zh-CN', zh) }, en: { translation: stringsOf('en', en) } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
});

export default i18n;
