// The explore query as it lives in the address: #/map?type=ARREST,PURSUIT&place=KP.ryanggang.
// Every explore view reads it from there and writes changes back there.
import { currentRoute, href, type Route } from '../route.js';

export const FILTER_KEYS = ['q', 'type', 'actor', 'place', 'sourceKind', 'from', 'to', 'review', 'corroboration'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filter = Partial<Record<FilterKey, string>>;
export const LIST_KEYS: FilterKey[] = ['type', 'actor', 'place', 'sourceKind', 'review'];

export const VIEWS = [
  { path: 'explore', label: 'Table' },
  { path: 'map', label: 'Map' },
  { path: 'timeline', label: 'Timeline' },
  { path: 'network', label: 'Network' },
] as const;
export type ViewPath = (typeof VIEWS)[number]['path'];

export function readFilter(route: Route): Filter {
  const f: Filter = {};
  for (const k of FILTER_KEYS) {
    const v = route.query.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

export const listOf = (f: Filter, key: FilterKey): string[] => (f[key] ? f[key]!.split(',').filter(Boolean) : []);

/** The filter with one list value switched on or off. */
export function toggled(f: Filter, key: FilterKey, value: string): Filter {
  const values = listOf(f, key);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...f, [key]: next.join(',') || undefined };
}

export const viewHref = (view: ViewPath | string, f: Filter, extra: Record<string, string | number | undefined> = {}) => href([view], { ...f, ...extra });

/** Moves the current view to a new filter (the router renders it). */
export function go(f: Filter): void {
  const route = currentRoute();
  location.hash = viewHref(route.path[0] ?? 'explore', f);
}
