import { describe, expect, it } from 'vitest';
import { diffDmn } from './dmnDiff';

const trafficLight = Object.values(import.meta.glob<string>('../../../../../bpmn/traffic-light.dmn', { query: '?raw', import: 'default', eager: true }))[0];

describe('DMN difference', () => {
  it('finds nothing between a decision and itself', () => {
    expect(diffDmn(trafficLight, trafficLight)).toEqual([]);
  });

  it('names the changed threshold by rule and column, old → new', () => {
    const changed = trafficLight.replace('<inputEntry id="RedWhenFarBehind_Ratio"><text>&lt; 0.6</text>', '<inputEntry id="RedWhenFarBehind_Ratio"><text>&lt; 0.5</text>');
    expect(diffDmn(trafficLight, changed)).toEqual([{
      id: 'RedWhenFarBehind', label: '2', type: 'rule', kind: 'changed',
      properties: [{ property: '进度比(实际进度 ÷ 序时进度)', before: '< 0.6', after: '< 0.5' }],
    }]);
  });

  it('lists an added rule with its cells, the rules after it moved one place down, and a renamed column', () => {
    const changed = trafficLight
      .replace('<rule id="RedWhenFarLate">', '<rule id="RedWhenVeryLate"><inputEntry id="a"><text></text></inputEntry>'
        + '<inputEntry id="b"><text>&gt; 30</text></inputEntry><outputEntry id="c"><text>"RED"</text></outputEntry></rule><rule id="RedWhenFarLate">')
      .replace('label="逾期天数"', 'label="逾期天数(日)"');
    const changes = diffDmn(trafficLight, changed);
    const added = changes.find((change) => change.kind === 'added');
    expect(added).toEqual({
      id: 'RedWhenVeryLate', label: '1', type: 'rule', kind: 'added',
      properties: [{ property: '#', before: '', after: '1' }, { property: '逾期天数(日)', before: '', after: '> 30' }, { property: '评定', before: '', after: '"RED"' }],
    });
    expect(changes.find((change) => change.id === 'DaysLateInput')?.properties).toEqual([{ property: 'label', before: '逾期天数', after: '逾期天数(日)' }]);
    expect(changes.find((change) => change.id === 'RedWhenFarLate')?.properties).toEqual([{ property: '#', before: '1', after: '2' }]);
    expect(diffDmn(changed, trafficLight).filter((change) => change.kind === 'removed').map((change) => change.id)).toEqual(['RedWhenVeryLate']);
  });
});
