package se.rjh.mtp.cases.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.cases.CaseStep;

@RestController
@RequestMapping("/api/cases")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Ärenden (läsning)", description = "Ärendelista, ärendets uppgifter och dess fullständiga historik")
class CaseQueryController {

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final CaseListProjection list;

    CaseQueryController(EventStore eventStore, ObjectMapper json, CaseListProjection list) {
        this.eventStore = eventStore;
        this.json = json;
        this.list = list;
    }

    @GetMapping("/{id}")
    ObjectNode details(@PathVariable String id, Authentication user) {
        return CaseDetails.fold(json, id, events(id)).view(Secrecy.mayReadProtected(user));
    }

    /** Every event of the case in order: what happened, when, by whom. */
    @GetMapping("/{id}/history")
    List<Map<String, Object>> history(@PathVariable String id, Authentication user) {
        List<? extends DomainEventMessage<?>> events = events(id);
        boolean mask = CaseDetails.fold(json, id, events).secret() && !Secrecy.mayReadProtected(user);
        List<Map<String, Object>> history = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            ObjectNode data = json.valueToTree(event.getPayload());
            if (mask && event.getPayload() instanceof CaseReceived) {
                Secrecy.mask(data);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sequence", event.getSequenceNumber());
            entry.put("type", event.getPayloadType().getSimpleName());
            entry.put("occurredAt", event.getTimestamp().toString());
            entry.put("actor", event.getMetaData().get("actor"));
            entry.put("data", data);
            history.add(entry);
        }
        return history;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) CaseStep step,
                             @RequestParam(required = false) CaseType caseType,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size,
                             Authentication user) {
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "must be between 1 and 200");
        }
        boolean mayRead = Secrecy.mayReadProtected(user);
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<Map<String, Object>> matches = list.find(step == null ? null : step.name(),
                        caseType == null ? null : caseType.name()).stream()
                .sorted(Comparator.comparing((Document d) -> d.getString("receivedOn")).reversed()
                        .thenComparing(d -> d.getString("_id")))
                .map(d -> row(d, mayRead))
                .filter(row -> needle == null || matches(row, needle))
                .toList();
        int from = (int) Math.min((long) page * size, matches.size());
        int to = Math.min(from + size, matches.size());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", matches.subList(from, to));
        result.put("page", page);
        result.put("size", size);
        result.put("total", matches.size());
        return result;
    }

    /** Protected fields are masked before searching, so a search cannot reveal what a marked case is about. */
    private static Map<String, Object> row(Document d, boolean mayRead) {
        boolean hidden = d.getBoolean("secret", false) && !mayRead;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.getString("_id"));
        row.put("caseNumber", d.getString("caseNumber"));
        row.put("step", d.getString("step"));
        row.put("caseType", d.getString("caseType"));
        row.put("channel", d.getString("channel"));
        row.put("subject", hidden ? Secrecy.PROTECTED : d.getString("subject"));
        row.put("submitter", hidden ? Secrecy.PROTECTED : d.getString("submitterName"));
        row.put("receivedOn", d.getString("receivedOn"));
        row.put("registeredOn", d.getString("registeredOn"));
        row.put("caseOfficer", d.getString("caseOfficer"));
        row.put("secret", d.getBoolean("secret", false));
        return row;
    }

    private static boolean matches(Map<String, Object> row, String needle) {
        return contains(row.get("caseNumber"), needle) || contains(row.get("subject"), needle)
                || contains(row.get("submitter"), needle);
    }

    private static boolean contains(Object value, String needle) {
        return value instanceof String s && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Read from sequence 0, never from a snapshot: the history must show every event. */
    private List<? extends DomainEventMessage<?>> events(String id) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof CaseReceived)) {
            throw new NotFoundException("case", id);
        }
        return events;
    }
}
