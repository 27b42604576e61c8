package se.rjh.mtp.portal.guidelines;

import static se.rjh.mtp.portal.cases.ServiceClients.GUIDELINE_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.FlagAcknowledgement;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.api.guidelines.view.Publication;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;
import se.rjh.mtp.api.guidelines.view.VerdictRecorded;
import se.rjh.mtp.api.guidelines.view.VersionReference;
import se.rjh.mtp.api.guidelines.view.VersionStepChange;
import se.rjh.mtp.portal.cases.Query;
import se.rjh.mtp.portal.cases.ServiceClients;
import se.rjh.mtp.portal.cases.ServiceGateway;

/** guideline-service over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestGuidelineGateway extends ServiceGateway implements GuidelineGateway {

    private static final String VERSION = "/api/guidelines/{n}/versions/{v}";

    RestGuidelineGateway(ServiceClients clients, ObjectMapper json) {
        super(GUIDELINE_SERVICE, clients, json);
    }

    @Override
    public List<LibraryEntry> search(String text, String regulation, boolean inForceOnly) {
        return service.read(new ParameterizedTypeReference<List<LibraryEntry>>() { },
                Query.path(inForceOnly ? "/api/guidelines/library" : "/api/guidelines").param("text", text)
                        .param("regulation", regulation));
    }

    @Override
    public GuidelineView guideline(String documentNumber) {
        return service.read(GuidelineView.class, "/api/guidelines/{n}", documentNumber);
    }

    @Override
    public List<DiffLine> diff(String documentNumber, int from, int to) {
        return service.read(new ParameterizedTypeReference<List<DiffLine>>() { },
                "/api/guidelines/{n}/diff?from={f}&to={t}", documentNumber, from, to);
    }

    @Override
    public List<ReviewDueItem> reviewSchedule(int withinDays) {
        return service.read(new ParameterizedTypeReference<List<ReviewDueItem>>() { },
                "/api/guidelines/review-schedule?withinDays={d}", withinDays);
    }

    @Override
    public String draft(GuidelineCommands.NewGuideline guideline) {
        return service.send(HttpMethod.POST, guideline, VersionReference.class, "/api/guidelines").documentNumber();
    }

    @Override
    public int revise(String documentNumber, GuidelineCommands.Revision revision) {
        return service.send(HttpMethod.POST, revision, VersionReference.class, "/api/guidelines/{n}/revisions",
                documentNumber).versionNumber();
    }

    @Override
    public void changeContent(String documentNumber, int version, GuidelineCommands.DraftContent content) {
        service.send(HttpMethod.PUT, content, VersionReference.class, VERSION + "/content", documentNumber, version);
    }

    @Override
    public void submitForReview(String documentNumber, int version, GuidelineCommands.Submission submission) {
        service.send(HttpMethod.POST, submission, VersionStepChange.class, VERSION + "/submission", documentNumber,
                version);
    }

    @Override
    public void recordVerdict(String documentNumber, int version, GuidelineCommands.Verdict verdict) {
        service.send(HttpMethod.POST, verdict, VerdictRecorded.class, VERSION + "/verdicts", documentNumber, version);
    }

    @Override
    public void approve(String documentNumber, int version) {
        service.send(HttpMethod.POST, null, VersionStepChange.class, VERSION + "/approval", documentNumber, version);
    }

    @Override
    public void publish(String documentNumber, int version, GuidelineCommands.Publish publish) {
        service.send(HttpMethod.POST, publish, Publication.class, VERSION + "/publication", documentNumber, version);
    }

    @Override
    public void acknowledgeFlag(String documentNumber, String followUpId) {
        service.send(HttpMethod.POST, null, FlagAcknowledgement.class,
                "/api/guidelines/{n}/regulatory-flags/{f}/acknowledgement", documentNumber, followUpId);
    }
}
