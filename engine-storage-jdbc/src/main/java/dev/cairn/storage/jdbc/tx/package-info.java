/**
 * Transactions without Spring: a small connection pool and the transaction manager that binds one
 * connection to each outermost unit of work. Internal to {@code JdbcStorage}.
 */
package dev.cairn.storage.jdbc.tx;
