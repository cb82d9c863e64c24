import { useTranslation } from 'react-i18next';
import type { InboxFilter, Role } from './inboxApi';

const ROLES: Role[] = ['LEAD', 'SUPPORTING', 'IMPLEMENTER', 'COORDINATION'];

export default function InboxFilters({ filter, onChange }: { filter: InboxFilter; onChange: (f: InboxFilter) => void }) {
  const { t } = useTranslation();
  const set = (change: Partial<InboxFilter>) => onChange({ ...filter, ...change, page: 0 });
  return (
    <div className="inbox-filters">
      <label>
        <input type="checkbox" checked={filter.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
        {t('inbox:filters.overdue')}
      </label>
      <label>
        <input type="checkbox" checked={filter.dueThisWeek} onChange={(e) => set({ dueThisWeek: e.target.checked })} />
        {t('inbox:filters.dueThisWeek')}
      </label>
      <label>
        {t('inbox:filters.role')}
        <select value={filter.role} onChange={(e) => set({ role: e.target.value as Role | '' })}>
          <option value="">{t('inbox:filters.anyRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>{t(`inbox:roles.${role}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox:filters.item')}
        <input type="text" inputMode="numeric" size={6} value={filter.itemId}
          onChange={(e) => set({ itemId: e.target.value })} />
      </label>
    </div>
  );
}
