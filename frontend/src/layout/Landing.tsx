import { Navigate } from 'react-router';
import { useSession } from '../session/SessionContext';
import { landingPath } from './navigation';

/** The start address: each user goes where their work is (navigation.landingPath). */
export default function Landing() {
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  return <Navigate to={landingPath(roles)} replace />;
}
