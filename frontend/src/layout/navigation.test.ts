import { describe, expect, it } from 'vitest';
import { backTarget, engineApps, landingPath } from './navigation';

describe('where a user lands', () => {
  it('sends the office to its desk, a department to its open work, a modeller to the modeler', () => {
    expect(landingPath(['COORDINATOR'])).toBe('/desk');
    expect(landingPath(['DEPARTMENT'])).toBe('/inbox');
    expect(landingPath(['DEPARTMENT', 'MODELLER'])).toBe('/inbox');
    expect(landingPath(['MODELLER'])).toBe('/modeler');
  });

  it('sends an administrator without work of their own to the system status, and so anyone without a role', () => {
    expect(landingPath(['ADMIN'])).toBe('/system');
    expect(landingPath([])).toBe('/system');
  });
});

describe('the engine apps in the menu', () => {
  it('offers each role only the Camunda webapps it may open', () => {
    expect(engineApps(['DEPARTMENT'])).toEqual(['tasklist']);
    expect(engineApps(['COORDINATOR'])).toEqual(['tasklist', 'cockpit']);
    expect(engineApps(['MODELLER'])).toEqual(['cockpit']);
    expect(engineApps(['ADMIN'])).toEqual(['tasklist', 'cockpit', 'admin']);
    expect(engineApps([])).toEqual([]);
  });
});

describe('the way back from a task', () => {
  it('leads back to the page the task was opened from', () => {
    expect(backTarget({ from: '/desk' })).toEqual({ path: '/desk', label: 'inbox:task.backTo.desk' });
    expect(backTarget({ from: '/items/12' })).toEqual({ path: '/items/12', label: 'inbox:task.backTo.item' });
    expect(backTarget({ from: '/dashboard' }).label).toBe('inbox:task.backTo.dashboard');
    // the inbox with its filters as they were
    expect(backTarget({ from: '/inbox?overdue=true' })).toEqual({ path: '/inbox?overdue=true', label: 'inbox:task.backTo.inbox' });
  });

  it('leads to 我的待办 when the task was opened by its address, or from anywhere else', () => {
    expect(backTarget(null)).toEqual({ path: '/inbox', label: 'inbox:task.backTo.inbox' });
    expect(backTarget({ from: 'https://elsewhere.example/desk' }).path).toBe('/inbox');
    expect(backTarget({ from: '/messages' }).path).toBe('/inbox');
    expect(backTarget({ from: 42 }).path).toBe('/inbox');
  });
});
