import { Fragment } from 'react';
import { fingerprintGroups } from '../../domain/crypto/fingerprint';

/**
 * The one way the app shows a SHA-256 fingerprint: all 64 characters as 16 groups of 4 ("ABCD EF01 …"),
 * monospace, wrapping only between groups, so two people can read it to each other group by group.
 */
export function FingerprintText({
  fingerprint,
  testId = 'fingerprint',
}: {
  fingerprint: string;
  testId?: string;
}) {
  return (
    <code className="app-fingerprint" data-testid={testId}>
      {fingerprintGroups(fingerprint).map((group, index) => (
        <Fragment key={index}>
          {index > 0 ? ' ' : null}
          <span>{group}</span>
        </Fragment>
      ))}
    </code>
  );
}
