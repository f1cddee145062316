/** The little of oidc-provider's API the SSO test uses (the package ships no types; @types/oidc-provider not added). */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Account {
    accountId: string;
    claims(): { sub: string; [claim: string]: unknown };
  }

  export interface Configuration {
    findAccount?(ctx: unknown, id: string): Account | undefined | Promise<Account | undefined>;
    [option: string]: unknown;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
