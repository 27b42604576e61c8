package se.rjh.mtp.api.common;

import java.util.List;
import java.util.Map;

/**
 * A refused transition answered like every other (409 with {@code currentStep} and {@code needed}), plus the whole
 * list of what stands in the way under its own problem member, so a client can show it item by item (a case's
 * incomplete proposal, an in-house device's incomplete release).
 */
public abstract class ListingConflictException extends StateConflictException {

    private final String title;
    private final String member;
    private final List<String> items;

    protected ListingConflictException(String currentStep, String needed, String title, String member, List<String> items) {
        super(currentStep, needed);
        this.title = title;
        this.member = member;
        this.items = List.copyOf(items);
    }

    public List<String> items() {
        return items;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = super.properties();
        properties.put(member, items);
        return properties;
    }
}
