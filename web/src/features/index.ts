// Each feature registers its pages and start-page sections. Add one line per feature.
import './start/register';
