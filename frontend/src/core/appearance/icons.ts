// Pictograms drawn inside nodes, as SVG data URLs (24×24 designs, filled; sigma colours them). Drawn for
// this project.
const svg = (body: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 24 24" fill="black" fill-rule="evenodd">${body}</svg>`,
  )}`;

export const ICONS = {
  person: svg('<circle cx="12" cy="7.5" r="4"/><path d="M4 21c0-4.6 3.6-7.5 8-7.5s8 2.9 8 7.5z"/>'),
  country: svg('<rect x="5" y="2.5" width="2" height="19" rx="1"/><path d="M7 4h12l-3 4.5L19 13H7z"/>'),
  organization: svg(
    '<path d="M2.5 8.5 12 3l9.5 5.5V10h-19z"/><rect x="4.5" y="11.5" width="2.4" height="6.5"/><rect x="10.8" y="11.5" width="2.4" height="6.5"/><rect x="17.1" y="11.5" width="2.4" height="6.5"/><rect x="2.5" y="19" width="19" height="2.2"/>',
  ),
  group: svg(
    '<circle cx="7" cy="8.5" r="3"/><circle cx="17" cy="8.5" r="3"/><circle cx="12" cy="6.5" r="3.4"/><path d="M1.5 20c0-3.6 2.4-6 5.5-6 1.2 0 2.3.3 3.2.9A6.3 6.3 0 0 1 12 14c.7 0 1.3.1 1.8.3.9-.6 2-.9 3.2-.9 3.1 0 5.5 2.4 5.5 6z"/>',
  ),
  meeting: svg(
    '<path d="M3 6.5A2.5 2.5 0 0 1 5.5 4h13A2.5 2.5 0 0 1 21 6.5v13a2.5 2.5 0 0 1-2.5 2.5h-13A2.5 2.5 0 0 1 3 19.5zM5 10v9.5c0 .3.2.5.5.5h13c.3 0 .5-.2.5-.5V10z"/><rect x="7" y="2" width="2.2" height="4.5" rx="1"/><rect x="14.8" y="2" width="2.2" height="4.5" rx="1"/><rect x="7" y="12.5" width="3.5" height="3" rx=".5"/>',
  ),
  proposal: svg('<path d="M5 2h9.5L20 7.5V22H5zM8 11v1.8h9V11zm0 4v1.8h9V15zm0-8v1.8h5V7z"/>'),
  support: svg('<path d="M10.2 4h3.6v6.2H20v3.6h-6.2V20h-3.6v-6.2H4v-3.6h6.2z"/>'),
  oppose: svg('<rect x="4" y="10.2" width="16" height="3.6" rx="1"/>'),
  mixed: svg(
    '<path d="M10.3 3h3.4v4.3H18v3.4h-4.3V15h-3.4v-4.3H6V7.3h4.3z"/><rect x="6" y="17" width="12" height="3.2" rx="1"/>',
  ),
  neutral: svg(
    '<rect x="5" y="7" width="14" height="3.4" rx="1"/><rect x="5" y="13.6" width="14" height="3.4" rx="1"/>',
  ),
  article: svg(
    '<path d="M2 4.5h16V19a1.5 1.5 0 0 0 1.5 1.5H4.5A2.5 2.5 0 0 1 2 18zM5 7.5v3.5h4.5V7.5zM11 7.5v1.6h4.5V7.5zm0 3v1.6h4.5v-1.6zM5 14v1.6h10.5V14zm0 3v1.6h10.5V17z"/><path d="M19 9h3v9.5a1.5 1.5 0 0 1-3 0z"/>',
  ),
} as const;
