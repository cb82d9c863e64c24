import { useEffect, useRef } from 'react';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import lintingModule from 'bpmn-js-bpmnlint';
import minimapModule from 'diagram-js-minimap';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import { config, resolver } from '../lint/bpmnlintConfig';
import type { LintProblem } from '../types';
import chinese from './bpmnjs.zh-CN.json';
import { fittedViewbox } from './fit';
import { translateModule } from './translate';
import type { EditorProps } from './types';
import { useLatest } from './useLatest';

type Element = { id: string; businessObject?: { name?: string } };
type Canvas = {
  viewbox: (box?: object) => { inner: { x: number; y: number; width: number; height: number }; outer: { width: number; height: number } };
  scrollToElement: (element: unknown) => void;
};
type Issue = { id: string; message: string; category: LintProblem['category']; rule: string };

const GAP = 24;

/** bpmn-js Modeler with the Camunda 7 properties panel, bpmnlint on the canvas and a minimap (its own chunk). */
export default function BpmnEditor({ content, onReady, onLint, onError, onDirty }: EditorProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const callbacks = useLatest({ onReady, onLint, onError, onDirty });

  useEffect(() => {
    const container = canvasRef.current!;
    const modeler = new BpmnModeler({
      container,
      propertiesPanel: { parent: panelRef.current! },
      linting: { bpmnlint: { config, resolver }, active: true },
      // closed at first, so it never covers the diagram; its toggle sits in the canvas's top right corner
      minimap: { open: false },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        lintingModule,
        minimapModule,
        translateModule(chinese),
      ],
      moddleExtensions: { camunda: camundaModdle },
    });
    const registry = modeler.get<{ get: (id: string) => Element | undefined }>('elementRegistry');
    const canvas = modeler.get<Canvas>('canvas');
    modeler.on('linting.completed', ({ issues }: { issues: Record<string, Issue[]> }) => {
      callbacks.current.onLint(Object.entries(issues).flatMap(([elementId, found]) => found.map((issue) => ({
        elementId,
        rule: issue.rule,
        message: issue.message,
        category: issue.category,
        elementName: registry.get(elementId)?.businessObject?.name?.trim() || elementId,
      }))));
    });
    let active = true;
    modeler
      .importXML(content)
      .then(() => {
        if (!active) return;
        // the whole diagram, right of the palette and clear of the minimap's toggle
        const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
        const left = palette ? palette.right - container.getBoundingClientRect().left + GAP : GAP;
        const { inner, outer } = canvas.viewbox();
        canvas.viewbox(fittedViewbox(inner, outer, { top: GAP, right: GAP, bottom: GAP, left }));
        callbacks.current.onReady({
          save: async () => (await modeler.saveXML({ format: true })).xml ?? '',
          select: (elementId) => {
            const element = registry.get(elementId);
            if (!element) return;
            modeler.get<{ select: (e: unknown) => void }>('selection').select(element);
            canvas.scrollToElement(element);
          },
        });
      })
      .catch((error: Error) => active && callbacks.current.onError(error.message));
    modeler.on('commandStack.changed', () => callbacks.current.onDirty());
    return () => {
      active = false;
      modeler.destroy();
    };
  }, [content, callbacks]);

  return (
    <div className="bpmn-editor">
      <div className="bpmn-canvas" ref={canvasRef} data-testid="bpmn-canvas" />
      <div className="bpmn-properties" ref={panelRef} />
    </div>
  );
}
