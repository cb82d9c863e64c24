import { describe, expect, it } from 'vitest';
import { downloadName, fittedViewbox } from './fit';

describe('fitting the diagram', () => {
  const padding = { top: 24, right: 24, bottom: 24, left: 100 };

  it('keeps a large diagram right of the palette and inside the canvas', () => {
    const box = fittedViewbox({ x: 150, y: 80, width: 3000, height: 900 }, { width: 1000, height: 500 }, padding);
    const scale = 1000 / box.width;
    // the diagram's left edge lands at the padding's pixel, its right edge inside the canvas
    expect((150 - box.x) * scale).toBeCloseTo(100);
    expect((150 + 3000 - box.x) * scale).toBeLessThanOrEqual(1000 - 24 + 0.001);
    expect((80 - box.y) * scale).toBeCloseTo(24);
    expect((80 + 900 - box.y) * scale).toBeLessThanOrEqual(500);
  });

  it('never zooms a small diagram beyond 100 %', () => {
    const box = fittedViewbox({ x: 0, y: 0, width: 200, height: 100 }, { width: 1000, height: 500 }, padding);
    expect(box).toEqual({ x: -100, y: -24, width: 1000, height: 500 });
  });
});

describe('download names', () => {
  it.each([
    ['bpmn/action-item.bpmn', 'action-item.bpmn'],
    ['bpmn/traffic-light.dmn', 'traffic-light.dmn'],
    ['bpmn/forms/acknowledge-lead.form', 'acknowledge-lead.form'],
  ])('%s downloads as %s', (resource, name) => {
    expect(downloadName(resource)).toBe(name);
  });
});
