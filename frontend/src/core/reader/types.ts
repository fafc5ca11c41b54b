/** The article open in the reader, and optionally the quote to scroll to. */
export type ReaderState = { articleId: string; quoteId: string | null } | null;
