import { useEffect, useRef } from 'react';
import DmnModeler from 'dmn-js/lib/Modeler';
import { DmnPropertiesPanelModule, DmnPropertiesProviderModule, CamundaPropertiesProviderModule } from 'dmn-js-properties-panel';
import camundaModdle from 'camunda-dmn-moddle/resources/camunda.json';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import { dmnVariables, lintDmn } from '../lint/modelLint';
import chinese from './dmnjs.zh-CN.json';
import { translateModule } from './translate';
import type { EditorProps } from './types';
import { useLatest } from './useLatest';

/** dmn-js Modeler opened on the decision table, the properties panel beside the decision diagram (its own chunk). */
export default function DmnEditor({ content, deployed, onReady, onLint, onError, onDirty }: EditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const callbacks = useLatest({ onReady, onLint, onError, onDirty });

  useEffect(() => {
    const translate = translateModule(chinese);
    const modeler = new DmnModeler({
      container: containerRef.current!,
      common: { moddleExtensions: { camunda: camundaModdle } },
      // dmn-js takes additional modules per view only (not from common)
      drd: {
        propertiesPanel: { parent: panelRef.current! },
        additionalModules: [DmnPropertiesPanelModule, DmnPropertiesProviderModule, CamundaPropertiesProviderModule, translate],
      },
      decisionTable: { additionalModules: [translate] },
      literalExpression: { additionalModules: [translate] },
    });
    const known = dmnVariables(deployed);
    const save = async () => (await modeler.saveXML({ format: true })).xml ?? '';
    const lint = async () => callbacks.current.onLint(lintDmn(await save(), known));
    modeler.on('views.changed', () => {
      modeler.getActiveViewer()?.on('elements.changed', () => {
        callbacks.current.onDirty();
        void lint();
      });
    });
    let active = true;
    modeler
      .importXML(content)
      .then(async () => {
        if (!active) return;
        const table = modeler.getViews().find((view) => view.type === 'decisionTable');
        if (table && modeler.getActiveView()?.type !== 'decisionTable') await modeler.open(table);
        await lint();
        callbacks.current.onReady({
          save,
          select: (elementId) => {
            const view = modeler.getViews().find((candidate) => candidate.element.id === elementId);
            if (view) void modeler.open(view);
          },
        });
      })
      .catch((error: Error) => active && callbacks.current.onError(error.message));
    return () => {
      active = false;
      modeler.destroy();
    };
  }, [content, deployed, callbacks]);

  return (
    <div className="dmn-editor">
      <div className="dmn-canvas" ref={containerRef} data-testid="dmn-editor" />
      <div className="dmn-properties" ref={panelRef} />
    </div>
  );
}
