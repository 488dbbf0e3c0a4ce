package dev.cairn.core.terms;

import dev.cairn.api.event.TermsDefinition;
import dev.cairn.api.model.*;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.Terms;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/** Terms documents of app clients: the pool aggregate decides, this translates. */
public final class TermsService {

    private static final int MAX_PAGE = 60;
    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final PageTokens pageTokens;
    private final Ids ids;

    public TermsService(AxonRuntime axon, PoolDirectory pools, PageTokens pageTokens, Ids ids) {
        this.axon = axon;
        this.pools = pools;
        this.pageTokens = pageTokens;
        this.ids = ids;
    }

    public Supplier<CreateTermsResponse> createTerms(CreateTermsRequest r) {
        pools.require(r.userPoolId());
        String id = ids.uuid();
        axon.send(new Commands.CreateTerms(r.userPoolId(), new TermsDefinition(id, r.clientId(), r.termsName(), r.termsSource(), r.enforcement(),
                r.links())));
        return () -> CreateTermsResponse.builder().terms(Terms.require(pools.require(r.userPoolId()), id)).build();
    }

    public Supplier<UpdateTermsResponse> updateTerms(UpdateTermsRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.UpdateTerms(r.userPoolId(), r.termsId(), r.termsName(), r.termsSource(), r.enforcement(), r.links()));
        return () -> UpdateTermsResponse.builder().terms(Terms.require(pools.require(r.userPoolId()), r.termsId())).build();
    }

    public void deleteTerms(DeleteTermsRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.DeleteTerms(r.userPoolId(), r.termsId()));
    }

    public DescribeTermsResponse describeTerms(DescribeTermsRequest r) {
        return DescribeTermsResponse.builder().terms(Terms.require(pools.require(r.userPoolId()), r.termsId())).build();
    }

    public ListTermsResponse listTerms(ListTermsRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        int max = r.maxResults() == null ? MAX_PAGE : r.maxResults();
        SortedMap<String, TermsType> view = pool.oauth().terms();
        if (r.nextToken() != null) {
            String last = pageTokens.decode("terms:" + pool.id(), r.nextToken(), 1).get(0);
            view = view.tailMap(last + "\u0000");
        }
        List<TermsDescriptionType> page = view.values().stream().limit(max).map(t -> TermsDescriptionType.builder().termsId(t.termsId())
                .termsName(t.termsName()).enforcement(t.enforcement()).creationDate(t.creationDate()).lastModifiedDate(t.lastModifiedDate()).build())
                .toList();
        return ListTermsResponse.builder().terms(page)
                .nextToken(view.size() > max ? pageTokens.encode("terms:" + pool.id(), page.get(page.size() - 1).termsId()) : null).build();
    }

    /** What the hosted sign-up page of a client links: terms name to URL, once the client has both documents. */
    public Map<String, String> shownOnSignUp(String userPoolId, String clientId) {
        return pools.find(userPoolId).flatMap(p -> Terms.shown(p, clientId)).orElse(Map.of());
    }
}
