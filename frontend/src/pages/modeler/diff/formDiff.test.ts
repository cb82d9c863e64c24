import { describe, expect, it } from 'vitest';
import { diffForm } from './formDiff';

const form = Object.values(import.meta.glob<string>('../../../../../bpmn/forms/acknowledge-part.form', { query: '?raw', import: 'default', eager: true }))[0];

function edited(change: (components: Record<string, unknown>[]) => void): string {
  const json = JSON.parse(form);
  change(json.components);
  return JSON.stringify(json, null, 2);
}

describe('form difference', () => {
  it('finds nothing between a form and itself, however it is indented', () => {
    expect(diffForm(form, JSON.stringify(JSON.parse(form)))).toEqual([]);
  });

  it('lists an added field with its properties', () => {
    const added = edited((components) => components.push({ key: 'contactPhone', type: 'textfield', label: '联系电话', validate: { required: true }, id: 'Field_1x' }));
    expect(diffForm(form, added)).toEqual([{
      id: 'contactPhone', label: '联系电话', type: 'textfield', kind: 'added', properties: [
        { property: 'key', before: '', after: 'contactPhone' }, { property: 'label', before: '', after: '联系电话' },
        { property: 'type', before: '', after: 'textfield' }, { property: 'validate.required', before: '', after: 'true' },
      ],
    }]);
  });

  it('names a changed label and validation old → new, and a removed field', () => {
    const changed = edited((components) => {
      components[2].label = '签收意见';
      (components[2].validate as Record<string, unknown>).maxLength = 500;
      components.splice(1, 1);
    });
    expect(diffForm(form, changed)).toEqual([
      { id: 'acknowledgementComment', label: '签收意见', type: 'textarea', kind: 'changed', properties: [
        { property: 'label', before: '签收说明', after: '签收意见' }, { property: 'validate.maxLength', before: '2000', after: '500' },
      ] },
      { id: 'partAcknowledged', label: '确认签收本单位承担的配合或落实任务', type: 'checkbox', kind: 'removed', properties: [
        { property: 'key', before: 'partAcknowledged', after: '' }, { property: 'label', before: '确认签收本单位承担的配合或落实任务', after: '' },
        { property: 'type', before: 'checkbox', after: '' }, { property: 'validate.required', before: 'true', after: '' },
      ] },
    ]);
  });
});
