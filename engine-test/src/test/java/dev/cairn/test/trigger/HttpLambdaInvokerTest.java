package dev.cairn.test.trigger;

import dev.cairn.api.spi.LambdaResult;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.test.LocalLambdaService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP invoker reads Lambda's Invoke answers as Lambda sends them. */
class HttpLambdaInvokerTest {

    final LocalLambdaService lambda = new LocalLambdaService()
            .function("echo", e -> e.put("seen", true))
            .function("broken", e -> {
                throw new IllegalArgumentException("bad input");
            })
            .function("slow", e -> {
                Thread.sleep(2_000);
                return e;
            });
    final HttpLambdaInvoker invoker = new HttpLambdaInvoker(lambda.endpoint());

    @AfterEach
    void stop() {
        lambda.close();
    }

    @Test
    void anAnswerIsTheFunctionsPayloadAndTheArnTravelsUrlEncoded() {
        LambdaResult r = invoker.invoke(Functions.arn("echo") + ":live", "{\"a\":1}", Duration.ofSeconds(5));
        assertThat(r).isInstanceOf(LambdaResult.Answered.class);
        assertThat(((LambdaResult.Answered) r).payload()).contains("\"seen\":true").contains("\"a\":1");
    }

    @Test
    void aFunctionErrorIsReadFromXAmzFunctionError() {
        assertThat(invoker.invoke(Functions.arn("broken"), "{}", Duration.ofSeconds(5)))
                .isEqualTo(new LambdaResult.FunctionError("IllegalArgumentException", "bad input"));
    }

    @Test
    void aMissingFunctionIsNotFound() {
        assertThat(invoker.invoke(Functions.arn("ghost"), "{}", Duration.ofSeconds(5))).isEqualTo(new LambdaResult.NotFound());
    }

    @Test
    void noAnswerWithinTheTimeoutIsTimedOut() {
        assertThat(invoker.invoke(Functions.arn("slow"), "{}", Duration.ofMillis(300))).isEqualTo(new LambdaResult.TimedOut());
    }

    @Test
    void nobodyListeningIsAFailedInvocation() {
        HttpLambdaInvoker nowhere = new HttpLambdaInvoker(URI.create("http://127.0.0.1:1"));
        assertThat(nowhere.invoke(Functions.arn("echo"), "{}", Duration.ofSeconds(2))).isInstanceOf(LambdaResult.Failed.class);
    }
}
