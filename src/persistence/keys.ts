/**
 * Every IndexedDB name the app uses, in one place. One record per board, column
 * and card, so one edit writes a few hundred bytes rather than the whole board.
 */
export const DB_NAME = 'local-kanban';
export const STORE_NAME = 'records';

export const META_KEY = 'meta';
export const ACTIVE_BOARD_KEY = 'pref:activeBoard';

export const BOARD_PREFIX = 'board:';
export const COLUMN_PREFIX = 'column:';
export const CARD_PREFIX = 'card:';

export const boardKey = (id: string) => BOARD_PREFIX + id;
export const columnKey = (id: string) => COLUMN_PREFIX + id;
export const cardKey = (id: string) => CARD_PREFIX + id;
