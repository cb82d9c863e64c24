import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { hasChinese } from '../../api/problem';
import { localizedData, localizedSchema, translateFormJs } from './formLocale';

// the very .form files the engine deploys and Tasklist renders
const forms = import.meta.glob<string>('../../../../bpmn/forms/*.form', { query: '?raw', import: 'default', eager: true });

type Component = { id: string; components?: Component[]; values?: { label: string }[] } & Record<string, unknown>;

function texts(components: Component[]): string[] {
  return components.flatMap((c) => [
    ...['label', 'dateLabel', 'timeLabel', 'description'].map((p) => c[p]).filter((v): v is string => typeof v === 'string'),
    ...(c.values ?? []).map((option) => option.label),
    ...texts(c.components ?? []),
  ]);
}

describe('task forms in the page language', () => {
  afterEach(() => i18n.changeLanguage('zh-CN'));

  it('has an English text for every label, description and option of every form', () => {
    expect(Object.keys(forms).length).toBeGreaterThanOrEqual(10);
    for (const [file, source] of Object.entries(forms)) {
      const english = localizedSchema(JSON.parse(source), 'en') as { components: Component[] };
      expect(texts(english.components).filter(hasChinese), file).toEqual([]);
    }
  });

  it('shows the form as written in Chinese mode', () => {
    const schema = JSON.parse(Object.values(forms)[0]);
    expect(localizedSchema(schema, 'zh-CN')).toBe(schema);
  });

  it("translates form-js's validation messages", async () => {
    expect(translateFormJs('Field is required.')).toBe('此项为必填。');
    expect(translateFormJs('Field must have minimum value of {value}.', { value: 0 })).toBe('不能小于 0。');
    await i18n.changeLanguage('en');
    expect(translateFormJs('Field is required.')).toBe('This field is required.');
    expect(translateFormJs('Unknown {thing}', { thing: 'x' })).toBe('Unknown x');
  });

  it("shows the contributors' material as submitted or missing in the page's language", async () => {
    const data = {
      narrative: '',
      contributions: [
        { contributor: '市住建局', state: '已报送 2025-10-09 10:00', status: 'SUBMITTED', submittedAt: '2025-10-09 10:00', material: '已完成' },
        { contributor: '昆山市', state: '未报送', status: 'MISSING', submittedAt: null, material: '' },
        { contributor: '旧任务', state: '未报送', material: '' },
      ],
    };
    await i18n.changeLanguage('en');
    const english = localizedData(data).contributions as { state: string }[];
    expect(english.map((row) => row.state)).toEqual(['Submitted 2025-10-09 10:00', 'Not submitted', '未报送']);
    await i18n.changeLanguage('zh-CN');
    const chinese = localizedData(data).contributions as { state: string }[];
    expect(chinese.map((row) => row.state)).toEqual(['已报送 2025-10-09 10:00', '未报送', '未报送']);
    expect(localizedData({ narrative: 'x' })).toEqual({ narrative: 'x' });
  });
});
