// The articles in the database, newest first; each opens in the reader.
import { runQuery } from '../../core/api/client';
import { ARTICLES } from '../../core/api/queries';
import { useExplorer } from '../../core/context';
import { openReader } from '../../core/reader';
import { formatDate } from '../common/format';
import { useDatabaseFetched } from '../common/useFetched';

interface ArticleRow {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
}

async function loadArticles(_key: string, signal: AbortSignal): Promise<ArticleRow[]> {
  const response = await runQuery(ARTICLES, {}, { signal });
  if (response.error) throw new Error(response.error.message);
  return response.rows.map(([id, title, date, source]) => ({
    id: String(id),
    title: typeof title === 'string' ? title : 'Untitled article',
    date: typeof date === 'string' ? date : null,
    source: typeof source === 'string' ? source : null,
  }));
}

export function ArticleList() {
  const explorer = useExplorer();
  const fetched = useDatabaseFetched('articles', loadArticles);
  if (!fetched || fetched.state !== 'done') return null;
  return (
    <section className="panel-section" aria-labelledby="articles-title">
      <h3 id="articles-title" className="section-title">
        Articles <span className="count">{fetched.value.length}</span>
      </h3>
      <ul className="article-list">
        {fetched.value.map((article) => (
          <li key={article.id}>
            <button
              type="button"
              className="article-list__item"
              onClick={() => openReader(explorer, article.id)}
            >
              <span className="article-list__title">{article.title}</span>
              <span className="article-list__meta">
                {[formatDate(article.date), article.source].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
