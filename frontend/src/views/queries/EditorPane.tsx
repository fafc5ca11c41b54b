// The dock's Cypher editor: the query, its $parameters, Run (Ctrl+Enter), the history of what ran, and
// "save as": into this browser's library, or as a .cypher file with the saved-query header; a file of
// that format can be imported back.
import { lazy, Suspense, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { parameterNames } from '../../../shared/cypherLexer';
import { formatSavedQuery, savedQueryFileName } from '../../../shared/savedQuery';
import type { SavedQuery } from '../../../../schema';
import { useExplorer } from '../../core/context';
import { importQueryFile, openInEditor, runWorkbenchQuery, saveLocalQuery } from '../../core/queries';
import { useWorkbench } from '../../core/queries/context';
import { adhocParamValue, paramsForSaving } from '../../core/queries/utils';
import { useStore } from '../../core/store';
import { DrawModeToggle } from './DrawModeToggle';

const CypherInput = lazy(() => import('./CypherInput'));

function firstLine(cypher: string): string {
  const line = cypher.trim().split('\n')[0] ?? '';
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}

export function EditorPane() {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  const editor = useStore(workbench.editor);
  const schema = useStore(workbench.schema);
  const history = useStore(workbench.history);
  const running = useStore(workbench.run, (r) => r.type === 'running');
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const names = parameterNames(editor.cypher);

  const setCypher = (cypher: string) => workbench.editor.set((e) => ({ ...e, cypher }));
  const setParam = (param: string, value: string) =>
    workbench.editor.set((e) => ({ ...e, params: { ...e.params, [param]: value } }));

  const run = () => {
    const { cypher, params: texts } = workbench.editor.get();
    if (!cypher.trim()) return;
    const params = Object.fromEntries(
      parameterNames(cypher).map((param) => [param, adhocParamValue(texts[param] ?? '')]),
    );
    void runWorkbenchQuery(explorer, workbench, { title: 'Cypher editor', cypher, params, fromEditor: true });
  };

  const asSavedQuery = (): SavedQuery => ({
    name: name.trim(),
    description: description.trim(),
    params: paramsForSaving(names, editor.params),
    cypher: editor.cypher.trim(),
  });

  const saveInBrowser = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !editor.cypher.trim()) return;
    const saved = saveLocalQuery(workbench, asSavedQuery());
    setSaving(false);
    setNotice({
      text: `Saved “${saved.name}” in this browser; it is listed with the saved queries.`,
      error: false,
    });
  };

  const exportFile = () => {
    if (!name.trim() || !editor.cypher.trim()) return;
    const query = asSavedQuery();
    const url = URL.createObjectURL(new Blob([formatSavedQuery(query)], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = savedQueryFileName(query.name);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importQueryFile(workbench, await file.text());
    if (!result.ok) {
      setNotice({ text: `${file.name}: ${result.error}`, error: true });
      return;
    }
    const { query } = result;
    openInEditor(
      workbench,
      query.cypher,
      Object.fromEntries(query.params.flatMap((p) => (p.default === null ? [] : [[p.name, p.default]]))),
    );
    setName(query.name);
    setDescription(query.description);
    setNotice({ text: `Imported “${query.name}” into this browser's saved queries.`, error: false });
  };

  return (
    <div className="editor-pane">
      <div className="editor-pane__toolbar">
        <button type="button" className="button button--primary" onClick={run} disabled={running}>
          Run <kbd>Ctrl+Enter</kbd>
        </button>
        <DrawModeToggle />
        <select
          className="input editor-pane__history"
          aria-label="History"
          value=""
          onChange={(e) => {
            const entry = history[Number(e.target.value)];
            if (entry) openInEditor(workbench, entry.cypher, entry.params);
          }}
        >
          <option value="" disabled>
            History ({history.length})
          </option>
          {history.map((entry, i) => (
            <option key={`${entry.at}-${i}`} value={i}>
              {firstLine(entry.cypher)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => setSaving((s) => !s)} aria-expanded={saving}>
          Save as…
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import .cypher
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".cypher,.cql,.txt,text/plain"
          hidden
          aria-label="Import a .cypher file"
          onChange={(e) => void importFile(e)}
        />
      </div>
      {saving && (
        <form className="editor-pane__save" onSubmit={saveInBrowser}>
          <label>
            Name
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            Description
            <input className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <button
            type="submit"
            className="button button--primary"
            disabled={!name.trim() || !editor.cypher.trim()}
          >
            Save in this browser
          </button>
          <button
            type="button"
            className="button"
            onClick={exportFile}
            disabled={!name.trim() || !editor.cypher.trim()}
          >
            Export .cypher
          </button>
        </form>
      )}
      {notice && (
        <p className={notice.error ? 'error-text' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <div className="editor-pane__body">
        <Suspense fallback={<p className="muted">Loading the editor…</p>}>
          <CypherInput value={editor.cypher} schema={schema} onChange={setCypher} onRun={run} />
        </Suspense>
        {names.length > 0 && (
          <div className="editor-pane__params" aria-label="Parameters">
            {names.map((param) => (
              <label key={param}>
                <code>${param}</code>
                <input
                  className="input"
                  value={editor.params[param] ?? ''}
                  placeholder="text, or JSON: 10, true, [1, 2]"
                  onChange={(e) => setParam(param, e.target.value)}
                />
              </label>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
