package se.rjh.mtp.portal.guidelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.FlagAcknowledgement;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.api.guidelines.view.Publication;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;
import se.rjh.mtp.api.guidelines.view.VerdictRecorded;
import se.rjh.mtp.api.guidelines.view.VersionReference;
import se.rjh.mtp.api.guidelines.view.VersionStepChange;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** guideline-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestGuidelineGateway implements GuidelineGateway {

    static final String SERVICE = "guideline-service";
    private static final String VERSION = "/api/guidelines/{n}/versions/{v}";

    private final RestClient http;
    private final ServiceResponses responses;

    RestGuidelineGateway(RestClient guidelineServiceClient, ObjectMapper json) {
        this.http = guidelineServiceClient;
        this.responses = new ServiceResponses(SERVICE, json);
    }

    @Override
    public List<LibraryEntry> search(String text, String regulation, boolean inForceOnly) {
        return responses.call(() -> http.get().uri(uri -> searchUri(uri, text, regulation, inForceOnly)).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<LibraryEntry>>() { }));
    }

    private static URI searchUri(UriBuilder uri, String text, String regulation, boolean inForceOnly) {
        uri.path(inForceOnly ? "/api/guidelines/library" : "/api/guidelines");
        if (text != null) {
            uri.queryParam("text", text);
        }
        if (regulation != null) {
            uri.queryParam("regulation", regulation);
        }
        return uri.build();
    }

    @Override
    public GuidelineView guideline(String documentNumber) {
        return responses.call(() -> http.get().uri("/api/guidelines/{n}", documentNumber).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(GuidelineView.class));
    }

    @Override
    public List<DiffLine> diff(String documentNumber, int from, int to) {
        return responses.call(() -> http.get().uri("/api/guidelines/{n}/diff?from={f}&to={t}", documentNumber, from, to)
                .retrieve().onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<DiffLine>>() { }));
    }

    @Override
    public List<ReviewDueItem> reviewSchedule(int withinDays) {
        return responses.call(() -> http.get().uri("/api/guidelines/review-schedule?withinDays={d}", withinDays)
                .retrieve().onStatus(HttpStatusCode::isError, responses::refuse)
                .body(new ParameterizedTypeReference<List<ReviewDueItem>>() { }));
    }

    @Override
    public String draft(GuidelineCommands.NewGuideline guideline) {
        return send(HttpMethod.POST, guideline, VersionReference.class, "/api/guidelines").documentNumber();
    }

    @Override
    public int revise(String documentNumber, GuidelineCommands.Revision revision) {
        return send(HttpMethod.POST, revision, VersionReference.class, "/api/guidelines/{n}/revisions", documentNumber)
                .versionNumber();
    }

    @Override
    public void changeContent(String documentNumber, int version, GuidelineCommands.DraftContent content) {
        send(HttpMethod.PUT, content, VersionReference.class, VERSION + "/content", documentNumber, version);
    }

    @Override
    public void submitForReview(String documentNumber, int version, GuidelineCommands.Submission submission) {
        send(HttpMethod.POST, submission, VersionStepChange.class, VERSION + "/submission", documentNumber, version);
    }

    @Override
    public void recordVerdict(String documentNumber, int version, GuidelineCommands.Verdict verdict) {
        send(HttpMethod.POST, verdict, VerdictRecorded.class, VERSION + "/verdicts", documentNumber, version);
    }

    @Override
    public void approve(String documentNumber, int version) {
        responses.call(() -> http.post().uri(VERSION + "/approval", documentNumber, version).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(VersionStepChange.class));
    }

    @Override
    public void publish(String documentNumber, int version, GuidelineCommands.Publish publish) {
        send(HttpMethod.POST, publish, Publication.class, VERSION + "/publication", documentNumber, version);
    }

    @Override
    public void acknowledgeFlag(String documentNumber, String followUpId) {
        responses.call(() -> http.post().uri("/api/guidelines/{n}/regulatory-flags/{f}/acknowledgement", documentNumber,
                followUpId).retrieve().onStatus(HttpStatusCode::isError, responses::refuse)
                .body(FlagAcknowledgement.class));
    }

    /** One command: its body to the path, the answer read as the service's response record. */
    private <T> T send(HttpMethod method, Object body, Class<T> answer, String path, Object... variables) {
        return responses.call(() -> http.method(method).uri(path, variables).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(answer));
    }
}
