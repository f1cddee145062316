import type { ComponentType } from 'react';
import type { Me, Role } from './session';

/**
 * The staff application's pages. A feature adds its pages here; the navigation
 * shows an entry to everyone holding one of its roles.
 */
export interface StaffPage {
  path: string;
  label: string;
  roles: Role[];
  component: ComponentType;
  /** Shown in the navigation (false for detail pages). */
  inNav?: boolean;
  /** A further condition on the signed-in person (e.g. bound to no tenant); navigation and route both obey it. */
  when?: (me: Me) => boolean;
}

/** May this person open the page (one of its roles, and its condition)? */
export const canOpen = (page: StaffPage, me: Me | null, hasRole: (...roles: Role[]) => boolean) =>
  !!me && hasRole(...page.roles) && (page.when?.(me) ?? true);

export const staffPages: StaffPage[] = [];

export function registerPages(...pages: StaffPage[]) {
  staffPages.push(...pages);
}

/** A notice above every staff page for people holding one of `roles` (e.g. the IT outage banner); it renders nothing when idle. */
export interface ShellBanner {
  id: string;
  roles: Role[];
  component: ComponentType;
}

export const shellBanners: ShellBanner[] = [];

export function registerShellBanners(...banners: ShellBanner[]) {
  shellBanners.push(...banners);
}

/** A block on the start page for people holding one of `roles` (features add theirs). */
export interface StartSection {
  id: string;
  roles: Role[];
  component: ComponentType;
  /** Lower comes first. */
  order?: number;
}

export const startSections: StartSection[] = [];

export function registerStartSections(...sections: StartSection[]) {
  startSections.push(...sections);
}
