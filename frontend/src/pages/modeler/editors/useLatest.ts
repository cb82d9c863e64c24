import { useEffect, useRef } from 'react';

/** The latest props in a ref, for an editor created once per content whose events must call the current callbacks. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
