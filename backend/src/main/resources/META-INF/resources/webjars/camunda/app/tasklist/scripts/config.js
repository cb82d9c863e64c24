// PolicyFlow's Tasklist configuration (replaces the one in Camunda's webjar, see docs/workbench.md).
export default {
  // Tasklist takes the language part of the browser's first language (zh-CN → zh) and looks it up here;
  // locales/zh.json is PolicyFlow's Simplified Chinese. Any other language than English gets Chinese.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
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
