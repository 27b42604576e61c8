package se.rjh.mtp.portal.cases;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriBuilder;

/**
 * A read's path and query parameters for {@link ServiceClient#read(Class, Function)}: a parameter without a value
 * (null, a filter the user left empty) is left out of the URI, the one rule every list and search follows.
 */
public final class Query implements Function<UriBuilder, URI> {

    private final String path;
    private final Object[] variables;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Query(String path, Object[] variables) {
        this.path = path;
        this.variables = variables;
    }

    /** The path, with its variables in order. */
    public static Query path(String path, Object... variables) {
        return new Query(path, variables);
    }

    /** Adds the parameter when it has a value. */
    public Query param(String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }

    @Override
    public URI apply(UriBuilder uri) {
        uri.path(path);
        parameters.forEach((name, value) -> uri.queryParam(name, value));
        return uri.build(variables);
    }
}
