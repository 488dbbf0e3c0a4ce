-- Read models and uniqueness claims, kept in the same transaction as the event append.
-- ${key} is text compared by character codes (PostgreSQL: COLLATE "C"), so ORDER BY matches Java's String order.

-- Unique keys spanning aggregates: usernames, sign-in aliases, app client ids. The primary key is the
-- uniqueness check: of two transactions claiming one key, the second waits for the first and loses.
CREATE TABLE IF NOT EXISTS cairn_claim (
    scope ${key} NOT NULL,
    kind ${key} NOT NULL,
    key ${key} NOT NULL,
    owner ${key} NOT NULL,
    PRIMARY KEY (scope, kind, key)
);

-- One JSON document per user pool (settings, clients, groups).
CREATE TABLE IF NOT EXISTS cairn_pool (
    pool_id ${key} NOT NULL,
    document ${document} NOT NULL,
    PRIMARY KEY (pool_id)
);

-- One JSON document per user, without secrets.
CREATE TABLE IF NOT EXISTS cairn_user (
    pool_id ${key} NOT NULL,
    sub ${key} NOT NULL,
    document ${document} NOT NULL,
    PRIMARY KEY (pool_id, sub)
);

-- What ListUsers filters and group listings search: an equality or prefix search is a range scan of
-- the primary key, in (value, sub) order, resumed after the last (value, sub) returned.
CREATE TABLE IF NOT EXISTS cairn_user_index (
    pool_id ${key} NOT NULL,
    name ${key} NOT NULL,
    value ${key} NOT NULL,
    sub ${key} NOT NULL,
    PRIMARY KEY (pool_id, name, value, sub)
);

-- Finds a user's entries when the user changes or goes.
CREATE INDEX IF NOT EXISTS cairn_user_index_by_user ON cairn_user_index (pool_id, sub);

-- Engine-wide values, such as the master key that seals secrets in the log.
CREATE TABLE IF NOT EXISTS cairn_meta (
    key ${key} NOT NULL,
    value ${document} NOT NULL,
    PRIMARY KEY (key)
);
