package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * The request's parameters onto a form, as Spring MVC binds a {@code @Valid @ModelAttribute}: for the controllers
 * whose forms are rows of a table served by one handler, where the form's type is not known to the handler. One bean
 * ({@code WebConfiguration}), with Spring MVC's own conversions and validator.
 */
public final class FormBinding {

    private final ConversionService conversions;
    private final Validator validator;

    public FormBinding(ConversionService conversions, Validator validator) {
        this.conversions = conversions;
        this.validator = validator;
    }

    /** Binds without validating (a form opened with values in the query). */
    public BindingResult bind(Object form, String name, HttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(form, name);
        binder.setConversionService(conversions);
        binder.bind(request);
        return binder.getBindingResult();
    }

    /** Binds, then validates the form's constraints into the same result. */
    public BindingResult bindValid(Object form, String name, HttpServletRequest request) {
        BindingResult errors = bind(form, name, request);
        validator.validate(form, errors);
        return errors;
    }
}
