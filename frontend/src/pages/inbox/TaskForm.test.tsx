import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { ApiError } from '../../api/problem';
import TaskForm from './TaskForm';

// a list of seven rows (form-js folds a list after five); the seventh row's required figure is empty
const schema = {
  id: 'folded-list',
  type: 'default',
  components: [{
    type: 'dynamiclist', id: 'rows_list', path: 'rows', label: '指标', isRepeating: true, allowAddRemove: false,
    components: [{ key: 'value', type: 'number', label: '数值', id: 'rows_value', validate: { required: true } }],
  }],
};
const data = { rows: [1, 2, 3, 4, 5, 6, null].map((value) => ({ value })) };

describe('TaskForm', () => {
  it('never folds a list, names the error next to 提交 and puts the cursor in the field', async () => {
    const submit = vi.fn();
    const { container } = render(<TaskForm schema={schema} data={data} submitting={false} submitError={null} onSubmit={submit} />);
    await waitFor(() => expect(container.querySelectorAll('[id$="-rows_value_6"]')).toHaveLength(1));
    expect(container.querySelector('.fjs-repeat-render-collapse')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '提交' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('还有 1 处需要修改');
    expect(summary).toHaveTextContent('指标 第7行「数值」 此项为必填。');
    await waitFor(() => expect(document.activeElement?.id).toMatch(/-rows_value_6$/));
    expect(container.querySelector('.fjs-repeat-row-collapsed')).toBeNull();
    expect(submit).not.toHaveBeenCalled();
  });

  it('refuses text in a number field beside the field instead of saving it empty', async () => {
    const submit = vi.fn();
    const { container } = render(<TaskForm schema={schema} data={{ rows: [{ value: null }] }} submitting={false}
      submitError={null} onSubmit={submit} />);
    const input = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('[id$="-rows_value_0"]');
      if (!found) throw new Error('the form is not drawn yet');
      return found;
    });
    fireEvent.input(input, { target: { value: '85分' } });
    await waitFor(() => expect(input.closest('.fjs-form-field')).toHaveTextContent('请填写数字,不能含文字或单位'));

    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('指标 第1行「数值」 请填写数字');
    expect(submit).not.toHaveBeenCalled();
  });

  it('draws the server\'s refusal of a field beside that field and names it next to 提交', async () => {
    const form = { id: 'one', type: 'default', components: [{ key: 'narrative', type: 'textarea', label: '工作进展', id: 'narrative_field' }] };
    const refusal = new ApiError('「工作进展」不能超过10000个字', 400, { message: 'Cannot submit task form 1: 「工作进展」不能超过10000个字' });
    const { container, rerender } = render(<TaskForm schema={form} data={{}} submitting={false} submitError={null} onSubmit={vi.fn()} />);
    await waitFor(() => expect(container.querySelector('[id$="-narrative_field"]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    rerender(<TaskForm schema={form} data={{}} submitting={false} submitError={refusal} onSubmit={vi.fn()} />);

    await waitFor(() => expect(container.querySelector('.fjs-form-field-error')).toHaveTextContent('不能超过10000个字'));
    expect(screen.getByRole('alert')).toHaveTextContent('工作进展 「工作进展」不能超过10000个字');
  });
});
