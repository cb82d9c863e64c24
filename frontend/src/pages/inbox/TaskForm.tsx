import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { ApiError, serverReason } from '../../api/problem';
import { formJsTranslateModule, localizedData, localizedSchema } from './formLocale';
import {
  errorsAt, fieldOfDomId, fieldOfServerMessage, fieldSelector, isTextInNumber, lengthCount, lengthLimits, listErrors,
  withFieldError, withoutFolds, type FieldRef, type FormErrors, type ListedError,
} from './formErrors';
import { tableListModule } from './tableList';

type Props = {
  schema: unknown;
  data: Record<string, unknown>;
  submitting: boolean;
  /** The server's refusal of the last submission, shown beside the field it names and next to 提交. */
  submitError: Error | null;
  onSubmit: (data: Record<string, unknown>) => void;
};

/** form-js's state, which its types publish only in part: the errors it draws beside each field. */
type State = { _getState(): { errors: FormErrors }; _setState(state: { errors: FormErrors }): void };
const errorsOf = (viewer: Form) => (viewer as unknown as State)._getState().errors;
const showErrors = (viewer: Form, errors: FormErrors) => (viewer as unknown as State)._setState({ errors });

/**
 * The task's Camunda Form, rendered by form-js (loaded only on the task page) in the page's language, with a submit
 * button. Every error stands beside its field (form-js's own checks, text typed into a number field, the server's
 * refusal of a field) and is named in a summary next to 提交, which takes the user to the first one; lists never fold
 * (withoutFolds), so no row hides an error. Text fields with a length limit count as the user types (120/2000).
 */
export default function TaskForm({ schema, data, submitting, submitError, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const shownSchema = useMemo(() => withoutFolds(localizedSchema(schema, language)), [schema, language]);
  const [attempted, setAttempted] = useState(false);
  const [errors, setErrors] = useState<ListedError[]>([]);
  // the server names fields by their Chinese labels, as the .form files have them
  const refusedField = useMemo(() => {
    const reason = submitError instanceof ApiError ? serverReason(submitError.problem) : null;
    return reason ? fieldOfServerMessage(reason, schema) : null;
  }, [submitError, schema]);
  const refusal = submitError && !refusedField ? submitError.message : null;

  useEffect(() => {
    const element = container.current!;
    // without form-js's 300 ms debounce (a config option its types do not list): a number field's late change
    // could overwrite text typed just after it
    const options = { container: element, additionalModules: [formJsTranslateModule, tableListModule], debounce: false };
    const viewer = new Form(options);
    form.current = viewer;
    viewer.on('changed', () => setErrors(listErrors(errorsOf(viewer), shownSchema)));
    // after form-js has handled the keystroke
    const later = () => setTimeout(() => {
      if (form.current === viewer) checkFields(viewer, element, shownSchema, t('inbox:form.notNumber'));
    });
    element.addEventListener('input', later);
    element.addEventListener('keyup', later);
    void viewer.importSchema(shownSchema as never, localizedData(data)).then(later);
    return () => {
      form.current = null;
      element.removeEventListener('input', later);
      element.removeEventListener('keyup', later);
      viewer.destroy();
    };
  }, [shownSchema, data, t]);

  useEffect(() => {
    const viewer = form.current;
    if (!submitError || !refusedField || !viewer) return;
    showErrors(viewer, withFieldError(errorsOf(viewer), refusedField, [submitError.message]));
    goTo(container.current!, refusedField);
  }, [submitError, refusedField]);

  function submit() {
    const viewer = form.current;
    if (!viewer) return;
    const result = viewer.submit();
    checkFields(viewer, container.current!, shownSchema, t('inbox:form.notNumber'));
    const found = listErrors(errorsOf(viewer), shownSchema);
    setAttempted(true);
    if (found.length === 0) onSubmit(result.data as Record<string, unknown>);
    else goTo(container.current!, found[0]);
  }

  const showSummary = attempted && (errors.length > 0 || refusal !== null);
  return (
    <div className="task-form-wrapper">
      <div ref={container} className="task-form" />
      <div className="task-form-submit">
        {showSummary && (
          <div className="form-error-summary" role="alert">
            {errors.length > 0 && <p>{t('inbox:form.summary', { count: errors.length })}</p>}
            {errors.length > 0 && (
              <ul>
                {errors.map((error) => (
                  <li key={`${error.fieldId}/${error.row}`}>
                    <button type="button" className="link" onClick={() => goTo(container.current!, error)}>
                      {error.name}
                    </button>
                    {' '}{error.message}
                  </li>
                ))}
              </ul>
            )}
            {refusal && <p>{t('inbox:form.refused')} {refusal}</p>}
          </div>
        )}
        <button type="button" className="button primary" disabled={submitting} onClick={submit}>
          {submitting ? t('inbox:task.submitting') : t('inbox:task.submit')}
        </button>
      </div>
    </div>
  );
}

/**
 * What form-js does not check itself: a number field holding text (it shows "NaN" and keeps no value, so an optional
 * field would be saved empty) gets its message; a text field with a length limit shows how much is used.
 */
function checkFields(viewer: Form, element: HTMLElement, schema: unknown, notNumber: string) {
  const limits = lengthLimits(schema);
  let errors = errorsOf(viewer);
  const before = errors;
  element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.fjs-form-field input, .fjs-form-field textarea')
    .forEach((input) => {
      const field = input.closest('.fjs-form-field');
      const ref = field && fieldOfDomId(input.id, schema);
      if (!field || !ref) return;
      if (field.classList.contains('fjs-form-field-number')) {
        const text = isTextInNumber(input.value);
        const marked = errorsAt(errors, ref).includes(notNumber);
        if (text && !marked) errors = withFieldError(errors, ref, [notNumber]);
        if (!text && marked) errors = withFieldError(errors, ref, null);
      }
      const max = limits.get(ref.fieldId);
      if (max !== undefined) {
        // an attribute form-js does not manage, so its rendering leaves it; styles.css shows it under the field
        field.setAttribute('data-count', lengthCount(input.value, max));
        field.toggleAttribute('data-over', input.value.trim().length > max);
      }
    });
  if (errors !== before) showErrors(viewer, errors);
}

/** Scrolls to the field and puts the cursor in it. */
function goTo(element: HTMLElement, field: FieldRef) {
  // after form-js has drawn the errors (it renders a moment after its state changes)
  setTimeout(() => {
    const input = element.querySelector<HTMLElement>(fieldSelector(field));
    input?.scrollIntoView?.({ block: 'center' });
    input?.focus({ preventScroll: true });
  });
}
