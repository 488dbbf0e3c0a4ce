package dev.cairn.core.tags;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.model.ListTagsForResourceRequest;
import dev.cairn.api.model.ListTagsForResourceResponse;
import dev.cairn.api.model.TagResourceRequest;
import dev.cairn.api.model.TagResourceResponse;
import dev.cairn.api.model.UntagResourceRequest;
import dev.cairn.api.model.UntagResourceResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * TagResource, UntagResource and ListTagsForResource on a pool's ARN
 * ({@code arn:aws:cognito-idp:{region}:{account}:userpool/{id}}): the pool aggregate decides, this
 * finds the pool the ARN names. An ARN of another region, account or resource names no pool here.
 */
public final class TagService {

    private static final String POOL = ":userpool/";
    private final AxonRuntime axon;
    private final PoolDirectory pools;

    public TagService(AxonRuntime axon, PoolDirectory pools) {
        this.axon = axon;
        this.pools = pools;
    }

    public Supplier<TagResourceResponse> tagResource(TagResourceRequest r) {
        axon.send(new Commands.TagUserPool(pool(r.resourceArn()).id(), r.tags()));
        return () -> TagResourceResponse.builder().build();
    }

    public Supplier<UntagResourceResponse> untagResource(UntagResourceRequest r) {
        axon.send(new Commands.UntagUserPool(pool(r.resourceArn()).id(), r.tagKeys()));
        return () -> UntagResourceResponse.builder().build();
    }

    public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r) {
        UserPoolState pool = pool(r.resourceArn());
        var tags = pool.settings().userPoolTags();
        return ListTagsForResourceResponse.builder().tags(tags == null ? java.util.Map.of() : new TreeMap<>(tags)).build();
    }

    /** The pool whose ARN this is; Cognito's message for an unknown ARN is worded from memory. */
    private UserPoolState pool(String arn) {
        int at = arn.indexOf(POOL);
        if (at > 0) {
            var pool = pools.find(arn.substring(at + POOL.length()));
            if (pool.isPresent() && arn.equals(pool.get().settings().arn())) return pool.get();
        }
        throw new ResourceNotFoundException("The resource " + arn + " does not exist.");
    }
}
