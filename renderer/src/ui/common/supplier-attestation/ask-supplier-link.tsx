import { routeHref } from '../../app/router';

/** The way from an assessment (wizard scope step, review) to composing a supplier request for it. */
export function AskSupplierLink({ assessmentId }: { assessmentId: string }) {
  return (
    <section aria-labelledby="ask-supplier-heading" className="ask-supplier">
      <h2 id="ask-supplier-heading">Supplier answers</h2>
      <p>
        Ask a cloud/compute provider or AI developer to answer the practices of its role for the systems it
        supplies, in a signed request; their signed answers come back as supplier attestations.
      </p>
      <a
        className="usa-button usa-button--outline"
        href={routeHref('assessments', assessmentId, 'supplier-request')}
      >
        Ask a supplier
      </a>
    </section>
  );
}
