// @neo4j-cypher/react-codemirror ships its types but its package.json "exports" does not point at them, so
// TypeScript's bundler resolution cannot find them; this names them.
declare module '@neo4j-cypher/react-codemirror' {
  export { CypherEditor } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
  export type { CypherEditorProps } from '@neo4j-cypher/react-codemirror/src/CypherEditor.d.ts';
}
