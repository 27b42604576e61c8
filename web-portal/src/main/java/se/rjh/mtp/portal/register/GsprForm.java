package se.rjh.mtp.portal.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;

/**
 * The GSPR checklist (Annex I): one line per configured requirement, filled in with what is recorded. Only answered
 * lines are sent (the service merges per requirement), so the service's {@code entries[k]} is mapped back to the
 * form's line.
 */
public class GsprForm {

    private List<Line> entries = new ArrayList<>();
    private String changeNote;

    static GsprForm of(List<String> requirements, List<GsprEntry> recorded) {
        Map<String, GsprEntry> byRequirement = new HashMap<>();
        if (recorded != null) {
            recorded.forEach(entry -> byRequirement.put(entry.requirement(), entry));
        }
        GsprForm form = new GsprForm();
        for (String requirement : requirements) {
            GsprEntry entry = byRequirement.get(requirement);
            form.entries.add(new Line(requirement, entry == null ? null : entry.answer(),
                    entry == null ? null : entry.justification()));
        }
        return form;
    }

    RegisterCommands.Gspr toCommand() {
        List<GsprEntry> answered = new ArrayList<>();
        for (Line line : entries) {
            if (line.answer != null) {
                answered.add(new GsprEntry(line.requirement, line.answer, Texts.orNull(line.justification)));
            }
        }
        return new RegisterCommands.Gspr(answered, Texts.orNull(changeNote));
    }

    /** The service's field names for the sent lines, to this form's. */
    Map<String, String> fromService() {
        Map<String, String> fields = new HashMap<>();
        int sent = 0;
        for (int line = 0; line < entries.size(); line++) {
            if (entries.get(line).answer != null) {
                for (String part : List.of("requirement", "answer", "justification")) {
                    fields.put("entries[" + sent + "]." + part, "entries[" + line + "]." + part);
                }
                sent++;
            }
        }
        return fields;
    }

    public List<Line> getEntries() { return entries; }
    public void setEntries(List<Line> entries) { this.entries = entries; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }

    /** One requirement and its answer. */
    public static class Line {
        private String requirement;
        private GsprAnswer answer;
        private String justification;

        public Line() {
        }

        Line(String requirement, GsprAnswer answer, String justification) {
            this.requirement = requirement;
            this.answer = answer;
            this.justification = justification;
        }

        public String getRequirement() { return requirement; }
        public void setRequirement(String requirement) { this.requirement = requirement; }
        public GsprAnswer getAnswer() { return answer; }
        public void setAnswer(GsprAnswer answer) { this.answer = answer; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }
}
