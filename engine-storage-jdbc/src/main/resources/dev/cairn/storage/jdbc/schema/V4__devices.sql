-- One JSON document per confirmed device of a user (ListDevices, GetDevice), listed in device key order.
CREATE TABLE IF NOT EXISTS cairn_device (
    pool_id ${key} NOT NULL,
    sub ${key} NOT NULL,
    device_key ${key} NOT NULL,
    document ${document} NOT NULL,
    PRIMARY KEY (pool_id, sub, device_key)
);
