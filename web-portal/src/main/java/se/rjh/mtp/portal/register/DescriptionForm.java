package se.rjh.mtp.portal.register;

import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;

/**
 * The device's details as the register describes it (the whole description each time). The service holds the rules
 * (name and kind required, the risk class of the kind); its refusals come back at these fields, named as here.
 */
public class DescriptionForm {

    private String name;
    private String deviceVersion;
    private DeviceKind kind;
    private String intendedPurpose;
    private String targetGroup;
    private DeviceClass riskClass;
    private String classificationRule;
    private String classificationRationale;
    private String responsibleUnitId;
    private String manufacturingSite;
    private String qmsReference;
    private String riskManagementFileRef;
    private String documentationRef;
    private Integer unitsPerYear;
    private String changeNote;

    static DescriptionForm of(InHouseDeviceView device) {
        InHouseDeviceDescription d = device.description();
        DescriptionForm form = new DescriptionForm();
        if (d != null) {
            form.name = d.name();
            form.deviceVersion = d.deviceVersion();
            form.kind = d.kind();
            form.intendedPurpose = d.intendedPurpose();
            form.targetGroup = d.targetGroup();
            form.riskClass = d.riskClass();
            form.classificationRule = d.classificationRule();
            form.classificationRationale = d.classificationRationale();
            form.responsibleUnitId = d.responsibleUnitId();
            form.manufacturingSite = d.manufacturingSite();
            form.qmsReference = d.qmsReference();
            form.riskManagementFileRef = d.riskManagementFileRef();
            form.documentationRef = d.documentationRef();
            form.unitsPerYear = d.unitsPerYear();
        }
        return form;
    }

    RegisterCommands.Description toCommand() {
        return new RegisterCommands.Description(Texts.orNull(name), Texts.orNull(deviceVersion), kind,
                Texts.orNull(intendedPurpose), Texts.orNull(targetGroup), riskClass, Texts.orNull(classificationRule),
                Texts.orNull(classificationRationale), Texts.orNull(responsibleUnitId),
                Texts.orNull(manufacturingSite), Texts.orNull(qmsReference), Texts.orNull(riskManagementFileRef),
                Texts.orNull(documentationRef), unitsPerYear, Texts.orNull(changeNote));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDeviceVersion() { return deviceVersion; }
    public void setDeviceVersion(String deviceVersion) { this.deviceVersion = deviceVersion; }
    public DeviceKind getKind() { return kind; }
    public void setKind(DeviceKind kind) { this.kind = kind; }
    public String getIntendedPurpose() { return intendedPurpose; }
    public void setIntendedPurpose(String intendedPurpose) { this.intendedPurpose = intendedPurpose; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
    public DeviceClass getRiskClass() { return riskClass; }
    public void setRiskClass(DeviceClass riskClass) { this.riskClass = riskClass; }
    public String getClassificationRule() { return classificationRule; }
    public void setClassificationRule(String classificationRule) { this.classificationRule = classificationRule; }
    public String getClassificationRationale() { return classificationRationale; }
    public void setClassificationRationale(String classificationRationale) { this.classificationRationale = classificationRationale; }
    public String getResponsibleUnitId() { return responsibleUnitId; }
    public void setResponsibleUnitId(String responsibleUnitId) { this.responsibleUnitId = responsibleUnitId; }
    public String getManufacturingSite() { return manufacturingSite; }
    public void setManufacturingSite(String manufacturingSite) { this.manufacturingSite = manufacturingSite; }
    public String getQmsReference() { return qmsReference; }
    public void setQmsReference(String qmsReference) { this.qmsReference = qmsReference; }
    public String getRiskManagementFileRef() { return riskManagementFileRef; }
    public void setRiskManagementFileRef(String riskManagementFileRef) { this.riskManagementFileRef = riskManagementFileRef; }
    public String getDocumentationRef() { return documentationRef; }
    public void setDocumentationRef(String documentationRef) { this.documentationRef = documentationRef; }
    public Integer getUnitsPerYear() { return unitsPerYear; }
    public void setUnitsPerYear(Integer unitsPerYear) { this.unitsPerYear = unitsPerYear; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
