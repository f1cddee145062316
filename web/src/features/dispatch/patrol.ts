// The patrol's phone page (/streife/<link>), loaded on its own: no staff app, no login.
import './dispatch.css';
export { PatrolPage } from './patrol-page';
