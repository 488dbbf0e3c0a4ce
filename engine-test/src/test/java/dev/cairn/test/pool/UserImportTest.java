package dev.cairn.test.pool;

import dev.cairn.api.error.PasswordResetRequiredException;
import dev.cairn.api.error.PreconditionNotMetException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserImportBatchImported;
import dev.cairn.api.event.UserImportBatchImported.RowError;
import dev.cairn.api.event.UserImportFileUploaded;
import dev.cairn.api.event.UserImportJobCreated;
import dev.cairn.api.event.UserImportJobStarted;
import dev.cairn.api.event.UserImportJobStopRequested;
import dev.cairn.api.event.UserImportJobEnded;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserImportTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/CognitoImport";
    static final String HEADER = "cognito:username,email,email_verified,phone_number,phone_number_verified,cognito:mfa_enabled";

    private final CairnFixture fixture = CairnFixture.inMemory(b -> b.runUserImportJobs(false));
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop").toBuilder()
            .autoVerifiedAttributes(List.of("email")).aliasAttributes(List.of("email")).build())).userPool().id();

    private UserImportJobType create() {
        return fixture.given(api -> api.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(pool).jobName("migration")
                .cloudWatchLogsRoleArn(ROLE).build())).userImportJob();
    }

    private UserImportJobType describe(String jobId) {
        return fixture.engine().describeUserImportJob(DescribeUserImportJobRequest.builder().userPoolId(pool).jobId(jobId).build()).userImportJob();
    }

    static String token(UserImportJobType job) {
        String query = URI.create(job.preSignedUrl()).getQuery();
        return query.substring("token=".length());
    }

    private boolean upload(UserImportJobType job, String csv) {
        return fixture.engine().uploadUserImportFile(job.jobId(), token(job), csv.getBytes(StandardCharsets.UTF_8));
    }

    private UserImportJobType importFile(String csv) {
        UserImportJobType job = create();
        assertThat(upload(job, csv)).isTrue();
        fixture.givenThat(api -> api.startUserImportJob(StartUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build()));
        assertThat(fixture.engine().runUserImportJob(pool, job.jobId())).isTrue();
        return describe(job.jobId());
    }

    @Test
    void theCsvHeaderIsThePoolsSchemaInCognitosOrder() {
        fixture.givenThat(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(pool)
                .customAttributes(SchemaAttributeType.builder().name("tier").attributeDataType("String").build()).build()));
        assertThat(fixture.engine().getCSVHeader(GetCSVHeaderRequest.builder().userPoolId(pool).build()).csvHeader()).containsExactly(
                "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website",
                "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified",
                "address", "updated_at", "custom:tier", "cognito:mfa_enabled", "cognito:username");
    }

    @Test
    void aJobIsCreatedWithAPreSignedUrlThatTakesItsFileOnlyWithItsToken() {
        fixture.when(api -> api.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(pool).jobName("migration")
                        .cloudWatchLogsRoleArn(ROLE).build()))
                .expectEvents(UserImportJobCreated.class)
                .expectResult(r -> {
                    UserImportJobType job = r.userImportJob();
                    assertThat(job.jobId()).matches("import-[0-9a-zA-Z]{10}");
                    assertThat(job.status()).isEqualTo("Created");
                    assertThat(job.importedUsers()).isZero();
                    assertThat(job.preSignedUrl()).startsWith("http://localhost:9229/_user-import/" + job.jobId() + "?token=");
                    assertThat(job.creationDate()).isEqualTo(CairnFixture.START);
                });
        UserImportJobType job = fixture.engine().listUserImportJobs(ListUserImportJobsRequest.builder().userPoolId(pool).maxResults(10).build())
                .userImportJobs().get(0);
        assertThat(token(job)).hasSizeGreaterThanOrEqualTo(43);
        UserImportJobType other = create();
        assertThat(fixture.engine().uploadUserImportFile(job.jobId(), token(other), "x".getBytes())).isFalse();
        assertThat(fixture.engine().uploadUserImportFile(job.jobId(), token(job).substring(1) + "A", "x".getBytes())).isFalse();
        assertThat(fixture.engine().uploadUserImportFile("import-nosuchjob1", token(job), "x".getBytes())).isFalse();
        fixture.whenRun(api -> assertThat(upload(job, HEADER + "\n")).isTrue()).expectEvents(UserImportFileUploaded.class);
    }

    @Test
    void importedUsersMustResetTheirPasswordAndTheCountersSayWhatHappened() {
        UserImportJobType done = importFile(HEADER + "\n"
                + "alice,alice@example.com,true,,,false\n"
                + "bob,bob@example.com,true,+15555550100,true,true\n");
        assertThat(done.status()).isEqualTo("Succeeded");
        assertThat(done.completionMessage()).isEqualTo("Completed");
        assertThat(done.importedUsers()).isEqualTo(2);
        assertThat(done.skippedUsers()).isZero();
        assertThat(done.failedUsers()).isZero();
        assertThat(done.startDate()).isNotNull();
        assertThat(done.completionDate()).isNotNull();
        assertThat(done.preSignedUrl()).isNull();
        AdminGetUserResponse alice = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build());
        assertThat(alice.userStatus()).isEqualTo("RESET_REQUIRED");
        assertThat(alice.userAttributes()).extracting(AttributeType::name).contains("sub", "email", "email_verified");
        AdminGetUserResponse bob = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("bob@example.com").build());
        assertThat(bob.userMFASettingList()).containsExactly("SMS_MFA");
        String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).build())).userPoolClient().clientId();
        assertThatThrownBy(() -> SignIn.password(fixture.engine(), client, "alice", "Anything-1!"))
                .isInstanceOf(PasswordResetRequiredException.class);
    }

    @Test
    void eachRowFollowsCognitosRulesAndBadRowsAreCountedAndLoggedWithoutTheirValues() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "carol", "email", "carol@example.com", "email_verified", "true")));
        UserImportJobType done = importFile(HEADER + "\n"
                + ",nobody@example.com,true,,,false\n"                         // line 2: no username
                + "dave,dave@example.com,true,,,maybe\n"                       // line 3: mfa not a boolean
                + "erin,erin@example.com,true,,,true\n"                        // line 4: mfa without a phone
                + "frank,frank@example.com,false,,,false\n"                    // line 5: no auto-verified attribute verified
                + "carol,carol2@example.com,true,,,false\n"                    // line 6: exists: skipped
                + "gina,carol@example.com,true,,,false\n"                      // line 7: verified email alias of another user
                + "hank,hank@example.com,true,not-a-phone,,false\n"            // line 8: malformed phone
                + "\"ivy\",\"ivy@example.com\",true,,,false\n"                  // line 9: quoted cells
                + "ivy,ivy2@example.com,true,,,false\n");                      // line 10: the row above created ivy
        assertThat(done.status()).isEqualTo("Succeeded");
        assertThat(done.importedUsers()).isEqualTo(1);
        assertThat(done.skippedUsers()).isEqualTo(2);
        assertThat(done.failedUsers()).isEqualTo(6);
        List<RowError> errors = fixture.engine().userImportJobErrors(pool, done.jobId());
        assertThat(errors).extracting(RowError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L);
        assertThat(errors.get(3).message()).isEqualTo("The User Record does not set any of the auto verified attributes to true. (Example: email_verified to true).");
        assertThat(errors.get(4).level()).isEqualTo("WARN");
        assertThat(errors).extracting(RowError::message).noneMatch(m -> m.contains("example.com") || m.contains("not-a-phone")
                || m.contains("dave") || m.contains("maybe"));
    }

    @Test
    void aFileWhoseHeaderIsNotThePoolsFailsTheJob() {
        UserImportJobType done = importFile("cognito:username,shoe_size,cognito:mfa_enabled\nalice,42,false\n");
        assertThat(done.status()).isEqualTo("Failed");
        assertThat(done.completionMessage()).isEqualTo("InvalidHeader");
        assertThat(done.importedUsers()).isZero();
    }

    @Test
    void aJobStartedWithoutItsFileFails() {
        UserImportJobType job = create();
        fixture.givenThat(api -> api.startUserImportJob(StartUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build()));
        assertThat(describe(job.jobId()).status()).isEqualTo("Pending");
        fixture.engine().runUserImportJob(pool, job.jobId());
        assertThat(describe(job.jobId()).status()).isEqualTo("Failed");
        assertThat(describe(job.jobId()).completionMessage()).isEqualTo("NoFileUploaded");
    }

    @Test
    void theStatusMovesAsCognitosDoesAndStartAndStopAreRefusedOutOfTurn() {
        UserImportJobType job = create();
        StartUserImportJobRequest start = StartUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build();
        StopUserImportJobRequest stop = StopUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build();
        fixture.when(api -> api.stopUserImportJob(stop)).expectError(PreconditionNotMetException.class);
        fixture.when(api -> api.startUserImportJob(start)).expectEvents(UserImportJobStarted.class)
                .expectResult(r -> assertThat(r.userImportJob().status()).isEqualTo("Pending"));
        fixture.when(api -> api.startUserImportJob(start)).expectError(PreconditionNotMetException.class);
        fixture.when(api -> api.stopUserImportJob(stop)).expectEvents(UserImportJobStopRequested.class, UserImportJobEnded.class)
                .expectResult(r -> assertThat(r.userImportJob().status()).isEqualTo("Stopped"));
        assertThat(fixture.engine().runUserImportJob(pool, job.jobId())).isFalse();
        fixture.when(api -> api.startUserImportJob(start)).expectError(PreconditionNotMetException.class);
        fixture.when(api -> api.describeUserImportJob(DescribeUserImportJobRequest.builder().userPoolId(pool).jobId("import-nosuchjob1").build()))
                .expectError(ResourceNotFoundException.class);
        String otherPool = fixture.given(api -> api.createUserPool(Requests.createUserPool("blog"))).userPool().id();
        fixture.when(api -> api.startUserImportJob(start.toBuilder().userPoolId(otherPool).build())).expectError(ResourceNotFoundException.class);
    }

    @Test
    void stoppingARunningJobStopsItAtItsNextBatch() throws Exception {
        CairnFixture background = CairnFixture.inMemory();
        String poolId = background.given(api -> api.createUserPool(Requests.createUserPool("big"))).userPool().id();
        UserImportJobType job = background.given(api -> api.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(poolId)
                .jobName("big").cloudWatchLogsRoleArn(ROLE).build())).userImportJob();
        assertThat(background.engine().uploadUserImportFile(job.jobId(), token(job), rows(20_000).getBytes(StandardCharsets.UTF_8))).isTrue();
        background.givenThat(api -> api.startUserImportJob(StartUserImportJobRequest.builder().userPoolId(poolId).jobId(job.jobId()).build()));
        DescribeUserImportJobRequest describe = DescribeUserImportJobRequest.builder().userPoolId(poolId).jobId(job.jobId()).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (background.engine().describeUserImportJob(describe).userImportJob().importedUsers() == 0 && System.nanoTime() < deadline) Thread.sleep(5);
        UserImportJobType inProgress = background.engine().describeUserImportJob(describe).userImportJob();
        assertThat(inProgress.status()).isEqualTo("InProgress");
        assertThat(inProgress.importedUsers()).isPositive().isLessThan(20_000);
        background.givenThat(api -> api.stopUserImportJob(StopUserImportJobRequest.builder().userPoolId(poolId).jobId(job.jobId()).build()));
        while (!background.engine().describeUserImportJob(describe).userImportJob().status().equals("Stopped") && System.nanoTime() < deadline) Thread.sleep(5);
        UserImportJobType stopped = background.engine().describeUserImportJob(describe).userImportJob();
        assertThat(stopped.status()).isEqualTo("Stopped");
        assertThat(stopped.importedUsers()).isLessThan(20_000);
        long users = background.engine().listUsers(ListUsersRequest.builder().userPoolId(poolId).build()).users().size();
        assertThat(users).isEqualTo(Math.min(60, stopped.importedUsers()));
        background.close();
    }

    @Test
    void aLargerFileImportsInBatchesWhoseCountersAddUp() {
        UserImportJobType done = importFile(rows(5_000));
        assertThat(done.status()).isEqualTo("Succeeded");
        assertThat(done.importedUsers()).isEqualTo(5_000);
        long batches = fixture.engine().axon().readAll()
                .filter(e -> e.getPayload() instanceof UserImportBatchImported).count();
        assertThat(batches).isEqualTo(10);
        assertThat(fixture.engine().axon().readAll().filter(e -> e.getPayload() instanceof UserCreated).count()).isEqualTo(5_000);
    }

    @Test
    void jobsSurviveAProjectionRebuild() {
        UserImportJobType done = importFile(HEADER + "\nalice,alice@example.com,true,,,false\n,x@example.com,true,,,false\n");
        UserImportJobType pending = create();
        fixture.engine().rebuildProjections();
        assertThat(describe(done.jobId())).isEqualTo(done);
        assertThat(describe(pending.jobId())).isEqualTo(pending);
        assertThat(fixture.engine().userImportJobErrors(pool, done.jobId())).hasSize(1);
    }

    @Test
    void jobsAreListedInPagesInTheOrderTheyWereCreated() {
        List<String> ids = List.of(create().jobId(), create().jobId(), create().jobId());
        ListUserImportJobsResponse first = fixture.engine().listUserImportJobs(ListUserImportJobsRequest.builder().userPoolId(pool).maxResults(2).build());
        assertThat(first.userImportJobs()).extracting(UserImportJobType::jobId).containsExactlyElementsOf(ids.subList(0, 2));
        ListUserImportJobsResponse second = fixture.engine().listUserImportJobs(ListUserImportJobsRequest.builder().userPoolId(pool).maxResults(2)
                .paginationToken(first.paginationToken()).build());
        assertThat(second.userImportJobs()).extracting(UserImportJobType::jobId).containsExactly(ids.get(2));
        assertThat(second.paginationToken()).isNull();
    }

    /** A file of {@code n} users of a pool without auto-verified attributes. */
    static String rows(int n) {
        StringBuilder csv = new StringBuilder("cognito:username,email,email_verified,cognito:mfa_enabled\n");
        for (int i = 0; i < n; i++) csv.append("user").append(i).append(",user").append(i).append("@example.com,true,false\n");
        return csv.toString();
    }
}
