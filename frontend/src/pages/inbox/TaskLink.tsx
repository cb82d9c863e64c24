import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { OpenedFrom } from '../../layout/navigation';

/** A link to a task's page that remembers the page it was opened from, for the task page's back link. */
export default function TaskLink({ taskId, className, children }: { taskId: string; className?: string; children: ReactNode }) {
  const { pathname, search } = useLocation();
  const state: OpenedFrom = { from: pathname + search };
  return <Link to={`/tasks/${taskId}`} state={state} className={className}>{children}</Link>;
}
