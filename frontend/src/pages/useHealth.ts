import { useEffect, useState } from 'react';

export type Health = 'checking' | 'up' | 'down' | 'unreachable';

/** Reads the backend's actuator health once when the page opens. */
export function useHealth(): Health {
  const [health, setHealth] = useState<Health>('checking');
  useEffect(() => {
    let active = true;
    fetch('/actuator/health', { headers: { Accept: 'application/json' } })
      .then(async (response) => {
        const body = response.ok ? await response.json() : null;
        if (active) setHealth(body?.status === 'UP' ? 'up' : 'down');
      })
      .catch(() => active && setHealth('unreachable'));
    return () => {
      active = false;
    };
  }, []);
  return health;
}
