import { useTranslation } from 'react-i18next';

type Props = {
  text: string;
  onText: (text: string) => void;
  onPreview: () => void;
  busy: boolean;
};

/** The document: pasted or read from a .txt file, then previewed. */
export default function SourceForm({ text, onText, onPreview, busy }: Props) {
  const { t } = useTranslation();

  async function readFile(file: File | undefined) {
    if (file) onText(await file.text());
  }

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
          <input type="file" accept=".txt,text/plain" onChange={(event) => readFile(event.target.files?.[0])} />
        </label>
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={onPreview}>
          {busy ? t('workbench:planImport.source.previewing') : t('workbench:planImport.source.preview')}
        </button>
      </div>
    </div>
  );
}
