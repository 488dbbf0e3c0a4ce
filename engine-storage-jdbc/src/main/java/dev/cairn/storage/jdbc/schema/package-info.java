/**
 * The schema, created and migrated by the engine at startup: numbered migrations recorded in
 * {@code cairn_schema_version}. Internal to {@code JdbcStorage}.
 */
package dev.cairn.storage.jdbc.schema;
