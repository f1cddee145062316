import { type PublicRoute, page } from './citizen-routes';

/**
 * Staff pages outside the shell, each its own chunk as well: the wall screen (no navigation; the wall
 * PC's signed-in supervisor account) and the patrol's phone page (the secret link is the key).
 */
export const standaloneRoutes: PublicRoute[] = [
  {
    path: '/wandanzeige',
    component: page(
      () => import('./features/contacts/wall-screen'),
      (m) => m.WallScreenPage,
    ),
  },
  {
    path: '/streife/:token',
    component: page(
      () => import('./features/dispatch/patrol'),
      (m) => m.PatrolPage,
    ),
  },
];
