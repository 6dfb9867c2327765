import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Alert color="gray" title="No such screen">
      <Anchor component={Link} to="/">
        Back to the dashboard
      </Anchor>
    </Alert>
  );
}
