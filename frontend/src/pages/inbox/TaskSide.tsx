import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lengthCount } from './formErrors';
import { addComment, requestExtension, uploadAttachment, type Attachment, type TaskComment } from './taskApi';

type Run = (action: () => Promise<unknown>) => Promise<boolean>;

/** As the server's limits (inbox/TaskActions.MAX_COMMENT, MAX_REASON), which refuse a longer text instead of cutting it. */
const MAX_TEXT = 2000;

/** How much of the limit a text uses, as the user types; past the limit, by how much. */
function LengthCount({ text }: { text: string }) {
  const { t } = useTranslation();
  const over = text.trim().length - MAX_TEXT;
  return (
    <small className={over > 0 ? 'length-count over' : 'length-count'}>
      {lengthCount(text, MAX_TEXT)}{over > 0 && ` · ${t('inbox:form.overLimit', { over })}`}
    </small>
  );
}

export function Comments({ taskId, comments, run }: { taskId: string; comments: TaskComment[]; run: Run }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  async function send(event: FormEvent) {
    event.preventDefault();
    if (await run(() => addComment(taskId, message))) setMessage('');
  }
  return (
    <div className="card">
      <h2>{t('inbox:task.comments')}</h2>
      {comments.length === 0 ? <p>{t('inbox:task.noComments')}</p> : (
        <ul className="comments">
          {comments.map((c) => (
            <li key={c.id}><strong>{c.userName}</strong> <time>{c.time.slice(0, 16).replace('T', ' ')}</time><p>{c.message}</p></li>
          ))}
        </ul>
      )}
      <form onSubmit={send} className="comment-form">
        <textarea aria-label={t('inbox:task.commentPlaceholder')} placeholder={t('inbox:task.commentPlaceholder')}
          value={message} onChange={(e) => setMessage(e.target.value)} />
        <LengthCount text={message} />
        <button type="submit" disabled={!message.trim() || message.trim().length > MAX_TEXT}>{t('inbox:task.addComment')}</button>
      </form>
    </div>
  );
}

export function Attachments({ taskId, attachments, open, run }: { taskId: string; attachments: Attachment[]; open: boolean; run: Run }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('inbox:task.attachments')}</h2>
      {attachments.length === 0 ? <p>{t('inbox:task.noAttachments')}</p> : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}><a href={`/api/attachments/${a.id}?task=${encodeURIComponent(taskId)}`}>{a.fileName}</a> ({Math.ceil(a.size / 1024)} KB, {a.uploadedByName})</li>
          ))}
        </ul>
      )}
      {open && (
        <div className="upload">
          {/* the browser's own file button speaks the browser's language, so the label is the button */}
          <label className="file-button">
            {t('inbox:task.upload')}
            <input type="file" accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void run(() => uploadAttachment(taskId, file));
            }} />
          </label>
          <small>{t('inbox:task.uploadHint')}</small>
        </div>
      )}
    </div>
  );
}

export function ExtensionRequest({ taskId, run }: { taskId: string; run: Run }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [sent, setSent] = useState(false);
  if (sent) return <p className="notice" role="status">{t('inbox:task.extensionSent')}</p>;
  if (!shown) return <button type="button" onClick={() => setShown(true)}>{t('inbox:task.extension')}</button>;
  async function send(event: FormEvent) {
    event.preventDefault();
    if (await run(() => requestExtension(taskId, reason, date))) setSent(true);
  }
  return (
    <form className="card extension-form" onSubmit={send}>
      <h2>{t('inbox:task.extension')}</h2>
      <label>{t('inbox:task.extensionReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <LengthCount text={reason} />
      <label>{t('inbox:task.extensionDate')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <button type="submit">{t('inbox:task.extensionSend')}</button>
      <button type="button" onClick={() => setShown(false)}>{t('inbox:cancel')}</button>
    </form>
  );
}
