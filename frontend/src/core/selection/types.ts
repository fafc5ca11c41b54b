// What the details panel shows; ids are elementIds.
export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

/** A request to move the camera onto a node; `seq` makes each request distinct. */
export interface FocusRequest {
  node: string;
  seq: number;
}
