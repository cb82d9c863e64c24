import { lazy, Suspense } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { backTarget } from '../../layout/navigation';
import { Due, Light, Marks, PlanName } from './InboxRowView';
import { ModelReviewLink } from './ModelReviewLink';
import { Attachments, Comments, ExtensionRequest } from './TaskSide';
import { useTask } from './useTask';

const TaskForm = lazy(() => import('./TaskForm'));
const EXTENSION_TASKS = ['CompileReport', 'SubmitContribution'];
const MODEL_REVIEW_TASK = 'ReviewModelChange';

export default function TaskPage() {
  const { t } = useTranslation();
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  // back to the page the task was opened from (督办台, 总览, an item) rather than always 我的待办
  const back = backTarget(useLocation().state);
  const {
    task, schema, data, comments, attachments, loading, error, run, submit: submitValues, submitting, submitError,
  } = useTask(taskId);

  async function submit(values: Record<string, unknown>) {
    try {
      await submitValues(values);
      navigate(back.path, { state: { submitted: task?.title } });
    } catch {
      // the form shows why, beside the field and the submit button
    }
  }

  if (loading) return <p role="status">{t('inbox:task.loading')}</p>;
  if (!task) return <section><p className="error" role="alert">{error}</p><Link to={back.path}>{t(back.label)}</Link></section>;
  const open = schema !== null;
  return (
    <section className="task-page">
      <Link to={back.path} className="back-link">← {t(back.label)}</Link>
      <h1>{task.title}</h1>
      <div className="inbox-meta">
        <PlanName docNumber={task.planDocNumber} title={task.planTitle} />
        {task.itemLabel && <span>{task.itemLabel}</span>}
        {task.periodLabel && <span>{task.periodLabel}</span>}
        {task.role && <span className="role">{t(`inbox:roles.${task.role}`)}</span>}
        {task.itemId != null && <Light light={task.light} />}
        {open && <Due daysLeft={task.daysLeft} overdueDays={task.overdueDays} due={task.due} />}
        {open && <Marks marks={task.marks} />}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {open && task.taskKey === MODEL_REVIEW_TASK ? <ModelReviewLink changeId={data.modelChangeId} /> : open ? (
        <div className="card">
          <Suspense fallback={<p role="status">{t('inbox:task.formLoading')}</p>}>
            <TaskForm schema={schema} data={data} submitting={submitting} submitError={submitError} onSubmit={submit} />
          </Suspense>
        </div>
      ) : <p className="notice">{t('inbox:task.done')}</p>}
      {open && EXTENSION_TASKS.includes(task.taskKey) && <ExtensionRequest taskId={taskId} run={run} />}
      <Attachments taskId={taskId} attachments={attachments} open={open} run={run} />
      <Comments taskId={taskId} comments={comments} run={run} />
    </section>
  );
}
