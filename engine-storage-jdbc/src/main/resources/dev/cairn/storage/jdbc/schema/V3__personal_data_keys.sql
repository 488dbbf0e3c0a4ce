-- One key per user for the personal data in the log, sealed under the master key. Deleting a row
-- erases that user's personal data from every event without touching the events.
CREATE TABLE IF NOT EXISTS cairn_personal_key (
    pool_id ${key} NOT NULL,
    sub ${key} NOT NULL,
    sealed_key ${document} NOT NULL,
    PRIMARY KEY (pool_id, sub)
);
