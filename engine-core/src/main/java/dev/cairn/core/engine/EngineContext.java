package dev.cairn.core.engine;

import dev.cairn.api.spi.MessageDelivery;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** What every service of one engine shares: the Axon runtime, storage, readers and injected time, randomness and delivery. */
public record EngineContext(AxonRuntime axon, Storage storage, PoolDirectory pools, UserDirectory users,
                            Clock clock, RandomGenerator random, Ids ids, SecretBox secrets,
                            MessageDelivery delivery, String region, String accountId) {
}
