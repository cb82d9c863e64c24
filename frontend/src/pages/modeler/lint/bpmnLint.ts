import { Linter } from 'bpmnlint';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { config, resolver } from './bpmnlintConfig';

export type BpmnIssue = { elementId: string; rule: string; message: string; category: string };

type Report = { id?: string; message: string; category: string };

/** bpmnlint results (rule → reports, as the linter and bpmn-js-bpmnlint give them) as a flat list. */
export function issuesOf(results: Record<string, Report[]>): BpmnIssue[] {
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report) => ({ elementId: report.id ?? '', rule, message: report.message, category: report.category })));
}

/** Lints a BPMN file with PolicyFlow's configuration outside the editor (the build's check of bpmn/). */
export async function lintBpmn(xml: string): Promise<BpmnIssue[]> {
  const { rootElement } = await BpmnModdle({ camunda: camundaModdle }).fromXML(xml);
  return issuesOf(await new Linter({ config, resolver }).lint(rootElement));
}
