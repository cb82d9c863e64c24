import { useTranslation } from 'react-i18next';

type Props = {
  text: string;
  onText: (text: string) => void;
  onPreview: () => void;
  onFile: (file: File) => void;
  busy: boolean;
};

/** What the server reads (told by the file's bytes; the list only narrows the browser's file chooser). */
const ACCEPTED = '.docx,.pdf,.html,.htm,.txt,text/plain,text/html,application/pdf,'
  + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The document: pasted and previewed, or a file (Word, PDF, web page, text in any Chinese encoding) previewed at once. */
export default function SourceForm({ text, onText, onPreview, onFile, busy }: Props) {
  const { t } = useTranslation();

  return (
    <div className="card import-source">
      <label htmlFor="plan-text">{t('workbench:planImport.source.label')}</label>
      <textarea
        id="plan-text"
        value={text}
        rows={12}
        placeholder={t('workbench:planImport.source.placeholder')}
        onChange={(event) => onText(event.target.value)}
      />
      <div className="actions">
        <label className="file-button">
          {t('workbench:planImport.source.file')}
          <input
            type="file"
            accept={ACCEPTED}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // emptied, so that choosing the same file again (after fixing it) reads it again
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={onPreview}>
          {busy ? t('workbench:planImport.source.previewing') : t('workbench:planImport.source.preview')}
        </button>
      </div>
    </div>
  );
}
