import { describe, expect, it } from 'vitest';
import { dmnVariables, lintDmn, lintForm } from './modelLint';

// the models of bpmn/ (vite.config.ts allows ../bpmn)
const files = import.meta.glob<string>(['../../../../../bpmn/*.dmn', '../../../../../bpmn/forms/*.form'],
  { query: '?raw', import: 'default', eager: true });
const read = (name: string) => files[`../../../../../bpmn/${name}`];
const named = (extension: string) => Object.keys(files).filter((path) => path.endsWith(extension))
  .map((path) => path.replace('../../../../../bpmn/', ''));
const rules = (problems: { elementId: string; rule: string }[]) => problems.map((p) => `${p.elementId}:${p.rule}`);

describe('DMN lint', () => {
  const light = read('traffic-light.dmn');

  it.each(named('.dmn'))('bpmn/%s is clean', (name: string) => {
    expect(lintDmn(read(name), dmnVariables(read(name)))).toEqual([]);
  });

  it('finds a rule without output, an unsupported hit policy and an unknown variable', () => {
    const broken = light.replace('<outputEntry id="RedWhenFarLate_Rating"><text>"RED"</text>', '<outputEntry id="RedWhenFarLate_Rating"><text></text>')
      .replace('hitPolicy="FIRST"', 'hitPolicy="PRIORITY"')
      .replace('<text>daysLate</text>', '<text>dayslate</text>');
    expect(rules(lintDmn(broken, dmnVariables(light)))).toEqual([
      'traffic-light:dmn-hit-policy', 'RedWhenFarLate:dmn-rule-output', 'DaysLateInput:dmn-unknown-variable',
    ]);
  });

  it('finds an empty table', () => {
    const empty = light.replace(/<rule id[\s\S]*<\/rule>/, '');
    expect(rules(lintDmn(empty, dmnVariables(light)))).toEqual(['traffic-light:dmn-empty-table']);
  });
});

describe('form lint', () => {
  it.each(named('.form'))('bpmn/%s is clean', (name: string) => {
    expect(lintForm(read(name))).toEqual([]);
  });

  it('finds a duplicate key, a missing key and an unlabelled required field', () => {
    const form = JSON.stringify({ id: 'f', components: [
      { id: 'a', key: 'comment', type: 'textfield', label: '意见' },
      { id: 'b', key: 'comment', type: 'textarea', label: '补充' },
      { id: 'c', type: 'number', label: '数值' },
      { id: 'd', key: 'agree', type: 'checkbox', validate: { required: true } },
      { id: 'e', type: 'text', text: '说明' },
    ] });
    expect(rules(lintForm(form))).toEqual(['b:form-key-unique', 'c:form-key-required', 'd:form-label-required']);
  });

  it('refuses what is not a Camunda Form', () => {
    expect(rules(lintForm('{"components": 1'))).toEqual(['form:form-not-json']);
  });
});
