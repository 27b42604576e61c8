package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** A reference to a document kept elsewhere: its name, checksum and size (the case holds no files). */
public class DocumentForm {

    @NotBlank
    @Size(max = TextRules.LINE)
    private String name;
    @NotBlank
    @Size(max = TextRules.LINE)
    private String checksum;
    @NotNull
    @PositiveOrZero
    private Long sizeBytes;

    CaseCommands.DocumentReference toDocument() {
        return new CaseCommands.DocumentReference(name.strip(), checksum.strip(), sizeBytes);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getChecksum() { return checksum; }
    public void setChecksum(String checksum) { this.checksum = checksum; }
    public Long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(Long sizeBytes) { this.sizeBytes = sizeBytes; }
}
