import { Center, Loader } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { router } from '../shell/router.tsx';
import { useSession } from './session-context.ts';
import { SignInPage } from './sign-in-page.tsx';

/** Sign-in first; the workspace once someone is signed in. */
export function SessionGate() {
  const { state } = useSession();
  switch (state.status) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader size="sm" />
        </Center>
      );
    case 'signed-out':
      return <SignInPage reason={state.reason} />;
    case 'signed-in':
      return <RouterProvider router={router} />;
  }
}
