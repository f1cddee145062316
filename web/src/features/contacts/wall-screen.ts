// The wall screen (big figures, no staff navigation), loaded on its own.
import './contacts.css';
export { WallScreenPage } from './wallboard-page';
