// PolicyFlow's Tasklist configuration (replaces the one in Camunda's webjar, see docs/workbench.md).

// Tasklist takes the language part of the browser's first language (zh-CN → zh) and looks it up in availableLocales;
// locales/zh.json is PolicyFlow's Simplified Chinese. English stays English, any other language gets Chinese. The
// fallback is the language chosen: Tasklist loads the fallback's file beside the chosen one, and whichever arrives
// first labels the first screen, so a fallback other than the chosen language mixes the two.
const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();
const language = browserLanguage === 'en' ? 'en' : 'zh';

export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: language
  },
  // paths relative to app/tasklist/
  customScripts: ['scripts/policyflow/clear-errors-on-completion'],

  // Camunda's own shortcuts, as in the webjar's config.js
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
