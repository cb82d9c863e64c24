import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The coordinating office's 群机器人 (企业微信 / 钉钉) address per body: messages to the body also go there. */
export default function RobotSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bodies = useQuery({ queryKey: queryKeys.departments, queryFn: () => api.get('/api/departments') });
  const robots = useQuery({ queryKey: queryKeys.messageRobots, queryFn: () => api.get('/api/messages/webhooks') });
  const [body, setBody] = useState('');
  const [url, setUrl] = useState('');
  const save = useMutation({
    mutationFn: (setting: { departmentId: string; url: string }) =>
      api.put('/api/messages/webhooks/{departmentId}', { path: { departmentId: setting.departmentId }, body: { url: setting.url } }),
    onSuccess: () => setUrl(''),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.messageRobots }),
  });
  const names = new Map((bodies.data ?? []).map((b) => [b.id, b.name]));
  const error = bodies.error ?? robots.error ?? save.error;

  return (
    <div className="card robot-settings">
      <h2>{t('messages:robots.title')}</h2>
      <p className="hint">{t('messages:robots.hint')}</p>
      {error && <p className="error" role="alert">{error.message}</p>}
      {robots.data && robots.data.length > 0 && (
        <ul>
          {robots.data.map((robot) => (
            <li key={robot.departmentId}>
              <strong>{names.get(robot.departmentId) ?? robot.departmentId}</strong> <code>{robot.url}</code>{' '}
              <button type="button" onClick={() => save.mutate({ departmentId: robot.departmentId, url: '' })}>
                {t('messages:robots.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => { e.preventDefault(); if (body) save.mutate({ departmentId: body, url }); }}>
        <label>
          {t('messages:robots.body')}
          <select value={body} onChange={(e) => setBody(e.target.value)}>
            <option value="">{t('messages:robots.choose')}</option>
            {(bodies.data ?? []).map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
        <label>
          {t('messages:robots.url')}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
        <button type="submit" disabled={!body || save.isPending}>{t('messages:robots.save')}</button>
      </form>
    </div>
  );
}
