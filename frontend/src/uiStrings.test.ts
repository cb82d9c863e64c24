import { describe, expect, it } from 'vitest';
import { hasChinese } from './api/problem';

// every source file of the app, as text; tests may spell out Chinese they expect
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw', import: 'default', eager: true,
});

/** The code without its comments (which may quote the Chinese they explain). */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('user-facing strings', () => {
  it('come from translation files, never from a Chinese literal in a component or module', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const literals = Object.entries(sources)
      .filter(([, source]) => hasChinese(code(source)))
      .map(([file]) => file);
    expect(literals).toEqual([]);
  });
});
