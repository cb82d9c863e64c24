import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { getJson } from '../../api';
import { diagramMarkers } from './itemLogic';
import type { ProcessPosition } from './types';

type Canvas = { zoom: (level: string) => void; addMarker: (id: string, marker: string) => void };

/** The item's process diagram (bpmn-js viewer, its own chunk) with the passed path and current position marked. */
export default function ProcessDiagram({ process }: { process: ProcessPosition }) {
  const { t } = useTranslation('item');
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | string>('loading');
  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current ?? undefined });
    let active = true;
    getJson<{ bpmn20Xml: string }>(
      `/engine-rest/process-definition/${encodeURIComponent(process.processDefinitionId)}/xml`)
      .then(async ({ bpmn20Xml }) => {
        if (!active) return;
        await viewer.importXML(bpmn20Xml);
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        for (const { id, marker } of diagramMarkers(process.passedActivityIds, process.currentActivityIds)) {
          try {
            canvas.addMarker(id, marker);
          } catch {
            // an activity of an older model version that this diagram does not draw
          }
        }
        setState('ready');
      })
      .catch((failure: Error) => active && setState(failure.message));
    return () => {
      active = false;
      viewer.destroy();
    };
  }, [process]);
  return (
    <div className="process-diagram">
      {state === 'loading' && <p role="status">{t('diagram.loading')}</p>}
      {state !== 'loading' && state !== 'ready' && <p role="alert">{t('diagram.failed', { message: state })}</p>}
      <div className="diagram-canvas" ref={container} data-state={state === 'ready' ? 'ready' : 'pending'} />
      <p className="diagram-legend">
        <span className="legend-current">{t('diagram.legendCurrent')}</span>
        <span className="legend-passed">{t('diagram.legendPassed')}</span>
        {process.ended && <span>{t('diagram.ended')}</span>}
      </p>
    </div>
  );
}
