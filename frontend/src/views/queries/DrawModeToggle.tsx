// Replace the view with a result, or add the result to it.
import { useWorkbench } from '../../core/queries/context';
import type { DrawMode } from '../../core/queries/types';
import { useStore } from '../../core/store';

const MODES: [DrawMode, string][] = [
  ['replace', 'Replace view'],
  ['add', 'Add to view'],
];

export function DrawModeToggle() {
  const workbench = useWorkbench();
  const mode = useStore(workbench.mode);
  return (
    <div className="segmented" role="radiogroup" aria-label="Draw results">
      {MODES.map(([value, label]) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={mode === value}
          className={`segmented__option${mode === value ? ' segmented__option--on' : ''}`}
          onClick={() => workbench.mode.set(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
