/** 要 as a directive (not 要求, 要素, 要点, 要闻, 要害, 要件), 必须, 务必: the words that tell someone to act. */
export const MUST = /要(?![求素点闻害件])|必须|务必/;
