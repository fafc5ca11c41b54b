// An actor's stances toward each target in date order (core/timeline/stances.ts), shown in its details
// panel: the polarity is written out, and a group whose polarity changes says so.
import { fetchStanceHistory, polarityText } from '../../core/timeline/stances';
import { formatDay } from '../../core/timeline/utils';
import { useDatabaseFetched } from '../common/useFetched';

export function StanceHistory({ id }: { id: string }) {
  const fetched = useDatabaseFetched(id, fetchStanceHistory);
  if (!fetched || fetched.state === 'loading') return null;
  if (fetched.state === 'failed')
    return <p className="error-text">Stances did not load: {fetched.message}</p>;
  const groups = fetched.value;
  if (groups.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="stance-history-title" data-testid="stance-history">
      <h3 id="stance-history-title" className="section-title">
        Stances over time <span className="count">{groups.reduce((n, g) => n + g.stances.length, 0)}</span>
      </h3>
      {groups.map((group) => (
        <div key={group.target} className="stance-history__group" data-testid="stance-history-group">
          <p className="stance-history__target">
            Toward <strong>{group.targetName}</strong>
            {group.changed && <span className="stance-history__changed"> · position changed</span>}
          </p>
          <ol className="stance-history__list">
            {group.stances.map((s, i) => {
              const shift = i > 0 && group.stances[i - 1]?.polarity !== s.polarity;
              return (
                <li
                  key={s.id}
                  className={`stance-history__item stance-history__item--${s.polarity}`}
                  data-testid="stance-history-item"
                  data-day={s.day ?? ''}
                  data-polarity={s.polarity}
                >
                  <span className="stance-history__day">{s.day ? formatDay(s.day) : 'Undated'}</span>{' '}
                  <span className="stance-history__polarity">
                    {shift ? 'now ' : ''}
                    {polarityText(s.polarity)}
                  </span>
                  {s.summary && <span className="stance-history__summary"> — {s.summary}</span>}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
