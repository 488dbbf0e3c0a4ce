package dev.cairn.api.audit;

import java.time.Instant;

/**
 * Which events an export includes; every null component means "any".
 *
 * @param userPoolId only the events of this pool (its own and its users')
 * @param sub        only the events of this user
 * @param since      only events written at or after this instant
 * @param until      only events written before this instant
 */
public record ExportFilter(String userPoolId, String sub, Instant since, Instant until) {

    public static final ExportFilter ALL = new ExportFilter(null, null, null, null);
}
