import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { formJsTranslateModule, localizedData, localizedSchema } from './formLocale';
import { tableListModule } from './tableList';

type Props = {
  schema: unknown;
  data: Record<string, unknown>;
  submitting: boolean;
  onSubmit: (data: Record<string, unknown>) => void;
};

/** The task's Camunda Form, rendered by form-js (loaded only on the task page) in the page's language, with a submit button. */
export default function TaskForm({ schema, data, submitting, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);

  useEffect(() => {
    // without form-js's 300 ms debounce (a config option its types do not list): a number field's late change
    // could overwrite text typed just after it
    const options = { container: container.current!, additionalModules: [formJsTranslateModule, tableListModule], debounce: false };
    const viewer = new Form(options);
    form.current = viewer;
    viewer.importSchema(localizedSchema(schema, language) as never, localizedData(data));
    return () => {
      form.current = null;
      viewer.destroy();
    };
  }, [schema, data, language]);

  function submit() {
    const result = form.current?.submit();
    if (result && Object.keys(result.errors).length === 0) onSubmit(result.data as Record<string, unknown>);
  }

  return (
    <div className="task-form-wrapper">
      <div ref={container} className="task-form" />
      <button type="button" className="button primary" disabled={submitting} onClick={submit}>
        {submitting ? t('inbox:task.submitting') : t('inbox:task.submit')}
      </button>
    </div>
  );
}
