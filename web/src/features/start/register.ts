import { registerStartSections } from '../../app/nav';
import { TenantsInService } from './tenants-in-service';

registerStartSections({ id: 'tenants-in-service', roles: ['agent', 'supervisor'], component: TenantsInService, order: 90 });
