import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { diagramMarkers } from './itemLogic';
import type { ProcessPosition } from './types';

type Canvas = { zoom: (level: string) => void; addMarker: (id: string, marker: string) => void };

/** The item's process diagram (bpmn-js viewer, its own chunk) with the passed path and current position marked. */
export default function ProcessDiagram({ process }: { process: ProcessPosition }) {
  const { t } = useTranslation('item');
  const container = useRef<HTMLDivElement>(null);
  const definitionId = process.processDefinitionId;
  // the engine's REST API, not PolicyFlow's: a deployed definition's XML never changes
  const xml = useQuery({
    queryKey: queryKeys.processXml(definitionId),
    queryFn: ({ signal }) => apiFetch<{ bpmn20Xml: string }>(
      `/engine-rest/process-definition/${encodeURIComponent(definitionId)}/xml`, { signal }),
    staleTime: Infinity,
  });
  const [drawn, setDrawn] = useState<{ xml: string; failure: string | null } | null>(null);
  const bpmn20Xml = xml.data?.bpmn20Xml;
  useEffect(() => {
    if (!bpmn20Xml) return;
    const viewer = new NavigatedViewer({ container: container.current ?? undefined });
    let active = true;
    viewer.importXML(bpmn20Xml)
      .then(() => {
        if (!active) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        for (const { id, marker } of diagramMarkers(process.passedActivityIds, process.currentActivityIds)) {
          try {
            canvas.addMarker(id, marker);
          } catch {
            // an activity of an older model version that this diagram does not draw
          }
        }
        setDrawn({ xml: bpmn20Xml, failure: null });
      })
      .catch((failure: Error) => active && setDrawn({ xml: bpmn20Xml, failure: failure.message }));
    return () => {
      active = false;
      viewer.destroy();
    };
  }, [bpmn20Xml, process]);
  const failure = xml.error?.message ?? (drawn?.xml === bpmn20Xml ? drawn?.failure : null);
  const state = failure ?? (drawn?.xml === bpmn20Xml && bpmn20Xml ? 'ready' : 'loading');
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
