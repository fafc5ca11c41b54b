// The legend: what each colour and pictogram means, how many of each are on screen, and a switch to
// hide or show each node category and relationship type.
import { useMemo } from 'react';
import { NodeCategories } from '../../core/appearance/types';
import { CATEGORY_STYLES, EVIDENCE_TYPES } from '../../core/appearance/utils';
import { useExplorer } from '../../core/context';
import { toggleCategory, toggleRelationshipType } from '../../core/filters';
import { legendEntries } from '../../core/filters/utils';
import { useStore } from '../../core/store';
import { CategoryIcon } from '../common/CategoryIcon';

export function Legend() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const filters = useStore(explorer.filters);
  const { categories, types } = useMemo(
    () => legendEntries(dataset, filters, NodeCategories),
    [dataset, filters],
  );

  if (categories.length === 0) return null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="section-title">
        Legend
      </h2>
      <ul className="legend__list">
        {categories.map(({ key, count, hidden }) => (
          <li key={key}>
            <label className={`legend__item${hidden ? ' legend__item--hidden' : ''}`}>
              <input type="checkbox" checked={!hidden} onChange={() => toggleCategory(explorer, key)} />
              <CategoryIcon category={key} />
              <span className="legend__name">{CATEGORY_STYLES[key].name}</span>
              <span className="legend__count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3 className="section-subtitle">Relationships</h3>
      <ul className="legend__list">
        {types.map(({ key, count, hidden }) => (
          <li key={key}>
            <label className={`legend__item${hidden ? ' legend__item--hidden' : ''}`}>
              <input
                type="checkbox"
                checked={!hidden}
                onChange={() => toggleRelationshipType(explorer, key)}
              />
              <span
                className={`legend__edge${EVIDENCE_TYPES.has(key) ? ' legend__edge--evidence' : ''}${
                  key === 'CONTRADICTS' ? ' legend__edge--contradicts' : ''
                }`}
                aria-hidden="true"
              />
              <span className="legend__name legend__name--mono">{key}</span>
              <span className="legend__count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
      <p className="legend__hint" data-testid="legend-contradictions">
        <span className="legend__edge legend__edge--contradicts" aria-hidden="true" /> A contradiction: one
        holder's stances for and against one target, in different articles or on different days. CONTRADICTS
        runs from the later stance to the earlier, and both stances are drawn in this colour, marked ≠.
      </p>
      <p className="legend__hint">
        Quotes and articles are the evidence: hidden at first, and one click away in the details of what they
        support. Tick them to draw them.
      </p>
    </section>
  );
}
