'use client';
// Revert one change, then show the page again with the new history.
import { useState } from 'react';
import { mutate } from '../gql';

const REVERT = `mutation ($change: ID!) { revert(change: $change) { relation { id status version } entity { id name version } article } }`;

export function RevertButton({ change, csrf, label = 'Revert this change' }: { change: number; csrf: string; label?: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        onClick={async () => {
          const { error } = await mutate(REVERT, { change: String(change) }, csrf);
          if (error) setError(error.message);
          else window.location.reload();
        }}
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="form-error">
          {' '}Not reverted: {error}
        </span>
      )}
    </span>
  );
}
