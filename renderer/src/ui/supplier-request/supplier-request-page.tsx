import { Alert, AlertHeading, AlertText, Button, Label, Textarea } from '@trussworks/react-uswds';
import { useMemo, useRef, useState } from 'react';
import { useAssessment, useKnownSuppliers, useRecipients, type LoadedAssessment } from '../../data';
import { draftProblem } from '../../domain/supplier/request-document';
import { proposeRequestItems } from '../../domain/supplier/request-items';
import { localDate } from '../../domain/supplier/request-state';
import type { RequestItem, SupplierRole } from '../../domain/supplier/supplier-documents';
import {
  inventorySuppliers,
  supplierIdFor,
  supplierNameKey,
  type KnownSupplier,
} from '../../domain/supplier/supplier-names';
import { routeHref } from '../app/router';
import { useShownMarking } from '../app/use-shown-marking';
import { useFramework } from '../common/framework';
import { AssessmentPackGate, missingPackSentence } from '../common/assessment-pack-gate';
import { usePageTitle } from '../common/use-page-title';
import { SealOptions } from '../wizard/export/seal-options';
import { NO_SEAL, sealTargetOf, type SealChoice, type SealErrors } from '../wizard/export/seal-choice';
import { RequestItemsEditor } from './request-items-editor';
import { RequestSigner } from './request-signer';
import { NEW_SUPPLIER, SupplierFields } from './supplier-fields';
import { useSendRequest } from './use-send-request';

function systemsOf(loaded: LoadedAssessment, name: string): string[] {
  const key = supplierNameKey(name);
  return key
    ? loaded.content.systems.filter((system) => supplierNameKey(system.supplier) === key).map((s) => s.id)
    : [];
}

function contactOf(loaded: LoadedAssessment, name: string): string {
  const key = supplierNameKey(name);
  return loaded.content.systems.find((s) => supplierNameKey(s.supplier) === key)?.supplierContact ?? '';
}

/** Names to offer: the inventory's suppliers, then suppliers asked before, each once. */
function supplierNames(loaded: LoadedAssessment, known: readonly KnownSupplier[]): string[] {
  const names = inventorySuppliers(loaded.content.systems);
  const keys = new Set(names.map(supplierNameKey));
  for (const supplier of known) if (!keys.has(supplierNameKey(supplier.name))) names.push(supplier.name);
  return names;
}

function inTwoWeeks(): string {
  return localDate(new Date(Date.now() + 14 * 24 * 3600 * 1000));
}

function Composer({ loaded, known }: { loaded: LoadedAssessment; known: KnownSupplier[] }) {
  // Inside the assessment's pack gate: the questions come from the practices of its own pack.
  const { pack } = useFramework();
  const names = useMemo(() => supplierNames(loaded, known), [loaded, known]);
  const first = names[0] ?? NEW_SUPPLIER;
  const recipients = useRecipients() ?? [];
  const [chosen, setChosen] = useState(first);
  const [newName, setNewName] = useState('');
  const [contact, setContact] = useState(() => contactOf(loaded, first));
  const [role, setRole] = useState<SupplierRole>('AID');
  const [systemIds, setSystemIds] = useState(() => systemsOf(loaded, first));
  const [items, setItems] = useState<RequestItem[]>(() => proposeRequestItems(pack, 'AID', []));
  const [dueDate, setDueDate] = useState(inTwoWeeks);
  const [instructions, setInstructions] = useState('');
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [sealErrors, setSealErrors] = useState<SealErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const { state, send, signer } = useSendRequest(loaded.header.id);

  const choose = (name: string) => {
    setChosen(name);
    setSystemIds(systemsOf(loaded, name));
    setContact(contactOf(loaded, name));
  };
  const changeRole = (next: SupplierRole) => {
    setRole(next);
    // The practices follow the role; the assessor's own questions stay.
    setItems((current) => [
      ...proposeRequestItems(pack, next, []),
      ...current.filter((item) => !item.practiceId),
    ]);
  };

  function submit() {
    if (!signer) return;
    const name = chosen === NEW_SUPPLIER ? newName : chosen;
    const supplier = { ...supplierIdFor(name, known, () => crypto.randomUUID()), name, contact };
    const draft = {
      supplier: { id: supplier.id, name: supplier.name.trim(), contact: contact.trim() },
      role,
      systemIds,
      items,
      dueDate,
      instructions,
    };
    const wrong = draftProblem(draft, localDate(new Date()));
    setProblem(wrong);
    if (wrong) {
      setTimeout(() => problemRef.current?.focus(), 0);
      return;
    }
    const target = sealTargetOf(seal, recipients);
    setSealErrors(target.ok ? {} : target.errors);
    if (!target.ok) return;
    void send(draft, target.value);
  }

  return (
    <>
      <SupplierFields
        names={names}
        chosen={chosen}
        newName={newName}
        contact={contact}
        role={role}
        systems={loaded.content.systems}
        systemIds={systemIds}
        onChoose={choose}
        onNewName={setNewName}
        onContact={setContact}
        onRole={changeRole}
        onSystems={setSystemIds}
      />
      <RequestItemsEditor items={items} onChange={setItems} />
      <section aria-labelledby="request-terms-heading">
        <h2 id="request-terms-heading">Due date and instructions</h2>
        <Label htmlFor="request-due-date">Due date</Label>
        <input
          className="usa-input"
          id="request-due-date"
          name="request-due-date"
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
        />
        <Label htmlFor="request-instructions">Instructions for the supplier</Label>
        <Textarea
          id="request-instructions"
          name="request-instructions"
          value={instructions}
          onChange={(event) => setInstructions(event.target.value)}
        />
      </section>
      <RequestSigner />
      {signer ? (
        <section aria-labelledby="request-send-heading">
          <h2 id="request-send-heading">Sign and save</h2>
          <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={sealErrors} />
          {problem ? (
            <div ref={problemRef} tabIndex={-1}>
              <Alert type="error" role="alert">
                <AlertHeading level="h3">The request is not ready</AlertHeading>
                <AlertText>{problem}</AlertText>
              </Alert>
            </div>
          ) : null}
          <Button type="button" onClick={submit} disabled={state.phase === 'working'}>
            Sign and save the request
          </Button>
          {state.phase === 'working' ? <p role="status">Signing and saving the request…</p> : null}
          {state.phase === 'failed' ? (
            <Alert type="error" role="alert">
              <AlertHeading level="h3">The request was not saved</AlertHeading>
              <AlertText>{state.message}</AlertText>
            </Alert>
          ) : null}
          {state.phase === 'done' ? (
            <Alert type="success" role="status" data-testid="request-saved">
              <AlertHeading level="h3">Request saved</AlertHeading>
              <AlertText>
                Saved as “{state.name}”{state.sealed ? ' (sealed)' : ''}. Send that file to the supplier;
                their response is imported on <a href={routeHref('suppliers')}>Suppliers</a>.
              </AlertText>
            </Alert>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** `/assessments/:id/supplier-request`: compose, sign and save a request to one supplier. */
export function SupplierRequestPage({ assessmentId }: { assessmentId: string }) {
  const loaded = useAssessment(assessmentId);
  const known = useKnownSuppliers();
  usePageTitle(`Ask a supplier · ${loaded?.header.title ?? ''}`);
  useShownMarking(loaded?.content.marking);
  if (loaded === undefined || known === undefined) return <p role="status">Loading the assessment…</p>;
  if (loaded === null)
    return (
      <>
        <h1>Assessment not found</h1>
        <p>
          It may have been removed. <a href={routeHref('assessments')}>Back to the assessments</a>.
        </p>
      </>
    );
  return (
    <>
      <h1>Ask a supplier</h1>
      <p>
        For{' '}
        <a href={routeHref('assessments', assessmentId, 'scope')}>
          {loaded.header.title || 'Untitled assessment'}
        </a>{' '}
        · {loaded.header.siteName}. The request is signed with your identity; the supplier answers it in this
        app and returns a signed response.
      </p>
      {loaded.header.source === 'local' ? (
        <AssessmentPackGate
          header={loaded.header}
          missing={
            <p data-testid="pack-missing">
              {missingPackSentence(loaded.header)} A request proposes questions from its practices, so it can
              be composed once that pack is installed.
            </p>
          }
        >
          <Composer loaded={loaded} known={known} />
        </AssessmentPackGate>
      ) : (
        <p>This is an imported, signed record: ask suppliers from an assessment of your own.</p>
      )}
    </>
  );
}
