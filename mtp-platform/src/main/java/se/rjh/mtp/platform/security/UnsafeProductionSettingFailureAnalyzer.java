package se.rjh.mtp.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Puts the refused setting at the top of the start-up failure report instead of deep in a stack trace. */
public class UnsafeProductionSettingFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable " + cause.setting() + "=" + cause.required()
                        + ", or start without SPRING_PROFILES_ACTIVE=prod on a developer machine.", cause);
    }
}
