// "Search nodes": suggestions from the loaded nodes as you type; Enter (or a click) selects the
// highlighted suggestion and centres the camera on it. An ARIA combobox with a listbox popup.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { CATEGORY_STYLES } from '../../core/appearance/utils';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { selectNode } from '../../core/selection';
import { buildSearchIndex, searchNodes, type SearchHit } from '../../core/search/utils';
import { toggleCategory } from '../../core/filters';
import { CategoryIcon } from '../common/CategoryIcon';

export function SearchBox() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Built on first use rather than on every load: a large view should not wait for it.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(dataset) : []), [dataset, searching]);
  const hits = useMemo(() => searchNodes(index, query), [index, query]);
  const listId = useId();

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    if (explorer.filters.get().hiddenCategories.has(hit.entry.category)) {
      toggleCategory(explorer, hit.entry.category);
    }
    selectNode(explorer, hit.entry.id, { focus: true });
    setQuery(hit.entry.title);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="search" role="search">
      <svg className="search__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="m15.5 15.5 5 5" />
      </svg>
      <input
        className="search__input"
        type="search"
        aria-label="Search nodes"
        placeholder="Search people, countries, meetings…"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul className="search__list" id={listId} role="listbox" aria-label="Matching nodes">
          {hits.length === 0 && <li className="search__empty">No node matches “{query}” in this view</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.entry.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              // Keep focus in the input: choose on mousedown, before the blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <CategoryIcon category={hit.entry.category} />
              <span className="search__title">{hit.entry.title}</span>
              <span className="search__kind">{CATEGORY_STYLES[hit.entry.category].singular}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
