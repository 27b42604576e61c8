package se.rjh.mtp.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An endpoint that sends one command and answers 204 No Content when it is done: a POST with
 * {@code @ResponseStatus(NO_CONTENT)}, said once. Spring MVC and the OpenAPI document read the merged annotations, so
 * the path, the method and the documented 204 are the same as with the two annotations written out.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(method = RequestMethod.POST)
@ResponseStatus(HttpStatus.NO_CONTENT)
public @interface CommandPost {

    /** The path below the controller's, as in {@code @PostMapping}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
