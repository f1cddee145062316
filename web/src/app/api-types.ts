import type { paths } from './api-schema';

/**
 * Shapes of the API taken from the generated OpenAPI types (api-schema.d.ts, `npm run api:types`),
 * never written by hand a second time (decision record 0066):
 *   type Detail = ApiResponse<'/api/v1/service-requests/{id}'>;
 *   type Input = ApiBody<'/api/v1/service-requests', 'post'>;
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<O> = O extends { responses: infer R } ? Json<R[Extract<keyof R, 200 | 201 | 202>]> : never;

export type ApiPath = keyof paths;
export type ApiResponse<P extends ApiPath, M extends Method = 'get'> = Success<NonNullable<paths[P][M]>>;
export type ApiBody<P extends ApiPath, M extends Method> =
  NonNullable<paths[P][M]> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** One element of a list answer `{ items: [...] }`. */
export type ApiItem<P extends ApiPath, M extends Method = 'get'> = ApiResponse<P, M> extends { items: (infer I)[] } ? I : never;
