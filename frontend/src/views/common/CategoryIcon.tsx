// A node category's swatch: its colour with its pictogram, as on the canvas.
import type { CSSProperties } from 'react';
import type { NodeCategory } from '../../core/appearance/types';
import { CATEGORY_STYLES } from '../../core/appearance/utils';

export function CategoryIcon({
  category,
  icon,
  size = 18,
}: {
  category: NodeCategory;
  icon?: string | null;
  size?: number;
}) {
  const style = CATEGORY_STYLES[category];
  const image = icon === undefined ? style.icon : icon;
  const box: CSSProperties = { background: style.color, width: size, height: size };
  return (
    <span className="swatch" style={box} aria-hidden="true">
      {image && (
        <span
          className="swatch__icon"
          style={{ maskImage: `url("${image}")`, WebkitMaskImage: `url("${image}")` }}
        />
      )}
    </span>
  );
}
