package dev.cairn.core.chain;

/**
 * The end of the chain as the backend recorded it with the last append: how many events are linked
 * and the last one's link ({@link ChainHash#GENESIS} for none). Updated in the appending transaction.
 */
public record ChainHead(long count, byte[] hash) {
}
