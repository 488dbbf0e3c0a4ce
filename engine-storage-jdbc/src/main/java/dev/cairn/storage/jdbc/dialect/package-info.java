/**
 * What differs between H2 and PostgreSQL: column types, upserts, prefix bounds, schema locks, and
 * how a commit is made durable. Internal to {@code JdbcStorage}.
 */
package dev.cairn.storage.jdbc.dialect;
