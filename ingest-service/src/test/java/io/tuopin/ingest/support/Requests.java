package io.tuopin.ingest.support;

import static io.restassured.config.EncoderConfig.encoderConfig;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests that send bytes exactly as given: no charset is added to the Content-Type. */
public final class Requests {
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Requests() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().config(RAW);
    }
}
