import i18n from '../../../i18n';

/**
 * A diagram-js translate service in the page's language: the labels modellers meet most, from the editor's
 * zh-CN dictionary (bpmnjs.zh-CN.json, dmnjs.zh-CN.json); others stay English. English is the switch.
 */
export function translator(chinese: Record<string, string>) {
  return (template: string, replacements: Record<string, string> = {}): string => {
    const text = i18n.language === 'zh-CN' ? (chinese[template] ?? template) : template;
    return text.replace(/{([^}]+)}/g, (_, name: string) => replacements[name] ?? `{${name}}`);
  };
}

/** Replaces the editor's translate service. */
export const translateModule = (chinese: Record<string, string>) => ({ translate: ['value', translator(chinese)] });
