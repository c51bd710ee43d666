// Who is signed in, and the sign-out form (a POST with the session's CSRF token).
export function SignedIn({ user, csrf }: { user: string; csrf: string }) {
  return (
    <form method="post" action="/api/auth/sign-out" className="signed-in">
      Signed in as <strong>{user}</strong>
      <input type="hidden" name="csrf" value={csrf} />
      <button type="submit">Sign out</button>
    </form>
  );
}
