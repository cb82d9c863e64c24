import { describe, expect, it } from 'vitest';
import zh from './zh-CN.json';
import en from './en.json';
import { stringsOf } from './index';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('translations', () => {
  it('has the same keys in Chinese and English, feature files included', () => {
    expect(keys(stringsOf('en', en)).sort()).toEqual(keys(stringsOf('zh-CN', zh)).sort());
  });
});
