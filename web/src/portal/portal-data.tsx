import { createContext, useContext } from 'react';
import type { ApiResponse } from '../app/api-types';

type Detail = ApiResponse<'/api/public/v1/knowledge/services/{leikaKey}'>;

/**
 * What the server already loaded for the page it rendered (decision 0174): the service page's detail and
 * whether an office books it. The server puts it into the HTML as JSON (`#portal-data`, a data block, not
 * a script) and renders the page with it; the browser hydrates with the same data, so the first paint
 * needs no API request and the markup matches. Pages without server data load their own.
 */
export interface PortalData {
  /** `detail` null with the `error` shown (a service that does not exist gets its message from the server). */
  service?: { leikaKey: string; town: string; detail: Detail | null; bookable: boolean; error?: string };
}

export const PORTAL_DATA_ID = 'portal-data';

const PortalDataContext = createContext<PortalData>({});
export const PortalDataProvider = PortalDataContext.Provider;
export const usePortalData = () => useContext(PortalDataContext);

/** The data block of a server-rendered page; `{}` when there is none or it cannot be read. */
export function readPortalData(doc: Document): PortalData {
  const text = doc.getElementById(PORTAL_DATA_ID)?.textContent;
  if (!text) return {};
  try {
    return JSON.parse(text) as PortalData;
  } catch {
    return {};
  }
}

/**
 * The server render's head: the page frame writes its title here while rendering on the server (there is
 * no `document` to set it on), and the server puts it into the HTML's `<title>`.
 */
export interface PortalHead {
  title?: string;
}
const PortalHeadContext = createContext<PortalHead | null>(null);
export const PortalHeadProvider = PortalHeadContext.Provider;
export const usePortalHead = () => useContext(PortalHeadContext);
