import { describe, expect, it } from 'vitest';
import i18n from './index';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('feature translations', () => {
  it('load each <feature>.<language>.json with the same keys in Chinese and English', () => {
    const zh = i18n.getDataByLanguage('zh-CN') ?? {};
    const en = i18n.getDataByLanguage('en') ?? {};
    expect(Object.keys(zh)).toContain('dashboard');
    for (const namespace of Object.keys(zh)) {
      expect(keys(en[namespace] ?? {}).sort(), namespace).toEqual(keys(zh[namespace]).sort());
    }
  });
});
