package org.policyflow.web;

import java.util.TimeZone;

import org.policyflow.engine.EngineClock;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/** The API writes its times in {@link EngineClock#ZONE} ("2026-11-27T16:05:00+08:00"), as the pages show them. */
@Component
class JsonTimeZone implements Jackson2ObjectMapperBuilderCustomizer {

    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.timeZone(TimeZone.getTimeZone(EngineClock.ZONE));
    }
}
