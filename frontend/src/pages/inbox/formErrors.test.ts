import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import {
  errorsAt, fieldOfDomId, fieldOfServerMessage, isTextInNumber, lengthCount, lengthLimits, listErrors, withFieldError,
} from './formErrors';

// the very form the lead reports with
const forms = import.meta.glob<string>('../../../../bpmn/forms/compile-report.form', { query: '?raw', import: 'default', eager: true });
const compile = JSON.parse(Object.values(forms)[0]);

describe('the errors of a task form', () => {
  afterEach(() => i18n.changeLanguage('zh-CN'));

  it('lists the errors in the order the fields are shown, list rows row by row, named by label and row', () => {
    const errors = {
      nextSteps_field: ['最多填写 5000 个字。'],
      targetValues_value: { 2: ['此项为必填。'], 0: ['请填写数字。'] },
      narrative_field: ['此项为必填。'],
    };
    expect(listErrors(errors, compile)).toEqual([
      { fieldId: 'targetValues_value', row: 0, name: '指标当前值 第1行「当前值」', message: '请填写数字。' },
      { fieldId: 'targetValues_value', row: 2, name: '指标当前值 第3行「当前值」', message: '此项为必填。' },
      { fieldId: 'narrative_field', row: null, name: '工作进展', message: '此项为必填。' },
      { fieldId: 'nextSteps_field', row: null, name: '下一步计划', message: '最多填写 5000 个字。' },
    ]);
  });

  it('names a row in English in English mode and leaves out fields without messages', async () => {
    await i18n.changeLanguage('en');
    const errors = { targetValues_value: { 1: ['Required'], 3: [] }, narrative_field: [] };
    expect(listErrors(errors, { components: [{ id: 'list', label: 'Current values', components: [
      { id: 'targetValues_value', label: 'Current value' }] }] }))
      .toEqual([{ fieldId: 'targetValues_value', row: 1, name: 'Current values, row 2: Current value', message: 'Required' }]);
  });

  it('adds and removes an error at a field or a row without touching the others', () => {
    const errors = { narrative_field: ['此项为必填。'], targetValues_value: { 1: ['此项为必填。'] } };
    const added = withFieldError(errors, { fieldId: 'targetValues_value', row: 0 }, ['请填写数字']);
    expect(errorsAt(added, { fieldId: 'targetValues_value', row: 0 })).toEqual(['请填写数字']);
    expect(errorsAt(added, { fieldId: 'targetValues_value', row: 1 })).toEqual(['此项为必填。']);
    expect(errors.targetValues_value).toEqual({ 1: ['此项为必填。'] });
    const removed = withFieldError(withFieldError(added, { fieldId: 'targetValues_value', row: 0 }, null),
      { fieldId: 'targetValues_value', row: 1 }, null);
    expect(removed).toEqual({ narrative_field: ['此项为必填。'] });
    expect(withFieldError(removed, { fieldId: 'narrative_field', row: null }, null)).toEqual({});
  });

  it('finds the field of a rendered input, also in a list row and for a radio option', () => {
    expect(fieldOfDomId('fjs-form-abc12-narrative_field', compile)).toEqual({ fieldId: 'narrative_field', row: null });
    expect(fieldOfDomId('fjs-form-abc12-targetValues_value_3', compile)).toEqual({ fieldId: 'targetValues_value', row: 3 });
    expect(fieldOfDomId('fjs-form-x-reviewDecision_field-1', { components: [{ id: 'reviewDecision_field' }] }))
      .toEqual({ fieldId: 'reviewDecision_field', row: null });
    expect(fieldOfDomId('fjs-form-abc12-unknown', compile)).toBeNull();
  });

  it('finds the field a server refusal names by its label, or by the variable the engine guard adds', () => {
    expect(fieldOfServerMessage('「工作进展」不能超过10000个字(现有10001个字),未保存任何内容', compile))
      .toEqual({ fieldId: 'narrative_field', row: null });
    expect(fieldOfServerMessage('「下一步」(nextSteps) 应为文本,收到的是 12。', compile))
      .toEqual({ fieldId: 'nextSteps_field', row: null });
    // a figure of a row is not a field outside the list: the summary says it
    expect(fieldOfServerMessage('请填写「本期数值(满意度)」', compile)).toBeNull();
    expect(fieldOfServerMessage('任务已被他人办理', compile)).toBeNull();
  });

  it('tells text in a number field from a number', () => {
    expect(['85分', 'NaN', 'abc', '8 5'].map(isTextInNumber)).toEqual([true, true, true, true]);
    expect(['85', '85.5', '85,5', '-3', '', '  '].map(isTextInNumber)).toEqual([false, false, false, false, false, false]);
  });

  it('counts a text as the server does and knows the limits of the editable text fields only', () => {
    expect(lengthCount('  进展情况 \n', 2000)).toBe('4/2000');
    expect([...lengthLimits(compile)]).toEqual([['narrative_field', 10000], ['problems_field', 5000], ['nextSteps_field', 5000]]);
  });
});
