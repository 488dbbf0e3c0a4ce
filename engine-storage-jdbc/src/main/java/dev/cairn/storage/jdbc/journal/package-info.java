/**
 * The commit journal that makes an embedded H2 database's commits durable cheaply: each committed
 * transaction's write statements are appended to a file and forced to disk together with the commits
 * that arrive with them, while H2 writes its own file in the background; after a crash, the journal's
 * records that H2's file lacks are executed again.
 */
package dev.cairn.storage.jdbc.journal;
