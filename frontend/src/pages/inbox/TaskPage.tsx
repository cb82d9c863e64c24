import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Due, Light, Marks } from './InboxRowView';
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
  const { task, schema, data, comments, attachments, loading, error, run, submit: submitValues, submitting } = useTask(taskId);

  async function submit(values: Record<string, unknown>) {
    try {
      await submitValues(values);
      navigate('/inbox', { state: { submitted: task?.title } });
    } catch {
      // the task's error line says why
    }
  }

  if (loading) return <p role="status">{t('inbox:task.loading')}</p>;
  if (!task) return <section><p className="error" role="alert">{error}</p><Link to="/inbox">{t('inbox:task.back')}</Link></section>;
  const open = schema !== null;
  return (
    <section className="task-page">
      <Link to="/inbox">← {t('inbox:task.back')}</Link>
      <h1>{task.title}</h1>
      <div className="inbox-meta">
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
            <TaskForm schema={schema} data={data} submitting={submitting} onSubmit={submit} />
          </Suspense>
        </div>
      ) : <p className="notice">{t('inbox:task.done')}</p>}
      {open && EXTENSION_TASKS.includes(task.taskKey) && <ExtensionRequest taskId={taskId} run={run} />}
      <Attachments taskId={taskId} attachments={attachments} open={open} run={run} />
      <Comments taskId={taskId} comments={comments} run={run} />
    </section>
  );
}
