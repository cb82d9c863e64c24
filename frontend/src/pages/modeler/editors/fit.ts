type Box = { x: number; y: number; width: number; height: number };
export type Padding = { top: number; right: number; bottom: number; left: number };

/**
 * The viewbox that shows the whole diagram (inner, in diagram units) inside the canvas (outer, in pixels) with the
 * padding in pixels kept free — on the left as wide as the palette, so the palette never covers the start event —
 * never zoomed in beyond 100 %.
 */
export function fittedViewbox(inner: Box, outer: { width: number; height: number }, padding: Padding): Box {
  const scale = Math.min(
    (outer.width - padding.left - padding.right) / inner.width,
    (outer.height - padding.top - padding.bottom) / inner.height,
    1,
  );
  return {
    x: inner.x - padding.left / scale,
    y: inner.y - padding.top / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  };
}

/** The file name under bpmn/ a model is downloaded as: bpmn/forms/x.form → forms/x.form's base name x.form. */
export function downloadName(resourceName: string): string {
  return resourceName.replace(/^.*\//, '');
}
