import { useEffect, useRef } from 'react';
import { FormEditor as FormJsEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { lintForm } from '../lint/modelLint';
import type { EditorProps } from './types';
import { useLatest } from './useLatest';

/** The Camunda Forms editor (form-js), palette, form and properties panel (its own chunk). */
export default function FormEditor({ content, onReady, onLint, onError, onDirty }: EditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const callbacks = useLatest({ onReady, onLint, onError, onDirty });

  useEffect(() => {
    const editor = new FormJsEditor({ container: containerRef.current! });
    const save = async () => JSON.stringify(editor.saveSchema(), null, 2);
    let active = true;
    editor
      .importSchema(JSON.parse(content))
      .then(async () => {
        if (!active) return;
        callbacks.current.onLint(lintForm(await save()));
        editor.on('changed', async () => {
          callbacks.current.onDirty();
          callbacks.current.onLint(lintForm(await save()));
        });
        callbacks.current.onReady({
          save,
          select: (elementId) => {
            const field = editor.get<{ get: (id: string) => unknown }>('formFieldRegistry').get(elementId);
            if (field) editor.get<{ set: (field: unknown) => void }>('selection').set(field);
          },
        });
      })
      .catch((error: Error) => active && callbacks.current.onError(error.message));
    return () => {
      active = false;
      editor.destroy();
    };
  }, [content, callbacks]);

  return <div className="form-editor" ref={containerRef} data-testid="form-editor" />;
}
