package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of the line-by-line difference between two versions.
 */
@Schema(name = "DiffLine")
public record DiffLine(
        Change change,
        Integer oldLine,
        Integer newLine,
        String text) {

    /** What happened to the line between the older and the newer version. */
    public enum Change { KEPT, ADDED, REMOVED }
}
