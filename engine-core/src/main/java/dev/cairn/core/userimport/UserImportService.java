package dev.cairn.core.userimport;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserImportBatchImported.RowError;
import dev.cairn.api.model.*;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolImports;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * CreateUserImportJob, DescribeUserImportJob, ListUserImportJobs, StartUserImportJob,
 * StopUserImportJob and GetCSVHeader, and the upload to a job's pre-signed URL: the UserImportJob
 * aggregate decides, the {@link ImportRunner} imports, this translates.
 */
public final class UserImportService {

    /** The largest CSV file a job takes (Cognito's documented limit is 100 MB, as remembered). */
    public static final long MAX_FILE_BYTES = 100L << 20;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final SecretBox secrets;
    private final RandomGenerator random;
    private final PageTokens pageTokens;
    private final ImportFiles files;
    private final ImportRunner runner;
    private volatile String uploadBase;
    private final boolean runInBackground;

    public UserImportService(AxonRuntime axon, PoolDirectory pools, SecretBox secrets, RandomGenerator random, PageTokens pageTokens,
                             ImportFiles files, ImportRunner runner, String uploadBase, boolean runInBackground) {
        this.axon = axon;
        this.pools = pools;
        this.secrets = secrets;
        this.random = random;
        this.pageTokens = pageTokens;
        this.files = files;
        this.runner = runner;
        this.uploadBase = uploadBase;
        this.runInBackground = runInBackground;
    }

    public GetCSVHeaderResponse getCSVHeader(GetCSVHeaderRequest r) {
        return GetCSVHeaderResponse.builder().userPoolId(r.userPoolId()).csvHeader(ImportRows.header(pools.require(r.userPoolId()))).build();
    }

    public Supplier<CreateUserImportJobResponse> createUserImportJob(CreateUserImportJobRequest r) {
        pools.require(r.userPoolId());
        String jobId = "import-" + randomText(10);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        axon.send(new ImportCommands.Create(jobId, r.userPoolId(), r.jobName(), r.cloudWatchLogsRoleArn(), mac(token), secrets.seal(token)));
        return () -> CreateUserImportJobResponse.builder().userImportJob(view(r.userPoolId(), jobId)).build();
    }

    public DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest r) {
        return DescribeUserImportJobResponse.builder().userImportJob(view(r.userPoolId(), r.jobId())).build();
    }

    public ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        String list = "user-import-jobs:" + pool.id();
        List<String> ids = new ArrayList<>(pool.imports().jobs().keySet());
        int from = 0;
        if (r.paginationToken() != null) from = ids.indexOf(pageTokens.decode(list, r.paginationToken(), 1).get(0)) + 1;
        List<String> page = ids.subList(Math.min(from, ids.size()), Math.min(from + r.maxResults(), ids.size()));
        boolean more = from + page.size() < ids.size();
        return ListUserImportJobsResponse.builder().userImportJobs(page.stream().map(id -> view(pool, id)).toList())
                .paginationToken(more ? pageTokens.encode(list, page.get(page.size() - 1)) : null).build();
    }

    public Supplier<StartUserImportJobResponse> startUserImportJob(StartUserImportJobRequest r) {
        job(pools.require(r.userPoolId()), r.jobId());
        axon.send(new ImportCommands.Start(r.jobId(), r.userPoolId()));
        return () -> {
            if (runInBackground) runner.submit(r.userPoolId(), r.jobId());
            return StartUserImportJobResponse.builder().userImportJob(view(r.userPoolId(), r.jobId())).build();
        };
    }

    public Supplier<StopUserImportJobResponse> stopUserImportJob(StopUserImportJobRequest r) {
        job(pools.require(r.userPoolId()), r.jobId());
        axon.send(new ImportCommands.Stop(r.jobId(), r.userPoolId()));
        return () -> StopUserImportJobResponse.builder().userImportJob(view(r.userPoolId(), r.jobId())).build();
    }

    /**
     * A file PUT to a job's pre-signed URL: kept for the job if the token is the job's and the job
     * waits for its file (Created); answers whether it was.
     */
    public boolean upload(String jobId, String token, byte[] csv) {
        if (token == null || csv.length > MAX_FILE_BYTES || !jobId.matches("import-[0-9a-zA-Z-]+")) return false;
        boolean accepted;
        try {
            accepted = Boolean.TRUE.equals(axon.send(new ImportCommands.AcceptUpload(jobId, mac(token), csv.length)));
        } catch (RuntimeException e) {
            return false; // no such job
        }
        if (accepted) {
            files.delete(jobId); // a second upload before the start replaces the first, as a second PUT to S3 would
            files.put(jobId, csv);
        }
        return accepted;
    }

    /** The row errors a job logged (the first {@value PoolImports#MAX_ERRORS_KEPT}), in line order. */
    public List<RowError> rowErrors(String userPoolId, String jobId) {
        return job(pools.require(userPoolId), jobId).errors();
    }

    /** Where a server now serves the jobs' pre-signed URLs (the server announces its endpoint once it listens). */
    public void uploadBase(String base) {
        this.uploadBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public ImportRunner runner() {
        return runner;
    }

    private UserImportJobType view(String userPoolId, String jobId) {
        return view(pools.require(userPoolId), jobId);
    }

    private UserImportJobType view(UserPoolState pool, String jobId) {
        PoolImports.Job job = job(pool, jobId);
        String url = "Created".equals(job.job().status())
                ? uploadBase + "/_user-import/" + jobId + "?token=" + secrets.open(job.sealedUploadToken()) : null;
        return job.job().toBuilder().preSignedUrl(url).build();
    }

    private static PoolImports.Job job(UserPoolState pool, String jobId) {
        PoolImports.Job job = pool.imports().jobs().get(jobId);
        if (job == null) throw new ResourceNotFoundException("Import job " + jobId + " does not exist.");
        return job;
    }

    private String mac(String token) {
        return HexFormat.of().formatHex(secrets.mac("user-import-upload", token.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String randomText(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        return s.toString();
    }
}
