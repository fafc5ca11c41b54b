// The sidebar's list of saved queries (the project's files, then those saved in this browser), searchable
// by name and description. Choosing one runs it with its defaults and redraws; its parameters can then be
// changed and the query run again.
import { useMemo, useState } from 'react';
import type { SavedQuery } from '../../../../schema';
import { useExplorer } from '../../core/context';
import { openInEditor, removeLocalQuery, runWorkbenchQuery } from '../../core/queries';
import { useWorkbench } from '../../core/queries/context';
import { formToParams, initialFormValues, matchesSearch, type FormValues } from '../../core/queries/utils';
import { useStore } from '../../core/store';
import { DrawModeToggle } from './DrawModeToggle';
import { ParamsForm } from './ParamsForm';

interface Listed {
  key: string;
  query: SavedQuery;
  local: boolean;
}

export function SavedQueries() {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  const saved = useStore(workbench.saved);
  const local = useStore(workbench.local);
  const running = useStore(workbench.run, (r) => r.type === 'running');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const listed = useMemo<Listed[]>(() => {
    const files =
      saved.type === 'ready' ? saved.queries.map((q) => ({ key: q.id, query: q, local: false })) : [];
    return [...files, ...local.map((q) => ({ key: q.id, query: q, local: true }))];
  }, [saved, local]);
  const shown = listed.filter((item) => matchesSearch(item.query, search));

  const run = (item: Listed, formValues: FormValues) => {
    const params = formToParams(item.query.params, formValues);
    if (!params.ok) {
      setErrors(params.errors);
      return;
    }
    setErrors({});
    void runWorkbenchQuery(explorer, workbench, {
      title: item.query.name,
      cypher: item.query.cypher,
      params: params.params,
    });
  };

  const choose = (item: Listed) => {
    const defaults = initialFormValues(item.query.params);
    setSelected(item.key);
    setValues(defaults);
    setErrors({});
    if (item.query.params.every((p) => p.default !== null || p.type === 'boolean')) run(item, defaults);
  };

  return (
    <section className="saved-queries" aria-labelledby="saved-queries-title">
      <h2 id="saved-queries-title" className="section-title">
        Saved queries
      </h2>
      <input
        type="search"
        className="input"
        placeholder="Search saved queries"
        aria-label="Search saved queries"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <DrawModeToggle />
      {saved.type === 'loading' && <p className="muted">Loading…</p>}
      {saved.type === 'error' && <p className="error-text">{saved.message}</p>}
      <ul className="saved-queries__list" aria-label="Saved queries">
        {shown.map((item, i) => {
          const isSelected = item.key === selected;
          const firstLocal = item.local && !shown[i - 1]?.local;
          return (
            <li key={item.key} className={`saved-query${isSelected ? ' saved-query--selected' : ''}`}>
              {firstLocal && <p className="saved-queries__group">Saved in this browser</p>}
              <button
                type="button"
                className="saved-query__name"
                aria-current={isSelected ? 'true' : undefined}
                aria-describedby={`saved-query-${item.key}`}
                title={item.query.description}
                onClick={() => choose(item)}
              >
                {item.query.name}
              </button>
              <p id={`saved-query-${item.key}`} className="saved-query__description" hidden={!isSelected}>
                {item.query.description}
              </p>
              {isSelected && (
                <div className="saved-query__details">
                  {item.query.params.length > 0 && (
                    <ParamsForm
                      idPrefix={`param-${item.key}`}
                      params={item.query.params}
                      values={values}
                      errors={errors}
                      running={running}
                      onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
                      onSubmit={() => run(item, values)}
                    />
                  )}
                  <div className="saved-query__actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        const params = formToParams(item.query.params, values);
                        openInEditor(workbench, item.query.cypher, params.ok ? params.params : {});
                      }}
                    >
                      Open in editor
                    </button>
                    {item.local && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => removeLocalQuery(workbench, item.key)}
                      >
                        Delete
                      </button>
                    )}
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && saved.type === 'ready' && <p className="muted">No saved query matches.</p>}
      {saved.type === 'ready' && saved.errors.length > 0 && (
        <details className="saved-queries__errors">
          <summary>{saved.errors.length} file(s) could not be read</summary>
          <ul>
            {saved.errors.map((e) => (
              <li key={e.file}>
                <code>{e.file}</code>: {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
