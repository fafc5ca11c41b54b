// The Cypher editor itself (CodeMirror 6 with Neo4j's Cypher support: highlighting, and completion of the
// database's labels, relationship types and property keys). Loaded on demand: the canvas does not wait
// for it. Ctrl+Enter (Cmd+Enter) runs the query.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useMemo, type KeyboardEvent } from 'react';
import type { EditorSchema } from '../../core/queries/types';

export interface CypherInputProps {
  value: string;
  schema: EditorSchema | null;
  onChange: (value: string) => void;
  onRun: () => void;
}

export default function CypherInput({ value, schema, onChange, onRun }: CypherInputProps) {
  const editorSchema = useMemo(() => (schema ? { ...schema } : undefined), [schema]);
  // Captured before CodeMirror's own keymap (where Mod-Enter would insert a line).
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun();
    }
  };
  return (
    <div className="cypher-input" data-testid="cypher-editor" onKeyDownCapture={onKeyDownCapture}>
      <CypherEditor
        value={value}
        schema={editorSchema}
        onValueChanged={(text: string) => onChange(text)}
        placeholder="MATCH (a:Actor)-[:ATTENDED]->(m:Meeting) RETURN a, m"
        lineWrapping
        theme="light"
        className="cypher-input__editor"
      />
    </div>
  );
}
