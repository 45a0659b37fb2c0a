import { Button, Checkbox, Fieldset } from '@trussworks/react-uswds';
import { SEVERITIES, type Finding } from '../../../domain/assessment/model';
import { AutosaveDate, AutosaveSelect, AutosaveText, AutosaveTextarea } from '../../autosave/autosave-fields';
import { useTrackedChange } from '../../autosave/use-change';
import { findingField, setField } from '../../../data';
import { SEVERITY_LABELS, STATUS_LABELS, optionsOf } from '../../common/labels';
import { useFramework, type FrameworkPack } from '../../common/framework';
import type { LoadedAssessment } from '../../../data';

const riskOptions = (pack: FrameworkPack) =>
  pack.riskCategories.flatMap((category) => [
    { value: category.id, label: category.name },
    ...category.subRisks.map((sub) => ({
      value: `${category.id}/${sub.id}`,
      label: `${category.name} — ${sub.label}`,
    })),
  ]);
const levelOptions = (pack: FrameworkPack) =>
  pack.riskLevels.map((level) => ({ value: level.id, label: level.name }));

function toggled(list: string[], id: string, on: boolean, order: string[]): string[] {
  return order.filter((candidate) => (candidate === id ? on : list.includes(candidate)));
}

/** Every field of one finding, each saved as it changes. */
export function FindingEditor({
  loaded,
  finding,
  index,
  onRemove,
}: {
  loaded: LoadedAssessment;
  finding: Finding;
  index: number;
  onRemove: () => void;
}) {
  const { content } = loaded;
  const change = useTrackedChange();
  const id = (field: string) => `finding-${finding.id}-${field}`;
  const { pack, practicesInScopeFor } = useFramework();
  const inScope = practicesInScopeFor(content.roles);
  const practiceOrder = inScope.map((practice) => practice.id);
  const label = finding.title.trim() || `Finding ${index + 1}`;
  return (
    <Fieldset
      legend={`Finding ${index + 1}${finding.title.trim() ? `: ${finding.title}` : ''}`}
      className="finding-card"
    >
      <AutosaveText field={findingField(finding, 'title')} label="Title" id={id('title')} />
      <AutosaveTextarea
        field={findingField(finding, 'description')}
        label="Description"
        id={id('description')}
      />
      <AutosaveSelect
        field={findingField(finding, 'severity')}
        label="Severity"
        id={id('severity')}
        options={optionsOf(SEVERITIES, SEVERITY_LABELS)}
      />
      <AutosaveSelect
        field={findingField(finding, 'riskCategoryId')}
        label="Framework risk category"
        id={id('risk')}
        placeholder="- Select a risk category -"
        options={riskOptions(pack)}
      />
      <AutosaveSelect
        field={findingField(finding, 'riskLevelId')}
        label="Risk level (how far consequences reach)"
        id={id('level')}
        placeholder="- Select a risk level -"
        options={levelOptions(pack)}
      />
      <details className="finding-card__links">
        <summary>Linked practices ({finding.practiceIds.length})</summary>
        <Fieldset legend={`Practices linked to ${label}`}>
          {pack.areas.map((area) => {
            const practices = inScope.filter((practice) => practice.area === area.code);
            if (practices.length === 0) return null;
            return (
              <div key={area.code} className="finding-card__area">
                <p className="finding-card__area-name">{area.name}</p>
                {practices.map((practice) => {
                  const status = content.answers[practice.id]?.status ?? 'not-assessed';
                  return (
                    <Checkbox
                      key={practice.id}
                      id={id(`practice-${practice.id}`)}
                      name={id('practices')}
                      label={
                        <>
                          <strong>{practice.id}</strong> {practice.title}{' '}
                          <span className="finding-card__status">
                            ({STATUS_LABELS[status].toLowerCase()})
                          </span>
                        </>
                      }
                      checked={finding.practiceIds.includes(practice.id)}
                      onChange={(event) =>
                        void change(
                          setField(
                            findingField(finding, 'practiceIds'),
                            toggled(finding.practiceIds, practice.id, event.target.checked, practiceOrder),
                          ),
                        )
                      }
                    />
                  );
                })}
              </div>
            );
          })}
        </Fieldset>
      </details>
      {content.systems.length > 0 ? (
        <Fieldset legend={`AI systems linked to ${label}`}>
          {content.systems.map((system, systemIndex) => (
            <Checkbox
              key={system.id}
              id={id(`system-${system.id}`)}
              name={id('systems')}
              label={system.name || `AI system ${systemIndex + 1}`}
              checked={finding.systemIds.includes(system.id)}
              onChange={(event) =>
                void change(
                  setField(
                    findingField(finding, 'systemIds'),
                    toggled(
                      finding.systemIds,
                      system.id,
                      event.target.checked,
                      content.systems.map((s) => s.id),
                    ),
                  ),
                )
              }
            />
          ))}
        </Fieldset>
      ) : null}
      <AutosaveTextarea
        field={findingField(finding, 'recommendation')}
        label="Recommendation"
        id={id('recommendation')}
      />
      <AutosaveText
        field={findingField(finding, 'owner')}
        label="Recommended owner"
        hint="Your recommendation. The site tracks the actual owner and plan in Remediation."
        id={id('owner')}
      />
      <AutosaveDate
        field={findingField(finding, 'dueDate')}
        label="Recommended due date"
        hint="Your recommendation. The site sets and moves the actual due date in Remediation."
        id={id('due')}
      />
      <Button type="button" secondary onClick={onRemove}>
        Remove {label}
      </Button>
    </Fieldset>
  );
}
