// bpmn-moddle ships type declarations of the BPMN model only, not of its reader.
declare module 'bpmn-moddle' {
  export type ModdleProperty = { name: string; isMany?: boolean; isReference?: boolean; default?: unknown; ns: { prefix: string; localName: string; name: string } };
  export type ModdleElement = {
    $type: string;
    $descriptor: { properties: ModdleProperty[] };
    $attrs: Record<string, string>;
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    id?: string;
    name?: string;
  };
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: unknown[] }>;
  }
}
