import { useMutation } from '@apollo/client/react';
import { CHANGE_MY_PASSWORD } from './graphql/changeMyPassword';

/** Changes the signed-in partner's password (the current one proves it is them). */
export function useChangeMyPassword() {
  const [mutate, { loading }] = useMutation(CHANGE_MY_PASSWORD);
  const changeMyPassword = async (currentPassword: string, newPassword: string) => {
    const result = await mutate({ variables: { currentPassword, newPassword } });
    return result.data?.changeMyPassword ?? false;
  };
  return { changeMyPassword, saving: loading };
}
