import { describe, expect, it } from 'vitest';
import zh from './zh-CN.json';
import en from './en.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const features = import.meta.glob<object>('./*.{zh-CN,en}.json', { eager: true, import: 'default' });

describe('translations', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('has the same keys in every feature file pair', () => {
    const names = Object.keys(features).filter((file) => file.endsWith('.zh-CN.json'));
    expect(names.length).toBeGreaterThan(0);
    for (const file of names) {
      const english = features[file.replace('.zh-CN.json', '.en.json')];
      expect(english, file).toBeDefined();
      expect(keys(english).sort(), file).toEqual(keys(features[file]).sort());
    }
  });
});
