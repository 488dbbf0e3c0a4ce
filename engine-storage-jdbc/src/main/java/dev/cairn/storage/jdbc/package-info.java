/**
 * Cairn's storage in a relational database: {@link dev.cairn.storage.jdbc.JdbcStorage} on H2 (embedded,
 * the default) or PostgreSQL. The subpackages are its parts, public only so the parts can see each
 * other; hosts use {@code JdbcStorage} and {@link dev.cairn.storage.jdbc.H2Durability} alone.
 */
package dev.cairn.storage.jdbc;
