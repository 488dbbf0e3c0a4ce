/**
 * The log as evidence: a SHA-256 hash chain over every stored event, in the order the log holds
 * them, and its verification. Backends link events as they append them ({@link dev.cairn.core.chain.ChainHash})
 * and expose their rows ({@link dev.cairn.core.chain.ChainedLog}); {@link dev.cairn.core.chain.ChainVerifier}
 * recomputes the chain and names the first event that breaks it.
 */
package dev.cairn.core.chain;
