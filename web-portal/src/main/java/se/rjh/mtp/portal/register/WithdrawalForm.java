package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Withdrawing a device: why, how patients are moved over, from when; the review that proposed it, if one did. */
public class WithdrawalForm {

    private String reason;
    private String transitionPlan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate withdrawnOn;
    private String reviewId;

    /** A reason and a transition plan, or nothing to check. */
    void checkAnswered(Errors errors) {
        if (Texts.orNull(reason) == null) {
            errors.rejectValue("reason", "register.withdrawal.reason.required");
        }
        if (Texts.orNull(transitionPlan) == null) {
            errors.rejectValue("transitionPlan", "register.withdrawal.transitionPlan.required");
        }
    }

    RegisterCommands.Withdrawal toCommand() {
        return new RegisterCommands.Withdrawal(Texts.orNull(reason), Texts.orNull(transitionPlan), withdrawnOn,
                Texts.orNull(reviewId));
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getTransitionPlan() { return transitionPlan; }
    public void setTransitionPlan(String transitionPlan) { this.transitionPlan = transitionPlan; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public void setWithdrawnOn(LocalDate withdrawnOn) { this.withdrawnOn = withdrawnOn; }
    public String getReviewId() { return reviewId; }
    public void setReviewId(String reviewId) { this.reviewId = reviewId; }
}
