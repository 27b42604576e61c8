package se.rjh.mtp.platform.architecture.sample.spring.domain;

import org.springframework.stereotype.Component;

@Component
public class SpringAggregate {
}
