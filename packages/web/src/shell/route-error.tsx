import { Alert, Anchor } from '@mantine/core';
import { Link, useRouteError } from 'react-router';
import { ProblemAlert } from './problem-alert.tsx';
import { ApiProblem } from '../api/problem.ts';

/** A screen that failed: what went wrong in a sentence and a way back; never a stack. */
export function RouteError() {
  const error = useRouteError();
  if (error instanceof ApiProblem) return <ProblemAlert error={error} />;
  return (
    <Alert color="red" title="This screen failed" role="alert">
      {error instanceof Error ? error.message : 'Something unexpected happened.'}{' '}
      <Anchor component={Link} to="/" size="sm">
        Back to the dashboard
      </Anchor>
    </Alert>
  );
}
