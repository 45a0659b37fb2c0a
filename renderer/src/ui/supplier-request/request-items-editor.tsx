import { Button, Fieldset, Label, Textarea } from '@trussworks/react-uswds';
import type { RequestItem } from '../../domain/supplier/supplier-documents';
import { newId } from '../common/new-id';

/** The questions of a request: the proposed practices and the assessor's own, each reworded, removed or added. */
export function RequestItemsEditor({
  items,
  onChange,
}: {
  items: RequestItem[];
  onChange: (items: RequestItem[]) => void;
}) {
  const update = (id: string, patch: Partial<RequestItem>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const remove = (index: number) => {
    const next = items.filter((_, at) => at !== index);
    onChange(next);
    // Focus stays in the list: on the question that took the removed one's place, else on "Add".
    const focusId = next[Math.min(index, next.length - 1)]?.id;
    setTimeout(
      () => document.getElementById(focusId ? `item-${focusId}-question` : 'add-question')?.focus(),
      0,
    );
  };
  const add = () => {
    const item: RequestItem = { id: newId(), question: '', evidenceRequested: '', systemIds: [] };
    onChange([...items, item]);
    setTimeout(() => document.getElementById(`item-${item.id}-question`)?.focus(), 0);
  };
  return (
    <section aria-labelledby="request-items-heading">
      <h2 id="request-items-heading">Questions ({items.length})</h2>
      <p className="usa-hint">
        Proposed from the framework practices of the supplier’s role. Reword, remove or add your own; ask for
        the evidence you want to see.
      </p>
      {items.map((item, index) => {
        const label = `Question ${index + 1}${item.practiceId ? ` (${item.practiceId})` : ' (your own)'}`;
        return (
          <Fieldset key={item.id} legend={label} className="request-item">
            <Label htmlFor={`item-${item.id}-question`}>Question</Label>
            <Textarea
              id={`item-${item.id}-question`}
              name={`item-${item.id}-question`}
              value={item.question}
              onChange={(event) => update(item.id, { question: event.target.value })}
            />
            <Label htmlFor={`item-${item.id}-evidence`}>Evidence requested</Label>
            <Textarea
              id={`item-${item.id}-evidence`}
              name={`item-${item.id}-evidence`}
              value={item.evidenceRequested}
              onChange={(event) => update(item.id, { evidenceRequested: event.target.value })}
            />
            <Button type="button" secondary onClick={() => remove(index)}>
              Remove question {index + 1}
            </Button>
          </Fieldset>
        );
      })}
      <Button type="button" outline id="add-question" onClick={add}>
        Add your own question
      </Button>
    </section>
  );
}
