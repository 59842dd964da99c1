import { NotFoundMessage } from '@partnerkit/ui';
import { useNavigate } from 'react-router';

export function RouteNotFound() {
  const navigate = useNavigate();
  return <NotFoundMessage actionLabel="Go to partners" onAction={() => navigate('/partners')} />;
}
