package dev.cairn.test.nodes;

import dev.cairn.api.event.UserImportBatchImported;
import dev.cairn.api.event.UserImportJobClaimed;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two engines on one PostgreSQL database, both running started import jobs in the background and
 * both asked to run the same job at once: exactly one node claims it, and the users are imported
 * once, whichever node took the request, the upload or the stop.
 */
class ImportJobAcrossNodesTest {

    private static final int ROWS = 2_000;

    @Test
    void exactlyOneNodeRunsAJobAndItsUsersAreImportedOnce() throws Exception {
        try (Deployment deployment = Deployment.of(2, 11)) {
            CairnEngine a = deployment.node(0);
            CairnEngine b = deployment.node(1);
            String pool = a.createUserPool(Requests.createUserPool("shared")).userPool().id();
            UserImportJobType job = b.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(pool).jobName("shared")
                    .cloudWatchLogsRoleArn("arn:aws:iam::000000000000:role/CognitoImport").build()).userImportJob();
            String token = URI.create(job.preSignedUrl()).getQuery().substring("token=".length());
            StringBuilder csv = new StringBuilder("cognito:username,email,email_verified,cognito:mfa_enabled\n");
            for (int i = 0; i < ROWS; i++) csv.append("user").append(i).append(",user").append(i).append("@example.com,true,false\n");
            assertThat(a.uploadUserImportFile(job.jobId(), token, csv.toString().getBytes(StandardCharsets.UTF_8))).isTrue();

            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            Callable<Boolean> onA = () -> {
                go.await();
                return a.runUserImportJob(pool, job.jobId());
            };
            Callable<Boolean> onB = () -> {
                go.await();
                return b.runUserImportJob(pool, job.jobId());
            };
            Future<Boolean> ranOnA = threads.submit(onA);
            Future<Boolean> ranOnB = threads.submit(onB);
            // Node B takes the start request; its own background runner races the two direct calls.
            b.startUserImportJob(StartUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build());
            go.countDown();
            boolean aRan = ranOnA.get();
            boolean bRan = ranOnB.get();
            threads.shutdown();

            DescribeUserImportJobRequest describe = DescribeUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build();
            for (int i = 0; i < 3000 && !a.describeUserImportJob(describe).userImportJob().status().equals("Succeeded"); i++) Thread.sleep(20);
            UserImportJobType done = b.describeUserImportJob(describe).userImportJob();
            assertThat(done.status()).isEqualTo("Succeeded");
            assertThat(done.importedUsers()).isEqualTo(ROWS);
            assertThat(done.skippedUsers()).isZero();
            assertThat(done.failedUsers()).isZero();
            assertThat(a.storage().users().count(pool)).isEqualTo(ROWS);
            List<Object> events = a.axon().readEvents(job.jobId()).asStream().map(e -> (Object) e.getPayload()).toList();
            assertThat(events).filteredOn(e -> e instanceof UserImportJobClaimed).hasSize(1);
            assertThat(events).filteredOn(e -> e instanceof UserImportBatchImported)
                    .extracting(e -> ((UserImportBatchImported) e).imported()).containsOnly(500L);
            assertThat(aRan && bRan).as("both direct calls ran the job").isFalse();
        }
    }
}
