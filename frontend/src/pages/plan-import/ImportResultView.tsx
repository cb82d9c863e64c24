import { useTranslation } from 'react-i18next';
import type { ImportResult } from './types';

/** What the import created: the plan and one process per item, with links to the items. */
export default function ImportResultView({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card import-result" role="status">
      <h2>{t('workbench:planImport.result.title')}</h2>
      <p>{t('workbench:planImport.result.summary', { docNumber: result.docNumber, count: result.items.length })}</p>
      <ul className="result-items">
        {result.items.map((item) => (
          <li key={item.id}>
            <a href={`/items/${item.id}`}>{item.businessKey}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/camunda/app/cockpit/default/">{t('workbench:planImport.result.cockpit')}</a>
        {' · '}
        <button type="button" className="link" onClick={onAnother}>{t('workbench:planImport.result.another')}</button>
      </p>
    </div>
  );
}
