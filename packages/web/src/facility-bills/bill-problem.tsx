import { Alert, List } from '@mantine/core';
import { ApiProblem } from '../api/problem.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { billingMessage, fieldLabel } from './field-errors.ts';

/**
 * A refused save as the biller reads it: the API's detail and each problem under the form's
 * name for its field (the field shows it too). Anything else is the shell's {@link ProblemAlert}.
 */
export function BillProblem({ error }: { readonly error: unknown }) {
  if (!(error instanceof ApiProblem) || error.errors.length === 0)
    return <ProblemAlert error={error} title="Not saved" />;
  return (
    <Alert color="red" variant="light" title="Not saved" role="alert">
      {error.detail}
      <List size="sm" mt={4}>
        {error.errors.map((e) => (
          <List.Item key={`${e.path}:${e.message}`}>
            <strong>{fieldLabel(e.path)}</strong>: {billingMessage(e)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
