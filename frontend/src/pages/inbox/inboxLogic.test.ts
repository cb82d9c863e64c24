import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { canSignInBulk, dueText, EMPTY_FILTER, inboxQuery } from './inboxApi';
import { toFormData, toTypedVariables } from './formVariables';
import { problemMessage } from '../../api/problem';

describe('批量签收', () => {
  it('offers a part acknowledgement that is unclaimed or the user\'s own, never the lead\'s or a colleague\'s', () => {
    expect(canSignInBulk({ taskKey: 'AcknowledgePart', assignee: null }, 'kunshan')).toBe(true);
    expect(canSignInBulk({ taskKey: 'AcknowledgePart', assignee: 'kunshan' }, 'kunshan')).toBe(true);
    expect(canSignInBulk({ taskKey: 'AcknowledgePart', assignee: 'kunshan-colleague' }, 'kunshan')).toBe(false);
    expect(canSignInBulk({ taskKey: 'AcknowledgeLead', assignee: null }, 'commerce')).toBe(false);
    expect(canSignInBulk({ taskKey: 'SubmitContribution', assignee: null }, 'kunshan')).toBe(false);
  });
});

describe('inbox query', () => {
  it('sends only the filters that are set', () => {
    expect(inboxQuery(EMPTY_FILTER)).toEqual({ page: 0, size: 20 });
    expect(inboxQuery({ overdue: true, dueThisWeek: false, role: 'LEAD', itemId: ' 8 ', page: 2 }))
      .toEqual({ overdue: true, role: 'LEAD', itemId: 8, page: 2, size: 20 });
  });

  it('ignores an item number that is not a number', () => {
    expect(inboxQuery({ ...EMPTY_FILTER, itemId: '八' }).itemId).toBeUndefined();
  });
});

describe('days left', () => {
  it('marks overdue, due today, soon and later', () => {
    expect(dueText(-3)).toEqual({ key: 'inbox:overdueBy', count: 3, tone: 'overdue' });
    expect(dueText(0)).toEqual({ key: 'inbox:dueToday', tone: 'soon' });
    expect(dueText(2).tone).toBe('soon');
    expect(dueText(10)).toEqual({ key: 'inbox:daysLeft', count: 10, tone: 'ok' });
    expect(dueText(null).tone).toBe('none');
  });

  it('says overdue, never due today, for a task that fell due earlier today', () => {
    expect(dueText(0, 1)).toEqual({ key: 'inbox:overdueBy', count: 1, tone: 'overdue' });
    expect(i18n.t('inbox:overdueBy', { count: 1, lng: 'zh-CN' })).toBe('已逾期 1 天');
  });
});

describe('form values to Camunda variables', () => {
  it('types text, whole and decimal numbers, booleans and lists', () => {
    const typed = toTypedVariables({
      narrative: '已完成', count: 12, ratio: 0.5, ok: true, none: null, skipped: undefined,
      targetValues: [{ targetId: 1, value: 30000 }],
    });
    expect(typed.narrative).toEqual({ value: '已完成', type: 'String' });
    expect(typed.count).toEqual({ value: 12, type: 'Long' });
    expect(typed.ratio).toEqual({ value: 0.5, type: 'Double' });
    expect(typed.ok).toEqual({ value: true, type: 'Boolean' });
    expect(typed.none).toEqual({ value: null, type: 'Null' });
    expect(typed).not.toHaveProperty('skipped');
    expect(typed.targetValues).toEqual({ value: '[{"targetId":1,"value":30000}]', type: 'Json' });
  });

  it('reads JSON variables back as lists for the form', () => {
    expect(toFormData({ rows: { type: 'Json', value: '[{"a":1}]' }, label: { type: 'String', value: '(八)' } }))
      .toEqual({ rows: [{ a: 1 }], label: '(八)' });
  });
});

describe('problem messages', () => {
  it('shows the server detail, the reason of a refused form, or a Chinese text for the status', () => {
    expect(problemMessage(409, { detail: '该任务已办结' })).toBe('该任务已办结');
    expect(problemMessage(400, { type: 'RestException', message: 'Cannot submit task form abc: 请填写「进展情况」' }))
      .toBe('请填写「进展情况」');
    expect(problemMessage(500, { message: 'NullPointerException' })).toBe('操作未成功:NullPointerException');
    expect(problemMessage(403, null)).toBe('您没有权限执行此操作');
    expect(problemMessage(502, null)).toContain('502');
  });

  describe('in English mode', () => {
    afterEach(() => i18n.changeLanguage('zh-CN'));

    it("says what the status means instead of the server's Chinese detail, and keeps an engine's English message", async () => {
      await i18n.changeLanguage('en');
      expect(problemMessage(403, { detail: '本单位未参与该事项,无权查看' })).toBe('You are not allowed to do this');
      expect(problemMessage(409, { detail: '该任务已办结' })).toBe('Someone else has handled this task; reload and try again');
      expect(problemMessage(400, { message: 'Cannot submit task form abc: 请填写「进展情况」' })).toMatch(/^The server refused the input/);
      expect(problemMessage(500, { message: 'ENGINE-09005 Could not parse BPMN' }))
        .toBe('The request did not succeed: ENGINE-09005 Could not parse BPMN');
      expect(problemMessage(503, null)).toBe('Server error (503), please try again later');
    });
  });
});
