package se.rjh.mtp.platform.architecture.sample.jackson.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class JacksonAggregate {
}
