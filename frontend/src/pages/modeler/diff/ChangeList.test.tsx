import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import ChangeList from './ChangeList';

describe('change list', () => {
  it('names types and properties in Chinese, old → new', () => {
    render(<ChangeList changes={[{
      id: 'AssignLead', label: '确定牵头责任单位', type: 'bpmn:UserTask', kind: 'changed',
      properties: [{ property: 'camunda:formRef', before: 'assign-lead', after: 'assign-lead-2' }],
    }]} />);
    expect(screen.getByText('用户任务 · AssignLead')).toBeInTheDocument();
    expect(screen.getByText('表单')).toBeInTheDocument();
    expect(screen.getByText('assign-lead').tagName).toBe('DEL');
    expect(screen.getByText('assign-lead-2').tagName).toBe('INS');
  });
});
