import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../session/SessionContext';
import { shanghaiTime } from '../item/itemLogic';
import RobotSettings from './RobotSettings';
import { fetchMessages, kindKey, markAllRead, markRead, MESSAGE_PAGE_SIZE, type Message } from './messagesApi';

/** 站内消息: what the user's bodies were told (new tasks, 提醒, 催办, 督办单, returned reports, extensions). */
export default function MessagesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { state } = useSession();
  const coordinator = state.status === 'authenticated' && state.user.roles.includes('COORDINATOR');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(0);
  const messages = useQuery({
    queryKey: queryKeys.messagesPage({ unreadOnly, page }),
    queryFn: ({ signal }) => fetchMessages(unreadOnly, page, signal),
    placeholderData: keepPreviousData,
  });
  const changed = () => queryClient.invalidateQueries({ queryKey: queryKeys.messages });
  const read = useMutation({ mutationFn: markRead, onSettled: changed });
  const readAll = useMutation({ mutationFn: markAllRead, onSettled: changed });
  const error = messages.error ?? read.error ?? readAll.error;
  const data = messages.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / MESSAGE_PAGE_SIZE)) : 1;

  return (
    <section className="messages-page">
      <h1>{t('messages:title')}</h1>
      <div className="messages-tools">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => { setUnreadOnly(e.target.checked); setPage(0); }} />
          {t('messages:unreadOnly')}
        </label>
        <button type="button" disabled={!data || data.unread === 0 || readAll.isPending} onClick={() => readAll.mutate()}>
          {t('messages:readAll')}
        </button>
      </div>
      {error && <p className="error" role="alert">{error.message}</p>}
      {messages.isPending && <p role="status">{t('messages:loading')}</p>}
      {data && data.rows.length === 0 && <p className="notice">{t(unreadOnly ? 'messages:noneUnread' : 'messages:none')}</p>}
      {data && data.rows.length > 0 && (
        <ul className="message-list">
          {data.rows.map((message) => (
            <MessageRow key={message.id} message={message} onRead={() => read.mutate(message.id)} />
          ))}
        </ul>
      )}
      {data && pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('messages:previous')}</button>
          <span>{t('messages:pageOf', { page: page + 1, pages })}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('messages:next')}</button>
        </div>
      )}
      {coordinator && <RobotSettings />}
    </section>
  );
}

function MessageRow({ message, onRead }: { message: Message; onRead: () => void }) {
  const { t } = useTranslation();
  return (
    <li className={`message-row${message.read ? '' : ' message-unread'}`}>
      <div className="message-head">
        <span className={`message-kind kind-${message.kind.toLowerCase()}`}>{t(kindKey(message.kind))}</span>
        <strong>{message.title}</strong>
        <time dateTime={message.createdAt}>{shanghaiTime(message.createdAt)}</time>
      </div>
      <p className="message-body">{message.body}</p>
      <div className="message-actions">
        <Link to={message.link} className="button primary" onClick={() => { if (!message.read) onRead(); }}>
          {t('messages:open')}
        </Link>
        {!message.read && <button type="button" onClick={onRead}>{t('messages:markRead')}</button>}
      </div>
    </li>
  );
}
