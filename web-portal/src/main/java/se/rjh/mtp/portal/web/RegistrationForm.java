package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.validation.Errors;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.Registration;

/** The registration form: classification, the device concerned (if any) and the secrecy marking (if any). */
public class RegistrationForm {

    /** The service's field names that differ from this form's. */
    static final Map<String, String> FROM_SERVICE = Map.of(
            "device.name", "deviceName", "device.manufacturer", "deviceManufacturer", "device.model", "deviceModel",
            "device.udiDi", "deviceUdiDi", "device.deviceClass", "deviceClass", "device.marking", "deviceMarking",
            "secrecy.provision", "secrecyProvision");

    @NotBlank
    @Size(max = TextRules.LINE)
    private String classification;
    @Size(max = TextRules.LINE)
    private String deviceName;
    @Size(max = TextRules.LINE)
    private String deviceManufacturer;
    @Size(max = TextRules.LINE)
    private String deviceModel;
    @Size(max = TextRules.LINE)
    private String deviceUdiDi;
    private DeviceClass deviceClass;
    private DeviceMarking deviceMarking;
    private boolean secret;
    @Size(max = TextRules.CODE)
    private String secrecyProvision;

    /** A secrecy-marked case names the OSL provision it is marked under. */
    @AssertTrue(message = "{secrecyProvision}")
    public boolean isSecrecyProvisionGiven() {
        return !secret || (secrecyProvision != null && !secrecyProvision.isBlank());
    }

    /**
     * A device, once named at all, is named in full (the service's rule): each missing part is its own error, so the
     * registrar sees them all at once rather than one per attempt.
     */
    void checkDevice(Errors errors) {
        if (!anyDevice()) {
            return;
        }
        rejectIfMissing(errors, "deviceName", present(deviceName));
        rejectIfMissing(errors, "deviceManufacturer", present(deviceManufacturer));
        rejectIfMissing(errors, "deviceModel", present(deviceModel));
        rejectIfMissing(errors, "deviceClass", deviceClass != null);
        rejectIfMissing(errors, "deviceMarking", deviceMarking != null);
    }

    private static void rejectIfMissing(Errors errors, String field, boolean given) {
        if (!given && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "required");
        }
    }

    private boolean anyDevice() {
        return present(deviceName) || present(deviceManufacturer) || present(deviceModel) || present(deviceUdiDi)
                || deviceClass != null || deviceMarking != null;
    }

    Registration toRegistration() {
        Device device = anyDevice() ? new Device(text(deviceName), text(deviceManufacturer), text(deviceModel),
                text(deviceUdiDi), deviceClass, deviceMarking) : null;
        return new Registration(classification, device,
                secret ? new Registration.Secrecy(secrecyProvision.strip(), null) : null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String value) {
        return present(value) ? value.strip() : null;
    }

    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public String getDeviceName() { return deviceName; }
    public void setDeviceName(String deviceName) { this.deviceName = deviceName; }
    public String getDeviceManufacturer() { return deviceManufacturer; }
    public void setDeviceManufacturer(String deviceManufacturer) { this.deviceManufacturer = deviceManufacturer; }
    public String getDeviceModel() { return deviceModel; }
    public void setDeviceModel(String deviceModel) { this.deviceModel = deviceModel; }
    public String getDeviceUdiDi() { return deviceUdiDi; }
    public void setDeviceUdiDi(String deviceUdiDi) { this.deviceUdiDi = deviceUdiDi; }
    public DeviceClass getDeviceClass() { return deviceClass; }
    public void setDeviceClass(DeviceClass deviceClass) { this.deviceClass = deviceClass; }
    public DeviceMarking getDeviceMarking() { return deviceMarking; }
    public void setDeviceMarking(DeviceMarking deviceMarking) { this.deviceMarking = deviceMarking; }
    public boolean isSecret() { return secret; }
    public void setSecret(boolean secret) { this.secret = secret; }
    public String getSecrecyProvision() { return secrecyProvision; }
    public void setSecrecyProvision(String secrecyProvision) { this.secrecyProvision = secrecyProvision; }
}
