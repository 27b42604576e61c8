package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * The request's parameters onto a form, as Spring MVC binds a {@code @Valid @ModelAttribute}: for the controllers
 * whose forms are rows of a table served by one handler, where the form's type is not known to the handler.
 */
public final class FormBinding {

    private FormBinding() {
    }

    /** Binds without validating (a form opened with values in the query). */
    public static BindingResult bind(Object form, String name, HttpServletRequest request,
                                     ConversionService conversions) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(form, name);
        binder.setConversionService(conversions);
        binder.bind(request);
        return binder.getBindingResult();
    }

    /** Binds, then validates the form's constraints into the same result. */
    public static BindingResult bindValid(Object form, String name, HttpServletRequest request,
                                          ConversionService conversions, Validator validator) {
        BindingResult errors = bind(form, name, request, conversions);
        validator.validate(form, errors);
        return errors;
    }
}
