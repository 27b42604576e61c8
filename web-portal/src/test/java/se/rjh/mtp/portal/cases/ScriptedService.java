package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.ResponseCreator;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.web.client.RestClient;

/**
 * A service scripted for a gateway test: the {@link RestClient} a gateway is built with, bound to the
 * {@link MockRestServiceServer} that expects its requests, both with the portal's JSON.
 *
 * @param server expects the gateway's requests and answers them
 * @param client the client to build the gateway with
 * @param json   the portal's JSON: dates as ISO text, as Spring Boot's ObjectMapper writes them, and no nulls
 */
public record ScriptedService(MockRestServiceServer server, RestClient client, ObjectMapper json)
        implements ServiceClients {

    public static ScriptedService at(String baseUrl) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl).messageConverters(converters -> {
            converters.removeIf(MappingJackson2HttpMessageConverter.class::isInstance);
            converters.add(new MappingJackson2HttpMessageConverter(json));
        });
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        return new ScriptedService(server, builder.build(), json);
    }

    /** The gateway under test, built as Spring builds it: on this service's client, with the portal's JSON. */
    public <G> G gateway(BiFunction<ServiceClients, ObjectMapper, G> constructor) {
        return constructor.apply(this, json);
    }

    /** Whichever service the gateway names, this scripted one answers. */
    @Override
    public RestClient relaying(String service) {
        return client;
    }

    @Override
    public RestClient anonymous(String service) {
        return client;
    }

    /** A refusal as every service writes one: the status with an {@code application/problem+json} body. */
    public static ResponseCreator problem(HttpStatus status, String body) {
        return MockRestResponseCreators.withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
