// The properties panel and the Camunda 7 behaviours ship without type declarations.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  export const CamundaPlatformPropertiesProviderModule: Record<string, unknown>;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const behaviors: Record<string, unknown>;
  export default behaviors;
}
declare module 'bpmn-js-bpmnlint' {
  const linting: Record<string, unknown>;
  export default linting;
}
declare module 'diagram-js-minimap' {
  const minimap: Record<string, unknown>;
  export default minimap;
}
declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config: unknown; resolver: unknown });
    lint(root: unknown): Promise<Record<string, { id?: string; message: string; category: string }[]>>;
  }
}
declare module 'bpmnlint/config/recommended.js' {
  const config: unknown;
  export default config;
}
declare module 'bpmnlint-plugin-camunda-compat' {
  const plugin: unknown;
  export default plugin;
}
declare module 'dmn-js/lib/Modeler' {
  type View = { type: string; element: { id: string } };
  type Viewer = { on: (event: string, callback: () => void) => void; get: <T>(name: string) => T };
  export default class DmnModeler {
    constructor(options: Record<string, unknown>);
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
    getViews(): View[];
    getActiveView(): View | undefined;
    getActiveViewer(): Viewer | undefined;
    open(view: View): Promise<unknown>;
    on(event: string, callback: () => void): void;
    destroy(): void;
  }
}
declare module 'dmn-js-properties-panel' {
  export const DmnPropertiesPanelModule: Record<string, unknown>;
  export const DmnPropertiesProviderModule: Record<string, unknown>;
  export const CamundaPropertiesProviderModule: Record<string, unknown>;
}
declare module 'camunda-dmn-moddle/resources/camunda.json' {
  const moddle: Record<string, unknown>;
  export default moddle;
}
declare module 'bpmn-moddle' {
  export function BpmnModdle(packages?: Record<string, unknown>): { fromXML: (xml: string) => Promise<{ rootElement: unknown }> };
}
