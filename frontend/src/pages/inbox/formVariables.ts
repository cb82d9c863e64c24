/** A Camunda REST variable: value and type, as submit-form takes and form-variables returns. */
export type TypedValue = { value: unknown; type: string; valueInfo?: Record<string, unknown> };

/**
 * Turns the values form-js submits into Camunda's typed variables: text stays String, whole numbers become Long,
 * other numbers Double, lists and objects (dynamic lists) JSON, so server-side listeners read them as they expect.
 */
export function toTypedVariables(data: Record<string, unknown>): Record<string, TypedValue> {
  const variables: Record<string, TypedValue> = {};
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    variables[name] = typed(value);
  }
  return variables;
}

function typed(value: unknown): TypedValue {
  if (value === null) return { value: null, type: 'Null' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  if (typeof value === 'number') return { value, type: Number.isInteger(value) ? 'Long' : 'Double' };
  if (typeof value === 'string') return { value, type: 'String' };
  return { value: JSON.stringify(value), type: 'Json' };
}

/** The form's initial data from GET /engine-rest/task/{id}/form-variables: JSON variables parsed back to values. */
export function toFormData(variables: Record<string, TypedValue>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(variables)) {
    if (variable.type === 'Json' && typeof variable.value === 'string') {
      try {
        data[name] = JSON.parse(variable.value);
      } catch {
        data[name] = variable.value;
      }
    } else {
      data[name] = variable.value;
    }
  }
  return data;
}
