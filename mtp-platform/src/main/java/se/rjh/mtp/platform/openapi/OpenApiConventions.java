package se.rjh.mtp.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import io.swagger.v3.oas.models.headers.Header;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import se.rjh.mtp.platform.web.AggregateVersionInterceptor;
import se.rjh.mtp.platform.web.IdempotencyFilter;
import se.rjh.mtp.platform.web.VersionedResource;

/**
 * The conventions every service's API follows, stated in its OpenAPI document: who may call (HTTP Basic with the
 * demo users locally, a bearer JWT in production), and the {@code application/problem+json} answers each operation
 * can give (400 when it takes input, 401, 403, 404 when its path names a resource, 409 when it changes something,
 * 422 when it takes an {@code Idempotency-Key}), and the optional {@code Idempotency-Key} header of every POST
 * ({@link IdempotencyFilter}); on a {@link VersionedResource} the {@code ETag} of its {@code GET} and the optional
 * {@code If-Match} of every command under it ({@link AggregateVersionInterceptor}). What an operation documents
 * itself is kept.
 */
record OpenApiConventions(OpenApiProperties properties, String serviceName, List<String> versionedPaths)
        implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        info(openApi);
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Local and demo mode: the demo users, password equal to the user name."));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("Production: an access token from the region's identity provider."));
        components.addSchemas(FIELD_ERROR, fieldErrorSchema());
        components.addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            // Either scheme: the running mode decides which one the service accepts.
            operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
            if (method == PathItem.HttpMethod.POST) {
                idempotencyKey(operation);
            }
            boolean versioned = versioned(path, method, operation);
            problemResponses(path, method, operation, versioned);
        }));
    }

    private void info(OpenAPI openApi) {
        Info info = openApi.getInfo() != null ? openApi.getInfo() : new Info();
        if (info.getTitle() == null || info.getTitle().equals("OpenAPI definition")) {
            info.setTitle(properties.title() != null ? properties.title() : serviceName);
        }
        if (info.getVersion() == null || info.getVersion().equals("v0")) {
            info.setVersion(properties.version());
        }
        if (info.getDescription() == null) {
            info.setDescription(properties.description());
        }
        if (info.getContact() == null) {
            info.setContact(new Contact().name(properties.contactName()).email(properties.contactEmail()));
        }
        openApi.setInfo(info);
    }

    /**
     * Documents the {@code ETag} of a versioned resource's {@code GET} and the {@code If-Match} of each command under
     * it; true for such a command.
     */
    private boolean versioned(String path, PathItem.HttpMethod method, Operation operation) {
        PathPatternParser parser = new PathPatternParser();
        PathContainer template = PathContainer.parsePath(path);
        for (String pattern : versionedPaths) {
            if (method == PathItem.HttpMethod.GET && namesTheAggregate(parser.parse(pattern), template)) {
                ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
                if (ok != null) {
                    ok.addHeaderObject(HttpHeaders.ETAG, new Header().schema(new StringSchema().example("\"3\""))
                            .description("The version this answer shows: the sequence number of the aggregate's "
                                         + "last event in it. Send it as `If-Match` with a command to have it refused if changed."));
                }
                return false;
            }
            boolean command = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                              || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
            if (command && namesTheAggregate(parser.parse(pattern + "/**"), template)) {
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                        .schema(new StringSchema().example("\"3\""))
                        .description("The `ETag` of the version the user saw (or `*`). If the resource has changed "
                                     + "since, the command is refused with 409 and `" + AggregateVersionInterceptor.CURRENT_VERSION
                                     + "`, and nothing changes. Without it the command runs as usual."));
                return true;
            }
        }
        return false;
    }

    /** The template's aggregate is a path variable: {@code /api/devices/rules} is no device. */
    private static boolean namesTheAggregate(PathPattern pattern, PathContainer template) {
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(template);
        return match != null && match.getUriVariables().get(VersionedResource.ID).startsWith("{");
    }

    private static void problemResponses(String path, PathItem.HttpMethod method, Operation operation,
                                         boolean versioned) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "Invalid input: the problem names each refused field in `errors`.");
        }
        problem(responses, "401", "Authentication is required.");
        problem(responses, "403", "The caller's role, or their relation to this resource, does not allow this action.");
        if (path.contains("{")) {
            problem(responses, "404", "No such resource.");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS) {
            problem(responses, "409", "Not allowed in the current step (see `currentStep` and `needed`), "
                    + "or changed by someone else at the same time"
                    + (versioned ? ", or changed since the version in `If-Match` (see `"
                                   + AggregateVersionInterceptor.CURRENT_VERSION + "`)" : "")
                    + (method == PathItem.HttpMethod.POST ? ", or a request with the same `Idempotency-Key` is "
                       + "still running." : "."));
        }
        if (method == PathItem.HttpMethod.POST) {
            problem(responses, "422", "The `Idempotency-Key` was used before for a different request.");
        }
    }

    private static void idempotencyKey(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                .description("Makes the request safe to repeat: a repeat with the same key (same user and path) gets "
                        + "the first response, with `Idempotency-Replayed: true`, and changes nothing again. "
                        + "409 while the first is still running; 422 if the key was used for a different body. "
                        + "Only a successful response is kept, so after an error the key may be used again."));
    }

    /** Adds the problem body to a response the operation declares without one, or the whole response if missing. */
    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        Content content = response.getContent() != null ? response.getContent() : new Content();
        content.remove("*/*");
        content.putIfAbsent(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("Kind of problem; about:blank when the title says it all."));
        properties.put("title", new StringSchema().description("Short summary of the kind of problem."));
        properties.put("status", new IntegerSchema().description("The HTTP status code."));
        properties.put("detail", new StringSchema().description("What went wrong in this request, safe to show to the user."));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request path."));
        properties.put("field", new StringSchema().description("Invalid input: the first refused field."));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("Invalid input: every refused field and why."));
        properties.put("currentStep", new StringSchema().description("Refused transition: the step the resource is in."));
        properties.put("needed", new StringSchema().description("Refused transition: what is needed first."));
        properties.put(AggregateVersionInterceptor.CURRENT_VERSION, new IntegerSchema().format("int64")
                .description("Refused `If-Match`: the resource's current version, its `ETag` without quotes."));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setDescription("An RFC 9457 problem. Refusals may add further members that describe them.");
        schema.setRequired(List.of("title", "status"));
        return schema;
    }

    private static Schema<?> fieldErrorSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.addProperty("field", new StringSchema().description("The field, as a path into the request (e.g. items[0].name)."));
        schema.addProperty("reason", new StringSchema().description("Why it was refused."));
        schema.setRequired(List.of("field", "reason"));
        return schema;
    }

    /** A summary for an operation that declares none: its handler method's name as words ("closeCase" → "Close case"). */
    static Operation summaryFromMethodName(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            String words = handler.getMethod().getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
            operation.setSummary(Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        return operation;
    }
}
