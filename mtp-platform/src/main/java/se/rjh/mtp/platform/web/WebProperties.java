package se.rjh.mtp.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody a larger request body is refused with 413 before it is read */
@ConfigurationProperties(prefix = "mtp.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
