package se.rjh.mtp.portal.register;

import java.util.List;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * The tasks of the review's task list (GOV.UK task list pattern), in order: each its own form with its address and
 * the fields of {@link ReviewForm} it fills in, and those of them the register requires (group-service refuses a
 * review without them), so a task is not marked done without them.
 */
public enum ReviewTask {
    CLINICAL_EXPERIENCE("klinisk-erfarenhet", List.of("periodFrom", "periodTo", "clinicalExperience"),
            List.of("clinicalExperience")),
    INCIDENTS_AND_COMPLAINTS("handelser", List.of("incidents", "complaints"), List.of()),
    MARKET_SEARCH("marknadssokning", List.of("equivalentDeviceAvailable", "marketSearchNote"),
            List.of("equivalentDeviceAvailable", "marketSearchNote")),
    CONCLUSION("slutsats", List.of("conclusion"), List.of("conclusion")),
    CORRECTIVE_ACTIONS("atgarder", List.of(), List.of());

    private final String slug;
    private final List<String> fields;
    private final List<String> required;

    ReviewTask(String slug, List<String> fields, List<String> required) {
        this.slug = slug;
        this.fields = fields;
        this.required = required;
    }

    public String getSlug() {
        return slug;
    }

    static ReviewTask bySlug(String slug) {
        for (ReviewTask task : values()) {
            if (task.slug.equals(slug)) {
                return task;
            }
        }
        return null;
    }

    /** The fields of a corrective action being added on the actions task: all three are needed. */
    static final List<String> NEW_ACTION = List.of("actionDescription", "actionOwner", "actionDueDate");

    /**
     * The task whose form holds a field the register refused ({@code findings.clinicalExperience},
     * {@code correctiveActions[0].dueDate}); null for a field of no task.
     */
    static ReviewTask holding(String serviceField) {
        if (serviceField == null) {
            return null;
        }
        if (serviceField.startsWith("correctiveActions")) {
            return CORRECTIVE_ACTIONS;
        }
        String field = serviceField.startsWith("findings.") ? serviceField.substring("findings.".length()) : serviceField;
        for (ReviewTask task : values()) {
            if (task.fields.contains(field)) {
                return task;
            }
        }
        return null;
    }

    /** Rejects each of this task's required fields left empty in the posted form. */
    void requireAnswers(BindingResult posted) {
        require(posted, required);
    }

    /** Rejects each field left empty (its message: register.review.required.&lt;field&gt;). */
    static void require(BindingResult posted, List<String> fields) {
        for (String field : fields) {
            Object value = posted.getFieldValue(field);
            if (!posted.hasFieldErrors(field) && (value == null || value.toString().isBlank())) {
                posted.rejectValue(field, "register.review.required." + field);
            }
        }
    }

    /** Copies this task's answers from the posted form into the review being written. */
    void copy(ReviewForm posted, ReviewForm draft) {
        BeanWrapper from = new BeanWrapperImpl(posted);
        BeanWrapper to = new BeanWrapperImpl(draft);
        fields.forEach(field -> to.setPropertyValue(field, from.getPropertyValue(field)));
    }
}
