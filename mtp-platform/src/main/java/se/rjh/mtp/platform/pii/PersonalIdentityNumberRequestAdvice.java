package se.rjh.mtp.platform.pii;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies the guard to every string of every JSON request body, in every service, so no free-text field can be
 * forgotten. The field is named by its path ({@code submitter.name}, {@code followUps[0].description}).
 */
@ControllerAdvice
public class PersonalIdentityNumberRequestAdvice extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 16;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        inspect("", body, 0);
        return body;
    }

    static void inspect(String path, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            PersonalIdentityNumberGuard.check(path.isEmpty() ? "body" : path, text.toString());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> inspect(join(path, String.valueOf(k)), v, depth + 1));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                inspect(path + "[" + i++ + "]", item, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // request records are often package-private
                    inspect(join(path, component.getName()), accessor.invoke(value), depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    if (e instanceof se.rjh.mtp.api.common.InvalidInputException refused) {
                        throw refused;
                    }
                    throw new IllegalStateException("Cannot inspect " + component, e);
                }
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
