// A saved query's parameters as typed inputs (text, whole or decimal number, checkbox, date), filled with
// their defaults; submitting runs the query.
import type { FormEvent } from 'react';
import type { SavedQueryParam } from '../../../../schema';
import type { FormValues } from '../../core/queries/utils';

interface ParamsFormProps {
  idPrefix: string;
  params: readonly SavedQueryParam[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (name: string, value: string | boolean) => void;
  onSubmit: () => void;
  running: boolean;
}

export function ParamsForm({
  idPrefix,
  params,
  values,
  errors,
  onChange,
  onSubmit,
  running,
}: ParamsFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="params-form" onSubmit={submit} noValidate>
      {params.map((param) => {
        const id = `${idPrefix}-${param.name}`;
        const value = values[param.name];
        const error = errors[param.name];
        return (
          <div key={param.name} className="params-form__field">
            <label htmlFor={id}>
              {param.name}
              <span className="params-form__type">{param.type}</span>
            </label>
            {param.type === 'boolean' ? (
              <input
                id={id}
                type="checkbox"
                checked={value === true}
                onChange={(e) => onChange(param.name, e.target.checked)}
              />
            ) : (
              <input
                id={id}
                className="input"
                type={param.type === 'date' ? 'date' : param.type === 'string' ? 'text' : 'number'}
                step={param.type === 'integer' ? 1 : param.type === 'float' ? 'any' : undefined}
                value={typeof value === 'string' ? value : ''}
                placeholder={param.default === null ? 'required' : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : param.hint ? `${id}-hint` : undefined}
                onChange={(e) => onChange(param.name, e.target.value)}
              />
            )}
            {error ? (
              <span id={`${id}-error`} className="params-form__error">
                {error}
              </span>
            ) : (
              param.hint && (
                <span id={`${id}-hint`} className="params-form__hint">
                  {param.hint}
                </span>
              )
            )}
          </div>
        );
      })}
      <button type="submit" className="button button--primary" disabled={running}>
        Run
      </button>
    </form>
  );
}
