/**
 * The largest id a record can have: ids are `integer` columns on PostgreSQL (32 bits; SQLite's
 * are wider, but Hackpath's never come near). A bigger number in an address or a form names no
 * record, and is refused before it reaches the database (which would fail on it, not find nothing).
 */
export const MAX_ID = 2_147_483_647;
