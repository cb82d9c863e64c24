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

type Strings = Record<string, unknown>;
// each feature's strings live in <feature>.<language>.json and load as the namespace <feature>
const featureFiles = import.meta.glob<Strings>(['./*.zh-CN.json', './*.en.json'], { eager: true, import: 'default' });
const resources: Record<string, Record<string, Strings>> = { 'zh-CN': { translation: zh }, en: { translation: en } };
for (const [file, strings] of Object.entries(featureFiles)) {
  const [namespace, language] = file.slice(2, -'.json'.length).split(/\.(?=zh-CN$|en$)/);
  resources[language][namespace] = strings;
}

i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
});

export default i18n;
