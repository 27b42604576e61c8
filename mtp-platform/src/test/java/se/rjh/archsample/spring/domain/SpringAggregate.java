package se.rjh.archsample.spring.domain;

import org.springframework.stereotype.Component;

@Component
public class SpringAggregate {
}
