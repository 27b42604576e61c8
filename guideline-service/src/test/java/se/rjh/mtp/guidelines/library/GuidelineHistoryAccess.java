package se.rjh.mtp.guidelines.library;

import java.util.List;
import se.rjh.mtp.api.guidelines.view.GuidelineView;

/** The view {@link GuidelineHistory} folds from events, for tests outside its package. */
public final class GuidelineHistoryAccess {

    private GuidelineHistoryAccess() {
    }

    public static GuidelineView fold(List<?> events) {
        return GuidelineHistory.fold(events);
    }
}
