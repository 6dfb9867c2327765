import { Alert, List } from '@mantine/core';
import { ApiProblem } from '../api/problem.ts';

/**
 * An error as a biller should read it: the server's `detail` and each field at fault. Anything
 * that is not a problem from the API (a network failure) gets one plain sentence.
 */
export function ProblemAlert({
  error,
  title,
}: {
  readonly error: unknown;
  readonly title?: string;
}) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? problem?.title ?? 'Something went wrong'}
      role="alert"
    >
      {problem
        ? problem.detail
        : 'The server could not be reached. Check the connection and try again.'}
      {problem && problem.errors.length > 0 && (
        <List size="sm" mt={4}>
          {problem.errors.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <strong>{e.path || 'request'}</strong>: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
