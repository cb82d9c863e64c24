import { useEffect, useRef } from 'react';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import { lint, lintElement, type BusinessObject } from './lint';
import { translateModule } from './translate';
import type { LintProblem } from './types';

/** What the page may ask of the open diagram. */
export type EditorHandle = {
  saveXml: () => Promise<string>;
  select: (elementId: string) => void;
};

type Props = {
  xml: string;
  onReady: (handle: EditorHandle) => void;
  onLint: (problems: LintProblem[]) => void;
  onError: (message: string) => void;
  onDirty: () => void;
};

type Registry = { getAll: () => { id: string; businessObject?: BusinessObject; type: string }[]; get: (id: string) => unknown };

/** bpmn-js Modeler with the Camunda 7 properties panel; loaded only on the modeler page (its own chunk). */
export default function BpmnEditor({ xml, onReady, onLint, onError, onDirty }: Props) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onLint, onError, onDirty });
  useEffect(() => {
    callbacks.current = { onReady, onLint, onError, onDirty };
  });

  useEffect(() => {
    const modeler = new BpmnModeler({
      container: canvasRef.current!,
      propertiesPanel: { parent: panelRef.current! },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        translateModule,
      ],
      moddleExtensions: { camunda: camundaModdle },
    });
    const registry = modeler.get<Registry>('elementRegistry');
    const runLint = () => {
      const elements = registry
        .getAll()
        .filter((element) => element.businessObject && !element.type.startsWith('label') && element.type !== 'bpmn:Process')
        .map((element) => lintElement(element.businessObject!));
      callbacks.current.onLint(lint(elements));
    };
    let active = true;
    modeler
      .importXML(xml)
      .then(() => {
        if (!active) return;
        modeler.get<{ zoom: (level: string) => void }>('canvas').zoom('fit-viewport');
        runLint();
        callbacks.current.onReady({
          saveXml: async () => (await modeler.saveXML({ format: true })).xml ?? '',
          select: (elementId) => {
            const element = registry.get(elementId);
            if (!element) return;
            modeler.get<{ select: (e: unknown) => void }>('selection').select(element);
            modeler.get<{ scrollToElement: (e: unknown) => void }>('canvas').scrollToElement(element);
          },
        });
      })
      .catch((error: Error) => active && callbacks.current.onError(error.message));
    modeler.on('commandStack.changed', () => {
      runLint();
      callbacks.current.onDirty();
    });
    return () => {
      active = false;
      modeler.destroy();
    };
  }, [xml]);

  return (
    <div className="bpmn-editor">
      <div className="bpmn-canvas" ref={canvasRef} data-testid="bpmn-canvas" />
      <div className="bpmn-properties" ref={panelRef} />
    </div>
  );
}
