package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;

/**
 * An in-house device as the register holds it: what it is, where it stands, and everything recorded on it.
 *
 * @param id the register id {@code EGT-<n>}
 * @param status where the device stands
 * @param version the register version: 0 before release, 1 at release, +1 per change after release
 * @param description name, kind, purpose, class, unit, site, QMS and documentation references
 * @param responsibleUnitName the responsible unit's name in the unit register, if known
 * @param linkedCase the decided IN_HOUSE_MANUFACTURING case that allows the device, if linked
 * @param marketSearch the non-equivalence justification and the last market search, if recorded
 * @param gspr the GSPR checklist, by requirement
 * @param ivoInformation the information to IVO, if given
 * @param ivoInformationDue when the information to IVO is due (the case's decision date + the configured deadline), while not given
 * @param reviewInterval the device's review interval, an ISO-8601 period such as {@code P12M}
 * @param nextReviewDue when the next review is due; null before release and after withdrawal
 * @param reviewOverdue true once the deadline scan found the review overdue (until the next review)
 * @param marketSearchOverdue true once the deadline scan found the market search overdue (until the next search)
 * @param withdrawalProposedByReview the review that concluded WITHDRAW, while the chair has not withdrawn the device
 * @param withdrawal set once withdrawn
 * @param changeLog the versions made after release, oldest first
 * @param reviews the reviews, oldest first
 * @param incidents the incident cases that named this device, oldest first
 */
@Schema(name = "InHouseDevice")
public record InHouseDeviceView(
        String id,
        InHouseDeviceStatus status,
        int version,
        InHouseDeviceDescription description,
        String responsibleUnitName,
        LinkedCase linkedCase,
        MarketSearch marketSearch,
        List<GsprEntry> gspr,
        IvoInformation ivoInformation,
        LocalDate ivoInformationDue,
        String reviewInterval,
        LocalDate nextReviewDue,
        boolean reviewOverdue,
        boolean marketSearchOverdue,
        LocalDate proposedOn,
        String proposedBy,
        LocalDate developmentStartedOn,
        LocalDate releasedOn,
        String releasedBy,
        LocalDate inUseFrom,
        String withdrawalProposedByReview,
        Withdrawal withdrawal,
        List<ChangeLogEntry> changeLog,
        List<ReviewView> reviews,
        List<IncidentLink> incidents) {

    /**
     * The decided case that allows the device.
     *
     * @param caseNumber diarienummer
     */
    @Schema(name = "InHouseDeviceLinkedCase")
    public record LinkedCase(String caseId, String caseNumber, LocalDate decidedOn) {
    }

    /**
     * The non-equivalence justification and the latest market search.
     *
     * @param equivalentDeviceFound an equivalent CE-marked device exists: the institution should switch
     * @param nextSearchDue when the market is to be searched again
     */
    @Schema(name = "InHouseDeviceMarketSearch")
    public record MarketSearch(
            String nonEquivalenceJustification,
            LocalDate searchedOn,
            boolean equivalentDeviceFound,
            String result,
            LocalDate nextSearchDue) {
    }

    /**
     * The information to IVO.
     *
     * @param contentIncluded which of the configured required content items it held
     */
    @Schema(name = "InHouseDeviceIvoInformation")
    public record IvoInformation(LocalDate informedOn, String reference, List<String> contentIncluded) {
    }

    /**
     * The withdrawal.
     *
     * @param transitionPlan what replaces the device, and how patients are moved over
     * @param reviewId the review that concluded WITHDRAW, if any
     */
    @Schema(name = "InHouseDeviceWithdrawal")
    public record Withdrawal(LocalDate withdrawnOn, String reason, String transitionPlan, String withdrawnBy,
                             String reviewId) {
    }

    /**
     * A version made by changing a released or in-use device.
     *
     * @param version the register version this change made
     */
    @Schema(name = "InHouseDeviceChange")
    public record ChangeLogEntry(int version, String changeNote, LocalDate revisedOn, String revisedBy) {
    }

    /**
     * An incident case that named the device by its register id.
     *
     * @param caseNumber diarienummer of the incident case
     * @param eventDate when the incident happened, if the case said
     * @param linkedOn when the register learnt of it (the review became due early)
     */
    @Schema(name = "InHouseDeviceIncident")
    public record IncidentLink(String caseId, String caseNumber, LocalDate eventDate, LocalDate linkedOn) {
    }
}
