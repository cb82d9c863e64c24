import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY } from './useSearch';

/** The header's one search box: Enter opens the results page for the text. */
export default function SearchBox() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (query) navigate(`/search?q=${encodeURIComponent(query)}`);
  }

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input type="search" aria-label={t('label')} placeholder={t('placeholder')} value={text}
        maxLength={MAX_QUERY} onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!text.trim()}>{t('submit')}</button>
    </form>
  );
}
