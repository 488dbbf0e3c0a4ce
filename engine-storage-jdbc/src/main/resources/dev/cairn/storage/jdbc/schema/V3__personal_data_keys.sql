-- One key per user for the personal data in the log, sealed under the master key. Emptying a row's
-- key (a tombstone, so no new key is ever made for that user) erases that user's personal data from
-- every event without touching the events.
CREATE TABLE IF NOT EXISTS cairn_personal_key (
    pool_id ${key} NOT NULL,
    sub ${key} NOT NULL,
    sealed_key ${document} NOT NULL,
    PRIMARY KEY (pool_id, sub)
);
