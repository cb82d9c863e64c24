import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './diff.css';

type Canvas = { zoom: (level: string) => void; addMarker: (id: string, marker: string) => void };

/** One version's diagram (bpmn-js viewer, its own chunk) with the differences marked: green, red, amber. */
export default function DiffDiagram({ xml, markers }: { xml: string; markers: { id: string; marker: string }[] }) {
  const { t } = useTranslation('modelDiff');
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ xml: string; failure: string | null } | null>(null);
  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current ?? undefined });
    let active = true;
    viewer.importXML(xml)
      .then(() => {
        if (!active) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        for (const { id, marker } of markers) {
          try {
            canvas.addMarker(id, marker);
          } catch {
            // an element without a shape (a process, a message): listed beside, not drawn
          }
        }
        setDrawn({ xml, failure: null });
      })
      .catch((failure: Error) => active && setDrawn({ xml, failure: failure.message }));
    return () => {
      active = false;
      viewer.destroy();
    };
  }, [xml, markers]);
  const state = drawn?.xml !== xml ? 'loading' : drawn.failure ?? 'ready';
  return (
    <div className="diff-diagram">
      {state === 'loading' && <p role="status">{t('diagramLoading')}</p>}
      {state !== 'loading' && state !== 'ready' && <p role="alert">{t('diagramFailed', { message: state })}</p>}
      <div className="diff-canvas" ref={container} data-state={state === 'ready' ? 'ready' : 'pending'} />
    </div>
  );
}
