import i18n from '../../i18n';
import chinese from './bpmnjs.zh-CN.json';

/** The bpmn-js and properties-panel labels modellers meet most (bpmnjs.zh-CN.json); others stay English. */
const ZH: Record<string, string> = chinese;

export function translate(template: string, replacements: Record<string, string> = {}): string {
  const text = i18n.language === 'zh-CN' ? (ZH[template] ?? template) : template;
  return text.replace(/{([^}]+)}/g, (_, name: string) => replacements[name] ?? `{${name}}`);
}

/** Replaces bpmn-js's translate service. */
export const translateModule = { translate: ['value', translate] };
