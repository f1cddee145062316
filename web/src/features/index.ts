// Each feature registers its pages and start-page sections. Add one line per feature.
import './start/register';
import './admin/register';
import './audit/register';
import './tickets/register';
import './appointments/register';
import './contacts/register';
import './knowledge/register';
import './staffing/register';
import './reporting/register';
import './dispatch/register';
import './billing/register';
import './itfaults/register';
import './privacy/register';
